import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Card, Flex, Skeleton, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { BandScheme } from '@danvan/contracts';
import { formatDate } from '../../../shared/format.ts';
import { PageHeader } from '../../../shared/components/PageHeader.tsx';
import { ErrorAlert } from '../../../shared/components/ErrorAlert.tsx';
import { EmptyState } from '../../../shared/components/EmptyState.tsx';
import { EnumTag } from '../../../shared/components/EnumTag.tsx';
import { useBandSchemes } from '../api.ts';
import { VOCAB } from '../components/vocab.tsx';
import { useBandRange, useCapText } from '../components/bands.ts';
import { useScoringI18n } from '../components/i18n.ts';

type Band = BandScheme['bands'][number];

/** The classification bands and caps as data: each scheme with its legal basis and dates. */
export default function BandSchemesPage() {
  const { t } = useScoringI18n();
  const q = useBandSchemes();
  const range = useBandRange();
  const capText = useCapText();
  return (
    <>
      <Link to="/cham-diem/bo-tieu-chi">
        <ArrowLeftOutlined /> {t('scoring.sets.back')}
      </Link>
      <PageHeader title={t('scoring.bands.title')} subtitle={t('scoring.bands.subtitle')} />
      <ErrorAlert error={q.error} onRetry={() => q.refetch()} />
      {q.isLoading && <Skeleton active />}
      {q.data && q.data.items.length === 0 && <EmptyState description={t('scoring.bands.empty')} />}
      <Flex vertical gap={16}>
        {q.data?.items.map((s) => (
          <Card
            key={s.id}
            title={<span style={{ whiteSpace: 'normal' }}>{s.name}</span>}
            extra={s.needsCheck ? <Tag color="warning">{t('scoring.bands.needsCheck')}</Tag> : null}
            data-testid="band-scheme"
          >
            <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
              {t('scoring.bands.basis', { basis: s.basis || '—' })} ·{' '}
              {s.effectiveTo
                ? t('scoring.bands.effectiveRange', {
                    from: formatDate(s.effectiveFrom),
                    to: formatDate(s.effectiveTo),
                  })
                : t('scoring.bands.effectiveFrom', { from: formatDate(s.effectiveFrom) })}
            </Typography.Paragraph>
            <Table<Band>
              rowKey="code"
              size="small"
              pagination={false}
              dataSource={s.bands}
              scroll={{ x: 'max-content' }}
              columns={[
                {
                  title: t('scoring.bands.band'),
                  width: 260,
                  render: (_, b) => (
                    <EnumTag vocab={VOCAB.band} value={b.code} label={b.label || undefined} />
                  ),
                },
                { title: t('scoring.bands.range'), width: 240, render: (_, b) => range(b) },
                {
                  title: t('scoring.bands.eligibility'),
                  width: 260,
                  render: (_, b) => (b.requiresEligibility ? t('scoring.bands.requiresEligibility') : ''),
                },
              ]}
            />
            {s.cap && (
              <Alert
                style={{ marginTop: 12 }}
                type="info"
                showIcon
                title={capText(s.cap)}
                data-testid="band-cap"
              />
            )}
          </Card>
        ))}
      </Flex>
    </>
  );
}
