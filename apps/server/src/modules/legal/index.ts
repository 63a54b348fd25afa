import type { ServerModule } from '../../core/module.ts';
import { registerLegalDemo } from './legal.demo.ts';
import { registerLegalRoutes } from './legal.routes.ts';
import { ensureLegalSeed } from './shared/seed.ts';

/** Legal time limits as versioned data and the working-day calendar (ngày nghỉ, ngày làm bù). */
export const legalModule: ServerModule = {
  name: 'legal',
  routes: (app) => registerLegalRoutes(app),
  seed: ensureLegalSeed,
  demo: registerLegalDemo,
};

// What other modules may use: the working-day calendar, the deadline of a case from the rule in force
// on the day its clock starts, and marking the rule's version used (it is then never edited in place).
export { workingCalendar } from './calendar/read-calendar.ts';
export { deadlineFor, type LegalDeadline } from './rule/read-rule.ts';
export { markRuleUsed } from './rule/mark-rule-used.ts';
export { rulesOfCodes } from './rule/rules-of-codes.ts';
