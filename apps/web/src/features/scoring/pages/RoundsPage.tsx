import { EyeOutlined } from '@ant-design/icons';
import { Input, InputNumber, Select, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { CreateRound, Round } from '@danvan/contracts';
import { ROUND_STATE_CODES, ROUND_STATE_LABELS } from '@danvan/contracts';
import { formatDate, todayIso } from '../../../shared/format.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { useMe } from '../../../shared/session.ts';
import { EnumTag } from '../../../shared/components/EnumTag.tsx';
import { Field, FormRow } from '../../../shared/components/Field.tsx';
import { FormModal } from '../../../shared/components/FormModal.tsx';
import { RegisterPage, param, useUrlState } from '../../../shared/register/index.ts';
import { useGroups } from '../../org/api.ts';
import { DateInput } from '../../../shared/components/DateInput.tsx';
import { api, useCriteriaSets, useRounds, useScoringMutation } from '../api.ts';
import { VOCAB } from '../components/vocab.tsx';
import { useScoringI18n } from '../components/i18n.ts';

/** The rounds of scoring (one a year): the set, the groups, the deadline, where the units stand. */
export default function RoundsPage() {
  const { t } = useScoringI18n();
  const nav = useNavigate();
  const notify = useNotify();
  const me = useMe();
  const unit = me.data?.activeUnit ?? null;
  const state = useUrlState({ year: param.int(), state: param.oneOf(ROUND_STATE_CODES) }, { pageSize: 20 });
  const rounds = useRounds({ ...state.filters, page: state.page, pageSize: state.pageSize });
  const [creating, setCreating] = useState(false);
  const sets = useCriteriaSets({ state: 'issued', pageSize: 100 });
  const groups = useGroups();
  const create = useScoringMutation((v: CreateRound) => api.createRound(v));
  return (
    <RegisterPage
      title={t('scoring.rounds.title')}
      subtitle={t('scoring.rounds.subtitle')}
      canCreate={rounds.data?.can?.create ?? false}
      create={{ label: t('scoring.rounds.create'), onClick: () => setCreating(true), testId: 'round-create' }}
      state={state}
      query={rounds}
      rowKey="id"
      labelled
      filters={[
        { type: 'year', key: 'year', label: t('scoring.rounds.year'), width: 110 },
        {
          type: 'enum',
          key: 'state',
          label: t('scoring.rounds.state'),
          labels: ROUND_STATE_LABELS,
          codes: ROUND_STATE_CODES,
          width: 220,
        },
      ]}
      empty={t('scoring.rounds.empty')}
      table={{ onRow: (r) => ({ onDoubleClick: () => nav(`/cham-diem/dot/${r.id}`) }) }}
      columns={[
        {
          title: t('scoring.rounds.name'),
          width: 320,
          render: (_, r: Round) => (
            <div style={{ whiteSpace: 'normal' }}>
              <div>
                <Link to={`/cham-diem/dot/${r.id}`} data-testid="round-link">
                  {r.name}
                </Link>
              </div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {r.setName}
              </Typography.Text>
            </div>
          ),
        },
        { title: t('scoring.rounds.year'), dataIndex: 'year', width: 80 },
        {
          title: t('scoring.rounds.groups'),
          width: 220,
          render: (_, r: Round) => r.groups.map((g) => g.name).join(', '),
        },
        {
          title: t('scoring.rounds.deadline'),
          width: 120,
          render: (_, r: Round) => formatDate(r.submitDeadline),
        },
        {
          title: t('scoring.rounds.progress'),
          width: 200,
          render: (_, r: Round) =>
            t('scoring.rounds.progressValue', {
              submitted: r.counts.participants - r.counts.notStarted - r.counts.draft,
              decided: r.counts.decided,
              total: r.counts.participants,
            }),
        },
        {
          title: t('scoring.rounds.state'),
          width: 200,
          render: (_, r: Round) => <EnumTag vocab={VOCAB.roundState} value={r.state} />,
        },
      ]}
      actions={[
        {
          key: 'open',
          icon: <EyeOutlined />,
          label: t('scoring.rounds.open'),
          onClick: (r: Round) => nav(`/cham-diem/dot/${r.id}`),
          testId: 'row-open',
        },
      ]}
      modals={
        <FormModal<CreateRound>
          open={creating}
          title={t('scoring.rounds.createTitle')}
          width={720}
          onCancel={() => setCreating(false)}
          initialValues={{
            unitId: unit?.id,
            year: Number(todayIso().slice(0, 4)),
            explainDays: 5,
            groupIds: [],
          }}
          onSubmit={(v) =>
            create.mutateAsync({ ...v, unitId: unit?.id ?? v.unitId }).then((r) => {
              notify.success(t('scoring.rounds.created'));
              setCreating(false);
              nav(`/cham-diem/dot/${r.id}`);
            })
          }
        >
          <FormRow>
            <Field name="name" label={t('scoring.rounds.name')} need="text" width="grow">
              <Input maxLength={500} />
            </Field>
            <Field name="year" label={t('scoring.rounds.year')} need width={110}>
              <InputNumber min={1990} max={2100} style={{ width: '100%' }} />
            </Field>
          </FormRow>
          <Field name="setId" label={t('scoring.rounds.set')} need>
            <Select
              loading={sets.isLoading}
              options={(sets.data?.items ?? []).map((s) => ({ value: s.id, label: `${s.name} (${s.year})` }))}
            />
          </Field>
          <Field name="groupIds" label={t('scoring.rounds.groups')} need>
            <Select
              mode="multiple"
              loading={groups.isLoading}
              options={(groups.data ?? []).map((g) => ({ value: g.id, label: g.name }))}
            />
          </Field>
          <FormRow>
            <Field name="submitDeadline" label={t('scoring.rounds.deadline')} need width="grow">
              <DateInput />
            </Field>
            <Field name="explainDays" label={t('scoring.rounds.explainDays')} need width="grow">
              <InputNumber min={0} max={90} style={{ width: '100%' }} />
            </Field>
          </FormRow>
        </FormModal>
      }
    />
  );
}
