import { Card, Typography } from 'antd';
import type { InspectionDetail } from '@danvan/contracts';
import { formatDate } from '../../../shared/format.ts';
import { DetailList } from '../../../shared/components/DetailList.tsx';
import { EnumTag } from '../../../shared/components/EnumTag.tsx';
import { VOCAB } from './fields.tsx';
import { useInspectionsI18n } from './i18n.ts';

/** The inspection itself: kind, mode, decision, dates, team, scope, findings, and the conclusion. */
export function InspectionDetailsCard({ r }: { r: InspectionDetail }) {
  const { t } = useInspectionsI18n();
  return (
    <Card title={t('inspections.title')}>
      <DetailList
        items={[
          {
            key: 'kind',
            label: t('inspections.kind'),
            children: <EnumTag vocab={VOCAB.kind} value={r.kind} />,
          },
          {
            key: 'mode',
            label: t('inspections.mode'),
            children: <EnumTag vocab={VOCAB.mode} value={r.mode} />,
          },
          { key: 'decision', label: t('inspections.decisionNumber'), children: r.decisionNumber || '—' },
          {
            key: 'dates',
            label: t('inspections.dates'),
            children: r.endOn ? `${formatDate(r.startOn)} – ${formatDate(r.endOn)}` : formatDate(r.startOn),
          },
          {
            key: 'team',
            label: t('inspections.team'),
            children: r.team.length
              ? r.team.map((m) => (m.role ? `${m.name} (${m.role})` : m.name)).join('; ')
              : '—',
          },
          { key: 'scope', label: t('inspections.scope'), children: r.scope || '—' },
          {
            key: 'findings',
            label: t('inspections.findings'),
            children: (
              <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                {r.findings || '—'}
              </Typography.Paragraph>
            ),
          },
          ...(r.state === 'concluded'
            ? [
                {
                  key: 'conclusion',
                  label: t('inspections.conclusion'),
                  children: (
                    <span data-testid="inspection-conclusion">
                      {`${r.conclusionNumber} (${formatDate(r.conclusionDate)}): ${r.conclusionText}`}
                    </span>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
