import { EyeOutlined } from '@ant-design/icons';
import { Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import type { CreateInspection, Inspection } from '@danvan/contracts';
import {
  INSPECTION_KIND_CODES,
  INSPECTION_KIND_LABELS,
  INSPECTION_STATE_CODES,
  INSPECTION_STATE_LABELS,
} from '@danvan/contracts';
import { formatDate, todayIso } from '../../../shared/format.ts';
import { useMe } from '../../../shared/session.ts';
import { EnumTag } from '../../../shared/components/EnumTag.tsx';
import {
  RegisterPage,
  RowFormModal,
  param,
  useRowDialogs,
  useUrlState,
} from '../../../shared/register/index.ts';
import { api, useInspections, useInspectionsMutation } from '../api.ts';
import { InspectionFields } from '../components/InspectionFields.tsx';
import { VOCAB } from '../components/fields.tsx';
import { useInspectionsI18n } from '../components/i18n.ts';

/** The register of inspections: filters (kind, state, unit, year, overdue) in the URL, export, record one. */
export default function InspectionsPage() {
  const { t } = useInspectionsI18n();
  const nav = useNavigate();
  const me = useMe();
  const unit = me.data?.activeUnit ?? null;
  const state = useUrlState(
    {
      q: param.search(),
      kind: param.oneOf(INSPECTION_KIND_CODES),
      state: param.oneOf(INSPECTION_STATE_CODES),
      unitId: param.int(),
      year: param.int(),
      overdue: param.flag(),
    },
    { pageSize: 20 },
  );
  const dialogs = useRowDialogs<Inspection>();
  const query = state.filters;
  const list = useInspections({ ...query, page: state.page, pageSize: state.pageSize });
  const save = useInspectionsMutation((v: CreateInspection) => api.create(v));

  return (
    <RegisterPage
      title={t('inspections.title')}
      subtitle={t('inspections.subtitle')}
      canCreate={list.data?.can?.create ?? false}
      create={{ label: t('inspections.create'), onClick: dialogs.create, testId: 'inspection-create' }}
      exportPath="/inspections/export.xlsx"
      exportQuery={query}
      state={state}
      query={list}
      rowKey="id"
      labelled
      filters={[
        {
          type: 'search',
          key: 'q',
          label: t('common.search'),
          placeholder: t('inspections.search'),
          width: 260,
        },
        {
          type: 'enum',
          key: 'kind',
          label: t('inspections.kind'),
          labels: INSPECTION_KIND_LABELS,
          codes: INSPECTION_KIND_CODES,
          width: 180,
        },
        {
          type: 'enum',
          key: 'state',
          label: t('inspections.state'),
          labels: INSPECTION_STATE_LABELS,
          codes: INSPECTION_STATE_CODES,
          width: 160,
        },
        { type: 'unit', key: 'unitId', label: t('inspections.unitFilter'), width: 240 },
        { type: 'year', key: 'year', label: t('inspections.year'), width: 110 },
        { type: 'check', key: 'overdue', text: t('inspections.overdueOnly'), testId: 'filter-overdue' },
      ]}
      empty={t('inspections.empty')}
      table={{ onRow: (r) => ({ onDoubleClick: () => nav(`/thanh-tra/${r.id}`) }) }}
      columns={[
        {
          title: t('inspections.titleField'),
          width: 320,
          render: (_, r) => (
            <div>
              <div>
                <Link to={`/thanh-tra/${r.id}`} data-testid="inspection-link">
                  {r.title}
                </Link>
              </div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {r.conductorUnitName}
              </Typography.Text>
            </div>
          ),
        },
        { title: t('inspections.unit'), dataIndex: 'unitName', width: 220 },
        {
          title: t('inspections.kind'),
          width: 160,
          render: (_, r) => <EnumTag vocab={VOCAB.kind} value={r.kind} />,
        },
        {
          title: t('inspections.dates'),
          width: 190,
          render: (_, r) =>
            r.endOn ? `${formatDate(r.startOn)} – ${formatDate(r.endOn)}` : formatDate(r.startOn),
        },
        {
          title: t('inspections.state'),
          width: 150,
          render: (_, r) => <EnumTag vocab={VOCAB.state} value={r.state} />,
        },
        { title: t('inspections.violationsCount'), dataIndex: 'violations', width: 90, align: 'right' },
        {
          title: t('inspections.recommendationsCount'),
          width: 150,
          render: (_, r) => (
            <span>
              {r.recommendations}
              {r.recommendationsOverdue > 0 && (
                <Tag color="red" style={{ marginInlineStart: 6 }}>
                  {t('inspections.overdueCount', { n: r.recommendationsOverdue })}
                </Tag>
              )}
            </span>
          ),
        },
      ]}
      actions={[
        {
          key: 'open',
          icon: <EyeOutlined />,
          label: t('inspections.open'),
          onClick: (r) => nav(`/thanh-tra/${r.id}`),
          testId: 'row-open',
        },
      ]}
      modals={
        <RowFormModal<CreateInspection, Inspection>
          dialogs={dialogs}
          title={() => t('inspections.createTitle')}
          width={760}
          initialValues={{
            conductorUnitId: unit?.id,
            kind: 'check',
            mode: 'unplanned',
            startOn: todayIso(),
            team: [],
            scope: '',
            findings: '',
            decisionNumber: '',
          }}
          save={(v) =>
            save.mutateAsync(v).then((r) => {
              nav(`/thanh-tra/${r.id}`);
              return r;
            })
          }
          savedText={t('inspections.saved')}
        >
          <InspectionFields editing={false} />
        </RowFormModal>
      }
    />
  );
}
