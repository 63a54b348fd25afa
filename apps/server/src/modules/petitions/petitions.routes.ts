import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  AcceptPetition,
  AssignPetition,
  CreatePetition,
  DeadlineOverview,
  DeadlineOverviewQuery,
  DecidePetition,
  DuplicateCheck,
  DuplicateParams,
  FilePetition,
  GuidePetition,
  Id,
  IdParam,
  labelled,
  NotePetitionStep,
  PetitionDetail,
  PetitionDocParams,
  PetitionDuplicateCandidate,
  PetitionImportPreview,
  PetitionImportResult,
  PetitionList,
  PetitionListQuery,
  PetitionVisitDraft,
  ReasonPetitionStep,
  ResolveDuplicate,
  ResumePetition,
  ScreenPetition,
  SimplePetitionStep,
  TransferPetition,
  VisitParams,
} from '@danvan/contracts';
import { download, route } from '../../core/route.ts';
import { readUpload } from '../../core/files.ts';
import { acceptPetition } from './petition/accept-petition.ts';
import { assignPetition } from './petition/assign-petition.ts';
import { checkDuplicates } from './petition/check-duplicates.ts';
import { closePetition } from './petition/close-petition.ts';
import { createPetitions } from './petition/create-petition.ts';
import { decidePetition } from './petition/decide-petition.ts';
import { dialoguePetition } from './petition/dialogue-petition.ts';
import { extendPetition } from './petition/extend-petition.ts';
import { filePetition } from './petition/file-petition.ts';
import { guidePetition } from './petition/guide-petition.ts';
import { deadlineOverview } from './petition/read-overview.ts';
import { getPetition, listPetitions, visitDraft } from './petition/read-petition.ts';
import { resolveDuplicate } from './petition/resolve-duplicate.ts';
import { resumePetition } from './petition/resume-petition.ts';
import { screenPetition } from './petition/screen-petition.ts';
import { sendResultPetition } from './petition/send-result-petition.ts';
import { suspendPetition } from './petition/suspend-petition.ts';
import { transferPetition } from './petition/transfer-petition.ts';
import { verifyPetition } from './petition/verify-petition.ts';
import {
  commitPetitionImport,
  petitionImportTemplate,
  previewPetitionImport,
} from './import/import-petitions.ts';
import { exportPetitions } from './import/export-petitions.ts';
import { importAt } from './import/import-guard.ts';
import { petitionDocument } from './petitions.documents.ts';

const tags = ['Đơn thư'];
const B = '/api/v1/petitions';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

type StepVerb<I> = (
  ctx: Parameters<typeof screenPetition>[0],
  id: number,
  input: I,
) => ReturnType<typeof screenPetition>;

