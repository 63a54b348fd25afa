import { ArrowLeftOutlined, CheckOutlined, ReloadOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Drawer, Flex, Skeleton, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { AssessmentDetail, AssessmentItem } from '@danvan/contracts';
import { formatDate, todayIso } from '../../../shared/format.ts';
import { useNotify, useWindowHeight } from '../../../shared/hooks.ts';
import { isApiError } from '../../../shared/http.ts';
import { usePermission } from '../../../shared/session.ts';
import { PageHeader } from '../../../shared/components/PageHeader.tsx';
import { ErrorAlert } from '../../../shared/components/ErrorAlert.tsx';
import { EnumTag } from '../../../shared/components/EnumTag.tsx';
import { ExportButton } from '../../../shared/components/ExportButton.tsx';
import { FileAttachments } from '../../../shared/components/FileAttachments.tsx';
import { NotFoundPage } from '../../../app/pages.tsx';
import { api, useAssessment, useScoringMutation, type AssessmentStep } from '../api.ts';
import { ItemBlock, type ItemAction } from '../components/ItemBlock.tsx';
import { ItemDialogs, type ItemDialog } from '../components/ItemDialogs.tsx';
import { CommentsCard } from '../components/CommentsCard.tsx';
import { VOCAB } from '../components/vocab.tsx';
import { useScoringI18n } from '../components/i18n.ts';

/** The totals of the assessment so far: self, appraised, final, of the maximum; the band once decided. */
function Totals({ a }: { a: AssessmentDetail }) {
  const { t, num } = useScoringI18n();
  const stat = (key: string, title: string, v: number | null) => (
    <Card size="small" style={{ flex: '1 1 150px' }} key={key}>
      {/* formatted already (vi-VN): Statistic would regroup it the English way */}
      <Statistic
        title={title}
        styles={{ content: { fontSize: 20 } }}
        value={v === null ? '—' : t('scoring.assessment.totalOf', { total: num(v), max: num(a.maxTotal) })}
        formatter={(x) => <span data-testid={`total-${key}`}>{x}</span>}
      />
    </Card>
  );
  return (
    <Flex gap={12} wrap>
      {stat('self', t('scoring.assessment.selfTotal'), a.selfTotal)}
      {stat('appraised', t('scoring.assessment.appraisedTotal'), a.appraisedTotal)}
      {stat('final', t('scoring.assessment.finalTotal'), a.finalTotal)}
      {a.band && (
        <Card size="small" style={{ flex: '1 1 200px' }}>
          <Statistic
            title={t('scoring.assessment.band')}
            value=" "
            formatter={() => <EnumTag vocab={VOCAB.band} value={a.band!} />}
          />
        </Card>
      )}
    </Flex>
  );
}

/**
 * One unit's assessment of a round: the unit drafts its scores (proposals from live data, reasons,
 * evidence) and the head submits; the team appraises and sends the adjustments; the unit explains
 * within the window; the team decides; Ban Dân vận comments. Every action follows the `can` flags.
 */
export default function AssessmentPage() {
  const { t, num } = useScoringI18n();
  const notify = useNotify();
  const { modal } = App.useApp();
  const id = Number(useParams().id);
  const q = useAssessment(id);
  const height = useWindowHeight();
  const mayRead = usePermission('scoring:read');
  const [dialog, setDialog] = useState<ItemDialog>(null);
  const [files, setFiles] = useState<AssessmentItem | null>(null);
  const step = useScoringMutation(({ s, version }: { s: AssessmentStep; version: number }) =>
    api.step(id, s, version),
  );

  if (q.error && isApiError(q.error) && q.error.status === 404) return <NotFoundPage />;
  const a = q.data;
  if (!a)
    return (
      <>
        <ErrorAlert error={q.error} onRetry={() => q.refetch()} />
        <Skeleton active />
      </>
    );

  const confirmStep = (s: AssessmentStep, title: string, content: string, done: string) =>
    modal.confirm({
      title,
      content,
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      onOk: () => step.mutateAsync({ s, version: a.version }).then(() => notify.success(done), notify.error),
    });
  const onAction = (action: ItemAction, item: AssessmentItem) =>
    action === 'files' ? setFiles(item) : setDialog({ kind: action, item });
  const explainOpen = a.state === 'appraised' && a.explainUntil !== null && todayIso() <= a.explainUntil;

  return (
    <>
      <Link to={a.can.draft || a.can.submit ? '/cham-diem' : `/cham-diem/dot/${a.roundId}`}>
        <ArrowLeftOutlined /> {t('scoring.assessment.back')}
      </Link>
      <PageHeader
        title={
          <Flex gap={8} align="center" wrap>
            <span data-testid="assessment-title">{t('scoring.assessment.title', { unit: a.unitName })}</span>
            <EnumTag vocab={VOCAB.assessmentState} value={a.state} />
          </Flex>
        }
        documentTitle={t('scoring.assessment.title', { unit: a.unitName })}
        subtitle={
          <>
            {a.roundName} ·{' '}
            <span data-testid="assessment-deadline">
              {t('scoring.assessment.deadline', { date: formatDate(a.submitDeadline) })}
            </span>
            {a.submittedAt &&
              ` · ${t('scoring.assessment.submittedAt', { date: formatDate(a.submittedAt) })}`}
            {a.late && ` · ${t('scoring.assessment.late')}`}
          </>
        }
        extra={
          <>
            {a.can.draft && (
              <Button
                icon={<ReloadOutlined />}
                loading={step.isPending}
                data-testid="assessment-propose"
                onClick={() =>
                  step
                    .mutateAsync({ s: 'propose', version: a.version })
                    .then(() => notify.success(t('scoring.assessment.proposedAgain')), notify.error)
                }
              >
                {t('scoring.assessment.propose')}
              </Button>
            )}
            {a.can.submit && (
              <Button
                type="primary"
                icon={<SendOutlined />}
                data-testid="assessment-submit"
                onClick={() =>
                  confirmStep(
                    'submit',
                    t('scoring.assessment.submitConfirm'),
                    t('scoring.assessment.submitHint', { date: formatDate(a.submitDeadline) }),
                    t('scoring.assessment.submitted'),
                  )
                }
              >
                {t('scoring.assessment.submit')}
              </Button>
            )}
            {a.can.sendAppraisal && (
              <Button
                type="primary"
                icon={<SendOutlined />}
                data-testid="assessment-send-appraisal"
                onClick={() =>
                  confirmStep(
                    'send-appraisal',
                    t('scoring.assessment.sendAppraisalConfirm'),
                    t('scoring.assessment.sendAppraisalHint'),
                    t('scoring.assessment.appraisalSent'),
                  )
                }
              >
                {t('scoring.assessment.sendAppraisal')}
              </Button>
            )}
            {a.can.sendExplanation && (
              <Button
                type="primary"
                icon={<SendOutlined />}
                data-testid="assessment-send-explanation"
                onClick={() =>
                  confirmStep(
                    'send-explanation',
                    t('scoring.assessment.sendExplanationConfirm'),
                    t('scoring.assessment.sendExplanationHint'),
                    t('scoring.assessment.explanationSent'),
                  )
                }
              >
                {t('scoring.assessment.sendExplanation')}
              </Button>
            )}
            {a.can.decide && (
              <Button
                type="primary"
                icon={<CheckOutlined />}
                data-testid="assessment-decide"
                onClick={() => setDialog({ kind: 'decide' })}
              >
                {t('scoring.assessment.decide')}
              </Button>
            )}
            {mayRead && (
              <ExportButton path={`/scoring/assessments/${a.id}/export.xlsx`} fallbackName="cham-diem.xlsx">
                {t('scoring.assessment.export')}
              </ExportButton>
            )}
          </>
        }
      />
      <Flex vertical gap={16}>
        {explainOpen && (
          <Alert
            type="warning"
            showIcon
            data-testid="explain-window"
            title={t('scoring.assessment.explainWindow', { date: formatDate(a.explainUntil) })}
          />
        )}
        {a.disqualified && (
          <Alert
            type="error"
            showIcon
            title={t('scoring.assessment.disqualified', { reason: a.disqualifyReason })}
          />
        )}
        <Totals a={a} />
        {a.groups.map((g) => (
          <Card
            key={g.code}
            title={
              <span style={{ whiteSpace: 'normal' }}>
                {g.code}. {g.name}
              </span>
            }
            styles={{ body: { paddingTop: 0 } }}
            data-testid="assessment-group"
          >
            <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
              <span data-testid="group-total">
                {[
                  t('scoring.assessment.groupSelf', { n: num(g.selfTotal) }),
                  g.appraisedTotal !== null &&
                    t('scoring.assessment.groupAppraised', { n: num(g.appraisedTotal) }),
                  g.finalTotal !== null && t('scoring.assessment.groupFinal', { n: num(g.finalTotal) }),
                  t('scoring.assessment.maxN', { n: num(g.maxPoints) }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </Typography.Paragraph>
            {g.items.map((it) => (
              <ItemBlock key={it.id} a={a} item={it} onAction={onAction} />
            ))}
          </Card>
        ))}
        <CommentsCard a={a} />
      </Flex>

      <ItemDialogs a={a} dialog={dialog} onClose={() => setDialog(null)} />
      <Drawer
        open={files !== null}
        onClose={() => setFiles(null)}
        size={Math.min(560, window.innerWidth)}
        title={files ? t('scoring.assessment.filesOf', { code: files.criterionCode }) : ''}
        data-testid="files-drawer"
        styles={{ body: { maxHeight: height } }}
      >
        {files && (
          <>
            {files.evidenceRequired && (
              <Typography.Paragraph type="secondary">
                {t('scoring.sets.evidenceText', { text: files.evidenceRequired })}
              </Typography.Paragraph>
            )}
            <FileAttachments entity="scoring_item" entityId={files.id} canWrite={a.can.draft} compact />
          </>
        )}
      </Drawer>
    </>
  );
}
