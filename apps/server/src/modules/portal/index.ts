import type { ServerModule } from '../../core/module.ts';
import { registerPortalDemo } from './portal.demo.ts';
import { registerPortalHooks } from './portal.hooks.ts';
import { registerPortalRoutes } from './portal.routes.ts';

/**
 * The public portal (cổng thông tin cho người dân): reception schedules, petitions and feedback sent
 * without an account (with a proof-of-work challenge, rate limits and a lookup code kept only as a
 * hash), published answers with honest states, satisfaction ratings and the index per unit; and the
 * registry other modules publish into (core/portal.ts).
 */
export const portalModule: ServerModule = {
  name: 'portal',
  register: registerPortalHooks,
  routes: (app) => registerPortalRoutes(app),
  demo: registerPortalDemo,
};

// What other modules may use: the anti-automation check of a public form (answers' consultation comments).
export { useChallenge } from './shared/altcha.ts';
// What the server's frame serves: robots.txt (the portal indexed, the staff app and the API not).
export { ROBOTS_TXT } from './robots.ts';
