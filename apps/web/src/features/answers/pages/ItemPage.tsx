import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Popconfirm, Skeleton, Table, Tooltip, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import type { AnswerItemHistoryEntry } from '@danvan/contracts';
import { ANSWER_ITEM_NOUNS } from '@danvan/contracts';
import { formatDate, formatDateTime } from '../../../shared/format.ts';
import { useFocusableScrollBoxes, useNotify } from '../../../shared/hooks.ts';
import { isApiError } from '../../../shared/http.ts';
import { PageHeader } from '../../../shared/components/PageHeader.tsx';
import { ErrorAlert } from '../../../shared/components/ErrorAlert.tsx';
import { DetailList } from '../../../shared/components/DetailList.tsx';
import { EnumTag, enumLabel } from '../../../shared/components/EnumTag.tsx';
import { FileAttachments } from '../../../shared/components/FileAttachments.tsx';
import { NotFoundPage } from '../../../app/pages.tsx';
import { api, useAnswersMutation, useItem, versions } from '../api.ts';
import { ItemDialogs, useItemDialogs, type ItemDialog } from '../components/ItemDialogs.tsx';
import { VOCAB } from '../components/fields.tsx';
import { useAnswersI18n } from '../components/i18n.ts';
import { sourcePath } from '../components/sources.ts';

const pre = { margin: 0, whiteSpace: 'pre-wrap' } as const;

/**
 * One item: its text and source, the responsible unit and due date (with the rule it came from),
 * the answer, the judgement, the files and the history; the steps its `can` flags allow.
 */
