import { Alert, Tag } from 'antd';
import { Link } from 'react-router';
import type { Round } from '@danvan/contracts';
import { SCORING_COMPLIANCE_CODES, SCORING_COMPLIANCE_LABELS } from '@danvan/contracts';
import { matchesVi } from '@danvan/domain';
import { formatDateTime } from '../../../shared/format.ts';
import { EnumTag } from '../../../shared/components/EnumTag.tsx';
import { RegisterTable, param, useUrlState } from '../../../shared/register/index.ts';
import { useRoundCompliance } from '../api.ts';
import { VOCAB } from './vocab.tsx';
import { useScoringI18n } from './i18n.ts';

/** Who has not submitted: every participant in the actor's scope with where its assessment stands. */
export function ComplianceTab({ round }: { round: Round }) {
  const { t } = useScoringI18n();
  const state = useUrlState(
    { q: param.search(), status: param.oneOf(SCORING_COMPLIANCE_CODES), late: param.flag() },
    { prefix: 'c', pageSize: 50 },
  );
  const q = useRoundCompliance(round.id);
  const rows = q.data?.items ?? [];
  const pending = rows.filter((r) => r.status === 'not_started' || r.status === 'draft').length;
  const f = state.filters;
  return (
    <RegisterTable
      card={false}
      state={state}
      query={q}
      rowKey="unitId"
      labelled
      filters={[
        {
          type: 'search',
          key: 'q',
          label: t('common.search'),
          placeholder: t('scoring.compliance.search'),
          width: 240,
        },
        {
          type: 'enum',
          key: 'status',
          label: t('scoring.compliance.status'),
          labels: SCORING_COMPLIANCE_LABELS,
          codes: SCORING_COMPLIANCE_CODES,
          width: 240,
          testId: 'filter-compliance',
        },
        { type: 'check', key: 'late', text: t('scoring.compliance.lateOnly') },
      ]}
      clientFilter={(r) =>
        (!f.q || matchesVi(`${r.unitName} ${r.unitCode}`, f.q)) &&
        (!f.status || r.status === f.status) &&
        (!f.late || r.late)
      }
      above={
        q.data && (
          <Alert
            style={{ marginBottom: 12 }}
            type={pending ? 'warning' : 'success'}
            showIcon
            data-testid="compliance-summary"
            title={t('scoring.compliance.summary', { pending, total: rows.length })}
          />
        )
      }
      empty={t('scoring.compliance.empty')}
      columns={[
        {
          title: t('scoring.compliance.unit'),
          width: 280,
          sortKey: 'unit',
          sortValue: (r) => r.unitName,
          render: (_, r) =>
            r.assessmentId ? (
              <Link to={`/cham-diem/ban-cham/${r.assessmentId}`}>{r.unitName}</Link>
            ) : (
              r.unitName
            ),
        },
        { title: t('scoring.compliance.groups'), width: 200, render: (_, r) => r.groupNames.join(', ') },
        {
          title: t('scoring.compliance.status'),
          width: 230,
          render: (_, r) => (
            <>
              <EnumTag vocab={VOCAB.compliance} value={r.status} />
              {r.late && <Tag color="red">{t('scoring.compliance.late')}</Tag>}
            </>
          ),
        },
        {
          title: t('scoring.compliance.submittedAt'),
          width: 150,
          sortKey: 'submittedAt',
          sortValue: (r) => r.submittedAt,
          render: (_, r) => formatDateTime(r.submittedAt) || '—',
        },
      ]}
    />
  );
}
