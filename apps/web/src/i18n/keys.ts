/**
 * The type of the valid message keys, derived from the Vietnamese dictionaries themselves (no
 * generated file to keep in step): the base one, every feature's messages.ts under the namespace its
 * index.tsx mounts it at, and the audit labels of packages/contracts.
 *
 * The feature registry (app/features.ts) types its entries as `Feature`, which erases their
 * dictionaries, and importing it at runtime would pull every feature into the login entry; so the
 * dictionaries are listed here with type-only imports (erased from the bundle). A feature added to
 * the registry adds its line to `FeatureMessages`: scripts/i18n-check.mjs (`npm run verify`) fails
 * when a registered feature's namespace is missing here.
 */
import type { AUDIT_LABEL_MESSAGES } from '@danvan/contracts';
import type { vi } from './vi.ts';
import type { answersVi } from '../features/answers/messages.ts';
import type { inspectionsVi } from '../features/inspections/messages.ts';
import type { legalVi } from '../features/legal/messages.ts';
import type { modelsVi } from '../features/models/messages.ts';
import type { petitionsVi } from '../features/petitions/messages.ts';
import type { plansVi } from '../features/plans/messages.ts';
import type { portalVi } from '../features/portal/messages.ts';
import type { receptionVi } from '../features/reception/messages.ts';
import type { reportingVi } from '../features/reporting/messages.ts';
import type { scoringVi } from '../features/scoring/messages.ts';
import type { situationsVi } from '../features/situations/messages.ts';
import type { trainingVi } from '../features/training/messages.ts';
import type { vaultVi } from '../features/vault/messages.ts';

/** Each feature's dictionary under its namespace (as its index.tsx passes it as `messages.vi`). */
export interface FeatureMessages {
  answers: typeof answersVi;
  inspections: typeof inspectionsVi;
  legal: typeof legalVi;
  models: typeof modelsVi;
  petitions: typeof petitionsVi;
  plans: typeof plansVi;
  portal: typeof portalVi;
  reception: typeof receptionVi;
  reporting: typeof reportingVi;
  scoring: typeof scoringVi;
  situations: typeof situationsVi;
  training: typeof trainingVi;
  vault: typeof vaultVi;
}

type Messages = typeof vi & FeatureMessages & (typeof AUDIT_LABEL_MESSAGES)['vi'];

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every key of the Vietnamese dictionaries, e.g. 'common.save' | 'plans.list.title' | 'models.title' | … */
export type MessageKey = Leaves<Messages>;

/** The members of K that name no message (a template member must match at least one key). */
type UnknownKeys<K extends string> = K extends MessageKey
  ? never
  : [Extract<MessageKey, K>] extends [never]
    ? K
    : never;

/** `unknown` for a valid key (or a plain `string`), an impossible type naming the bad key otherwise. */
export type KeyCheck<K extends string> = string extends K
  ? unknown
  : [UnknownKeys<K>] extends [never]
    ? unknown
    : `no message key "${UnknownKeys<K>}"`;