export default function ItemPage() {
  const { i18n, t } = useAnswersI18n();
  const notify = useNotify();
  const id = Number(useParams().id);
  const q = useItem(id);
  const dialogs = useItemDialogs();
  const box = useFocusableScrollBoxes();
  const publish = useAnswersMutation((published: boolean) =>
    api.publish({ items: versions(q.data ? [q.data] : []), published }),
  );

  if (q.error && isApiError(q.error) && q.error.status === 404) return <NotFoundPage />;
  const it = q.data;
  if (!it)
    return (
      <>
        <ErrorAlert error={q.error} onRetry={() => q.refetch()} />
        <Skeleton active />
      </>
    );
  const noun = enumLabel(ANSWER_ITEM_NOUNS, it.sourceKind, i18n);
  const title = t('answers.item.title', { noun, n: it.number });
  const button = (d: ItemDialog, label: string, primary = false, danger = false) => (
    <Button
      type={primary ? 'primary' : 'default'}
      danger={danger}
      onClick={() => dialogs.show(d, [it])}
      data-testid={`item-${d}`}
    >
      {label}
    </Button>
  );

  return (
    <>
      <Link to={sourcePath(it.sourceKind, it.sourceId)}>
        <ArrowLeftOutlined /> {it.sourceTitle}
      </Link>
      <PageHeader
        title={
          <Flex gap={8} align="center" wrap>
            <span data-testid="item-title">{title}</span>
            <EnumTag vocab={VOCAB.status} value={it.status} />
            <EnumTag vocab={VOCAB.compliance} value={it.compliance} />
          </Flex>
        }
        documentTitle={title}
        subtitle={`${it.sourceUnitName} · ${enumLabel(VOCAB.kind.labels, it.sourceKind, i18n)}`}
        extra={
          <Flex gap={8} wrap data-testid="item-actions">
            {it.can.answer &&
              button(
                'answer',
                it.status === 'not_satisfied' ? t('answers.action.reAnswer') : t('answers.action.answer'),
                true,
              )}
            {it.can.judge && button('judge', t('answers.action.judge'), true)}
            {it.can.start && button('start', t('answers.action.start'))}
            {it.can.assign && button('assign', t('answers.action.assign'))}
            {it.can.decline && button('decline', t('answers.action.decline'), false, true)}
            {it.can.close && button('close', t('answers.action.close'))}
            {it.can.publish && (
              <Popconfirm
                title={it.published ? t('answers.item.unpublishConfirm') : t('answers.item.publishConfirm')}
                okText={it.published ? t('answers.action.unpublish') : t('answers.action.publish')}
                cancelText={t('common.cancel')}
                onConfirm={() =>
                  publish
                    .mutateAsync(!it.published)
                    .then(() => notify.success(t('answers.done.published', { n: 1 })), notify.error)
                }
              >
                <Button data-testid="item-publish">
                  {it.published ? t('answers.action.unpublish') : t('answers.action.publish')}
                </Button>
              </Popconfirm>
            )}
          </Flex>
        }
      />
      <Flex vertical gap={16}>
        <Card title={t('answers.item.content')}>
          <DetailList
            labelWidth={200}
            items={[
              {
                key: 'text',
                label: t('answers.item.text'),
                children: (
                  <Typography.Paragraph style={pre} data-testid="item-text">
                    {it.text}
                  </Typography.Paragraph>
                ),
              },
              {
                key: 'field',
                label: t('answers.item.field'),
                children: <EnumTag vocab={VOCAB.field} value={it.field} />,
              },
              ...(it.origin ? [{ key: 'origin', label: t('answers.item.origin'), children: it.origin }] : []),
              {
                key: 'unit',
                label: t('answers.item.responsible'),
                children: (
                  <span data-testid="item-responsible">
                    {it.responsibleUnit?.name ?? t('answers.item.unassigned')}
                  </span>
                ),
              },
              ...(it.coordinatingUnits.length
                ? [
                    {
                      key: 'coord',
                      label: t('answers.item.coordinating'),
                      children: it.coordinatingUnits.map((u) => u.name).join('; '),
                    },
                  ]
                : []),
              ...(it.ownerName
                ? [{ key: 'owner', label: t('answers.item.owner'), children: it.ownerName }]
                : []),
              {
                key: 'due',
                label: t('answers.item.dueDate'),
                children: (
                  <span data-testid="item-due">
                    {it.dueDate ? formatDate(it.dueDate) : t('answers.item.noDue')}
                    {it.dueRule && (
                      <Tooltip title={it.dueRule.basisText}>
                        <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>
                          {t('answers.item.dueRule', { rule: it.dueRule.name, limit: it.dueRule.limitText })}
                          {it.dueRule.needsCheck && ` · ${t('answers.item.needsCheck')}`}
                        </Typography.Text>
                      </Tooltip>
                    )}
                  </span>
                ),
              },
            ]}
          />
        </Card>
        <Card title={t('answers.item.answer')}>
          {it.answerText || it.declineReason ? (
            <DetailList
              labelWidth={200}
              items={[
                ...(it.answerText
                  ? [
                      {
                        key: 'answer',
                        label: t('answers.item.answerText'),
                        children: (
                          <Typography.Paragraph style={pre} data-testid="item-answer">
                            {it.answerText}
                          </Typography.Paragraph>
                        ),
                      },
                    ]
                  : []),
                ...(it.answerDocument
                  ? [{ key: 'doc', label: t('answers.item.answerDocument'), children: it.answerDocument }]
                  : []),
                ...(it.answeredOn
                  ? [
                      {
                        key: 'on',
                        label: t('answers.item.answeredOn'),
                        children:
                          it.firstAnsweredOn && it.firstAnsweredOn !== it.answeredOn
                            ? t('answers.item.answeredTwice', {
                                first: formatDate(it.firstAnsweredOn),
                                last: formatDate(it.answeredOn),
                                n: it.answerCount,
                              })
                            : formatDate(it.answeredOn),
                      },
                    ]
                  : []),
                ...(it.declineReason
                  ? [
                      {
                        key: 'decline',
                        label: t('answers.item.declineReason'),
                        children: (
                          <Typography.Paragraph style={pre} data-testid="item-decline">
                            {it.declineReason}
                          </Typography.Paragraph>
                        ),
                      },
                    ]
                  : []),
                ...(it.verdict
                  ? [
                      {
                        key: 'verdict',
                        label: t('answers.item.verdict'),
                        children: (
                          <div>
                            <EnumTag vocab={VOCAB.verdict} value={it.verdict} />
                            {it.judgedOn && formatDate(it.judgedOn)}
                            {it.verdictComment && (
                              <Typography.Paragraph
                                style={{ ...pre, marginTop: 4 }}
                                data-testid="item-verdict-comment"
                              >
                                {it.verdictComment}
                              </Typography.Paragraph>
                            )}
                          </div>
                        ),
                      },
                    ]
                  : []),
                {
                  key: 'published',
                  label: t('answers.item.published'),
                  children: it.published
                    ? t('answers.item.publishedOn', { date: formatDateTime(it.publishedAt) })
                    : t('answers.item.notPublished'),
                },
              ]}
            />
          ) : (
            <Typography.Text type="secondary" data-testid="item-no-answer">
              {t('answers.item.noAnswer')}
            </Typography.Text>
          )}
        </Card>
        <Card title={t('answers.item.files')}>
          <FileAttachments entity="answer_item" entityId={it.id} canWrite={it.can.answer || it.can.assign} />
        </Card>
        <Card title={t('answers.item.history')}>
          <div ref={box}>
            <Table<AnswerItemHistoryEntry>
              rowKey="id"
              size="small"
              dataSource={it.history}
              pagination={false}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: t('answers.item.noHistory') }}
              data-testid="item-history"
              columns={[
                { title: t('answers.history.on'), width: 110, render: (_, h) => formatDate(h.on) },
                {
                  title: t('answers.history.step'),
                  width: 200,
                  render: (_, h) => enumLabel(VOCAB.step.labels, h.step, i18n),
                },
                {
                  title: t('answers.history.status'),
                  width: 190,
                  render: (_, h) => (
                    <EnumTag vocab={VOCAB.status} value={h.toStatus} testId="history-status" />
                  ),
                },
                { title: t('answers.history.actor'), dataIndex: 'actorName', width: 180 },
                {
                  title: t('answers.history.note'),
                  width: 360,
                  render: (_, h) => <span style={{ whiteSpace: 'pre-wrap' }}>{h.note}</span>,
                },
                { title: t('answers.history.at'), width: 140, render: (_, h) => formatDateTime(h.at) },
              ]}
            />
          </div>
        </Card>
      </Flex>
      <ItemDialogs state={dialogs} />
    </>
  );
}
