import { Alert } from 'antd';
import { Link } from 'react-router';
import { MODEL_COMPLIANCE_CODES, MODEL_COMPLIANCE_LABELS } from '@danvan/contracts';
import { useMe } from '../../../shared/session.ts';
import { EnumTag } from '../../../shared/components/EnumTag.tsx';
import { RegisterFrame, RegisterTable, param, useUrlState } from '../../../shared/register/index.ts';
import { useCompliance } from '../api.ts';
import { VOCAB } from '../components/fields.tsx';
import { useModelsI18n } from '../components/i18n.ts';

/**
 * The one-to-two rule of the provincial directive: each state body in scope with its running and
 * recognised models; the units without a running model first, and a filter to list only them.
 */
export default function CompliancePage() {
  const { t } = useModelsI18n();
  const me = useMe();
  const state = useUrlState(
    { q: param.search(), status: param.oneOf(MODEL_COMPLIANCE_CODES), unitId: param.int() },
    { pageSize: 50 },
  );
  const f = state.filters;
  const c = useCompliance({
    q: f.q || undefined,
    status: f.status,
    unitId: f.unitId ?? me.data?.activeUnit?.id,
    page: state.page,
    pageSize: state.pageSize,
  });
  const s = c.data?.summary;
  return (
    <RegisterFrame
      title={t('models.compliance.title')}
      subtitle={t('models.compliance.subtitle', { min: s?.minimum ?? 1, target: s?.target ?? 2 })}
    >
      <RegisterTable
        state={state}
        query={c}
        rowKey="unitId"
        labelled
        filters={[
          {
            type: 'search',
            key: 'q',
            label: t('common.search'),
            placeholder: t('models.compliance.search'),
            width: 260,
          },
          {
            type: 'enum',
            key: 'status',
            label: t('models.compliance.status'),
            labels: MODEL_COMPLIANCE_LABELS,
            codes: MODEL_COMPLIANCE_CODES,
            width: 260,
            testId: 'filter-compliance',
          },
          { type: 'unit', key: 'unitId', label: t('models.unitFilter'), width: 240 },
        ]}
        empty={t('models.compliance.empty')}
        above={
          s && (
            <Alert
              style={{ marginBottom: 12 }}
              type={s.none ? 'warning' : 'success'}
              showIcon
              data-testid="compliance-summary"
              title={t('models.compliance.summary', { none: s.none, units: s.units, meets: s.meets })}
            />
          )
        }
        columns={[
          {
            title: t('models.unit'),
            width: 320,
            render: (_, r) => <Link to={`/mo-hinh?unitId=${r.unitId}`}>{r.unitName}</Link>,
          },
          { title: t('models.compliance.registered'), dataIndex: 'registered', width: 110 },
          { title: t('models.compliance.running'), dataIndex: 'running', width: 130 },
          { title: t('models.compliance.recognisedCount'), dataIndex: 'recognised', width: 130 },
          {
            title: t('models.compliance.status'),
            width: 240,
            render: (_, r) => <EnumTag vocab={VOCAB.compliance} value={r.status} />,
          },
        ]}
      />
    </RegisterFrame>
  );
}
