import type { FastifyInstance } from 'fastify';
import type { ServerModule } from '../core/module.ts';
import type { Database } from '../db/client.ts';
import type { Config } from '../config.ts';
import { systemCtx } from '../core/context.ts';
import { answersModule } from './answers/index.ts';
import { auditModule } from './audit/index.ts';
import { authModule } from './auth/index.ts';
import { filesModule } from './files/index.ts';
import { inspectionsModule } from './inspections/index.ts';
import { legalModule } from './legal/index.ts';
import { modelsModule } from './models/index.ts';
import { notificationsModule } from './notifications/index.ts';
import { orgModule } from './org/index.ts';
import { petitionsModule } from './petitions/index.ts';
import { portalModule } from './portal/index.ts';
import { plansModule } from './plans/index.ts';
import { receptionModule } from './reception/index.ts';
import { reportingModule } from './reporting/index.ts';
import { scoringModule } from './scoring/index.ts';
import { situationsModule } from './situations/index.ts';
import { systemModule } from './system/index.ts';
import { trainingModule } from './training/index.ts';
import { usersModule } from './users/index.ts';
import { vaultModule } from './vault/index.ts';

/** Every module, in the order their routes register. A new module adds one line here. */
export const MODULES: ServerModule[] = [
  systemModule,
  authModule,
  orgModule,
  usersModule,
  auditModule,
  filesModule,
  notificationsModule,
  legalModule,
  reportingModule,
  plansModule,
  receptionModule,
  situationsModule,
  vaultModule,
  petitionsModule,
  modelsModule,
  trainingModule,
  inspectionsModule,
  portalModule,
  scoringModule,
  answersModule,
];

/** Load-time registrations of each module: file owners, daily reminder sweeps, report figure providers. */
export function registerModuleHooks(): void {
  for (const m of MODULES) m.register?.();
}

/** Each module's reference data (ServerModule.seed), after the migrations; idempotent. */
export async function seedReferenceData(database: Database, config: Config): Promise<void> {
  const ctx = systemCtx(database.db, config);
  for (const m of MODULES) await m.seed?.(ctx);
}

/** Every module's routes. */
export function registerModules(app: FastifyInstance, database: Database): void {
  for (const m of MODULES) m.routes(app, { database });
}
