import type { FastifyInstance } from 'fastify';
import {
  AltchaChallenge,
  IdParam,
  PetitionPublicationInfo,
  PortalAttached,
  PortalCaseRatingInput,
  PortalCaseView,
  PortalHome,
  PortalItem,
  PortalLookupInput,
  PortalPetitionParams,
  PortalPublication,
  PortalPublicationQuery,
  PortalPublicationView,
  PortalRating,
  PortalRatingQuery,
  PortalRatingReceipt,
  PortalReceipt,
  PortalSectionItemParams,
  PortalSectionParams,
  PortalSectionQuery,
  PortalServiceRatingInput,
  PortalSubmission,
  PortalTerms,
  PublicAnswerQuery,
  PublicScheduleQuery,
  PublicSession,
  PublicUnit,
  PublicUnitQuery,
  PublishPetitionAnswer,
  SatisfactionQuery,
  SatisfactionReport,
  WithdrawPublication,
  paged,
} from '@danvan/contracts';
import { route } from '../../core/route.ts';
import { readUpload } from '../../core/files.ts';
import { publishPetitionAnswer } from './publication/publish-answer.ts';
import {
  getPetitionPublication,
  getPublicAnswer,
  listPortalPublications,
  listPublicAnswers,
} from './publication/read-publications.ts';
import { withdrawPublication } from './publication/withdraw-publication.ts';
import { rateCase } from './rating/rate-case.ts';
import { rateService } from './rating/rate-service.ts';
import { getSatisfaction, listPortalRatings } from './rating/read-ratings.ts';
import {
  getSectionItem,
  listPublicSessions,
  listPublicUnits,
  listSectionItems,
  portalChallenge,
  portalHome,
  portalTerms,
} from './section/read-portal.ts';
import { attachPortalFile } from './submission/attach-file.ts';
import { lookupPortalCase } from './submission/lookup-case.ts';
import { submitPortalPetition } from './submission/submit-petition.ts';

export const PUBLIC_TAG = 'Cổng thông tin cho người dân';
export const STAFF_TAG = 'Cổng thông tin: công bố, đánh giá';
const pub = [PUBLIC_TAG];
const staff = [STAFF_TAG];
/** Reads of the public pages: per address and minute (the writes have their own limits, shared/limits.ts). */
const READS_PER_MINUTE = 120;

