import { Alert, Form, Input, Radio, Select, Typography } from 'antd';
import { useState } from 'react';
import type {
  AnswerAnswerItem,
  AnswerItem,
  AssignAnswerItems,
  BulkAnswerItems,
  CreateAnswerTemplate,
  DeclineAnswerItem,
  JudgeAnswerItem,
} from '@danvan/contracts';
import { ANSWER_VERDICTS, ANSWER_VERDICT_LABELS } from '@danvan/contracts';
import { todayIso } from '../../../shared/format.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { useMe } from '../../../shared/session.ts';
import { enumLabel } from '../../../shared/components/EnumTag.tsx';
import { Field, FormRow } from '../../../shared/components/Field.tsx';
import { FormModal } from '../../../shared/components/FormModal.tsx';
import { api, useAnswersMutation, useTemplates, versions, type ItemStep } from '../api.ts';
import { AnswerUnitSelect } from './AnswerUnitSelect.tsx';
import { DateInput } from '../../../shared/components/DateInput.tsx';
import { useAnswersI18n } from './i18n.ts';

export type ItemDialog =
  'answer' | 'judge' | 'decline' | 'start' | 'close' | 'assign' | 'bulkAnswer' | 'template';

/** Which dialog is open, and for which items. */
export function useItemDialogs() {
  const [open, setOpen] = useState<{ dialog: ItemDialog; rows: AnswerItem[] } | null>(null);
  return {
    open,
    show: (dialog: ItemDialog, rows: AnswerItem[]) => setOpen({ dialog, rows }),
    close: () => setOpen(null),
  };
}
export type ItemDialogsState = ReturnType<typeof useItemDialogs>;

/** The item's text above a one-item dialog, so the user sees what is answered or judged. */
function ItemText({ item }: { item: AnswerItem }) {
  const { t } = useAnswersI18n();
  return (
    <Alert
      type="info"
      style={{ marginBottom: 12 }}
      title={t('answers.item.numberedText', { n: item.number })}
      description={
        <Typography.Paragraph
          style={{ margin: 0, whiteSpace: 'pre-wrap' }}
          ellipsis={{ rows: 6, expandable: true }}
        >
          {item.text}
        </Typography.Paragraph>
      }
    />
  );
}

/**
 * The dialogs of the item mechanism: answer (or re-answer) one item, judge an answer, explain why
 * an item is not taken in, start or close, assign many items to a unit, answer many with a template,
 * and save an answer template. Each calls its verb with the items' versions and says when it is done.
 */
