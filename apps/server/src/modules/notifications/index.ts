import type { ServerModule } from '../../core/module.ts';
import { registerNotificationsRoutes } from './notifications.routes.ts';

/** In-app notifications (and their e-mail through the outbox). */
export const notificationsModule: ServerModule = {
  name: 'notifications',
  routes: (app) => registerNotificationsRoutes(app),
};

export { notifyUsers, type Message } from './notification/notify-users.ts';
export { notifyUnit } from './notification/notify-unit.ts';
export { usersWithRoleAt } from '../users/index.ts';
