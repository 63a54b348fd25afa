import { Alert, Card, Input, Tabs, Tag, Typography } from 'antd';
import type { CreateLeaderAssignment, LeaderAssignment } from '@danvan/contracts';
import { useI18n } from '../../../i18n/index.tsx';
import { formatDate, todayIso } from '../../../shared/format.ts';
import { useMe } from '../../../shared/session.ts';
import { ExportButton } from '../../../shared/components/ExportButton.tsx';
import { Field, FormRow } from '../../../shared/components/Field.tsx';
import { UnitSelect } from '../../../shared/components/UnitSelect.tsx';
import { ActiveTag } from '../../../shared/components/EnumTag.tsx';
import {
  RegisterFrame,
  RegisterTable,
  RowFormModal,
  param,
  rowActions,
  useRowDialogs,
  useUrlState,
} from '../../../shared/register/index.ts';
import { useGroupOptions } from '../../org/api.ts';
import { api, useLeaderCompliance, useLeaders, usePlansMutation } from '../api.ts';
import { DateInput } from '../../../shared/components/DateInput.tsx';
import { UnitCell } from '../components/fields.tsx';
import { groupFilter } from '../components/unitFilters.ts';

/** Units without a leader in charge (or every unit with its leader), with filters and export. */
function MissingTab({ unitId }: { unitId?: number }) {
  const { t } = useI18n();
  const groups = useGroupOptions();
  const state = useUrlState(
    { group: param.text(), asOf: param.text(todayIso()), missingOnly: param.flag(true) },
    { prefix: 'm', pageSize: 50 },
  );
  const { group, asOf, missingOnly } = state.filters;
  const query = {
    unitId,
    group: group || undefined,
    asOf: asOf || undefined,
    missingOnly: missingOnly ? 'true' : 'false',
  };
  const c = useLeaderCompliance(query, !!unitId);
  return (
    <RegisterTable
      card={false}
      state={state}
      query={{ ...c, data: c.data?.rows }}
      rowKey="unitId"
      table={{ size: 'small' }}
      filters={[
        groupFilter(t('plans.matrix.group'), groups),
        {
          type: 'custom',
          key: 'asOf',
          width: 170,
          render: (id) => (
            <DateInput
              id={id}
              value={state.draft.asOf || null}
              onChange={(v) => state.setFilter('asOf', v ?? '')}
              placeholder={t('plans.leaders.asOf')}
            />
          ),
        },
        { type: 'check', key: 'missingOnly', text: t('plans.leaders.tabs.missing') },
      ]}
      toolbar={<ExportButton path="/plans/leaders/compliance.xlsx" query={query} />}
      empty={t('plans.leaders.missingEmpty')}
      emptyFiltered={t('plans.leaders.missingEmpty')}
      above={
        c.data && (
          <Alert
            style={{ marginBottom: 12 }}
            type={c.data.without ? 'warning' : 'success'}
            showIcon
            data-testid="leaders-summary"
            title={
              c.data.without
                ? t('plans.leaders.missingSummary', {
                    without: c.data.without,
                    total: c.data.total,
                    date: formatDate(c.data.asOf),
                  })
                : t('plans.leaders.missingEmpty')
            }
          />
        )
      }
      columns={[
        {
          title: t('plans.leaders.unit'),
          width: 320,
          sortKey: 'unit',
          sortValue: (r) => r.unitName,
          render: (_, r) => <UnitCell name={r.unitName} code={r.unitCode} kind={r.kind} />,
        },
        {
          title: t('plans.leaders.leader'),
          width: 260,
          render: (_, r) =>
            r.leaderName ? (
              `${r.leaderName}${r.position ? ` — ${r.position}` : ''}`
            ) : (
              <Tag color="red">{t('plans.leaders.notAssigned')}</Tag>
            ),
        },
        { title: t('plans.leaders.decision'), width: 160, render: (_, r) => r.decisionNumber ?? '' },
        {
          title: t('plans.leaders.fromDate'),
          width: 120,
          sortKey: 'from',
          sortValue: (r) => r.fromDate,
          render: (_, r) => formatDate(r.fromDate),
        },
      ]}
    />
  );
}

