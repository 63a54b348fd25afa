import type { ServerModule } from '../../core/module.ts';
import { registerScoringDemo } from './scoring.demo.ts';
import { registerScoringHooks } from './scoring.hooks.ts';
import { registerScoringRoutes } from './scoring.routes.ts';
import { ensureScoringSeed } from './shared/seed.ts';

/**
 * Scoring, appraisal and ranking of công tác dân vận chính quyền: criteria sets per year (versioned),
 * band schemes and caps, the year's rounds, the units' self-assessments with scores proposed from live
 * data, the appraisal, the explanation, the decision, the ranking per unit group, and the documents.
 */
export const scoringModule: ServerModule = {
  name: 'scoring',
  register: registerScoringHooks,
  routes: (app) => registerScoringRoutes(app),
  seed: ensureScoringSeed,
  demo: registerScoringDemo,
};

// What other modules may use: registering a proposer for a criterion that points at their live data.
export {
  declareLaterProposer,
  idsParam,
  periodAsOf,
  queryRows,
  registerProposer,
  type ProposeFn,
  type ProposedShare,
  type ProposerPeriod,
  type ProposerUnit,
} from './proposer/proposer.registry.ts';
