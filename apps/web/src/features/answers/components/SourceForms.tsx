import { Input, InputNumber, Select } from 'antd';
import { useState } from 'react';
import type { AnswerSourceDetail, AnswerSourceKind } from '@danvan/contracts';
import { FRONT_SUPERVISION_DOC_TYPES, FRONT_SUPERVISION_DOC_TYPE_LABELS } from '@danvan/contracts';
import { todayIso } from '../../../shared/format.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { useMe } from '../../../shared/session.ts';
import { enumOptions } from '../../../shared/components/EnumTag.tsx';
import { Field, FormRow } from '../../../shared/components/Field.tsx';
import { FormModal } from '../../../shared/components/FormModal.tsx';
import { UnitSelect } from '../../../shared/components/UnitSelect.tsx';
import { api, useAnswersMutation, type CreateSourceBody } from '../api.ts';
import { AnswerUnitSelect, type UnitOption } from './AnswerUnitSelect.tsx';
import { DateInput } from '../../../shared/components/DateInput.tsx';
import { useAnswersI18n } from './i18n.ts';
import { NewItemsEditor, type NewItemForm } from './NewItemsEditor.tsx';

type Values = Record<string, unknown> & { items?: NewItemForm[] };

const area = (max: number, testId?: string, rows = 2) => (
  <Input.TextArea autoSize={{ minRows: rows, maxRows: 10 }} maxLength={max} data-testid={testId} />
);

/** The items as the contract takes them: empty optional fields left to their defaults. */
function cleanItems(items: NewItemForm[] | undefined) {
  return (items ?? []).map((i) => ({
    text: i.text,
    field: i.field ?? 'khac',
    origin: i.origin ?? '',
    responsibleUnitId: i.responsibleUnitId ?? null,
    coordinatingUnitIds: i.coordinatingUnitIds ?? [],
    ownerName: i.ownerName ?? '',
    dueDate: i.dueDate ?? null,
  }));
}

/**
 * The form that files a new source of the given kind: a dialogue's schedule and notice; a Front
 * supervision conclusion (or plan) or social criticism with its numbered recommendations to an
 * agency; a People's Council session's voter petitions; a consultation's draft and dates.
 */
