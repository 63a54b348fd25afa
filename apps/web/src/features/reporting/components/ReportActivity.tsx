import { Alert, Card, Descriptions, Flex, Timeline } from 'antd';
import type { Report, RuleResult } from '@danvan/contracts';
import { useT } from '../../../i18n/index.tsx';
import { formatDate, formatDateTime } from '../../../shared/format.ts';
import { FileAttachments } from '../../../shared/components/FileAttachments.tsx';

/** A list of rule results (errors or warnings) as one alert. */
export function Issues({
  items,
  title,
  type,
}: {
  items: RuleResult[];
  title: string;
  type: 'error' | 'warning';
}) {
  if (!items.length) return null;
  return (
    <Alert
      type={type}
      showIcon
      style={{ marginBottom: 12 }}
      title={title}
      data-testid={`report-${type}s`}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {items.map((i) => (
            <li key={i.code}>{i.message}</li>
          ))}
        </ul>
      }
    />
  );
}

/** Below the report: its attachments, its history, and what it was made from. */
export function ReportActivity({ r }: { r: Report }) {
  const t = useT();
  return (
    <>
      <Flex gap={16} wrap style={{ marginTop: 16 }}>
        <Card title={t('reporting.report.attachments')} style={{ flex: '1 1 420px' }}>
          <FileAttachments entity="report" entityId={r.id} canWrite={r.can.attach} compact />
        </Card>
        <Card title={t('reporting.report.history')} style={{ flex: '1 1 420px' }}>
          <Timeline
            items={r.history.map((h) => ({
              key: h.id,
              content: (
                <div>
                  <strong>{t(`reporting.report.events.${h.action}`)}</strong> — {h.actorName} ·{' '}
                  {formatDateTime(h.at)}
                  {h.comment && <div style={{ whiteSpace: 'pre-line' }}>{h.comment}</div>}
                  {h.sectionComments &&
                    Object.entries(h.sectionComments).map(([code, c]) => (
                      <div key={code} style={{ fontSize: 12, color: '#8c6d1f' }}>
                        {code}: {c}
                      </div>
                    ))}
                </div>
              ),
            }))}
          />
        </Card>
      </Flex>
      <Descriptions size="small" style={{ marginTop: 12 }} column={3}>
        <Descriptions.Item label={t('reporting.periods.template')}>{r.template.name}</Descriptions.Item>
        <Descriptions.Item label={t('reporting.periods.cutoff')}>
          {formatDate(r.period.cutoffDate)}
        </Descriptions.Item>
        <Descriptions.Item label={t('reporting.report.version', { v: r.version })}>
          {r.submittedAt ? formatDateTime(r.submittedAt) : '—'}
        </Descriptions.Item>
      </Descriptions>
    </>
  );
}
