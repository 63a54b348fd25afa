import type { ServerModule } from '../../core/module.ts';
import { registerNotificationsRoutes } from './notifications.routes.ts';
import { onMailFailure } from '../../core/mail.ts';
import { reportMailFailures } from './mail/report-mail-failures.ts';

/** In-app notifications (and their e-mail through the outbox). */
export const notificationsModule: ServerModule = {
  name: 'notifications',
  // mail that cannot be sent is shown to the administrators (core/mail.ts calls this)
  register: () => onMailFailure(reportMailFailures),
  routes: (app) => registerNotificationsRoutes(app),
};

export { notifyUsers, type Message } from './notification/notify-users.ts';
export { notifyUnit } from './notification/notify-unit.ts';
export { usersWithRoleAt } from '../users/index.ts';
