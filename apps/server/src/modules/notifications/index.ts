import type { ServerModule } from '../../core/module.ts';
import { registerNotificationsRoutes } from './notifications.routes.ts';

/** In-app notifications (and their e-mail through the outbox). */
export const notificationsModule: ServerModule = {
  name: 'notifications',
  routes: (app) => registerNotificationsRoutes(app),
};

export { notifyUnit, notifyUsers, usersWithRoleAt, type Message } from './notifications.service.ts';
