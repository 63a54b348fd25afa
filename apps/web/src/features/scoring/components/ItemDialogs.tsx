import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Form, Input, Typography } from 'antd';
import type { AssessmentDetail, AssessmentItem, EvidenceLink } from '@danvan/contracts';
import { needsReason } from '@danvan/domain';
import { useNotify } from '../../../shared/hooks.ts';
import { Field, FormRow } from '../../../shared/components/Field.tsx';
import { FormModal } from '../../../shared/components/FormModal.tsx';
import { api, useScoringMutation } from '../api.ts';
import { PointsInput } from './CriteriaEditor.tsx';
import { useScoringI18n } from './i18n.ts';

export type ItemDialog =
  null | { kind: 'self' | 'appraise' | 'explain'; item: AssessmentItem } | { kind: 'decide' };

type SelfForm = { selfScore: number | null; selfReason?: string; evidenceLinks?: EvidenceLink[] };
type AppraiseForm = { appraisedScore: number; comment?: string };
type DecideForm = {
  items: { itemId: number; finalScore: number; comment?: string }[];
  disqualified: boolean;
  disqualifyReason?: string;
};

/** The criterion the dialog is about: its name, maximum and (when there is one) its proposal. */
function ItemHead({ item }: { item: AssessmentItem }) {
  const { t, num } = useScoringI18n();
  return (
    <Typography.Paragraph style={{ marginTop: 0 }}>
      <Typography.Text strong>
        {item.criterionCode}. {item.name}
      </Typography.Text>{' '}
      <Typography.Text type="secondary">
        ({t('scoring.assessment.maxN', { n: num(item.maxPoints) })})
      </Typography.Text>
      {item.proposal && (
        <div>
          <Typography.Text type="secondary">
            {item.proposal.score === null
              ? t('scoring.assessment.noDataWas', { text: item.proposal.description })
              : t('scoring.assessment.proposedWas', {
                  n: num(item.proposal.score),
                  text: item.proposal.description,
                })}
          </Typography.Text>
        </div>
      )}
    </Typography.Paragraph>
  );
}