export function registerPetitionsRoutes(app: FastifyInstance) {
  route(app, {
    method: 'GET',
    url: B,
    operationId: 'listPetitions',
    access: 'petitions:read',
    tags,
    summary:
      'Sổ đơn thư: lọc theo loại, lĩnh vực, trạng thái, cảnh báo, đơn vị, hạn xử lý; số đơn theo trạng thái',
    response: PetitionList,
    query: PetitionListQuery,
    handler: (ctx, { query }) => listPetitions(ctx, query),
  });
  route(app, {
    method: 'GET',
    url: `${B}/deadlines`,
    operationId: 'petitionDeadlineOverview',
    access: 'petitions:read',
    tags,
    summary:
      'Tổng quan hạn xử lý: theo đơn vị trong phạm vi, số đơn đang tính hạn, sắp đến hạn (7 ngày), quá hạn, theo loại đơn',
    response: DeadlineOverview,
    query: DeadlineOverviewQuery,
    handler: (ctx, { query }) => deadlineOverview(ctx, query),
  });
  route(app, {
    method: 'GET',
    url: `${B}/export.xlsx`,
    operationId: 'exportPetitions',
    access: 'petitions:read',
    tags,
    summary: 'Xuất sổ đơn thư ra .xlsx (không có nội dung đơn, không có thông tin người tố cáo)',
    response: { file: [XLSX] },
    query: PetitionListQuery.omit({ page: true, pageSize: true }),
    handler: async (ctx, { query }) =>
      download({ filename: 'so-don-thu.xlsx', contentType: XLSX, body: await exportPetitions(ctx, query) }),
  });
  route(app, {
    method: 'POST',
    url: `${B}/import`,
    operationId: 'importPetitions',
    access: 'petitions:handle',
    tags,
    summary:
      'Nhập đơn thư đã tiếp nhận trước đây từ .xlsx/.csv (mode=preview: xem trước từng dòng, không ghi; mode=commit: nhập các dòng hợp lệ, bỏ qua dòng lỗi)',
    response: z.union([PetitionImportPreview, PetitionImportResult]),
    upload: {
      file: 'Sổ đơn thư (.xlsx hoặc .csv): Ngày nhận, Loại đơn, Lĩnh vực, Kênh tiếp nhận, Người đứng đơn, Số người, Trích yếu, Nội dung',
    },
    query: z.object({
      mode: z.enum(['preview', 'commit']).default('preview'),
      unitId: labelled(Id, 'Đơn vị tiếp nhận'),
    }),
    handler: async (ctx, { query }, req) => {
      const file = await readUpload(req, ctx.config.maxUploadBytes);
      return importAt<z.infer<typeof PetitionImportPreview> | z.infer<typeof PetitionImportResult>>(
        ctx,
        query.unitId,
        () =>
          query.mode === 'commit'
            ? commitPetitionImport(ctx, query.unitId, file)
            : previewPetitionImport(ctx, file),
      );
    },
  });
  route(app, {
    method: 'GET',
    url: `${B}/import/template.xlsx`,
    operationId: 'petitionImportTemplate',
    access: 'petitions:handle',
    tags,
    summary: 'Tệp mẫu nhập đơn thư (.xlsx): các cột, hai dòng ví dụ và danh mục giá trị',
    response: { file: [XLSX] },
    handler: async () =>
      download({
        filename: 'mau-nhap-don-thu.xlsx',
        contentType: XLSX,
        body: await petitionImportTemplate(),
      }),
  });
  route(app, {
    method: 'POST',
    url: B,
    operationId: 'createPetitions',
    access: 'petitions:handle',
    tags,
    summary: 'Tiếp nhận đơn (đơn nhiều loại được tách thành một hồ sơ mỗi loại)',
    response: z.array(PetitionDetail),
    status: 201,
    body: CreatePetition,
    handler: (ctx, { body }) => createPetitions(ctx, body),
  });
  route(app, {
    method: 'POST',
    url: `${B}/duplicate-check`,
    operationId: 'checkPetitionDuplicates',
    access: 'petitions:handle',
    tags,
    summary: 'Kiểm tra đơn trùng khi nhập (cùng người gửi hoặc nội dung tương tự, không phân biệt dấu)',
    response: z.array(PetitionDuplicateCandidate),
    body: DuplicateCheck,
    handler: (ctx, { body }) => checkDuplicates(ctx, body),
  });
  route(app, {
    method: 'GET',
    url: `${B}/visit-draft/:visitId`,
    operationId: 'getPetitionVisitDraft',
    access: 'petitions:handle',
    tags,
    summary: 'Dữ liệu tạo đơn từ một lượt tiếp công dân',
    response: PetitionVisitDraft,
    params: VisitParams,
    handler: (ctx, { params }) => visitDraft(ctx, params.visitId),
  });
  route(app, {
    method: 'GET',
    url: `${B}/:id`,
    operationId: 'getPetition',
    access: 'petitions:read',
    tags,
    summary: 'Hồ sơ đơn thư: diễn biến, thời hạn, văn bản, đơn nghi trùng',
    response: PetitionDetail,
    params: IdParam,
    handler: (ctx, { params }) => getPetition(ctx, params.id),
  });
  route(app, {
    method: 'GET',
    url: `${B}/:id/documents/:doc`,
    operationId: 'downloadPetitionDocument',
    access: 'petitions:read',
    tags,
    summary: 'Văn bản của hồ sơ (.docx theo Nghị định 30/2020/NĐ-CP)',
    response: { file: [DOCX] },
    params: PetitionDocParams,
    handler: async (ctx, { params }) => {
      const d = await petitionDocument(ctx, params.id, params.doc);
      return download({ filename: d.filename, contentType: DOCX, body: d.buffer });
    },
  });
  route(app, {
    method: 'POST',
    url: `${B}/:id/duplicates/:otherId`,
    operationId: 'resolvePetitionDuplicate',
    access: 'petitions:handle',
    tags,
    summary: 'Xác nhận trùng (liên kết) hoặc bỏ qua một đơn nghi trùng',
    response: PetitionDetail,
    params: DuplicateParams,
    body: ResolveDuplicate,
    handler: (ctx, { params, body }) => resolveDuplicate(ctx, params.id, params.otherId, body),
  });

  const step = <S extends z.ZodType>(
    path: string,
    operationId: string,
    access: 'petitions:handle' | 'petitions:decide',
    summary: string,
    body: S,
    verb: StepVerb<z.infer<S>>,
  ) =>
    route(app, {
      method: 'POST',
      url: `${B}/:id/${path}`,
      operationId,
      access,
      tags,
      summary,
      response: PetitionDetail,
      params: IdParam,
      body,
      handler: (ctx, { params, body: b }) => verb(ctx, params.id, b as z.infer<S>),
    });
  step(
    'screen',
    'screenPetition',
    'petitions:handle',
    'Phân loại đơn, xác định thẩm quyền',
    ScreenPetition,
    screenPetition,
  );
  step(
    'accept',
    'acceptPetition',
    'petitions:handle',
    'Thụ lý giải quyết (thời hạn theo quy định có hiệu lực ngày thụ lý)',
    AcceptPetition,
    acceptPetition,
  );
  step(
    'transfer',
    'transferPetition',
    'petitions:handle',
    'Chuyển đơn đến cơ quan có thẩm quyền',
    TransferPetition,
    transferPetition,
  );
  step('guide', 'guidePetition', 'petitions:handle', 'Hướng dẫn người gửi đơn', GuidePetition, guidePetition);
  step(
    'file',
    'filePetition',
    'petitions:handle',
    'Lưu đơn, không xử lý (có lý do)',
    FilePetition,
    filePetition,
  );
  step('verify', 'verifyPetition', 'petitions:handle', 'Ghi nhận xác minh', NotePetitionStep, verifyPetition);
  step(
    'dialogue',
    'holdPetitionDialogue',
    'petitions:handle',
    'Ghi nhận đối thoại (khiếu nại)',
    NotePetitionStep,
    dialoguePetition,
  );
  step(
    'extend',
    'extendPetition',
    'petitions:decide',
    'Gia hạn giải quyết (trong giới hạn luật định)',
    ReasonPetitionStep,
    extendPetition,
  );
  step(
    'suspend',
    'suspendPetition',
    'petitions:decide',
    'Tạm đình chỉ giải quyết (dừng tính thời hạn)',
    ReasonPetitionStep,
    suspendPetition,
  );
  step(
    'resume',
    'resumePetition',
    'petitions:decide',
    'Tiếp tục giải quyết (thời hạn cộng thêm thời gian tạm đình chỉ)',
    ResumePetition,
    resumePetition,
  );
  step(
    'decide',
    'decidePetition',
    'petitions:decide',
    'Quyết định giải quyết khiếu nại, kết luận nội dung tố cáo',
    DecidePetition,
    decidePetition,
  );
  step(
    'send-result',
    'sendPetitionResult',
    'petitions:handle',
    'Gửi kết quả giải quyết',
    SimplePetitionStep,
    sendResultPetition,
  );
  step('close', 'closePetition', 'petitions:handle', 'Kết thúc hồ sơ', SimplePetitionStep, closePetition);
  step(
    'assign',
    'assignPetition',
    'petitions:decide',
    'Phân công người giải quyết',
    AssignPetition,
    assignPetition,
  );
}