export function registerPortalRoutes(app: FastifyInstance) {
  // ----- public: no account
  route(app, {
    method: 'GET',
    url: '/api/v1/public/portal',
    operationId: 'getPortalHome',
    access: 'public',
    tags: pub,
    summary: 'Trang chủ Cổng thông tin: các chuyên mục và chỉ số hài lòng chung',
    response: PortalHome,
    rateLimit: READS_PER_MINUTE,
    handler: (ctx) => portalHome(ctx),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/public/sections/:key',
    operationId: 'listPortalSectionItems',
    access: 'public',
    tags: pub,
    summary: 'Nội dung công khai của một chuyên mục',
    params: PortalSectionParams,
    query: PortalSectionQuery,
    response: paged(PortalItem),
    rateLimit: READS_PER_MINUTE,
    handler: (ctx, { params, query }) => listSectionItems(ctx, params.key, query),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/public/sections/:key/:id',
    operationId: 'getPortalSectionItem',
    access: 'public',
    tags: pub,
    summary: 'Một nội dung công khai của chuyên mục',
    params: PortalSectionItemParams,
    response: PortalItem,
    rateLimit: READS_PER_MINUTE,
    handler: (ctx, { params }) => getSectionItem(ctx, params.key, params.id),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/public/schedules',
    operationId: 'listPublicSchedules',
    access: 'public',
    tags: pub,
    summary: 'Lịch tiếp công dân sắp tới, tìm theo đơn vị, địa điểm (không cần dấu)',
    query: PublicScheduleQuery,
    response: paged(PublicSession),
    rateLimit: READS_PER_MINUTE,
    handler: (ctx, { query }) => listPublicSessions(ctx, query),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/public/units',
    operationId: 'listPublicUnits',
    access: 'public',
    tags: pub,
    summary: 'Cơ quan, đơn vị nhận đơn thư, phản ánh (tìm không cần dấu)',
    query: PublicUnitQuery,
    response: paged(PublicUnit),
    rateLimit: READS_PER_MINUTE,
    handler: (ctx, { query }) => listPublicUnits(ctx, query),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/public/terms',
    operationId: 'getPortalTerms',
    access: 'public',
    tags: pub,
    summary: 'Nội dung đồng ý xử lý dữ liệu cá nhân, những gì được công khai, loại đơn, lĩnh vực, tệp',
    response: PortalTerms,
    rateLimit: READS_PER_MINUTE,
    handler: async (ctx) => portalTerms(ctx),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/public/challenge',
    operationId: 'getPortalChallenge',
    access: 'public',
    tags: pub,
    summary: 'Thử thách chống tự động (ALTCHA, bằng chứng công việc) cho lần gửi tiếp theo',
    response: AltchaChallenge,
    rateLimit: READS_PER_MINUTE,
    handler: (ctx) => portalChallenge(ctx),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/public/submissions',
    operationId: 'submitPortalPetition',
    access: 'public',
    tags: pub,
    summary: 'Gửi đơn thư, phản ánh, kiến nghị; nhận mã tra cứu (chỉ hiển thị một lần)',
    description:
      'Cần một thử thách ALTCHA đã giải (trường altcha) và sự đồng ý xử lý dữ liệu cá nhân theo Luật 91/2025/QH15. Giới hạn số lần gửi theo địa chỉ mạng và theo số điện thoại, thư điện tử.',
    body: PortalSubmission,
    response: PortalReceipt,
    status: 201,
    handler: (ctx, { body }) => submitPortalPetition(ctx, body),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/public/submissions/files',
    operationId: 'attachPortalFile',
    access: 'public',
    tags: pub,
    summary: 'Gửi kèm tệp cho đơn vừa gửi (multipart: code, file)',
    description:
      'Trường văn bản code (mã tra cứu) rồi tệp file; trong thời hạn gửi kèm sau khi gửi đơn, tối đa số tệp cho phép; kiểm tra loại và dung lượng như tệp của cán bộ.',
    upload: {
      file: 'Ảnh, PDF, Word, Excel… (kiểm tra theo nội dung tệp)',
      fields: { code: { description: 'Mã tra cứu nhận được khi gửi đơn', required: true } },
    },
    response: PortalAttached,
    status: 201,
    handler: (ctx, _input, req) => attachPortalFile(ctx, () => readUpload(req, ctx.config.maxUploadBytes)),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/public/lookup',
    operationId: 'lookupPortalCase',
    access: 'public',
    tags: pub,
    summary: 'Tra cứu tiến độ xử lý hồ sơ bằng mã tra cứu',
    description:
      'Mã sai và hồ sơ không tồn tại có cùng một câu trả lời 404; nhập sai nhiều lần bị tạm khóa theo địa chỉ mạng.',
    body: PortalLookupInput,
    response: PortalCaseView,
    handler: (ctx, { body }) => lookupPortalCase(ctx, body.code),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/public/lookup/rating',
    operationId: 'ratePortalCase',
    access: 'public',
    tags: pub,
    summary: 'Đánh giá mức độ hài lòng về kết quả giải quyết hồ sơ đã kết thúc (bằng mã tra cứu)',
    body: PortalCaseRatingInput,
    response: PortalRatingReceipt,
    status: 201,
    handler: (ctx, { body }) => rateCase(ctx, body),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/public/ratings',
    operationId: 'ratePortalService',
    access: 'public',
    tags: pub,
    summary: 'Đánh giá buổi tiếp công dân hoặc sự phục vụ của cơ quan, đơn vị',
    body: PortalServiceRatingInput,
    response: PortalRatingReceipt,
    status: 201,
    handler: (ctx, { body }) => rateService(ctx, body),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/public/answers',
    operationId: 'listPublicAnswers',
    access: 'public',
    tags: pub,
    summary: 'Câu trả lời kiến nghị, phản ánh đã công bố, theo đơn vị và lĩnh vực',
    query: PublicAnswerQuery,
    response: paged(PortalPublicationView),
    rateLimit: READS_PER_MINUTE,
    handler: (ctx, { query }) => listPublicAnswers(ctx, query),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/public/answers/:id',
    operationId: 'getPublicAnswer',
    access: 'public',
    tags: pub,
    summary: 'Một câu trả lời đã công bố',
    params: IdParam,
    response: PortalPublicationView,
    rateLimit: READS_PER_MINUTE,
    handler: (ctx, { params }) => getPublicAnswer(ctx, params.id),
  });

  // ----- staff
  route(app, {
    method: 'GET',
    url: '/api/v1/portal/publications',
    operationId: 'listPortalPublications',
    access: 'portal:read',
    tags: staff,
    summary: 'Nội dung đơn vị đã công bố trên Cổng thông tin',
    query: PortalPublicationQuery,
    response: paged(PortalPublication),
    handler: (ctx, { query }) => listPortalPublications(ctx, query),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/portal/petitions/:id/publication',
    operationId: 'getPetitionPublication',
    access: 'portal:read',
    tags: staff,
    summary: 'Công bố câu trả lời của một đơn thư: trạng thái, kết quả được chọn, bản đang công bố',
    params: PortalPetitionParams,
    response: PetitionPublicationInfo,
    handler: (ctx, { params }) => getPetitionPublication(ctx, params.id),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/portal/publications',
    operationId: 'publishPetitionAnswer',
    access: 'portal:publish',
    tags: staff,
    summary: 'Công bố câu trả lời kiến nghị, phản ánh đã giải quyết (đã lược bỏ thông tin cá nhân)',
    body: PublishPetitionAnswer,
    response: PortalPublication,
    status: 201,
    handler: (ctx, { body }) => publishPetitionAnswer(ctx, body),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/portal/publications/:id/withdraw',
    operationId: 'withdrawPortalPublication',
    access: 'portal:publish',
    tags: staff,
    summary: 'Gỡ một nội dung khỏi Cổng thông tin',
    params: IdParam,
    body: WithdrawPublication,
    response: PortalPublication,
    handler: (ctx, { params, body }) => withdrawPublication(ctx, params.id, body),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/portal/ratings',
    operationId: 'listPortalRatings',
    access: 'portal:read',
    tags: staff,
    summary: 'Đánh giá của người dân gửi đến đơn vị',
    query: PortalRatingQuery,
    response: paged(PortalRating),
    handler: (ctx, { query }) => listPortalRatings(ctx, query),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/portal/satisfaction',
    operationId: 'getPortalSatisfaction',
    access: 'portal:read',
    tags: staff,
    summary: 'Chỉ số hài lòng của đơn vị trong kỳ (báo cáo 1432 mục III.5)',
    query: SatisfactionQuery,
    response: SatisfactionReport,
    handler: (ctx, { query }) => getSatisfaction(ctx, query),
  });
}