/** Leaders in charge of government mass-mobilisation work: the written assignments and the units without one. */
export default function LeadersPage() {
  const { t } = useI18n();
  const me = useMe();
  const unit = me.data?.activeUnit ?? null;
  const tabs = useUrlState({ tab: param.oneOf(['list', 'missing'] as const, 'list') });
  const state = useUrlState({ q: param.search(), activeOnly: param.flag() }, { pageSize: 30 });
  const dialogs = useRowDialogs<LeaderAssignment>();
  const editing = dialogs.editing;
  const leaders = useLeaders({
    q: state.filters.q,
    activeOnly: state.filters.activeOnly ? 'true' : undefined,
    page: state.page,
    pageSize: state.pageSize,
  });
  const save = usePlansMutation((v: CreateLeaderAssignment) =>
    editing ? api.updateLeader(editing.id, (({ unitId: _u, ...rest }) => rest)(v)) : api.createLeader(v),
  );

  return (
    <RegisterFrame
      title={t('plans.leaders.title')}
      subtitle={t('plans.leaders.subtitle')}
      canCreate={leaders.data?.can?.create ?? false}
      create={{ label: t('plans.leaders.create'), onClick: dialogs.create }}
      modals={
        <RowFormModal<CreateLeaderAssignment, LeaderAssignment>
          dialogs={dialogs}
          title={(l) => (l ? t('plans.leaders.editTitle') : t('plans.leaders.createTitle'))}
          width={640}
          initialValues={editing ?? { unitId: unit?.id, decisionIssuer: '', note: '' }}
          save={save.mutateAsync}
          savedText={t('plans.leaders.saved')}
          thenFiles
        >
          <Field name="unitId" label={t('plans.leaders.unit')} need>
            <UnitSelect disabled={!!editing} />
          </Field>
          <FormRow>
            <Field name="leaderName" label={t('plans.leaders.leader')} need="text" width="grow">
              <Input maxLength={200} />
            </Field>
            <Field name="position" label={t('plans.leaders.position')} need="text" width="grow">
              <Input maxLength={200} />
            </Field>
          </FormRow>
          <FormRow>
            <Field name="decisionNumber" label={t('plans.leaders.decisionNumber')} need="text" width="grow">
              <Input maxLength={100} placeholder={t('plans.leaders.decisionNumberPlaceholder')} />
            </Field>
            <Field name="decisionDate" label={t('plans.leaders.decisionDate')} need width={180}>
              <DateInput />
            </Field>
          </FormRow>
          <Field name="decisionIssuer" label={t('plans.leaders.decisionIssuer')}>
            <Input maxLength={300} />
          </Field>
          <FormRow>
            <Field name="fromDate" label={t('plans.leaders.fromDate')} need width="grow">
              <DateInput />
            </Field>
            <Field name="toDate" label={t('plans.leaders.toDate')} width="grow">
              <DateInput />
            </Field>
          </FormRow>
          <Field name="note" label={t('plans.leaders.note')}>
            <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} />
          </Field>
        </RowFormModal>
      }
    >
      <Card>
        <Tabs
          activeKey={tabs.filters.tab}
          onChange={(k) => tabs.setFilter('tab', k as 'list' | 'missing')}
          items={[
            {
              key: 'list',
              label: t('plans.leaders.tabs.list'),
              children: (
                <RegisterTable
                  card={false}
                  state={state}
                  query={leaders}
                  rowKey="id"
                  filters={[
                    { type: 'search', key: 'q', placeholder: t('common.search'), width: 300 },
                    { type: 'check', key: 'activeOnly', text: t('plans.leaders.activeOnly') },
                  ]}
                  empty={t('plans.leaders.empty')}
                  columns={[
                    { title: t('plans.leaders.unit'), dataIndex: 'unitName', width: 260 },
                    {
                      title: t('plans.leaders.leader'),
                      width: 240,
                      render: (_, l) => (
                        <div>
                          <Typography.Text strong>{l.leaderName}</Typography.Text>
                          <div style={{ fontSize: 12, color: 'var(--ant-color-text-description)' }}>
                            {l.position}
                          </div>
                        </div>
                      ),
                    },
                    {
                      title: t('plans.leaders.decision'),
                      width: 200,
                      render: (_, l) => `${l.decisionNumber} (${formatDate(l.decisionDate)})`,
                    },
                    {
                      title: t('plans.leaders.fromDate'),
                      width: 200,
                      render: (_, l) =>
                        `${formatDate(l.fromDate)}${l.toDate ? ` – ${formatDate(l.toDate)}` : ''}`,
                    },
                    {
                      title: t('common.status'),
                      width: 140,
                      render: (_, l) => (
                        <ActiveTag
                          active={l.active}
                          on={t('plans.leaders.active')}
                          off={t('plans.leaders.ended')}
                        />
                      ),
                    },
                  ]}
                  actions={[
                    rowActions.files(t, dialogs.openFiles, t('plans.leaders.files')),
                    rowActions.edit(t, dialogs.edit, (l) => l.can.update),
                  ]}
                  files={{
                    entity: 'leader_assignment',
                    row: dialogs.files,
                    onClose: dialogs.closeFiles,
                    id: (l) => l.id,
                    title: (l) => `${l.decisionNumber} — ${l.unitName}`,
                    canWrite: (l) => l.can.attach,
                  }}
                />
              ),
            },
            {
              key: 'missing',
              label: t('plans.leaders.tabs.missing'),
              children: <MissingTab unitId={unit?.id} />,
            },
          ]}
        />
      </Card>
    </RegisterFrame>
  );
}
