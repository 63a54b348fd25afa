import type { FastifyInstance } from 'fastify';
import { BandScheme, Proposer, paged } from '@danvan/contracts';
import { wholeList } from '../../core/page.ts';
import { route } from '../../core/route.ts';
import { listBandSchemes } from './band-scheme/read-band-scheme.ts';
import { proposerList } from './proposer/proposer.registry.ts';
import { registerAssessmentRoutes } from './scoring.assessments.routes.ts';
import { registerRoundRoutes } from './scoring.rounds.routes.ts';
import { registerSetRoutes } from './scoring.sets.routes.ts';
import { B, tags } from './shared/route-helpers.ts';

// The reference routes here; the criteria sets, the rounds and the assessments in their own route files
// (scoring.<entity>.routes.ts), registered in this order.
export function registerScoringRoutes(app: FastifyInstance) {
  // --- reference ------------------------------------------------------------------------------
  route(app, {
    method: 'GET',
    url: `${B}/band-schemes`,
    operationId: 'listScoringBandSchemes',
    access: 'scoring:read',
    tags,
    summary: 'Các thang xếp loại (mức điểm, điều kiện, tỷ lệ khống chế)',
    response: paged(BandScheme),
    handler: (ctx) => listBandSchemes(ctx),
  });
  route(app, {
    method: 'GET',
    url: `${B}/proposers`,
    operationId: 'listScoringProposers',
    access: 'scoring:read',
    tags,
    summary: 'Các số liệu đề xuất điểm từ dữ liệu của hệ thống',
    response: paged(Proposer),
    handler: async () => wholeList(proposerList()),
  });

  registerSetRoutes(app);
  registerRoundRoutes(app);
  registerAssessmentRoutes(app);
}
