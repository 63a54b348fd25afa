import type { FastifyInstance } from 'fastify';
import {
  ConsultationComment,
  ConsultationCommentQuery,
  IdParam,
  ModerateConsultationComment,
  Ok,
  PublicConsultation,
  ReportConsultationComment,
  SubmitConsultationComment,
  paged,
} from '@danvan/contracts';
import { route } from '../../../core/route.ts';
import {
  getPublicConsultation,
  listComments,
  moderateComment,
  reportComment,
  submitComment,
} from './comment-verbs.ts';

const tags = ['Trả lời kiến nghị: đối thoại, giám sát, phản biện, kiến nghị cử tri, lấy ý kiến'];
const B = '/api/v1/answers';

export function registerCommentRoutes(app: FastifyInstance) {
  route(app, {
    method: 'GET',
    url: `${B}/consultations/:id/comments`,
    operationId: 'listConsultationComments',
    access: 'answers:read',
    tags,
    summary: 'Ý kiến góp ý của đợt lấy ý kiến (hàng chờ kiểm duyệt)',
    response: paged(ConsultationComment),
    params: IdParam,
    query: ConsultationCommentQuery,
    handler: (ctx, { params, query }) => listComments(ctx, params.id, query),
  });
  route(app, {
    method: 'POST',
    url: `${B}/comments/:id/moderate`,
    operationId: 'moderateConsultationComment',
    access: 'answers:moderate',
    tags,
    summary: 'Kiểm duyệt ý kiến góp ý: hiển thị, không duyệt hoặc ẩn (có lý do)',
    response: ConsultationComment,
    params: IdParam,
    body: ModerateConsultationComment,
    handler: (ctx, { params, body }) => moderateComment(ctx, params.id, body),
  });
  route(app, {
    method: 'GET',
    url: `${B}/public/consultations/:id`,
    operationId: 'getPublicConsultation',
    access: 'public',
    tags,
    summary: 'Đợt lấy ý kiến Nhân dân và các ý kiến đã hiển thị (cổng thông tin)',
    response: PublicConsultation,
    params: IdParam,
    handler: (ctx, { params }) => getPublicConsultation(ctx, params.id),
  });
  route(app, {
    method: 'POST',
    url: `${B}/public/consultations/:id/comments`,
    operationId: 'submitConsultationComment',
    access: 'public',
    tags,
    summary: 'Gửi góp ý (không cần tài khoản; chờ kiểm duyệt)',
    response: Ok,
    status: 201,
    params: IdParam,
    body: SubmitConsultationComment,
    handler: (ctx, { params, body }) => submitComment(ctx, params.id, body),
  });
  route(app, {
    method: 'POST',
    url: `${B}/public/comments/:id/report`,
    operationId: 'reportConsultationComment',
    access: 'public',
    tags,
    summary: 'Báo cáo ý kiến vi phạm (ẩn sau nhiều lượt báo cáo)',
    response: Ok,
    params: IdParam,
    body: ReportConsultationComment,
    handler: (ctx, { params, body }) => reportComment(ctx, params.id, body),
  });
}
