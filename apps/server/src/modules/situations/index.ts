import type { ServerModule } from '../../core/module.ts';
import { registerSituationsDemo } from './situations.demo.ts';
import { registerSituationsRoutes } from './situations.routes.ts';

/** Situation notes (nắm tình hình Nhân dân): hot spots, ethnic, religious and land matters by place, with follow-up. */
export const situationsModule: ServerModule = {
  name: 'situations',
  routes: (app) => registerSituationsRoutes(app),
  demo: registerSituationsDemo,
};
