import { Alert, Card, Flex, Form, Input, Tabs, Tag, Typography } from 'antd';
import type { CreateLeaderAssignment, LeaderAssignment } from '@danvan/contracts';
import { useI18n } from '../../../i18n/index.tsx';
import { formatDate, todayIso } from '../../../shared/format.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { useMe, usePermission } from '../../../shared/session.ts';
import { ExportButton } from '../../../shared/components/ExportButton.tsx';
import { FormModal } from '../../../shared/components/FormModal.tsx';
import { UnitSelect } from '../../../shared/components/UnitSelect.tsx';
import { EnumTag } from '../../../shared/components/EnumTag.tsx';
import {
  RegisterFrame,
  RegisterTable,
  param,
  rowActions,
  useRowDialogs,
  useUrlState,
} from '../../../shared/register/index.ts';
import { useGroups } from '../../org/api.ts';
import { api, useLeaderCompliance, useLeaders, usePlansMutation } from '../api.ts';
import { DateInput } from '../components/fields.tsx';

/** Units without a leader in charge (or every unit with its leader), with filters and export. */
function MissingTab({ unitId }: { unitId?: number }) {
  const { t, kindLabel } = useI18n();
  const groups = useGroups();
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
        {
          type: 'select',
          key: 'group',
          placeholder: t('plans.matrix.group'),
          width: 220,
          options: (groups.data ?? []).map((g) => ({ value: g.code, label: g.name })),
        },
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
          render: (_, r) => (
            <div>
              {r.unitName}
              <div style={{ fontSize: 12, color: '#888' }}>
                {r.unitCode} · {kindLabel(r.kind)}
              </div>
            </div>
          ),
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
  const notify = useNotify();
  const me = useMe();
  const unit = me.data?.activeUnit ?? null;
  const canWrite = usePermission('plans:unit-write');
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
      canCreate={canWrite}
      create={{ label: t('plans.leaders.create'), onClick: dialogs.create }}
      modals={
        <FormModal<CreateLeaderAssignment>
          open={dialogs.formOpen}
          title={editing ? t('plans.leaders.editTitle') : t('plans.leaders.createTitle')}
          width={640}
          onCancel={dialogs.closeForm}
          initialValues={editing ?? { unitId: unit?.id, decisionIssuer: '', note: '' }}
          onSubmit={(v) =>
            save.mutateAsync(v).then((l) => {
              notify.success(t('plans.leaders.saved'));
              dialogs.saved(l);
            })
          }
        >
          <Form.Item name="unitId" label={t('plans.leaders.unit')} rules={[{ required: true }]}>
            <UnitSelect disabled={!!editing} />
          </Form.Item>
          <Flex gap={12} wrap>
            <Form.Item
              name="leaderName"
              label={t('plans.leaders.leader')}
              rules={[{ required: true, whitespace: true }]}
              style={{ flex: 1 }}
            >
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item
              name="position"
              label={t('plans.leaders.position')}
              rules={[{ required: true, whitespace: true }]}
              style={{ flex: 1 }}
            >
              <Input maxLength={200} />
            </Form.Item>
          </Flex>
          <Flex gap={12} wrap>
            <Form.Item
              name="decisionNumber"
              label={t('plans.leaders.decisionNumber')}
              rules={[{ required: true, whitespace: true }]}
              style={{ flex: 1 }}
            >
              <Input maxLength={100} placeholder="15/QĐ-UBND" />
            </Form.Item>
            <Form.Item
              name="decisionDate"
              label={t('plans.leaders.decisionDate')}
              rules={[{ required: true }]}
              style={{ width: 180 }}
            >
              <DateInput />
            </Form.Item>
          </Flex>
          <Form.Item name="decisionIssuer" label={t('plans.leaders.decisionIssuer')}>
            <Input maxLength={300} />
          </Form.Item>
          <Flex gap={12} wrap>
            <Form.Item
              name="fromDate"
              label={t('plans.leaders.fromDate')}
              rules={[{ required: true }]}
              style={{ flex: 1 }}
            >
              <DateInput />
            </Form.Item>
            <Form.Item name="toDate" label={t('plans.leaders.toDate')} style={{ flex: 1 }}>
              <DateInput />
            </Form.Item>
          </Flex>
          <Form.Item name="note" label={t('plans.leaders.note')}>
            <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} />
          </Form.Item>
        </FormModal>
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
                          <div style={{ fontSize: 12, color: '#888' }}>{l.position}</div>
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
                        <EnumTag
                          vocab="active"
                          value={l.active}
                          label={l.active ? t('plans.leaders.active') : t('plans.leaders.ended')}
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