export function CreateSourceModal({
  kind,
  open,
  onClose,
  onCreated,
}: {
  kind: AnswerSourceKind;
  open: boolean;
  onClose: () => void;
  onCreated: (s: AnswerSourceDetail) => void;
}) {
  const { i18n, t } = useAnswersI18n();
  const notify = useNotify();
  const me = useMe();
  const unitId = me.data?.activeUnit?.id;
  const [addressee, setAddressee] = useState<UnitOption | null>(null);
  const create = useAnswersMutation((c: CreateSourceBody) => api.createSource(c));
  const front = kind === 'front_supervision' || kind === 'front_criticism';

  const initial: Values = { unitId, receivedOn: todayIso(), items: [] };
  if (kind === 'dialogue')
    Object.assign(initial, { scheduledOn: todayIso(), chairName: me.data?.fullName ?? '' });
  if (kind === 'front_supervision') initial.docType = 'conclusion';
  if (kind === 'council_session') initial.sessionOn = todayIso();
  if (kind === 'consultation') initial.opensOn = todayIso();

  const submit = (v: Values) => {
    const s = (k: string) => (v[k] as string | undefined) ?? '';
    const d = (k: string) => (v[k] as string | null | undefined) ?? null;
    let body: CreateSourceBody;
    switch (kind) {
      case 'dialogue':
        body = {
          kind,
          body: {
            unitId: v.unitId as number,
            title: s('title'),
            scheduledOn: s('scheduledOn'),
            place: s('place'),
            chairName: s('chairName'),
            noticeOn: d('noticeOn'),
            noticeText: s('noticeText'),
            participantsText: s('participantsText'),
          },
        };
        break;
      case 'front_supervision':
      case 'front_criticism': {
        const base = {
          unitId: v.unitId as number,
          addresseeUnitId: v.addresseeUnitId as number,
          title: s('title'),
          documentNumber: s('documentNumber'),
          receivedOn: s('receivedOn'),
          summary: s('summary'),
          items: cleanItems(v.items),
        };
        body =
          kind === 'front_supervision'
            ? { kind, body: { ...base, docType: (v.docType as 'plan' | 'conclusion') ?? 'conclusion' } }
            : {
                kind,
                body: {
                  ...base,
                  draftTitle: s('draftTitle'),
                  draftSentOn: s('draftSentOn'),
                  submissionOn: d('submissionOn'),
                },
              };
        break;
      }
      case 'council_session':
        body = {
          kind,
          body: {
            unitId: v.unitId as number,
            title: s('title'),
            term: s('term'),
            sessionOn: s('sessionOn'),
            answerDue: d('answerDue'),
            documentNumber: s('documentNumber'),
            summary: s('summary'),
            items: cleanItems(v.items),
          },
        };
        break;
      case 'consultation':
        body = {
          kind,
          body: {
            unitId: v.unitId as number,
            title: s('title'),
            draftTitle: s('draftTitle'),
            summary: s('summary'),
            opensOn: s('opensOn'),
            closesOn: s('closesOn'),
          },
        };
        break;
    }
    return create.mutateAsync(body).then((created) => {
      notify.success(t('answers.source.created'));
      onCreated(created);
    });
  };

  return (
    <FormModal<Values>
      open={open}
      title={t(`answers.create.${kind}`)}
      width={860}
      onCancel={onClose}
      initialValues={initial}
      onSubmit={submit}
    >
      <Field name="unitId" label={t(`answers.unitOf.${kind}`)} need>
        <UnitSelect />
      </Field>
      {front && (
        <Field name="addresseeUnitId" label={t('answers.source.addressee')} need>
          <AnswerUnitSelect
            testId="source-addressee"
            onChange={(_v, units) => setAddressee(units[0] ?? null)}
          />
        </Field>
      )}
      {kind === 'front_supervision' && (
        <Field name="docType" label={t('answers.source.docType')} need>
          <Select
            options={enumOptions(FRONT_SUPERVISION_DOC_TYPE_LABELS, FRONT_SUPERVISION_DOC_TYPES, i18n)}
          />
        </Field>
      )}
      <Field name="title" label={t(`answers.titleOf.${kind}`)} need="text">
        <Input maxLength={500} data-testid="source-title" />
      </Field>
      {kind === 'dialogue' && (
        <>
          <FormRow>
            <Field name="scheduledOn" label={t('answers.dialogue.scheduledOn')} need width={180}>
              <DateInput testId="dialogue-date" />
            </Field>
            <Field name="place" label={t('answers.dialogue.place')} need="text" width="grow">
              <Input maxLength={500} data-testid="dialogue-place" />
            </Field>
          </FormRow>
          <Field name="chairName" label={t('answers.dialogue.chairName')} need="text">
            <Input maxLength={200} data-testid="dialogue-chair" />
          </Field>
          <Field name="participantsText" label={t('answers.dialogue.invited')}>
            {area(2000)}
          </Field>
          <FormRow>
            <Field
              name="noticeOn"
              label={t('answers.dialogue.noticeOn')}
              width={180}
              dependencies={['scheduledOn']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: async (_r, v: string | null | undefined) => {
                    const on = getFieldValue('scheduledOn') as string | undefined;
                    if (v && on && v > on) throw new Error(t('answers.dialogue.noticeAfter'));
                  },
                }),
              ]}
            >
              <DateInput />
            </Field>
            <Field name="noticeText" label={t('answers.dialogue.noticeText')} width="grow">
              {area(5000)}
            </Field>
          </FormRow>
        </>
      )}
      {(front || kind === 'council_session') && (
        <FormRow>
          <Field name="documentNumber" label={t('answers.source.documentNumber')} width="grow">
            <Input maxLength={100} data-testid="source-number" />
          </Field>
          {front && (
            <Field name="receivedOn" label={t('answers.source.receivedOn')} need width={180}>
              <DateInput />
            </Field>
          )}
        </FormRow>
      )}
      {kind === 'front_criticism' && (
        <>
          <Field name="draftTitle" label={t('answers.front.draftTitle')} need="text">
            <Input maxLength={500} />
          </Field>
          <FormRow>
            <Field name="draftSentOn" label={t('answers.front.draftSentOn')} need width={220}>
              <DateInput />
            </Field>
            <Field
              name="submissionOn"
              label={t('answers.front.submissionOn')}
              width={220}
              extra={t('answers.front.leadHint')}
            >
              <DateInput />
            </Field>
          </FormRow>
        </>
      )}
      {kind === 'council_session' && (
        <FormRow>
          <Field name="term" label={t('answers.council.term')} width="grow">
            <Input maxLength={100} />
          </Field>
          <Field name="sessionOn" label={t('answers.council.sessionOn')} need width={180}>
            <DateInput />
          </Field>
          <Field name="answerDue" label={t('answers.council.answerDue')} width={180}>
            <DateInput />
          </Field>
        </FormRow>
      )}
      {kind === 'consultation' && (
        <>
          <Field name="draftTitle" label={t('answers.consultation.draftTitle')} need="text">
            <Input maxLength={500} />
          </Field>
          <FormRow>
            <Field name="opensOn" label={t('answers.consultation.opensOn')} need width={200}>
              <DateInput />
            </Field>
            <Field
              name="closesOn"
              label={t('answers.consultation.closesOn')}
              need
              width={200}
              dependencies={['opensOn']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: async (_r, v: string | null | undefined) => {
                    const from = getFieldValue('opensOn') as string | undefined;
                    if (v && from && v < from) throw new Error(t('answers.consultation.closesBefore'));
                  },
                }),
              ]}
            >
              <DateInput />
            </Field>
          </FormRow>
        </>
      )}
      {kind !== 'dialogue' && (
        <Field
          name="summary"
          label={t(kind === 'consultation' ? 'answers.consultation.summary' : 'answers.source.summary')}
        >
          {area(kind === 'consultation' ? 20000 : 10000, 'source-summary', 3)}
        </Field>
      )}
      {(front || kind === 'council_session') && <NewItemsEditor kind={kind} defaultUnit={addressee} />}
    </FormModal>
  );
}

