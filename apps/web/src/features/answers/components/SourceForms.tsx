import { useState } from 'react';
import type {
  AnswerSourceDetail,
  AnswerSourceKind,
  HoldDialogue,
  UpdateAnswerSource,
} from '@danvan/contracts';
import { todayIso } from '../../../shared/format.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { useMe } from '../../../shared/session.ts';
import { FormModal } from '../../../shared/components/FormModal.tsx';
import { api, useAnswersMutation, type CreateSourceBody } from '../api.ts';
import type { UnitOption } from './AnswerUnitSelect.tsx';
import { useAnswersI18n } from './i18n.ts';
import { NewItemsEditor, type NewItemForm } from './NewItemsEditor.tsx';
import {
  bodyOf,
  editLayout,
  HOLD_LAYOUT,
  SOURCE_FORMS,
  SourceFormFields,
  type SourceLayout,
} from './SourceFormsFields.tsx';

type Values = Record<string, unknown> & { items?: NewItemForm[] };

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

// ---------------------------------------------------------------------------------------------
// The dialogs

/** The form that files a new source of the given kind (its fields: SOURCE_FORMS). */
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
  const { t } = useAnswersI18n();
  const notify = useNotify();
  const me = useMe();
  const [addressee, setAddressee] = useState<UnitOption | null>(null);
  const create = useAnswersMutation((c: CreateSourceBody) => api.createSource(c));
  const form: { layout: SourceLayout; initial?: Partial<Record<string, string>>; items?: boolean } =
    SOURCE_FORMS[kind];

  const initial: Values = { unitId: me.data?.activeUnit?.id, items: [] };
  for (const [k, v] of Object.entries(form.initial ?? {}))
    initial[k] = v === 'today' ? todayIso() : v === 'myName' ? (me.data?.fullName ?? '') : v;

  const submit = (v: Values) => {
    const body = { ...bodyOf(form.layout, v), ...(form.items ? { items: cleanItems(v.items) } : {}) };
    return create.mutateAsync({ kind, body } as CreateSourceBody).then((created) => {
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
      <SourceFormFields layout={form.layout} onAddressee={setAddressee} />
      {form.items && <NewItemsEditor kind={kind} defaultUnit={addressee} />}
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
      ...(bodyOf(HOLD_LAYOUT, v) as Omit<HoldDialogue, 'expectedVersion' | 'commitments'>),
      expectedVersion: source.version,
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
      <SourceFormFields layout={HOLD_LAYOUT} />
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
  const layout = editLayout(source.kind);
  const update = useAnswersMutation((v: Values) =>
    api.updateSource(source.id, {
      ...(bodyOf(layout, v) as Omit<UpdateAnswerSource, 'expectedVersion'>),
      expectedVersion: source.version,
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
      <SourceFormFields layout={layout} />
    </FormModal>
  );
}
