import { Input, InputNumber, Select } from 'antd';
import type { Rule } from 'antd/es/form';
import type { AnswerSourceKind, HoldDialogue, UpdateAnswerSource } from '@danvan/contracts';
import { FRONT_SUPERVISION_DOC_TYPES, FRONT_SUPERVISION_DOC_TYPE_LABELS } from '@danvan/contracts';
import { enumOptions } from '../../../shared/components/EnumTag.tsx';
import { DateInput } from '../../../shared/components/DateInput.tsx';
import { Field, FormRow } from '../../../shared/components/Field.tsx';
import { UnitSelect } from '../../../shared/components/UnitSelect.tsx';
import type { CreateSourceBody } from '../api.ts';
import { AnswerUnitSelect, type UnitOption } from './AnswerUnitSelect.tsx';
import { useAnswersI18n, type AnswersMessageKey } from './i18n.ts';

/** How a field of a source form is entered (and so how its value goes into the request body). */
export type SourceInput =
  | { as: 'text'; max: number; testId?: string }
  | { as: 'area'; max: number; rows?: number; testId?: string }
  | { as: 'date'; testId?: string }
  | { as: 'count'; testId?: string }
  /** The unit that files the source. */
  | { as: 'unit' }
  /** The agency a Front document is addressed to (the items' default responsible unit). */
  | { as: 'addressee'; testId?: string }
  | { as: 'docType' };

/** One field of a source form: its name in the contract's body, its label, how it is entered. */
export interface SourceField<N extends string = string> {
  name: N;
  label: AnswersMessageKey;
  input: SourceInput;
  need?: boolean | 'text';
  width?: number | 'grow';
  extra?: AnswersMessageKey;
  /** A date that may not come after (`notAfter`) or before (`notBefore`) another field's date. */
  notAfter?: { field: N; message: AnswersMessageKey };
  notBefore?: { field: N; message: AnswersMessageKey };
}

/** A form's fields in their order; an array is a row of fields side by side. */
export type SourceLayout<N extends string = string> = (SourceField<N> | SourceField<N>[])[];

type Values = Record<string, unknown>;

const fieldsOf = (layout: SourceLayout) => layout.flatMap((n) => (Array.isArray(n) ? n : [n]));

/**
 * The request body's values of a form's fields: text as typed ('' when left empty), a date the form
 * requires as text and an optional one as `null` when left empty, units and counts as numbers.
 */
export function bodyOf(layout: SourceLayout, v: Values): Values {
  const body: Values = {};
  for (const f of fieldsOf(layout)) {
    const raw = v[f.name];
    switch (f.input.as) {
      case 'date':
        body[f.name] = f.need
          ? ((raw as string | undefined) ?? '')
          : ((raw as string | null | undefined) ?? null);
        break;
      case 'text':
      case 'area':
        body[f.name] = (raw as string | undefined) ?? '';
        break;
      case 'docType':
        body[f.name] = (raw as string | undefined) ?? 'conclusion';
        break;
      default:
        body[f.name] = raw as number;
    }
  }
  return body;
}

// ---------------------------------------------------------------------------------------------
// The fields of each capability's source, declared once (names are the contract's body fields)

type BodyOf<K extends AnswerSourceKind> = Extract<CreateSourceBody, { kind: K }>['body'];
type Name<B> = keyof B & string;

export interface SourceForm<K extends AnswerSourceKind> {
  layout: SourceLayout<Name<BodyOf<K>>>;
  /** Values the form opens with besides the unit: 'today' for a date, 'myName' the officer's name. */
  initial?: Partial<Record<Name<BodyOf<K>>, string>>;
  /** Numbered items (recommendations, petitions) are entered with the source. */
  items?: boolean;
}

type More<N extends string> = Omit<SourceField<N>, 'name' | 'label' | 'input'> & { testId?: string };
const text = <N extends string>(name: N, label: AnswersMessageKey, max: number, more: More<N> = {}) => {
  const { testId, ...rest } = more;
  return { name, label, input: { as: 'text', max, testId }, ...rest } satisfies SourceField<N>;
};
const area = <N extends string>(
  name: N,
  label: AnswersMessageKey,
  max: number,
  more: More<N> & { rows?: number } = {},
) => {
  const { testId, rows, ...rest } = more;
  return { name, label, input: { as: 'area', max, rows, testId }, ...rest } satisfies SourceField<N>;
};
const date = <N extends string>(name: N, label: AnswersMessageKey, more: More<N> = {}) => {
  const { testId, ...rest } = more;
  return { name, label, input: { as: 'date', testId }, ...rest } satisfies SourceField<N>;
};

