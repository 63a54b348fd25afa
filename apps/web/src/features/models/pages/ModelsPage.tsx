import { EyeOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import type { CreateModel, Model } from '@danvan/contracts';
import {
  MODEL_FIELD_CODES,
  MODEL_FIELD_LABELS,
  MODEL_STATE_CODES,
  MODEL_STATE_LABELS,
} from '@danvan/contracts';
import { formatDate, formatNumber, todayIso } from '../../../shared/format.ts';
import { useMe } from '../../../shared/session.ts';
import { EnumTag, enumLabel } from '../../../shared/components/EnumTag.tsx';
import {
  RegisterPage,
  RowFormModal,
  param,
  useRowDialogs,
  useUrlState,
} from '../../../shared/register/index.ts';
import { api, useModels, useModelsMutation } from '../api.ts';
import { VOCAB } from '../components/fields.tsx';
import { ModelFields } from '../components/ModelFields.tsx';
import { useModelsI18n } from '../components/i18n.ts';

/** The register of models: filters (field, state, unit, year) in the URL, export, register a model. */
export default function ModelsPage() {
  const { i18n, t } = useModelsI18n();
  const nav = useNavigate();
  const me = useMe();
  const unit = me.data?.activeUnit ?? null;
  const state = useUrlState(
    {
      q: param.search(),
      field: param.oneOf(MODEL_FIELD_CODES),
      state: param.oneOf(MODEL_STATE_CODES),
      unitId: param.int(),
      year: param.int(),
    },
    { pageSize: 20 },
  );
  const dialogs = useRowDialogs<Model>();
  const query = state.filters;
  const list = useModels({ ...query, page: state.page, pageSize: state.pageSize });
  const save = useModelsMutation((v: CreateModel) => api.create(v));

  return (
    <RegisterPage
      title={t('models.title')}
      subtitle={t('models.subtitle')}
      canCreate={list.data?.can?.create ?? false}
      create={{ label: t('models.create'), onClick: dialogs.create, testId: 'model-create' }}
      exportPath="/models/export.xlsx"
      exportQuery={query}
      state={state}
      query={list}
      rowKey="id"
      labelled
      filters={[
        { type: 'search', key: 'q', label: t('common.search'), placeholder: t('models.search'), width: 280 },
        {
          type: 'enum',
          key: 'field',
          label: t('models.field'),
          labels: MODEL_FIELD_LABELS,
          codes: MODEL_FIELD_CODES,
          width: 220,
          testId: 'filter-field',
        },
        {
          type: 'enum',
          key: 'state',
          label: t('models.state'),
          labels: MODEL_STATE_LABELS,
          codes: MODEL_STATE_CODES,
          width: 170,
          testId: 'filter-state',
        },
        { type: 'unit', key: 'unitId', label: t('models.unitFilter'), width: 240 },
        { type: 'year', key: 'year', label: t('models.year'), width: 120 },
      ]}
      empty={t('models.empty')}
      table={{ onRow: (m) => ({ onDoubleClick: () => nav(`/mo-hinh/${m.id}`) }) }}
      columns={[
        {
          title: t('models.name'),
          width: 340,
          render: (_, m) => (
            <div>
              {/* a block of its own: a link inside a line of other text needs more than its colour (axe link-in-text-block) */}
              <div>
                <Link to={`/mo-hinh/${m.id}`} data-testid="model-link">
                  {m.name}
                </Link>
              </div>
              <Typography.Paragraph
                type="secondary"
                style={{ fontSize: 12, margin: 0 }}
                ellipsis={{ rows: 2, tooltip: m.registration.goals }}
              >
                {m.registration.goals}
              </Typography.Paragraph>
            </div>
          ),
        },
        { title: t('models.unit'), dataIndex: 'unitName', width: 220 },
        {
          title: t('models.field'),
          width: 180,
          render: (_, m) => <EnumTag vocab={VOCAB.field} value={m.field} />,
        },
        { title: t('models.registeredOn'), width: 120, render: (_, m) => formatDate(m.registeredOn) },
        {
          title: t('models.state'),
          width: 160,
          render: (_, m) => (
            <div>
              <EnumTag vocab={VOCAB.state} value={m.state} />
              {m.recognisedLevel && (
                <div style={{ fontSize: 12, color: 'var(--ant-color-text-description)' }}>
                  {enumLabel(VOCAB.level.labels, m.recognisedLevel, i18n)}
                </div>
              )}
            </div>
          ),
        },
        {
          title: t('models.score'),
          width: 120,
          render: (_, m) =>
            m.latestScore
              ? t('models.scoreValue', {
                  total: formatNumber(m.latestScore.total, i18n.lang),
                  max: formatNumber(m.latestScore.maxTotal, i18n.lang),
                })
              : '—',
        },
      ]}
      actions={[
        {
          key: 'open',
          icon: <EyeOutlined />,
          label: t('models.open'),
          onClick: (m) => nav(`/mo-hinh/${m.id}`),
          testId: 'row-open',
        },
      ]}
      modals={
        <RowFormModal<CreateModel, Model>
          dialogs={dialogs}
          title={() => t('models.createTitle')}
          width={760}
          initialValues={{
            unitId: unit?.id,
            field: 'political_system',
            subject: 'collective',
            registeredOn: todayIso(),
            personName: '',
            publicSummary: '',
          }}
          save={(v) => save.mutateAsync(v)}
          savedText={t('models.saved')}
        >
          <ModelFields editing={false} />
        </RowFormModal>
      }
    />
  );
}
