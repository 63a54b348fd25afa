import type { FastifyInstance } from 'fastify';
import { IdParam, NotificationQuery } from '@danvan/contracts';
import { route } from '../../core/route.ts';
import { markAllRead } from './notification/mark-all-notifications-read.ts';
import { markRead } from './notification/mark-notification-read.ts';
import { listMine, unreadCount } from './notification/read-notifications.ts';

const tags = ['Thông báo'];

export function registerNotificationsRoutes(app: FastifyInstance) {
  route(app, {
    method: 'GET',
    url: '/api/v1/notifications',
    access: 'authenticated',
    tags,
    summary: 'Hộp thông báo của tôi',
    query: NotificationQuery,
    handler: (ctx, { query }) => listMine(ctx, query),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/notifications/unread-count',
    access: 'authenticated',
    tags,
    summary: 'Số thông báo chưa đọc',
    handler: (ctx) => unreadCount(ctx),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/notifications/:id/read',
    access: 'authenticated',
    tags,
    summary: 'Đánh dấu đã đọc',
    params: IdParam,
    handler: (ctx, { params }) => markRead(ctx, params.id),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/notifications/read-all',
    access: 'authenticated',
    tags,
    summary: 'Đánh dấu tất cả đã đọc',
    handler: (ctx) => markAllRead(ctx),
  });
}
