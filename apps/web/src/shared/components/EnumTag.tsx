import { Tag } from 'antd';
import type { CSSProperties } from 'react';
import {
  ASSIGNMENT_STATUS_LABELS,
  DEADLINE_STATE_LABELS,
  GUIDING_DOCUMENT_KIND_LABELS,
  MOVEMENT_KIND_LABELS,
  PLAN_COMPLIANCE_LABELS,
  PLAN_STATUS_LABELS,
} from '@danvan/contracts';
import { useI18n, type I18n } from '../../i18n/index.tsx';

/**
 * A label table of the shared vocabulary ({ code: { vi, en } }), a table of i18n keys
 * ({ code: 'users.statusActive' }), or an i18n key prefix ('reporting.status' → 'reporting.status.draft').
 */
export type Labels = Record<string, { vi: string; en: string } | string> | string;

/** One closed list of codes as tags: its labels, its colours (antd tag colours) and its test id. */
export interface Vocabulary {
  labels: Labels;
  colors: Record<string, string>;
  testId?: string;
}

/** The label of a code in the current language (the code itself when unknown). */
export function enumLabel(labels: Labels, code: string, i18n: Pick<I18n, 'lang' | 't' | 'has'>): string {
  if (typeof labels === 'string') {
    const key = `${labels}.${code}`;
    return i18n.has(key) ? i18n.t(key) : code;
  }
  const l = labels[code];
  if (typeof l === 'string') return i18n.t(l);
  return l?.[i18n.lang] ?? code;
}

/** Select options of a vocabulary, in the order of `codes`. */
export function enumOptions(
  labels: Labels,
  codes: readonly string[],
  i18n: Pick<I18n, 'lang' | 't' | 'has'>,
): { value: string; label: string }[] {
  return codes.map((c) => ({ value: c, label: enumLabel(labels, c, i18n) }));
}

/** The vocabularies shown as tags, one entry each; labels come from the contracts where they exist. */
export const VOCABULARIES = {
  planStatus: {
    labels: PLAN_STATUS_LABELS,
    colors: { draft: 'default', issued: 'green' },
    testId: 'plan-status',
  },
  taskStatus: {
    // the plans feature's short labels ("Chưa giao"), shorter than the contracts' explanation
    labels: 'plans.taskStatus',
    colors: { draft: 'default', assigned: 'blue', cancelled: 'default' },
  },
  assignmentStatus: {
    labels: ASSIGNMENT_STATUS_LABELS,
    colors: { not_started: 'default', in_progress: 'processing', done: 'success', cancelled: 'default' },
    testId: 'assignment-status',
  },
  deadline: {
    labels: DEADLINE_STATE_LABELS,
    colors: {
      done_on_time: 'green',
      done_late: 'lime',
      pending: 'blue',
      due_soon: 'gold',
      overdue: 'red',
      cancelled: 'default',
    },
    testId: 'deadline',
  },
  compliance: {
    labels: PLAN_COMPLIANCE_LABELS,
    colors: { issued: 'green', late: 'orange', missing: 'red', pending: 'default' },
    testId: 'compliance-status',
  },
  reportStatus: {
    labels: 'reporting.status',
    colors: {
      draft: 'default',
      submitted: 'processing',
      returned: 'warning',
      accepted: 'success',
      not_started: 'default',
    },
    testId: 'report-status',
  },
  timeliness: {
    labels: 'reporting.timeliness',
    colors: { on_time: 'green', late: 'orange', missing: 'red', not_due: 'default' },
  },
  periodStatus: {
    labels: 'reporting.periods',
    colors: { open: 'green', closed: 'default' },
    testId: 'period-status',
  },
  userStatus: {
    labels: { active: 'users.statusActive', locked: 'users.statusLocked', disabled: 'users.statusDisabled' },
    colors: { active: 'green', locked: 'orange', disabled: 'red' },
  },
  documentKind: { labels: GUIDING_DOCUMENT_KIND_LABELS, colors: {} },
  movementKind: { labels: MOVEMENT_KIND_LABELS, colors: {} },
  /** "Đang hiệu lực" / "Hết hiệu lực" style switches: the page gives the two labels. */
  active: { labels: {}, colors: { true: 'green', false: 'default' } },
} satisfies Record<string, Vocabulary>;

export type VocabularyName = keyof typeof VOCABULARIES;

/**
 * One tag for every closed list of codes (statuses, kinds): the label from the shared vocabulary in
 * the current language, the colour from the vocabulary's colour table. `label` overrides the text
 * (e.g. for yes/no switches whose wording depends on the record).
 */
export function EnumTag({
  vocab,
  value,
  label,
  testId,
  style,
}: {
  vocab: VocabularyName | Vocabulary;
  value: string | boolean;
  label?: string;
  testId?: string;
  style?: CSSProperties;
}) {
  const i18n = useI18n();
  const v: Vocabulary = typeof vocab === 'string' ? VOCABULARIES[vocab] : vocab;
  const code = String(value);
  return (
    <Tag color={v.colors[code] ?? 'default'} data-testid={testId ?? v.testId} style={style}>
      {label ?? enumLabel(v.labels, code, i18n)}
    </Tag>
  );
}

/** The tag of a yes/no state ("Đang hiệu lực" / "Hết hiệu lực"…): the page gives the two labels. */
export function ActiveTag({ active, on, off }: { active: boolean; on: string; off: string }) {
  return <EnumTag vocab="active" value={active} label={active ? on : off} />;
}
