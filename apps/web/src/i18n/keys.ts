/**
 * The type of the valid message keys, derived from the Vietnamese dictionaries themselves (no
 * generated file to keep in step): the base one, each feature's messages.ts as its index.tsx mounts
 * it, and the audit labels of packages/contracts. A feature added to app/features.ts adds its
 * dictionary here too; until then its namespace is listed in `Untyped` (its keys are still checked
 * at verify time by scripts/i18n-check.mjs, which reads the registry itself).
 */
import type { AUDIT_LABEL_MESSAGES } from '@danvan/contracts';
import type { vi } from './vi.ts';
import type { legalVi } from '../features/legal/messages.ts';
import type { plansVi } from '../features/plans/messages.ts';
import type { reportingVi } from '../features/reporting/messages.ts';

type Messages = typeof vi & {
  legal: typeof legalVi;
  plans: typeof plansVi;
  reporting: typeof reportingVi;
} & (typeof AUDIT_LABEL_MESSAGES)['vi'];

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every key of the Vietnamese dictionaries, e.g. 'common.save' | 'plans.list.title' | … */
export type MessageKey = Leaves<Messages>;

/** Namespaces of features whose dictionaries this type does not list yet (being written). */
type Untyped = 'reception' | 'petitions' | 'situations' | 'vault';

/** The members of K that name no message (a template member must match at least one key). */
type UnknownKeys<K extends string> = K extends MessageKey
  ? never
  : K extends `${Untyped}.${string}`
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
