import type { FastifyInstance } from 'fastify';
import {
  CalendarDay,
  CalendarDayListQuery,
  CreateCalendarDay,
  CreateTimeLimitRule,
  DeadlinePreview,
  DeadlinePreviewQuery,
  IdParam,
  paged,
  RetireTimeLimitRule,
  TimeLimitRule,
  TimeLimitRuleListQuery,
  UpdateCalendarDay,
  UpdateTimeLimitRule,
} from '@danvan/contracts';
import { route } from '../../core/route.ts';
import { createCalendarDay } from './calendar/create-calendar-day.ts';
import { deleteCalendarDay } from './calendar/delete-calendar-day.ts';
import { listCalendarDays } from './calendar/read-calendar.ts';
import { updateCalendarDay } from './calendar/update-calendar-day.ts';
import { createRule } from './rule/create-rule.ts';
import { listRules, previewDeadline } from './rule/read-rule.ts';
import { retireRule } from './rule/retire-rule.ts';
import { updateRule } from './rule/update-rule.ts';

const tags = ['Thời hạn theo luật, lịch ngày làm việc'];

export function registerLegalRoutes(app: FastifyInstance) {
  route(app, {
    method: 'GET',
    url: '/api/v1/legal/rules',
    operationId: 'listTimeLimitRules',
    access: 'legal:read',
    tags,
    summary: 'Danh sách quy định thời hạn theo luật',
    response: paged(TimeLimitRule),
    query: TimeLimitRuleListQuery,
    handler: (ctx, { query }) => listRules(ctx, query),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/legal/rules',
    operationId: 'createTimeLimitRule',
    access: 'legal:manage',
    tags,
    summary: 'Thêm quy định thời hạn',
    response: TimeLimitRule,
    status: 201,
    body: CreateTimeLimitRule,
    handler: (ctx, { body }) => createRule(ctx, body),
  });
  route(app, {
    method: 'PATCH',
    url: '/api/v1/legal/rules/:id',
    operationId: 'updateTimeLimitRule',
    access: 'legal:manage',
    tags,
    summary: 'Sửa quy định thời hạn (quy định đã áp dụng: tạo phiên bản mới từ một ngày)',
    response: TimeLimitRule,
    params: IdParam,
    body: UpdateTimeLimitRule,
    handler: (ctx, { params, body }) => updateRule(ctx, params.id, body),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/legal/rules/:id/retire',
    operationId: 'retireTimeLimitRule',
    access: 'legal:manage',
    tags,
    summary: 'Cho quy định thời hạn hết hiệu lực từ sau một ngày',
    response: TimeLimitRule,
    params: IdParam,
    body: RetireTimeLimitRule,
    handler: (ctx, { params, body }) => retireRule(ctx, params.id, body),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/legal/deadline',
    operationId: 'previewLegalDeadline',
    access: 'legal:read',
    tags,
    summary: 'Tính thử thời hạn theo quy định và lịch ngày làm việc',
    response: DeadlinePreview,
    query: DeadlinePreviewQuery,
    handler: (ctx, { query }) => previewDeadline(ctx, query),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/legal/calendar',
    operationId: 'listCalendarDays',
    access: 'legal:read',
    tags,
    summary: 'Lịch ngày nghỉ, ngày làm bù',
    response: paged(CalendarDay),
    query: CalendarDayListQuery,
    handler: (ctx, { query }) => listCalendarDays(ctx, query),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/legal/calendar',
    operationId: 'createCalendarDay',
    access: 'legal:manage',
    tags,
    summary: 'Thêm ngày nghỉ hoặc ngày làm bù',
    response: CalendarDay,
    status: 201,
    body: CreateCalendarDay,
    handler: (ctx, { body }) => createCalendarDay(ctx, body),
  });
  route(app, {
    method: 'PATCH',
    url: '/api/v1/legal/calendar/:id',
    operationId: 'updateCalendarDay',
    access: 'legal:manage',
    tags,
    summary: 'Sửa ngày nghỉ, ngày làm bù',
    response: CalendarDay,
    params: IdParam,
    body: UpdateCalendarDay,
    handler: (ctx, { params, body }) => updateCalendarDay(ctx, params.id, body),
  });
  route(app, {
    method: 'DELETE',
    url: '/api/v1/legal/calendar/:id',
    operationId: 'deleteCalendarDay',
    access: 'legal:manage',
    tags,
    summary: 'Xóa ngày khỏi lịch',
    response: null,
    params: IdParam,
    handler: (ctx, { params }) => deleteCalendarDay(ctx, params.id),
  });
}
