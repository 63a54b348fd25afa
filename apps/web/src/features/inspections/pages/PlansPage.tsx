import { EyeOutlined } from '@ant-design/icons';
import { Input, Tag } from 'antd';
import { Link, useNavigate } from 'react-router';
import type { CreateInspectionPlan, InspectionPlan } from '@danvan/contracts';
import { todayIso } from '../../../shared/format.ts';
import { useMe } from '../../../shared/session.ts';
import { Field, FormRow } from '../../../shared/components/Field.tsx';
import { UnitSelect } from '../../../shared/components/UnitSelect.tsx';
import { WholeNumberInput, numberRule } from '../../../shared/components/WholeNumberInput.tsx';
import {
  RegisterPage,
  RowFormModal,
  param,
  useRowDialogs,
  useUrlState,
} from '../../../shared/register/index.ts';
import { api, useInspectionsMutation, usePlans } from '../api.ts';
import { DateInput } from '../../../shared/components/DateInput.tsx';
import { useInspectionsI18n } from '../components/i18n.ts';

/** The yearly inspection plans with their compliance (planned against done). */
export default function PlansPage() {
  const { i18n, t } = useInspectionsI18n();
  const nav = useNavigate();
  const me = useMe();
  const unit = me.data?.activeUnit ?? null;
  const state = useUrlState({ unitId: param.int(), year: param.int() }, { pageSize: 20 });
  const dialogs = useRowDialogs<InspectionPlan>();
  const list = usePlans({ ...state.filters, page: state.page, pageSize: state.pageSize });
  const save = useInspectionsMutation((v: CreateInspectionPlan) => api.createPlan(v));
  const p = (k: string, params?: Record<string, string | number>) =>
    t(`inspections.plans.${k}` as never, params);

  return (
    <RegisterPage
      title={p('title')}
      subtitle={p('subtitle')}
      canCreate={list.data?.can?.create ?? false}
      create={{ label: p('create'), onClick: dialogs.create, testId: 'plan-create' }}
      state={state}
      query={list}
      rowKey="id"
      labelled
      filters={[
        { type: 'unit', key: 'unitId', label: p('unit'), width: 240 },
        { type: 'year', key: 'year', label: p('year'), width: 110 },
      ]}
      empty={p('empty')}
      columns={[
        {
          title: p('name'),
          width: 320,
          render: (_, r) => (
            <div>
              <Link to={`/thanh-tra/ke-hoach/${r.id}`} data-testid="plan-link">
                {r.title}
              </Link>
            </div>
          ),
        },
        { title: p('unit'), dataIndex: 'unitName', width: 220 },
        { title: p('year'), dataIndex: 'year', width: 80 },
        {
          title: p('progress'),
          width: 260,
          render: (_, r) => (
            <span>
              {p('progressValue', { done: r.compliance.concluded, planned: r.compliance.planned })}
              {r.compliance.overdue > 0 && (
                <Tag color="red" style={{ marginInlineStart: 6 }}>
                  {p('overdue', { n: r.compliance.overdue })}
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
          label: p('open'),
          onClick: (r) => nav(`/thanh-tra/ke-hoach/${r.id}`),
        },
      ]}
      modals={
        <RowFormModal<CreateInspectionPlan, InspectionPlan>
          dialogs={dialogs}
          title={() => p('createTitle')}
          width={640}
          initialValues={{ unitId: unit?.id, year: Number(todayIso().slice(0, 4)), decisionNumber: '' }}
          save={(v) => save.mutateAsync(v)}
          savedText={p('saved')}
        >
          <Field name="unitId" label={p('unit')} need>
            <UnitSelect />
          </Field>
          <Field name="title" label={p('name')} need="text">
            <Input maxLength={500} />
          </Field>
          <FormRow>
            <Field
              name="year"
              label={p('year')}
              need
              width={140}
              rules={[numberRule({ integer: true, min: 1990, max: 2100 }, i18n)]}
            >
              <WholeNumberInput />
            </Field>
            <Field name="decisionNumber" label={p('decisionNumber')} width="grow">
              <Input maxLength={100} />
            </Field>
            <Field name="approvedOn" label={p('approvedOn')} width={180}>
              <DateInput />
            </Field>
          </FormRow>
        </RowFormModal>
      }
    />
  );
}