const unitOf = (kind: AnswerSourceKind): SourceField<'unitId'> => ({
  name: 'unitId',
  label: `answers.unitOf.${kind}`,
  input: { as: 'unit' },
  need: true,
});
/** The title of a source (`testId` null: none, as in the edit form). */
const titleOf = (kind: AnswerSourceKind, testId: string | null = 'source-title') =>
  text('title', `answers.titleOf.${kind}`, 500, { need: 'text', testId: testId ?? undefined });
const addressee: SourceField<'addresseeUnitId'> = {
  name: 'addresseeUnitId',
  label: 'answers.source.addressee',
  input: { as: 'addressee', testId: 'source-addressee' },
  need: true,
};
const documentNumber = text('documentNumber', 'answers.source.documentNumber', 100, {
  width: 'grow',
  testId: 'source-number',
});
const receivedOn = date('receivedOn', 'answers.source.receivedOn', { need: true, width: 180 });
const summary = (label: AnswersMessageKey = 'answers.source.summary', max = 10000) =>
  area('summary', label, max, { rows: 3, testId: 'source-summary' });

/**
 * A dialogue's schedule and notice; a Front supervision conclusion (or plan) or social criticism
 * with its numbered recommendations to an agency; a People's Council session's voter petitions; a
 * consultation's draft and dates.
 */
export const SOURCE_FORMS: { [K in AnswerSourceKind]: SourceForm<K> } = {
  dialogue: {
    initial: { scheduledOn: 'today', chairName: 'myName' },
    layout: [
      unitOf('dialogue'),
      titleOf('dialogue'),
      [
        date('scheduledOn', 'answers.dialogue.scheduledOn', {
          need: true,
          width: 180,
          testId: 'dialogue-date',
        }),
        text('place', 'answers.dialogue.place', 500, {
          need: 'text',
          width: 'grow',
          testId: 'dialogue-place',
        }),
      ],
      text('chairName', 'answers.dialogue.chairName', 200, { need: 'text', testId: 'dialogue-chair' }),
      area('participantsText', 'answers.dialogue.invited', 2000),
      [
        date('noticeOn', 'answers.dialogue.noticeOn', {
          width: 180,
          notAfter: { field: 'scheduledOn', message: 'answers.dialogue.noticeAfter' },
        }),
        area('noticeText', 'answers.dialogue.noticeText', 5000, { width: 'grow' }),
      ],
    ],
  },
  front_supervision: {
    initial: { receivedOn: 'today', docType: 'conclusion' },
    items: true,
    layout: [
      unitOf('front_supervision'),
      addressee,
      { name: 'docType', label: 'answers.source.docType', input: { as: 'docType' }, need: true },
      titleOf('front_supervision'),
      [documentNumber, receivedOn],
      summary(),
    ],
  },
  front_criticism: {
    initial: { receivedOn: 'today' },
    items: true,
    layout: [
      unitOf('front_criticism'),
      addressee,
      titleOf('front_criticism'),
      [documentNumber, receivedOn],
      text('draftTitle', 'answers.front.draftTitle', 500, { need: 'text' }),
      [
        date('draftSentOn', 'answers.front.draftSentOn', { need: true, width: 220 }),
        date('submissionOn', 'answers.front.submissionOn', { width: 220, extra: 'answers.front.leadHint' }),
      ],
      summary(),
    ],
  },
  council_session: {
    initial: { sessionOn: 'today' },
    items: true,
    layout: [
      unitOf('council_session'),
      titleOf('council_session'),
      [documentNumber],
      [
        text('term', 'answers.council.term', 100, { width: 'grow' }),
        date('sessionOn', 'answers.council.sessionOn', { need: true, width: 180 }),
        date('answerDue', 'answers.council.answerDue', { width: 180 }),
      ],
      summary(),
    ],
  },
  consultation: {
    initial: { opensOn: 'today' },
    layout: [
      unitOf('consultation'),
      titleOf('consultation'),
      text('draftTitle', 'answers.consultation.draftTitle', 500, { need: 'text' }),
      [
        date('opensOn', 'answers.consultation.opensOn', { need: true, width: 200 }),
        date('closesOn', 'answers.consultation.closesOn', {
          need: true,
          width: 200,
          notBefore: { field: 'opensOn', message: 'answers.consultation.closesBefore' },
        }),
      ],
      summary('answers.consultation.summary', 20000),
    ],
  },
};

