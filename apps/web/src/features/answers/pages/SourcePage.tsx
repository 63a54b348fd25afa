import { ArrowLeftOutlined, EditOutlined, FileWordOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Skeleton, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { AnswerItem, AnswerSourceDetail } from '@danvan/contracts';
import { ANSWER_ITEM_NOUNS } from '@danvan/contracts';
import { formatDate, formatPercent } from '../../../shared/format.ts';
import { isApiError } from '../../../shared/http.ts';
import { PageHeader } from '../../../shared/components/PageHeader.tsx';
import { ErrorAlert } from '../../../shared/components/ErrorAlert.tsx';
import { DetailList } from '../../../shared/components/DetailList.tsx';
import { EnumTag, enumLabel } from '../../../shared/components/EnumTag.tsx';
import { ExportButton } from '../../../shared/components/ExportButton.tsx';
import { RegisterTable, type Spec } from '../../../shared/register/index.ts';
import { NotFoundPage } from '../../../app/pages.tsx';
import { useSource } from '../api.ts';
import { BulkBar } from '../components/BulkBar.tsx';
import { CommentsModeration } from '../components/CommentsModeration.tsx';
import { ItemDialogs, useItemDialogs } from '../components/ItemDialogs.tsx';
import { itemActions, itemColumns, itemPath } from '../components/itemColumns.tsx';
import { VOCAB } from '../components/fields.tsx';
import { useAnswersI18n } from '../components/i18n.ts';
import { AddItemsModal, EditSourceModal, HoldDialogueModal } from '../components/SourceForms.tsx';
import { SOURCE_BASE } from '../components/sources.ts';

const pre = { margin: 0, whiteSpace: 'pre-wrap' } as const;
type Dialog = null | 'hold' | 'add' | 'edit';

/** What a source says of itself, by kind: the dialogue's schedule and minutes, the Front's draft… */
function sourceDetails(
  s: AnswerSourceDetail,
  t: ReturnType<typeof useAnswersI18n>['t'],
  i18n: ReturnType<typeof useAnswersI18n>['i18n'],
) {
  const line = (key: string, label: string, children: ReactNode) => ({ key, label, children });
  const text = (v: string) => <Typography.Paragraph style={pre}>{v}</Typography.Paragraph>;
  const out = [
    line('unit', t(`answers.unitOf.${s.kind}`), s.unitName),
    ...(s.addressee ? [line('addressee', t('answers.source.addressee'), s.addressee.name)] : []),
    ...(s.documentNumber ? [line('number', t('answers.source.documentNumber'), s.documentNumber)] : []),
  ];
  const d = s.dialogue;
  if (d) {
    out.push(
      line('state', t('answers.dialogue.state'), <EnumTag vocab={VOCAB.dialogue} value={d.state} />),
      line('scheduled', t('answers.dialogue.scheduledOn'), formatDate(d.scheduledOn)),
      line('place', t('answers.dialogue.place'), d.place),
      line('chair', t('answers.dialogue.chairName'), d.chairName),
    );
    if (d.noticeOn)
      out.push(
        line(
          'notice',
          t('answers.dialogue.noticeOn'),
          `${formatDate(d.noticeOn)}${d.noticeText ? ` — ${d.noticeText}` : ''}`,
        ),
      );
    if (d.heldOn) out.push(line('held', t('answers.dialogue.heldOn'), formatDate(d.heldOn)));
    if (d.participantsText || d.participantCount !== null)
      out.push(
        line(
          'participants',
          t('answers.dialogue.participants'),
          <span data-testid="dialogue-participants">
            {d.participantCount !== null && t('answers.dialogue.count', { n: d.participantCount })}
            {d.participantCount !== null && d.participantsText ? ' — ' : ''}
            {d.participantsText}
          </span>,
        ),
      );
    if (d.issuesRaised) out.push(line('issues', t('answers.dialogue.issuesRaised'), text(d.issuesRaised)));
    if (d.conclusion) out.push(line('conclusion', t('answers.dialogue.conclusion'), text(d.conclusion)));
  }
  const f = s.front;
  if (f) {
    out.push(line('received', t('answers.source.receivedOn'), formatDate(s.receivedOn)));
    if (f.docType)
      out.push(
        line('docType', t('answers.source.docType'), <EnumTag vocab={VOCAB.docType} value={f.docType} />),
      );
    if (f.draftTitle) out.push(line('draft', t('answers.front.draftTitle'), f.draftTitle));
    if (f.draftSentOn) out.push(line('sent', t('answers.front.draftSentOn'), formatDate(f.draftSentOn)));
    if (f.submissionOn)
      out.push(
        line(
          'submission',
          t('answers.front.submissionOn'),
          <span>
            {formatDate(f.submissionOn)}{' '}
            {f.leadOk !== null && (
              <Tag color={f.leadOk ? 'green' : 'red'} data-testid="front-lead">
                {t(f.leadOk ? 'answers.front.leadOk' : 'answers.front.leadShort', {
                  days: f.leadDays ?? 0,
                  required: f.leadDaysRequired ?? 0,
                })}
              </Tag>
            )}
            {f.leadRuleNeedsCheck && <Tag>{t('answers.item.needsCheck')}</Tag>}
          </span>,
        ),
      );
  }
  const c = s.council;
  if (c) {
    out.push(line('session', t('answers.council.sessionOn'), formatDate(c.sessionOn)));
    if (c.term) out.push(line('term', t('answers.council.term'), c.term));
    out.push(line('due', t('answers.council.answerDue'), c.answerDue ? formatDate(c.answerDue) : '—'));
  }
  const k = s.consultation;
  if (k) {
    out.push(
      line('draft', t('answers.consultation.draftTitle'), k.draftTitle),
      line(
        'dates',
        t('answers.consultation.period'),
        <span>
          {formatDate(k.opensOn)} – {formatDate(k.closesOn)}{' '}
          <Tag color={k.isOpen ? 'green' : 'default'}>
            {k.isOpen ? t('answers.consultation.open') : t('answers.consultation.closed')}
          </Tag>
        </span>,
      ),
      line(
        'comments',
        t('answers.consultation.comments'),
        t('answers.consultation.commentCounts', {
          pending: k.comments.pending,
          published: k.comments.published,
          hidden: k.comments.hidden,
          rejected: k.comments.rejected,
        }),
      ),
    );
  }
  if (s.summary)
    out.push(
      line(
        'summary',
        t(s.consultation ? 'answers.consultation.summary' : 'answers.source.summary'),
        text(s.summary),
      ),
    );
  out.push(
    line(
      'counts',
      t('answers.source.progress'),
      <span data-testid="source-counts">
        {t('answers.source.answeredOf', { answered: s.counts.answered, total: s.counts.total })}
        {s.counts.answeredRate !== null && ` (${formatPercent(s.counts.answeredRate, i18n.lang)})`}
        {s.counts.overdue > 0 && ` · ${t('answers.source.overdue', { n: s.counts.overdue })}`}
      </span>,
    ),
  );
  return out;
}

/**
 * One source (a dialogue, a Front document, a council session, a consultation): what it is, its
 * numbered items with their status and compliance (select several to assign or answer them), the
 * documents (minutes, tiếp thu/giải trình report), its files and, for a consultation, the comments
 * awaiting moderation.
 */
export default function SourcePage() {
  const { i18n, t } = useAnswersI18n();
  const nav = useNavigate();
  const id = Number(useParams().id);
  const q = useSource(id);
  const dialogs = useItemDialogs();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [selected, setSelected] = useState<AnswerItem[]>([]);
  const s = q.data;

  if (q.error && isApiError(q.error) && q.error.status === 404) return <NotFoundPage />;
  if (!s)
    return (
      <>
        <ErrorAlert error={q.error} onRetry={() => q.refetch()} />
        <Skeleton active />
      </>
    );
  const noun = enumLabel(ANSWER_ITEM_NOUNS, s.kind, i18n);
  const details = sourceDetails(s, t, i18n);
  const clear = () => setSelected([]);

  return (
    <>
      <Link to={SOURCE_BASE[s.kind]}>
        <ArrowLeftOutlined /> {t(`answers.back.${s.kind}`)}
      </Link>
      <PageHeader
        title={
          <Flex gap={8} align="center" wrap>
            <span data-testid="source-title">{s.title}</span>
            <EnumTag vocab={VOCAB.kind} value={s.kind} />
          </Flex>
        }
        documentTitle={s.title}
        subtitle={`${s.unitName} · ${formatDate(s.dialogue?.scheduledOn ?? s.council?.sessionOn ?? s.consultation?.opensOn ?? s.receivedOn)}`}
        extra={
          <Flex gap={8} wrap>
            {s.can.hold && (
              <Button type="primary" onClick={() => setDialog('hold')} data-testid="dialogue-hold">
                {t('answers.dialogue.hold')}
              </Button>
            )}
            {s.can.addItems && (
              <Button icon={<PlusOutlined />} onClick={() => setDialog('add')} data-testid="source-add-items">
                {t('answers.source.addItems')}
              </Button>
            )}
            {s.can.minutes && (
              <ExportButton
                path={`/answers/dialogues/${s.id}/minutes.docx`}
                icon={<FileWordOutlined />}
                data-testid="dialogue-minutes"
              >
                {t('answers.dialogue.minutes')}
              </ExportButton>
            )}
            {s.can.report && (
              <ExportButton
                path={`/answers/consultations/${s.id}/report.docx`}
                icon={<FileWordOutlined />}
                data-testid="consultation-report"
              >
                {t('answers.consultation.report')}
              </ExportButton>
            )}
            {s.can.update && (
              <Button icon={<EditOutlined />} onClick={() => setDialog('edit')} data-testid="source-edit">
                {t('common.edit')}
              </Button>
            )}
          </Flex>
        }
      />
      <Flex vertical gap={16}>
        <Card title={t('answers.source.details')}>
          <DetailList labelWidth={200} items={details} />
        </Card>
        <RegisterTable<AnswerItem, Spec>
          card={{ title: noun }}
          query={{ ...q, data: s.sourceItems }}
          rowKey="id"
          pageSize={50}
          empty={
            s.dialogue?.state === 'scheduled' ? t('answers.source.noItemsYet') : t('answers.source.noItems')
          }
          above={
            <BulkBar
              rows={selected}
              dialogs={dialogs}
              onClear={clear}
              pageRows={s.sourceItems}
              onPick={setSelected}
            />
          }
          table={{
            onRow: (r) => ({ onDoubleClick: () => nav(itemPath(r.id)) }),
            rowSelection: {
              selectedRowKeys: selected.map((r) => r.id),
              onChange: (_k, rows) => setSelected(rows.filter(Boolean)),
              // the table's select-all would sit, focusable, in its aria-hidden measure row: the bar above does it
              columnTitle: t('answers.bulk.column'),
              getCheckboxProps: (r) => ({ 'aria-label': t('answers.bulk.pick', { n: r.number }) }) as never,
            },
          }}
          columns={itemColumns(t, i18n)}
          actions={itemActions(t, dialogs, (r) => nav(itemPath(r.id)))}
          actionsWidth={140}
        />
        {s.kind === 'consultation' && <CommentsModeration source={s} />}
      </Flex>
      <ItemDialogs state={dialogs} onDone={clear} />
      {dialog === 'hold' && <HoldDialogueModal source={s} open onClose={() => setDialog(null)} />}
      {dialog === 'add' && <AddItemsModal source={s} open onClose={() => setDialog(null)} />}
      {dialog === 'edit' && <EditSourceModal source={s} open onClose={() => setDialog(null)} />}
    </>
  );
}