/** Records a dialogue as held: the day, who and how many took part, the issues, the commitments. */
export function HoldDialogueModal({
  source,
  open,
  onClose,
}: {
  source: AnswerSourceDetail;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useAnswersI18n();
  const notify = useNotify();
  const hold = useAnswersMutation((v: Values) =>
    api.hold(source.id, {
      expectedVersion: source.version,
      heldOn: v.heldOn as string,
      participantCount: v.participantCount as number,
      participantsText: (v.participantsText as string | undefined) ?? '',
      issuesRaised: v.issuesRaised as string,
      conclusion: (v.conclusion as string | undefined) ?? '',
      commitments: cleanItems(v.items),
    }),
  );
  const unit = { id: source.unitId, name: source.unitName };
  return (
    <FormModal<Values>
      open={open}
      title={t('answers.dialogue.hold')}
      okText={t('answers.dialogue.hold')}
      width={860}
      onCancel={onClose}
      initialValues={{
        heldOn: source.dialogue?.scheduledOn ?? todayIso(),
        participantsText: source.dialogue?.participantsText ?? '',
        items: [],
      }}
      onSubmit={(v) =>
        hold.mutateAsync(v).then(() => {
          notify.success(t('answers.dialogue.held'));
          onClose();
        })
      }
    >
      <FormRow>
        <Field name="heldOn" label={t('answers.dialogue.heldOn')} need width={180}>
          <DateInput testId="hold-date" />
        </Field>
        <Field name="participantCount" label={t('answers.dialogue.participantCount')} need width={180}>
          <InputNumber
            min={0}
            max={1_000_000}
            precision={0}
            style={{ width: '100%' }}
            data-testid="hold-count"
          />
        </Field>
      </FormRow>
      <Field name="participantsText" label={t('answers.dialogue.participants')}>
        {area(2000)}
      </Field>
      <Field name="issuesRaised" label={t('answers.dialogue.issuesRaised')} need="text">
        {area(20000, 'hold-issues', 3)}
      </Field>
      <Field name="conclusion" label={t('answers.dialogue.conclusion')}>
        {area(10000, 'hold-conclusion')}
      </Field>
      <NewItemsEditor kind="dialogue" defaultUnit={unit} />
    </FormModal>
  );
}

/** Adds numbered items to a source that is already filed. */
export function AddItemsModal({
  source,
  open,
  onClose,
}: {
  source: AnswerSourceDetail;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useAnswersI18n();
  const notify = useNotify();
  const add = useAnswersMutation((v: Values) => api.addItems(source.id, { items: cleanItems(v.items) }));
  const unit = source.addressee ?? { id: source.unitId, name: source.unitName };
  return (
    <FormModal<Values>
      open={open}
      title={t('answers.source.addItems')}
      width={860}
      onCancel={onClose}
      initialValues={{ items: [] }}
      onSubmit={(v) =>
        add.mutateAsync(v).then(() => {
          notify.success(t('answers.source.itemsAdded'));
          onClose();
        })
      }
    >
      <NewItemsEditor kind={source.kind} defaultUnit={unit} minItems={1} />
    </FormModal>
  );
}

/** Edits the source's title, number, summary and (for a session) the answer deadline. */
export function EditSourceModal({
  source,
  open,
  onClose,
}: {
  source: AnswerSourceDetail;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useAnswersI18n();
  const notify = useNotify();
  const update = useAnswersMutation((v: Values) =>
    api.updateSource(source.id, {
      expectedVersion: source.version,
      title: v.title as string,
      documentNumber: (v.documentNumber as string | undefined) ?? '',
      summary: (v.summary as string | undefined) ?? '',
      ...(source.kind === 'council_session'
        ? { answerDue: (v.answerDue as string | null | undefined) ?? null }
        : {}),
    }),
  );
  return (
    <FormModal<Values>
      open={open}
      title={t('answers.source.edit')}
      width={720}
      onCancel={onClose}
      initialValues={{
        title: source.title,
        documentNumber: source.documentNumber,
        summary: source.summary,
        answerDue: source.council?.answerDue ?? null,
      }}
      onSubmit={(v) =>
        update.mutateAsync(v).then(() => {
          notify.success(t('common.saved'));
          onClose();
        })
      }
    >
      <Field name="title" label={t(`answers.titleOf.${source.kind}`)} need="text">
        <Input maxLength={500} />
      </Field>
      <Field name="documentNumber" label={t('answers.source.documentNumber')}>
        <Input maxLength={100} />
      </Field>
      {source.kind === 'council_session' && (
        <Field name="answerDue" label={t('answers.council.answerDue')}>
          <DateInput />
        </Field>
      )}
      <Field name="summary" label={t('answers.source.summary')}>
        {area(20000, undefined, 3)}
      </Field>
    </FormModal>
  );
}
