import { EyeOutlined } from '@ant-design/icons';
import { Button, Form, Select, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { CriteriaContent } from '@danvan/contracts';
import { CRITERIA_SET_STATE_CODES, CRITERIA_SET_STATE_LABELS } from '@danvan/contracts';
import { todayIso } from '../../../shared/format.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { useMe } from '../../../shared/session.ts';
import { EnumTag } from '../../../shared/components/EnumTag.tsx';
import { Field, FormRow } from '../../../shared/components/Field.tsx';
import { FormModal } from '../../../shared/components/FormModal.tsx';
import { RegisterPage, param, useUrlState } from '../../../shared/register/index.ts';
import { api, useCriteriaSets, useScoringMutation } from '../api.ts';
import { CriteriaSetFields, CriteriaTreeFields, cleanContent } from '../components/CriteriaEditor.tsx';
import { VOCAB } from '../components/vocab.tsx';
import { useScoringI18n } from '../components/i18n.ts';

type CreateForm = {
  fromId?: number;
  content?: CriteriaContent;
  year: number;
  name: string;
  bandSchemeId: number;
  basis: string;
  needsCheck: boolean;
};

/** The criteria sets by year: state, version, points self-scored and by the superior level. */
export default function CriteriaSetsPage() {
  const { t, num } = useScoringI18n();
  const nav = useNavigate();
  const notify = useNotify();
  const me = useMe();
  const unit = me.data?.activeUnit ?? null;
  const state = useUrlState(
    { year: param.int(), state: param.oneOf(CRITERIA_SET_STATE_CODES) },
    { pageSize: 20 },
  );
  const f = state.filters;
  const list = useCriteriaSets({ year: f.year, state: f.state, page: state.page, pageSize: state.pageSize });
  const all = useCriteriaSets({ pageSize: 100 });
  const [creating, setCreating] = useState(false);
  const [form] = Form.useForm<CreateForm>();
  const fromId = Form.useWatch('fromId', form);
  const create = useScoringMutation(async (v: CreateForm) => {
    // a new set starts as a copy of an existing one's tree (the province's criteria change little a
    // year), or from the tree typed in the dialog
    const from = v.fromId ? await api.getSet(v.fromId) : null;
    return api.createSet({
      unitId: unit?.id ?? from?.unitId ?? 0,
      year: v.year,
      name: v.name,
      bandSchemeId: v.bandSchemeId,
      basis: v.basis ?? '',
      needsCheck: !!v.needsCheck,
      content: from ? from.content : cleanContent(v.content ?? { groups: [] }),
    });
  });

  return (
    <RegisterPage
      title={t('scoring.sets.title')}
      subtitle={t('scoring.sets.subtitle')}
      canCreate={list.data?.can?.create ?? false}
      create={{ label: t('scoring.sets.create'), onClick: () => setCreating(true), testId: 'set-create' }}
      headerExtra={
        <Link to="/cham-diem/thang-xep-loai">
          <Button>{t('scoring.bands.title')}</Button>
        </Link>
      }
      state={state}
      query={list}
      rowKey="id"
      labelled
      filters={[
        { type: 'year', key: 'year', label: t('scoring.sets.year'), width: 120 },
        {
          type: 'enum',
          key: 'state',
          label: t('scoring.sets.state'),
          labels: CRITERIA_SET_STATE_LABELS,
          codes: CRITERIA_SET_STATE_CODES,
          width: 200,
          testId: 'filter-set-state',
        },
      ]}
      empty={t('scoring.sets.empty')}
      table={{ onRow: (s) => ({ onDoubleClick: () => nav(`/cham-diem/bo-tieu-chi/${s.id}`) }) }}
      columns={[
        {
          title: t('scoring.sets.name'),
          width: 360,
          render: (_, s) => (
            <div>
              <div>
                <Link to={`/cham-diem/bo-tieu-chi/${s.id}`} data-testid="set-link">
                  {s.name}
                </Link>
              </div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {s.unitName}
              </Typography.Text>
            </div>
          ),
        },
        { title: t('scoring.sets.year'), dataIndex: 'year', width: 80 },
        {
          title: t('scoring.sets.setVersion'),
          width: 90,
          render: (_, s) => t('scoring.sets.versionN', { n: s.setVersion }),
        },
        {
          title: t('scoring.sets.state'),
          width: 170,
          render: (_, s) => <EnumTag vocab={VOCAB.setState} value={s.state} />,
        },
        {
          title: t('scoring.sets.points'),
          width: 220,
          render: (_, s) =>
            t('scoring.sets.pointsValue', {
              total: num(s.maxTotal),
              self: num(s.selfPoints),
              superior: num(s.superiorPoints),
            }),
        },
        { title: t('scoring.sets.criteriaCount'), dataIndex: 'criteriaCount', width: 100 },
        { title: t('scoring.sets.bandScheme'), dataIndex: 'bandSchemeName', width: 240 },
      ]}
      actions={[
        {
          key: 'open',
          icon: <EyeOutlined />,
          label: t('scoring.sets.open'),
          onClick: (s) => nav(`/cham-diem/bo-tieu-chi/${s.id}`),
          testId: 'row-open',
        },
      ]}
      modals={
        <FormModal<CreateForm>
          open={creating}
          title={t('scoring.sets.createTitle')}
          width={720}
          form={form}
          onCancel={() => setCreating(false)}
          initialValues={{ year: Number(todayIso().slice(0, 4)), needsCheck: false, basis: '' }}
          onSubmit={(v) =>
            create.mutateAsync(v).then((s) => {
              notify.success(t('scoring.sets.created'));
              setCreating(false);
              nav(`/cham-diem/bo-tieu-chi/${s.id}`);
            })
          }
        >
          <FormRow>
            <Field name="fromId" label={t('scoring.sets.copyFrom')} width="grow">
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                loading={all.isLoading}
                options={(all.data?.items ?? []).map((s) => ({
                  value: s.id,
                  label: `${s.name} (${t('scoring.sets.versionN', { n: s.setVersion })})`,
                }))}
              />
            </Field>
          </FormRow>
          <CriteriaSetFields withYear />
          {!fromId && <CriteriaTreeFields />}
        </FormModal>
      }
    />
  );
}
