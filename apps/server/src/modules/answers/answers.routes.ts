import type { FastifyInstance } from 'fastify';
import {
  AddAnswerItems,
  AnswerAnswerItem,
  AnswerComplianceQuery,
  AnswerComplianceReport,
  AnswerItem,
  AnswerItemDetail,
  AnswerItemExportQuery,
  AnswerItemList,
  AnswerItemQuery,
  AnswerItemTransition,
  AnswerSource,
  AnswerSourceDetail,
  AnswerSourceQuery,
  AnswerTemplate,
  AnswerTemplateQuery,
  AnswerUnit,
  AnswerUnitQuery,
  AssignAnswerItems,
  BulkAnswerItems,
  CreateAnswerTemplate,
  CreateConsultation,
  CreateCouncilSession,
  CreateDialogue,
  CreateFrontCriticism,
  CreateFrontSupervision,
  DeclineAnswerItem,
  HoldDialogue,
  IdParam,
  JudgeAnswerItem,
  PublishAnswerItems,
  UpdateAnswerSource,
  paged,
} from '@danvan/contracts';
import { download, route } from '../../core/route.ts';
import { consultationReportDocx, dialogueMinutesDocx, exportItemsXlsx } from './answers.documents.ts';
import { registerCommentRoutes } from './comment/comment.routes.ts';
import { answerItem } from './item/answer-item.ts';
import { assignItems } from './item/assign-items.ts';
import { bulkAnswerItems } from './item/bulk-answer-items.ts';
import { closeItem } from './item/close-item.ts';
import { declineItem } from './item/decline-item.ts';
import { judgeItem } from './item/judge-item.ts';
import { publishItems } from './item/publish-items.ts';
import { readCompliance } from './item/read-compliance.ts';
import { getItem, listAnswerItems } from './item/read-item.ts';
import { startItem } from './item/start-item.ts';
import { createConsultation } from './source/create-consultation.ts';
import { createCouncilSession } from './source/create-council-session.ts';
import { createDialogue } from './source/create-dialogue.ts';
import { createFrontCriticism, createFrontSupervision } from './source/create-front-document.ts';
import { holdDialogue } from './source/hold-dialogue.ts';
import { getSource, listSources } from './source/read-source.ts';
import { addSourceItems, updateSource } from './source/update-source.ts';
import { createTemplate } from './template/create-template.ts';
import { listTemplates } from './template/read-template.ts';
import { listAnswerUnits } from './unit/read-units.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const tags = ['Trả lời kiến nghị: đối thoại, giám sát, phản biện, kiến nghị cử tri, lấy ý kiến'];
export const B = '/api/v1/answers';

