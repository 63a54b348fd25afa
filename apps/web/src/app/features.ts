import type { Feature } from './feature.ts';
import { homeFeature } from '../features/home/index.tsx';
import { authFeature } from '../features/auth/index.tsx';
import { orgFeature } from '../features/org/index.tsx';
import { usersFeature } from '../features/users/index.tsx';
import { auditFeature } from '../features/audit/index.tsx';
import { notificationsFeature } from '../features/notifications/index.tsx';
import { reportingFeature } from '../features/reporting/index.tsx';
import { plansFeature } from '../features/plans/index.tsx';
import { legalFeature } from '../features/legal/index.tsx';
import { receptionFeature } from '../features/reception/index.tsx';
import { situationsFeature } from '../features/situations/index.tsx';
import { vaultFeature } from '../features/vault/index.tsx';
import { modelsFeature } from '../features/models/index.tsx';
import { trainingFeature } from '../features/training/index.tsx';
import { inspectionsFeature } from '../features/inspections/index.tsx';
import { petitionsFeature } from '../features/petitions/index.tsx';
import { answersFeature } from '../features/answers/index.tsx';
import { scoringFeature } from '../features/scoring/index.tsx';
import { portalFeature } from '../features/portal/index.tsx';

/**
 * Every feature of the web app. A new capability adds its folder under src/features/<name>/ with an
 * index.tsx exporting its Feature, and one line here; the menu and routes follow from it.
 */
export const features: Feature[] = [
  homeFeature,
  authFeature,
  orgFeature,
  usersFeature,
  auditFeature,
  notificationsFeature,
  reportingFeature,
  plansFeature,
  legalFeature,
  receptionFeature,
  situationsFeature,
  vaultFeature,
  modelsFeature,
  trainingFeature,
  inspectionsFeature,
  petitionsFeature,
  answersFeature,
  scoringFeature,
  portalFeature,
];