export function ItemDialogs({ state, onDone }: { state: ItemDialogsState; onDone?: () => void }) {
  const { i18n, t } = useAnswersI18n();
  const notify = useNotify();
  const me = useMe();
  const o = state.open;
  const rows = o?.rows ?? [];
  const one = rows[0];
  const finish = (text: string) => () => {
    notify.success(text);
    state.close();
    onDone?.();
  };
  const answer = useAnswersMutation((v: AnswerAnswerItem) => api.answer(one.id, v));
  const judge = useAnswersMutation((v: JudgeAnswerItem) => api.judge(one.id, v));
  const decline = useAnswersMutation((v: DeclineAnswerItem) => api.decline(one.id, v));
  const step = useAnswersMutation((v: { step: ItemStep; note: string }) =>
    api.step(one.id, v.step, { expectedVersion: one.version, note: v.note }),
  );
  const assign = useAnswersMutation((v: AssignAnswerItems) => api.assign(v));
  const many = useAnswersMutation((v: BulkAnswerItems) => api.answerMany(v));
  const saveTemplate = useAnswersMutation((v: CreateAnswerTemplate) => api.createTemplate(v));
  const templates = useTemplates(o?.dialog === 'bulkAnswer');
  const [form] = Form.useForm<{ verdict?: string }>();
  const verdict = Form.useWatch('verdict', form);

  const reAnswer = one?.status === 'not_satisfied';
  return (
    <>
      <FormModal<{ text: string; answerDocument?: string; answeredOn?: string }>
        open={o?.dialog === 'answer'}
        title={reAnswer ? t('answers.action.reAnswer') : t('answers.action.answer')}
        okText={reAnswer ? t('answers.action.reAnswer') : t('answers.action.answer')}
        width={720}
        onCancel={state.close}
        initialValues={{ text: '', answerDocument: one?.answerDocument ?? '', answeredOn: todayIso() }}
        extraTop={one && <ItemText item={one} />}
        onSubmit={(v) =>
          answer
            .mutateAsync({ ...v, answerDocument: v.answerDocument ?? '', expectedVersion: one.version })
            .then(finish(t('answers.done.answered')))
        }
      >
        {one?.status === 'not_satisfied' && one.verdictComment && (
          <Alert
            type="warning"
            style={{ marginBottom: 12 }}
            title={t('answers.item.verdictComment')}
            description={one.verdictComment}
          />
        )}
        <Field name="text" label={t('answers.item.answerText')} need="text">
          <Input.TextArea
            autoSize={{ minRows: 4, maxRows: 14 }}
            maxLength={20000}
            data-testid="answer-text"
          />
        </Field>
        <FormRow>
          <Field name="answerDocument" label={t('answers.item.answerDocument')} width="grow">
            <Input maxLength={100} data-testid="answer-document" />
          </Field>
          <Field name="answeredOn" label={t('answers.item.answeredOn')} need width={180}>
            <DateInput testId="answer-date" />
          </Field>
        </FormRow>
      </FormModal>

      <FormModal<{ verdict: JudgeAnswerItem['verdict']; comment?: string }>
        open={o?.dialog === 'judge'}
        title={t('answers.action.judge')}
        okText={t('answers.action.judge')}
        width={720}
        form={form as never}
        onCancel={state.close}
        extraTop={
          one && (
            <>
              <ItemText item={one} />
              <Alert
                type="success"
                style={{ marginBottom: 12 }}
                title={t('answers.item.answerText')}
                description={
                  <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                    {one.answerText}
                  </Typography.Paragraph>
                }
              />
            </>
          )
        }
        onSubmit={(v) =>
          judge
            .mutateAsync({ verdict: v.verdict, comment: v.comment ?? '', expectedVersion: one.version })
            .then(finish(t('answers.done.judged')))
        }
      >
        <Field name="verdict" label={t('answers.item.verdict')} need>
          <Radio.Group data-testid="judge-verdict">
            {ANSWER_VERDICTS.map((c) => (
              <Radio key={c} value={c} data-testid={`verdict-${c}`}>
                {enumLabel(ANSWER_VERDICT_LABELS, c, i18n)}
              </Radio>
            ))}
          </Radio.Group>
        </Field>
        <Field
          name="comment"
          label={t('answers.item.verdictComment')}
          need={verdict === 'not_satisfied' ? 'text' : undefined}
          extra={verdict === 'not_satisfied' ? t('answers.item.verdictCommentHint') : undefined}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 10 }}
            maxLength={5000}
            data-testid="judge-comment"
          />
        </Field>
      </FormModal>

      <FormModal<{ reason: string }>
        open={o?.dialog === 'decline'}
        title={t('answers.action.decline')}
        okText={t('answers.action.decline')}
        width={720}
        onCancel={state.close}
        extraTop={one && <ItemText item={one} />}
        onSubmit={(v) =>
          decline.mutateAsync({ ...v, expectedVersion: one.version }).then(finish(t('answers.done.declined')))
        }
      >
        <Field name="reason" label={t('answers.item.declineReason')} need="text">
          <Input.TextArea
            autoSize={{ minRows: 4, maxRows: 12 }}
            maxLength={10000}
            data-testid="decline-reason"
          />
        </Field>
      </FormModal>

      <FormModal<{ note?: string }>
        open={o?.dialog === 'start' || o?.dialog === 'close'}
        title={o?.dialog === 'close' ? t('answers.action.close') : t('answers.action.start')}
        okText={o?.dialog === 'close' ? t('answers.action.close') : t('answers.action.start')}
        onCancel={state.close}
        extraTop={one && <ItemText item={one} />}
        onSubmit={(v) =>
          step
            .mutateAsync({ step: o?.dialog === 'close' ? 'close' : 'start', note: v.note ?? '' })
            .then(finish(o?.dialog === 'close' ? t('answers.done.closed') : t('answers.done.started')))
        }
      >
        <Field name="note" label={t('answers.item.note')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={2000} data-testid="step-note" />
        </Field>
      </FormModal>

      <FormModal<{
        responsibleUnitId: number;
        coordinatingUnitIds?: number[];
        ownerName?: string;
        dueDate?: string | null;
      }>
        open={o?.dialog === 'assign'}
        title={t('answers.action.assignMany', { n: rows.length })}
        okText={t('answers.action.assign')}
        width={640}
        onCancel={state.close}
        initialValues={{
          responsibleUnitId: rows.length === 1 ? (one?.responsibleUnit?.id ?? undefined) : undefined,
          coordinatingUnitIds: rows.length === 1 ? (one?.coordinatingUnits.map((u) => u.id) ?? []) : [],
          dueDate: rows.length === 1 ? (one?.dueDate ?? null) : null,
        }}
        onSubmit={(v) =>
          assign
            .mutateAsync({
              items: versions(rows),
              responsibleUnitId: v.responsibleUnitId,
              coordinatingUnitIds: v.coordinatingUnitIds ?? [],
              ...(v.ownerName ? { ownerName: v.ownerName } : {}),
              ...(v.dueDate ? { dueDate: v.dueDate } : {}),
            })
            .then(finish(t('answers.done.assigned', { n: rows.length })))
        }
      >
        <Field name="responsibleUnitId" label={t('answers.item.responsible')} need>
          <AnswerUnitSelect
            known={rows.flatMap((r) => (r.responsibleUnit ? [r.responsibleUnit] : []))}
            testId="assign-unit"
          />
        </Field>
        <Field name="coordinatingUnitIds" label={t('answers.item.coordinating')}>
          <AnswerUnitSelect mode="multiple" known={rows.flatMap((r) => r.coordinatingUnits)} />
        </Field>
        <FormRow>
          <Field name="ownerName" label={t('answers.item.owner')} width="grow">
            <Input maxLength={200} />
          </Field>
          <Field
            name="dueDate"
            label={t('answers.item.dueDate')}
            width={180}
            extra={t('answers.assignDueHint')}
          >
            <DateInput testId="assign-due" />
          </Field>
        </FormRow>
      </FormModal>

      <FormModal<{ templateId?: number; text?: string; answerDocument?: string; answeredOn?: string }>
        open={o?.dialog === 'bulkAnswer'}
        title={t('answers.action.answerMany', { n: rows.length })}
        okText={t('answers.action.answer')}
        width={720}
        onCancel={state.close}
        initialValues={{ text: '', answerDocument: '', answeredOn: todayIso() }}
        extraTop={
          <Typography.Paragraph type="secondary">
            {t('answers.bulkAnswerHint', { numbers: rows.map((r) => r.number).join(', ') })}
          </Typography.Paragraph>
        }
        onSubmit={(v) =>
          many
            .mutateAsync({
              items: versions(rows),
              text: v.text ?? '',
              ...(v.templateId ? { templateId: v.templateId } : {}),
              answerDocument: v.answerDocument ?? '',
              answeredOn: v.answeredOn,
            })
            .then(finish(t('answers.done.answeredMany', { n: rows.length })))
        }
      >
        <Field name="templateId" label={t('answers.template.pick')}>
          <Select
            allowClear
            data-testid="bulk-template"
            loading={templates.isLoading}
            notFoundContent={t('answers.template.none')}
            options={(templates.data?.items ?? []).map((x) => ({ value: x.id, label: x.name }))}
          />
        </Field>
        <Field
          name="text"
          label={t('answers.item.answerText')}
          extra={t('answers.template.placeholders')}
          dependencies={['templateId']}
          rules={[
            ({ getFieldValue }) => ({
              validator: async (_r, value: string | undefined) => {
                if (!getFieldValue('templateId') && !(value ?? '').trim())
                  throw new Error(t('answers.template.textOrTemplate'));
              },
            }),
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 14 }} maxLength={20000} data-testid="bulk-text" />
        </Field>
        <FormRow>
          <Field name="answerDocument" label={t('answers.item.answerDocument')} width="grow">
            <Input maxLength={100} />
          </Field>
          <Field name="answeredOn" label={t('answers.item.answeredOn')} need width={180}>
            <DateInput />
          </Field>
        </FormRow>
      </FormModal>

      <FormModal<{ name: string; text: string }>
        open={o?.dialog === 'template'}
        title={t('answers.template.create')}
        width={640}
        onCancel={state.close}
        onSubmit={(v) => {
          const unitId = me.data?.activeUnit?.id;
          if (!unitId) return Promise.reject(new Error(t('answers.template.noUnit')));
          return saveTemplate.mutateAsync({ ...v, unitId }).then(finish(t('answers.template.saved')));
        }}
      >
        <Field name="name" label={t('answers.template.name')} need="text">
          <Input maxLength={200} data-testid="template-name" />
        </Field>
        <Field
          name="text"
          label={t('answers.template.text')}
          need="text"
          extra={t('answers.template.placeholders')}
        >
          <Input.TextArea
            autoSize={{ minRows: 4, maxRows: 14 }}
            maxLength={20000}
            data-testid="template-text"
          />
        </Field>
      </FormModal>
    </>
  );
}