/** The dialogs of an assessment: score a criterion, appraise it, explain it, decide the whole. */
export function ItemDialogs({
  a,
  dialog,
  onClose,
}: {
  a: AssessmentDetail;
  dialog: ItemDialog;
  onClose: () => void;
}) {
  const { t, num } = useScoringI18n();
  const notify = useNotify();
  const [selfForm] = Form.useForm<SelfForm>();
  const [appraiseForm] = Form.useForm<AppraiseForm>();
  const [decideForm] = Form.useForm<DecideForm>();
  const selfScore = Form.useWatch('selfScore', selfForm);
  const appraised = Form.useWatch('appraisedScore', appraiseForm);
  const disqualified = Form.useWatch('disqualified', decideForm);
  const selfSave = useScoringMutation(({ itemId, v }: { itemId: number; v: SelfForm }) =>
    api.selfScore(a.id, itemId, {
      version: a.version,
      selfScore: v.selfScore,
      selfReason: v.selfReason ?? '',
      evidenceLinks: v.evidenceLinks ?? [],
    }),
  );
  const appraise = useScoringMutation(({ itemId, v }: { itemId: number; v: AppraiseForm }) =>
    api.appraise(a.id, itemId, {
      version: a.version,
      appraisedScore: v.appraisedScore,
      comment: v.comment ?? '',
    }),
  );
  const explain = useScoringMutation(({ itemId, text }: { itemId: number; text: string }) =>
    api.explain(a.id, itemId, { version: a.version, explanation: text }),
  );
  const decide = useScoringMutation((v: DecideForm) =>
    api.decide(a.id, {
      version: a.version,
      items: (v.items ?? []).map((x) => ({ ...x, comment: x.comment ?? '' })),
      disqualified: !!v.disqualified,
      disqualifyReason: v.disqualifyReason ?? '',
    }),
  );
  const done = (text: string) => () => {
    notify.success(text);
    onClose();
  };
  const item = dialog && dialog.kind !== 'decide' ? dialog.item : null;
  const allItems = a.groups.flatMap((g) => g.items);
  const reasonNeeded = !!item && needsReason(selfScore ?? null, item.proposal?.score ?? null);
  const commentNeeded = !!item && item.scoredBy === 'self' && needsReason(appraised ?? null, item.selfScore);

  return (
    <>
      <FormModal<SelfForm>
        open={dialog?.kind === 'self'}
        title={t('scoring.assessment.scoreTitle')}
        width={640}
        form={selfForm}
        onCancel={onClose}
        initialValues={
          item
            ? { selfScore: item.selfScore, selfReason: item.selfReason, evidenceLinks: item.evidenceLinks }
            : undefined
        }
        onSubmit={(v) =>
          selfSave.mutateAsync({ itemId: item!.id, v }).then(done(t('scoring.assessment.scoreSaved')))
        }
      >
        {item && <ItemHead item={item} />}
        <Field name="selfScore" label={t('scoring.assessment.selfScore')} need width={160}>
          <PointsInput max={item?.maxPoints} data-testid="self-score" />
        </Field>
        <Field
          name="selfReason"
          label={t('scoring.assessment.reason')}
          need={reasonNeeded ? 'text' : undefined}
          extra={reasonNeeded ? t('scoring.assessment.reasonHint') : undefined}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} data-testid="self-reason" />
        </Field>
        <Typography.Text strong>{t('scoring.assessment.evidenceLinks')}</Typography.Text>
        <Form.List name="evidenceLinks">
          {(links, { add, remove }) => (
            <>
              {links.map((l) => (
                <FormRow key={l.key}>
                  <Field
                    name={[l.name, 'label']}
                    label={t('scoring.assessment.linkLabel')}
                    need="text"
                    width="grow"
                  >
                    <Input maxLength={500} />
                  </Field>
                  <Field
                    name={[l.name, 'path']}
                    label={t('scoring.assessment.linkPath')}
                    need="text"
                    width="grow"
                  >
                    <Input maxLength={1000} placeholder="/ke-hoach/12" />
                  </Field>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('common.delete')}
                    onClick={() => remove(l.name)}
                    style={{ marginTop: 30 }}
                  />
                </FormRow>
              ))}
              <div style={{ marginTop: 8 }}>
                <Button icon={<PlusOutlined />} onClick={() => add({ label: '', path: '' })}>
                  {t('scoring.assessment.addLink')}
                </Button>
              </div>
            </>
          )}
        </Form.List>
      </FormModal>

      <FormModal<AppraiseForm>
        open={dialog?.kind === 'appraise'}
        title={t('scoring.assessment.appraiseTitle')}
        width={600}
        form={appraiseForm}
        onCancel={onClose}
        initialValues={
          item
            ? {
                appraisedScore: item.appraisedScore ?? item.selfScore ?? undefined,
                comment: item.appraisalComment,
              }
            : undefined
        }
        onSubmit={(v) =>
          appraise.mutateAsync({ itemId: item!.id, v }).then(done(t('scoring.assessment.appraisalSaved')))
        }
      >
        {item && <ItemHead item={item} />}
        {item?.scoredBy === 'self' && (
          <Typography.Paragraph>
            {t('scoring.assessment.selfWas', { n: num(item.selfScore) })}
            {item.selfReason && ` — ${item.selfReason}`}
          </Typography.Paragraph>
        )}
        <Field name="appraisedScore" label={t('scoring.assessment.appraisedScore')} need width={160}>
          <PointsInput max={item?.maxPoints} data-testid="appraised-score" />
        </Field>
        <Field
          name="comment"
          label={t('scoring.assessment.appraisalComment')}
          need={commentNeeded ? 'text' : undefined}
          extra={commentNeeded ? t('scoring.assessment.commentHint') : undefined}
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={2000}
            data-testid="appraisal-comment"
          />
        </Field>
      </FormModal>

      <FormModal<{ explanation: string }>
        open={dialog?.kind === 'explain'}
        title={t('scoring.assessment.explainTitle')}
        width={600}
        onCancel={onClose}
        initialValues={item ? { explanation: item.explanation } : undefined}
        onSubmit={(v) =>
          explain
            .mutateAsync({ itemId: item!.id, text: v.explanation })
            .then(done(t('scoring.assessment.explanationSaved')))
        }
      >
        {item && <ItemHead item={item} />}
        {item && (
          <Alert
            type="warning"
            style={{ marginBottom: 12 }}
            title={t('scoring.assessment.adjustedTo', {
              from: num(item.selfScore),
              to: num(item.appraisedScore),
              comment: item.appraisalComment || '—',
            })}
          />
        )}
        <Field name="explanation" label={t('scoring.assessment.explanation')} need="text">
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} data-testid="explanation" />
        </Field>
      </FormModal>

      <FormModal<DecideForm>
        open={dialog?.kind === 'decide'}
        title={t('scoring.assessment.decideTitle')}
        width={760}
        form={decideForm}
        onCancel={onClose}
        initialValues={{
          disqualified: a.disqualified,
          disqualifyReason: a.disqualifyReason,
          items: allItems
            .filter((x) => x.explanation)
            .map((x) => ({ itemId: x.id, finalScore: x.appraisedScore ?? x.selfScore ?? 0, comment: '' })),
        }}
        onSubmit={(v) => decide.mutateAsync(v).then(done(t('scoring.assessment.decided')))}
      >
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          {t('scoring.assessment.decideHint')}
        </Typography.Paragraph>
        <Form.List name="items">
          {(rows) =>
            rows.map((r) => {
              const x = allItems.find((i) => i.id === decideForm.getFieldValue(['items', r.name, 'itemId']));
              if (!x) return null;
              return (
                <div key={r.key} data-testid="decide-item">
                  <Typography.Text strong>
                    {x.criterionCode}. {x.name}
                  </Typography.Text>
                  <div>
                    <Typography.Text type="secondary">
                      {t('scoring.assessment.adjustedTo', {
                        from: num(x.selfScore),
                        to: num(x.appraisedScore),
                        comment: x.appraisalComment || '—',
                      })}
                    </Typography.Text>
                  </div>
                  <div>
                    <Typography.Text type="secondary">
                      {t('scoring.assessment.explanation')}:{' '}
                    </Typography.Text>
                    {x.explanation}
                  </div>
                  <FormRow>
                    <Field name={[r.name, 'itemId']} hidden>
                      <Input />
                    </Field>
                    <Field
                      name={[r.name, 'finalScore']}
                      label={t('scoring.assessment.finalScore')}
                      need
                      width={150}
                    >
                      <PointsInput max={x.maxPoints} data-testid="final-score" />
                    </Field>
                    <Field
                      name={[r.name, 'comment']}
                      label={t('scoring.assessment.decisionComment')}
                      width="grow"
                    >
                      <Input maxLength={2000} />
                    </Field>
                  </FormRow>
                </div>
              );
            })
          }
        </Form.List>
        <Field name="disqualified" valuePropName="checked">
          <Checkbox data-testid="disqualified">{t('scoring.assessment.disqualify')}</Checkbox>
        </Field>
        {disqualified && (
          <Field name="disqualifyReason" label={t('scoring.assessment.disqualifyReason')} need="text">
            <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} />
          </Field>
        )}
      </FormModal>
    </>
  );
}
