import { ArrowLeftOutlined, CheckCircleFilled, CloseCircleFilled, FileWordOutlined } from '@ant-design/icons';
import { Button, Card, Flex, List, Skeleton, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { PETITION_DOCUMENT_LABELS } from '@danvan/contracts';
import { useI18n } from '../../../i18n/index.tsx';
import { formatDate, formatDateTime } from '../../../shared/format.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { isApiError } from '../../../shared/http.ts';
import { PageHeader } from '../../../shared/components/PageHeader.tsx';
import { ErrorAlert } from '../../../shared/components/ErrorAlert.tsx';
import { DetailList } from '../../../shared/components/DetailList.tsx';
import { EnumTag, enumLabel } from '../../../shared/components/EnumTag.tsx';
import { NotFoundPage } from '../../../app/pages.tsx';
import { ProtectedIdentity } from '../../vault/index.tsx';
import { PublishAnswerAction } from '../../portal/index.tsx';
import { api, STEP_ACTIONS, usePetition, usePetitionsMutation, type StepAction } from '../api.ts';
import { VOCAB } from '../components/fields.tsx';
import { DuplicateList } from '../components/PetitionEntry.tsx';
import { StepModal } from '../components/StepModal.tsx';
import { FlagTag } from './PetitionsPage.tsx';

type Timeline = NonNullable<ReturnType<typeof usePetition>['data']>['timeline'][number];

/**
 * A petition's case page: summary, flags, legal time limits with their basis, the timeline, the step
 * actions the `can` flags allow, the documents (.docx), the possible duplicates and, for a tố cáo, the
 * protected denouncer.
 */
export default function PetitionPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const notify = useNotify();
  const id = Number(useParams().id);
  const q = usePetition(id);
  const [step, setStep] = useState<StepAction | null>(null);
  const run = usePetitionsMutation((a: { step: StepAction; body: Record<string, unknown> }) =>
    api.step(id, a.step, a.body),
  );
  const resolve = usePetitionsMutation((a: { otherId: number; decision: 'link' | 'dismiss' }) =>
    api.resolveDuplicate(id, a.otherId, a.decision),
  );

  if (q.error && isApiError(q.error) && q.error.status === 404) return <NotFoundPage />;
  const p = q.data;
  if (!p)
    return (
      <>
        <ErrorAlert error={q.error} onRetry={() => q.refetch()} />
        <Skeleton active />
      </>
    );

  const steps = STEP_ACTIONS.filter((s) => p.can[s]);
  const petitioner = p.protected || p.kind === 'to_cao' ? t('petitions.protectedName') : p.representativeName;

  return (
    <>
      <Link to="/don-thu">
        <ArrowLeftOutlined /> {t('petitions.back')}
      </Link>
      <PageHeader
        title={
          <Flex gap={8} align="center" wrap>
            <span data-testid="petition-title">
              {p.code} · {p.subject}
            </span>
            <EnumTag vocab={VOCAB.status} value={p.status} />
          </Flex>
        }
        documentTitle={`${p.code} · ${p.subject}`}
        subtitle={`${p.unitName} · ${formatDate(p.receivedOn)}`}
      />
      <Flex vertical gap={16}>
        {steps.length > 0 && (
          <Card size="small" title={t('petitions.actions')}>
            <Flex gap={8} wrap data-testid="petition-actions">
              {steps.map((s) => (
                <Button
                  key={s}
                  type={s === 'accept' || s === 'decide' ? 'primary' : 'default'}
                  danger={s === 'file' || s === 'suspend'}
                  onClick={() => setStep(s)}
                  data-testid={`step-${s}`}
                >
                  {t(`petitions.step.${s}`)}
                </Button>
              ))}
            </Flex>
          </Card>
        )}
        <PublishAnswerAction petitionId={p.id} status={p.status} />
        <Card title={t('petitions.summary')}>
          <DetailList
            labelWidth={200}
            items={[
              {
                key: 'kind',
                label: t('petitions.kind'),
                children: (
                  <Flex gap={4} wrap>
                    <EnumTag vocab={VOCAB.kind} value={p.kind} />
                    {p.secondInstance && <Tag>{t('petitions.secondInstance')}</Tag>}
                  </Flex>
                ),
              },
              {
                key: 'field',
                label: t('petitions.field'),
                children: <EnumTag vocab={VOCAB.field} value={p.field} />,
              },
              {
                key: 'channel',
                label: t('petitions.channel'),
                children: (
                  <span>
                    {enumLabel(VOCAB.channel.labels, p.channel, i18n)}
                    {p.sourceBody ? ` (${p.sourceBody})` : ''}
                    {p.visitId ? ` · ${t('petitions.visit')} #${p.visitId}` : ''}
                  </span>
                ),
              },
              {
                key: 'flags',
                label: t('petitions.flags'),
                children:
                  p.flags.length === 0 ? (
                    <Typography.Text type="secondary">{t('petitions.noFlags')}</Typography.Text>
                  ) : (
                    <Flex gap={4} wrap data-testid="petition-flags">
                      {p.flags.map((f) => (
                        <FlagTag key={f} flag={f} basis={p.prolongedBasis} />
                      ))}
                    </Flex>
                  ),
              },
              {
                key: 'petitioners',
                label: t('petitions.petitioners'),
                children: (
                  <span data-testid="petition-petitioners">
                    {petitioner ?? '—'} · {t('petitions.peopleCount', { count: p.petitionersCount })}
                    {p.address ? ` · ${p.address}` : ''}
                  </span>
                ),
              },
              ...(p.kind === 'to_cao'
                ? [
                    {
                      key: 'identity',
                      label: t('petitions.denouncer'),
                      children: <ProtectedIdentity kind="petition" ownerId={p.id} />,
                    },
                  ]
                : []),
              {
                key: 'content',
                label: t('petitions.content'),
                children:
                  p.content === null ? (
                    <Typography.Text type="secondary">{t('petitions.protectedContent')}</Typography.Text>
                  ) : (
                    <Typography.Paragraph
                      style={{ margin: 0, whiteSpace: 'pre-wrap' }}
                      data-testid="petition-content"
                    >
                      {p.content}
                    </Typography.Paragraph>
                  ),
              },
              {
                key: 'competence',
                label: t('petitions.competence'),
                children: p.competence ? enumLabel(VOCAB.competence.labels, p.competence, i18n) : '—',
              },
              {
                key: 'handler',
                label: t('petitions.handler'),
                children: p.handlerName ?? t('petitions.noHandler'),
              },
              {
                key: 'due',
                label: t('petitions.dueDate'),
                children: (
                  <span data-testid="petition-due-date">{p.dueDate ? formatDate(p.dueDate) : '—'}</span>
                ),
              },
              ...(p.maxDueDate
                ? [{ key: 'max', label: t('petitions.maxDueDate'), children: formatDate(p.maxDueDate) }]
                : []),
              { key: 'ext', label: t('petitions.extensions'), children: String(p.extensions) },
              ...(p.toBody ? [{ key: 'to', label: t('petitions.toBody'), children: p.toBody }] : []),
              ...(p.decisionNumber
                ? [
                    {
                      key: 'decision',
                      label: t('petitions.decision'),
                      children: (
                        <div data-testid="petition-decision">
                          {p.decisionNumber} · {formatDate(p.decidedOn)}
                          {p.decisionSummary && (
                            <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                              {p.decisionSummary}
                            </Typography.Paragraph>
                          )}
                        </div>
                      ),
                    },
                  ]
                : []),
              ...(p.splitSiblings.length > 0
                ? [
                    {
                      key: 'split',
                      label: t('petitions.splitSiblings'),
                      children: (
                        <Flex gap={8} wrap>
                          {p.splitSiblings.map((s) => (
                            <Link key={s.id} to={`/don-thu/${s.id}`}>
                              #{s.id} {enumLabel(VOCAB.kind.labels, s.kind, i18n)}
                            </Link>
                          ))}
                        </Flex>
                      ),
                    },
                  ]
                : []),
              ...(p.firstInstanceId
                ? [
                    {
                      key: 'first',
                      label: t('petitions.firstInstance'),
                      children: <Link to={`/don-thu/${p.firstInstanceId}`}>#{p.firstInstanceId}</Link>,
                    },
                  ]
                : []),
            ]}
          />
        </Card>

        {p.deadlines.length > 0 && (
          <Card title={t('petitions.deadlines')}>
            <List
              dataSource={p.deadlines}
              data-testid="petition-deadlines"
              renderItem={(d) => (
                <List.Item data-testid={`deadline-${d.step}`}>
                  <List.Item.Meta
                    title={
                      <Flex gap={8} wrap align="center">
                        <span>{t(`petitions.deadlineStep.${d.step}`)}:</span>
                        <strong data-testid="deadline-date">{formatDate(d.dueDate)}</strong>
                        {d.needsCheck && <Tag color="orange">{t('petitions.needsCheck')}</Tag>}
                      </Flex>
                    }
                    description={`${d.ruleName} — ${t('petitions.ruleBasis')}: ${d.basisText}`}
                  />
                </List.Item>
              )}
            />
          </Card>
        )}

        <Card title={t('petitions.timeline')}>
          <Table<Timeline>
            rowKey="id"
            dataSource={p.timeline}
            pagination={false}
            size="small"
            scroll={{ x: 'max-content' }}
            data-testid="petition-timeline"
            columns={[
              {
                title: t('petitions.timelineStep'),
                width: 200,
                render: (_, e) => enumLabel(VOCAB.step.labels, e.step, i18n),
              },
              { title: t('petitions.timelineOn'), width: 120, render: (_, e) => formatDate(e.on) },
              {
                title: t('petitions.timelineWho'),
                width: 200,
                render: (_, e) => (
                  <div>
                    {e.actorName}
                    <div className="dv-muted" style={{ fontSize: 12 }}>
                      {formatDateTime(e.at)}
                    </div>
                  </div>
                ),
              },
              {
                title: t('petitions.timelineDue'),
                width: 150,
                render: (_, e) =>
                  e.dueDate ? (
                    <Flex gap={4} align="center">
                      {formatDate(e.dueDate)}
                      {e.met === true && (
                        <CheckCircleFilled style={{ color: '#389e0d' }} aria-label={t('petitions.met')} />
                      )}
                      {e.met === false && (
                        <CloseCircleFilled style={{ color: '#cf1322' }} aria-label={t('petitions.late')} />
                      )}
                    </Flex>
                  ) : (
                    '—'
                  ),
              },
              {
                title: t('petitions.note'),
                width: 320,
                render: (_, e) => (
                  <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                    {e.note ?? t('petitions.noNote')}
                  </Typography.Paragraph>
                ),
              },
            ]}
          />
        </Card>

        <Card title={t('petitions.documents')}>
          {p.documents.length === 0 ? (
            <Typography.Text type="secondary">{t('petitions.noDocuments')}</Typography.Text>
          ) : (
            <Flex gap={8} wrap data-testid="petition-documents">
              {p.documents.map((d) => (
                <Button
                  key={d}
                  icon={<FileWordOutlined />}
                  onClick={() => api.document(p.id, d).catch((e: unknown) => notify.error(e))}
                  data-testid={`doc-${d}`}
                >
                  {PETITION_DOCUMENT_LABELS[d][i18n.lang]}
                </Button>
              ))}
            </Flex>
          )}
        </Card>

        {p.duplicates.length > 0 && (
          <Card title={t('petitions.duplicates')}>
            <Typography.Paragraph type="secondary">{t('petitions.duplicatesHint')}</Typography.Paragraph>
            <DuplicateList
              items={p.duplicates}
              decisions={{}}
              onDecide={
                p.can.resolveDuplicate
                  ? (otherId, decision) =>
                      resolve
                        .mutateAsync({ otherId, decision })
                        .then(() => notify.success(t('petitions.dupSaved')), notify.error)
                  : undefined
              }
            />
          </Card>
        )}
      </Flex>

      <StepModal
        step={step}
        petition={p}
        onClose={() => setStep(null)}
        onSubmit={(s, body) =>
          run.mutateAsync({ step: s, body }).then(() => {
            notify.success(t('petitions.stepDone', { step: t(`petitions.step.${s}`) }));
            setStep(null);
          })
        }
      />
    </>
  );
}
