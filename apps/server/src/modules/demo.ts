import { answersModule } from './answers/index.ts';
import { inspectionsModule } from './inspections/index.ts';
import { legalModule } from './legal/index.ts';
import { modelsModule } from './models/index.ts';
import { orgModule } from './org/index.ts';
import { petitionsModule } from './petitions/index.ts';
import { portalModule } from './portal/index.ts';
import { plansModule } from './plans/index.ts';
import { receptionModule } from './reception/index.ts';
import { reportingModule } from './reporting/index.ts';
import { scoringModule } from './scoring/index.ts';
import { situationsModule } from './situations/index.ts';
import { trainingModule } from './training/index.ts';
import { usersModule } from './users/index.ts';

/** The demo seeders, in the order their data depend on each other. A new module adds one entry. */
const DEMO_ORDER = [
  orgModule,
  usersModule,
  legalModule,
  reportingModule,
  plansModule,
  receptionModule,
  situationsModule,
  modelsModule,
  trainingModule,
  inspectionsModule,
  petitionsModule,
  answersModule,
  scoringModule,
  portalModule,
];

export function registerDemoModules(): void {
  for (const m of DEMO_ORDER) m.demo?.();
}