/** Holding a dialogue: the day, who and how many took part, the issues, the commitments (items). */
export const HOLD_LAYOUT: SourceLayout<Name<HoldDialogue>> = [
  [
    date('heldOn', 'answers.dialogue.heldOn', { need: true, width: 180, testId: 'hold-date' }),
    {
      name: 'participantCount',
      label: 'answers.dialogue.participantCount',
      input: { as: 'count', testId: 'hold-count' },
      need: true,
      width: 180,
    },
  ],
  area('participantsText', 'answers.dialogue.participants', 2000),
  area('issuesRaised', 'answers.dialogue.issuesRaised', 20000, {
    need: 'text',
    rows: 3,
    testId: 'hold-issues',
  }),
  area('conclusion', 'answers.dialogue.conclusion', 10000, { testId: 'hold-conclusion' }),
];

/** Editing a filed source: its title, number, summary and (for a session) the answer deadline. */
export const editLayout = (kind: AnswerSourceKind): SourceLayout<Name<UpdateAnswerSource>> => [
  titleOf(kind, null),
  text('documentNumber', 'answers.source.documentNumber', 100),
  ...(kind === 'council_session' ? [date('answerDue', 'answers.council.answerDue')] : []),
  area('summary', 'answers.source.summary', 20000, { rows: 3 }),
];

// ---------------------------------------------------------------------------------------------
// The renderer

/** The fields of a form, in their rows, from their declarations. */
export function SourceFormFields({
  layout,
  onAddressee,
}: {
  layout: SourceLayout;
  /** The addressee chosen (the new items' default responsible unit). */
  onAddressee?: (unit: UnitOption | null) => void;
}) {
  const { i18n, t } = useAnswersI18n();

  const control = (input: SourceInput) => {
    switch (input.as) {
      case 'text':
        return <Input maxLength={input.max} data-testid={input.testId} />;
      case 'area':
        return (
          <Input.TextArea
            autoSize={{ minRows: input.rows ?? 2, maxRows: 10 }}
            maxLength={input.max}
            data-testid={input.testId}
          />
        );
      case 'date':
        return <DateInput testId={input.testId} />;
      case 'count':
        return (
          <InputNumber
            min={0}
            max={1_000_000}
            precision={0}
            style={{ width: '100%' }}
            data-testid={input.testId}
          />
        );
      case 'unit':
        return <UnitSelect />;
      case 'addressee':
        return (
          <AnswerUnitSelect testId={input.testId} onChange={(_v, units) => onAddressee?.(units[0] ?? null)} />
        );
      case 'docType':
        return (
          <Select
            options={enumOptions(FRONT_SUPERVISION_DOC_TYPE_LABELS, FRONT_SUPERVISION_DOC_TYPES, i18n)}
          />
        );
    }
  };

  const order = (f: SourceField): Rule[] | undefined => {
    const rule = f.notAfter ?? f.notBefore;
    if (!rule) return undefined;
    return [
      ({ getFieldValue }) => ({
        validator: async (_r, v: string | null | undefined) => {
          const other = getFieldValue(rule.field) as string | undefined;
          if (v && other && (f.notAfter ? v > other : v < other)) throw new Error(t(rule.message));
        },
      }),
    ];
  };

  const field = (f: SourceField) => (
    <Field
      key={f.name}
      name={f.name}
      label={t(f.label)}
      need={f.need}
      width={f.width}
      extra={f.extra && t(f.extra)}
      dependencies={f.notAfter || f.notBefore ? [(f.notAfter ?? f.notBefore)!.field] : undefined}
      rules={order(f)}
    >
      {control(f.input)}
    </Field>
  );

  return (
    <>{layout.map((n, i) => (Array.isArray(n) ? <FormRow key={i}>{n.map(field)}</FormRow> : field(n)))}</>
  );
}
