import type { FastifyInstance } from 'fastify';
import { IdParam, Notification, NotificationQuery, Ok, paged, UnreadCount } from '@danvan/contracts';
import { route } from '../../core/route.ts';
import { markAllRead } from './notification/mark-all-notifications-read.ts';
import { markRead } from './notification/mark-notification-read.ts';
import { listMine, unreadCount } from './notification/read-notifications.ts';

const tags = ['Thông báo'];

export function registerNotificationsRoutes(app: FastifyInstance) {
  route(app, {
    method: 'GET',
    url: '/api/v1/notifications',
    operationId: 'listNotifications',
    access: 'authenticated',
    tags,
    summary: 'Hộp thông báo của tôi',
    response: paged(Notification),
    query: NotificationQuery,
    handler: (ctx, { query }) => listMine(ctx, query),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/notifications/unread-count',
    operationId: 'countUnreadNotifications',
    access: 'authenticated',
    tags,
    summary: 'Số thông báo chưa đọc',
    response: UnreadCount,
    handler: (ctx) => unreadCount(ctx),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/notifications/:id/read',
    operationId: 'markNotificationRead',
    access: 'authenticated',
    tags,
    summary: 'Đánh dấu đã đọc',
    response: Ok,
    params: IdParam,
    handler: (ctx, { params }) => markRead(ctx, params.id),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/notifications/read-all',
    operationId: 'markAllNotificationsRead',
    access: 'authenticated',
    tags,
    summary: 'Đánh dấu tất cả đã đọc',
    response: Ok,
    handler: (ctx) => markAllRead(ctx),
  });
}