export function registerAnswersRoutes(app: FastifyInstance) {
  // --- sources ------------------------------------------------------------------------------
  route(app, {
    method: 'GET',
    url: `${B}/sources`,
    operationId: 'listAnswerSources',
    access: 'answers:read',
    tags,
    summary: 'Danh sách văn bản, hồ sơ nguồn (đối thoại, giám sát, phản biện, kỳ họp, lấy ý kiến)',
    response: paged(AnswerSource),
    query: AnswerSourceQuery,
    handler: (ctx, { query }) => listSources(ctx, query),
  });
  route(app, {
    method: 'GET',
    url: `${B}/sources/:id`,
    operationId: 'getAnswerSource',
    access: 'answers:read',
    tags,
    summary: 'Xem văn bản nguồn và các nội dung cần trả lời',
    response: AnswerSourceDetail,
    params: IdParam,
    handler: (ctx, { params }) => getSource(ctx, params.id),
  });
  route(app, {
    method: 'PATCH',
    url: `${B}/sources/:id`,
    operationId: 'updateAnswerSource',
    access: 'answers:file',
    tags,
    summary: 'Sửa thông tin văn bản nguồn',
    response: AnswerSourceDetail,
    params: IdParam,
    body: UpdateAnswerSource,
    handler: (ctx, { params, body }) => updateSource(ctx, params.id, body),
  });
  route(app, {
    method: 'POST',
    url: `${B}/sources/:id/items`,
    operationId: 'addAnswerItems',
    access: 'answers:file',
    tags,
    summary: 'Thêm nội dung (kiến nghị, cam kết) vào văn bản nguồn',
    response: AnswerSourceDetail,
    status: 201,
    params: IdParam,
    body: AddAnswerItems,
    handler: (ctx, { params, body }) => addSourceItems(ctx, params.id, body),
  });
  // --- dialogues -----------------------------------------------------------------------------
  route(app, {
    method: 'POST',
    url: `${B}/dialogues`,
    operationId: 'createDialogue',
    access: 'answers:file',
    tags,
    summary: 'Lên lịch đối thoại trực tiếp của người đứng đầu với Nhân dân',
    response: AnswerSourceDetail,
    status: 201,
    body: CreateDialogue,
    handler: (ctx, { body }) => createDialogue(ctx, body),
  });
  route(app, {
    method: 'POST',
    url: `${B}/dialogues/:id/hold`,
    operationId: 'holdDialogue',
    access: 'answers:file',
    tags,
    summary: 'Ghi nhận buổi đối thoại: thành phần, ý kiến, kết luận, nội dung cam kết',
    response: AnswerSourceDetail,
    params: IdParam,
    body: HoldDialogue,
    handler: (ctx, { params, body }) => holdDialogue(ctx, params.id, body),
  });
  route(app, {
    method: 'GET',
    url: `${B}/dialogues/:id/minutes.docx`,
    operationId: 'dialogueMinutes',
    access: 'answers:read',
    tags,
    summary: 'Biên bản đối thoại (.docx, thể thức Nghị định 30/2020/NĐ-CP)',
    response: { file: [DOCX] },
    params: IdParam,
    handler: async (ctx, { params }) => {
      const f = await dialogueMinutesDocx(ctx, params.id);
      return download({ filename: f.filename, contentType: DOCX, body: f.buffer });
    },
  });
  // --- the Front ---------------------------------------------------------------------------
  route(app, {
    method: 'POST',
    url: `${B}/front-supervisions`,
    operationId: 'createFrontSupervision',
    access: 'answers:file',
    tags,
    summary: 'Nhận văn bản giám sát của Mặt trận (kế hoạch, kết luận, kiến nghị)',
    response: AnswerSourceDetail,
    status: 201,
    body: CreateFrontSupervision,
    handler: (ctx, { body }) => createFrontSupervision(ctx, body),
  });
  route(app, {
    method: 'POST',
    url: `${B}/front-criticisms`,
    operationId: 'createFrontCriticism',
    access: 'answers:file',
    tags,
    summary: 'Nhận văn bản phản biện xã hội của Mặt trận đối với dự thảo',
    response: AnswerSourceDetail,
    status: 201,
    body: CreateFrontCriticism,
    handler: (ctx, { body }) => createFrontCriticism(ctx, body),
  });
  // --- voter petitions, consultations -------------------------------------------------------
  route(app, {
    method: 'POST',
    url: `${B}/council-sessions`,
    operationId: 'createCouncilSession',
    access: 'answers:file',
    tags,
    summary: 'Nhập kiến nghị cử tri của kỳ họp HĐND',
    response: AnswerSourceDetail,
    status: 201,
    body: CreateCouncilSession,
    handler: (ctx, { body }) => createCouncilSession(ctx, body),
  });
  route(app, {
    method: 'POST',
    url: `${B}/consultations`,
    operationId: 'createConsultation',
    access: 'answers:file',
    tags,
    summary: 'Mở đợt lấy ý kiến Nhân dân về dự thảo',
    response: AnswerSourceDetail,
    status: 201,
    body: CreateConsultation,
    handler: (ctx, { body }) => createConsultation(ctx, body),
  });
  route(app, {
    method: 'GET',
    url: `${B}/consultations/:id/report.docx`,
    operationId: 'consultationReport',
    access: 'answers:read',
    tags,
    summary: 'Báo cáo tiếp thu, giải trình ý kiến Nhân dân (.docx)',
    response: { file: [DOCX] },
    params: IdParam,
    handler: async (ctx, { params }) => {
      const f = await consultationReportDocx(ctx, params.id);
      return download({ filename: f.filename, contentType: DOCX, body: f.buffer });
    },
  });
  // --- items --------------------------------------------------------------------------------
  route(app, {
    method: 'GET',
    url: `${B}/items`,
    operationId: 'listAnswerItems',
    access: 'answers:read',
    tags,
    summary: 'Danh sách nội dung cần trả lời (đã gửi, được gửi đến, được giao)',
    response: paged(AnswerItem),
    query: AnswerItemQuery,
    handler: (ctx, { query }) => listAnswerItems(ctx, query),
  });
  route(app, {
    method: 'GET',
    url: `${B}/items/export.xlsx`,
    operationId: 'exportAnswerItems',
    access: 'answers:read',
    tags,
    summary: 'Xuất danh sách nội dung cần trả lời ra tệp .xlsx',
    response: { file: [XLSX] },
    query: AnswerItemExportQuery,
    handler: async (ctx, { query }) =>
      download({
        filename: 'noi-dung-tra-loi.xlsx',
        contentType: XLSX,
        body: await exportItemsXlsx(ctx, query),
      }),
  });
  route(app, {
    method: 'GET',
    url: `${B}/items/:id`,
    operationId: 'getAnswerItem',
    access: 'answers:read',
    tags,
    summary: 'Xem nội dung, trả lời và quá trình giải quyết',
    response: AnswerItemDetail,
    params: IdParam,
    handler: (ctx, { params }) => getItem(ctx, params.id),
  });
  route(app, {
    method: 'POST',
    url: `${B}/items/assign`,
    operationId: 'assignAnswerItems',
    access: 'answers:file',
    tags,
    summary: 'Giao đơn vị chủ trì, phối hợp trả lời (nhiều nội dung)',
    response: AnswerItemList,
    body: AssignAnswerItems,
    handler: (ctx, { body }) => assignItems(ctx, body),
  });
  route(app, {
    method: 'POST',
    url: `${B}/items/answer`,
    operationId: 'bulkAnswerItems',
    access: 'answers:answer',
    tags,
    summary: 'Trả lời nhiều nội dung một lần (theo mẫu trả lời)',
    response: AnswerItemList,
    body: BulkAnswerItems,
    handler: (ctx, { body }) => bulkAnswerItems(ctx, body),
  });
  route(app, {
    method: 'POST',
    url: `${B}/items/publish`,
    operationId: 'publishAnswerItems',
    access: 'answers:file',
    tags,
    summary: 'Công khai (hoặc thôi công khai) trả lời trên cổng thông tin',
    response: AnswerItemList,
    body: PublishAnswerItems,
    handler: (ctx, { body }) => publishItems(ctx, body),
  });
  route(app, {
    method: 'POST',
    url: `${B}/items/:id/start`,
    operationId: 'startAnswerItem',
    access: 'answers:answer',
    tags,
    summary: 'Bắt đầu giải quyết nội dung được giao',
    response: AnswerItemDetail,
    params: IdParam,
    body: AnswerItemTransition,
    handler: (ctx, { params, body }) => startItem(ctx, params.id, body),
  });
  route(app, {
    method: 'POST',
    url: `${B}/items/:id/answer`,
    operationId: 'answerAnswerItem',
    access: 'answers:answer',
    tags,
    summary: 'Trả lời (hoặc trả lời lại) nội dung được giao',
    response: AnswerItemDetail,
    params: IdParam,
    body: AnswerAnswerItem,
    handler: (ctx, { params, body }) => answerItem(ctx, params.id, body),
  });
  route(app, {
    method: 'POST',
    url: `${B}/items/:id/judge`,
    operationId: 'judgeAnswerItem',
    access: 'answers:judge',
    tags,
    summary: 'Đánh giá trả lời: thỏa đáng hoặc chưa thỏa đáng',
    response: AnswerItemDetail,
    params: IdParam,
    body: JudgeAnswerItem,
    handler: (ctx, { params, body }) => judgeItem(ctx, params.id, body),
  });
  route(app, {
    method: 'POST',
    url: `${B}/items/:id/decline`,
    operationId: 'declineAnswerItem',
    access: 'answers:answer',
    tags,
    summary: 'Giải trình, không tiếp thu (nêu rõ lý do)',
    response: AnswerItemDetail,
    params: IdParam,
    body: DeclineAnswerItem,
    handler: (ctx, { params, body }) => declineItem(ctx, params.id, body),
  });
  route(app, {
    method: 'POST',
    url: `${B}/items/:id/close`,
    operationId: 'closeAnswerItem',
    access: 'answers:file',
    tags,
    summary: 'Kết thúc theo dõi nội dung',
    response: AnswerItemDetail,
    params: IdParam,
    body: AnswerItemTransition,
    handler: (ctx, { params, body }) => closeItem(ctx, params.id, body),
  });
  // --- templates, compliance ------------------------------------------------------------------
  route(app, {
    method: 'GET',
    url: `${B}/templates`,
    operationId: 'listAnswerTemplates',
    access: 'answers:read',
    tags,
    summary: 'Mẫu trả lời',
    response: paged(AnswerTemplate),
    query: AnswerTemplateQuery,
    handler: (ctx, { query }) => listTemplates(ctx, query),
  });
  route(app, {
    method: 'POST',
    url: `${B}/templates`,
    operationId: 'createAnswerTemplate',
    access: 'answers:answer',
    tags,
    summary: 'Tạo mẫu trả lời của đơn vị',
    response: AnswerTemplate,
    status: 201,
    body: CreateAnswerTemplate,
    handler: (ctx, { body }) => createTemplate(ctx, body),
  });
  route(app, {
    method: 'GET',
    url: `${B}/compliance`,
    operationId: 'answerCompliance',
    access: 'answers:read',
    tags,
    summary: 'Tình hình trả lời đúng hạn theo đơn vị',
    response: AnswerComplianceReport,
    query: AnswerComplianceQuery,
    handler: (ctx, { query }) => readCompliance(ctx, query),
  });
  // --- the addressee picker ------------------------------------------------------------------
  route(app, {
    method: 'GET',
    url: `${B}/units`,
    operationId: 'listAnswerUnits',
    access: 'answers:file',
    tags,
    summary: 'Đơn vị có thể gửi văn bản, giao trả lời (các đơn vị đang hoạt động của tỉnh)',
    response: paged(AnswerUnit),
    query: AnswerUnitQuery,
    handler: (ctx, { query }) => listAnswerUnits(ctx, query),
  });
  registerCommentRoutes(app);
}
