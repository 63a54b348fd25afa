import { EditOutlined, PaperClipOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Drawer,
  Flex,
  Form,
  Input,
  Select,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import type { CreateLeaderAssignment, LeaderAssignment, LeaderCompliance } from '@danvan/contracts';
import { useI18n } from '../../../i18n/index.tsx';
import { formatDate, todayIso } from '../../../shared/format.ts';
import { useDebounced, useNotify } from '../../../shared/hooks.ts';
import { useMe, usePermission } from '../../../shared/session.ts';
import { PageHeader } from '../../../shared/components/PageHeader.tsx';
import { EmptyState } from '../../../shared/components/EmptyState.tsx';
import { ErrorAlert } from '../../../shared/components/ErrorAlert.tsx';
import { ExportButton } from '../../../shared/components/ExportButton.tsx';
import { FormModal } from '../../../shared/components/FormModal.tsx';
import { FileAttachments } from '../../../shared/components/FileAttachments.tsx';
import { UnitSelect } from '../../../shared/components/UnitSelect.tsx';
import { useGroups } from '../../org/api.ts';
import { api, useLeaderCompliance, useLeaders, usePlansMutation } from '../api.ts';
import { DateInput } from '../components/fields.tsx';

type Row = LeaderCompliance['rows'][number];

/** Units without a leader in charge (or every unit with its leader), with filters and export. */
function MissingTab({ unitId }: { unitId?: number }) {
  const { t, kindLabel } = useI18n();
  const groups = useGroups();
  const [group, setGroup] = useState<string | undefined>();
  const [asOf, setAsOf] = useState<string | null>(todayIso());
  const [missingOnly, setMissingOnly] = useState(true);
  const query = { unitId, group, asOf: asOf ?? undefined, missingOnly: missingOnly ? 'true' : 'false' };
  const c = useLeaderCompliance(query, !!unitId);
  return (
    <div>
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder={t('plans.matrix.group')}
          value={group}
          onChange={setGroup}
          style={{ width: 220 }}
          options={(groups.data ?? []).map((g) => ({ value: g.code, label: g.name }))}
        />
        <span style={{ width: 170 }}>
          <DateInput value={asOf} onChange={setAsOf} placeholder={t('plans.leaders.asOf')} />
        </span>
        <Checkbox checked={missingOnly} onChange={(e) => setMissingOnly(e.target.checked)}>
          {t('plans.leaders.tabs.missing')}
        </Checkbox>
        <ExportButton path="/plans/leaders/compliance.xlsx" query={query} />
      </Flex>
      {c.data && (
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
      )}
      <ErrorAlert error={c.error} onRetry={() => c.refetch()} />
      <Table<Row>
        rowKey="unitId"
        size="small"
        loading={c.isFetching}
        dataSource={c.data?.rows ?? []}
        pagination={{
          pageSize: 50,
          showSizeChanger: false,
          showTotal: (total) => t('common.total', { total }),
        }}
        locale={{ emptyText: <EmptyState description={t('plans.leaders.missingEmpty')} /> }}
        columns={[
          {
            title: t('plans.leaders.unit'),
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
          { title: t('plans.leaders.fromDate'), width: 120, render: (_, r) => formatDate(r.fromDate) },
        ]}
      />
    </div>
  );
}

/** Leaders in charge of government mass-mobilisation work: the written assignments and the units without one. */
export default function LeadersPage() {
  const { t } = useI18n();
  const notify = useNotify();
  const me = useMe();
  const unit = me.data?.activeUnit ?? null;
  const canWrite = usePermission('plans:unit-write');
  const [tab, setTab] = useState('list');
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const [activeOnly, setActiveOnly] = useState(false);
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<LeaderAssignment | null>(null);
  const [creating, setCreating] = useState(false);
  const [filesOf, setFilesOf] = useState<LeaderAssignment | null>(null);
  const leaders = useLeaders({ q, activeOnly: activeOnly ? 'true' : undefined, page, pageSize: 30 });
  const save = usePlansMutation((v: CreateLeaderAssignment) =>
    editing ? api.updateLeader(editing.id, (({ unitId: _u, ...rest }) => rest)(v)) : api.createLeader(v),
  );

  return (
    <div>
      <PageHeader
        title={t('plans.leaders.title')}
        subtitle={t('plans.leaders.subtitle')}
        extra={
          canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('plans.leaders.create')}
            </Button>
          )
        }
      />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            {
              key: 'list',
              label: t('plans.leaders.tabs.list'),
              children: (
                <>
                  <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
                    <Input.Search
                      allowClear
                      value={search}
                      onChange={(e) => setSearch(e.target.value)}
                      style={{ width: 300 }}
                      placeholder={t('common.search')}
                    />
                    <Checkbox checked={activeOnly} onChange={(e) => setActiveOnly(e.target.checked)}>
                      {t('plans.leaders.activeOnly')}
                    </Checkbox>
                  </Flex>
                  <ErrorAlert error={leaders.error} onRetry={() => leaders.refetch()} />
                  <Table<LeaderAssignment>
                    rowKey="id"
                    loading={leaders.isFetching}
                    dataSource={leaders.data?.items ?? []}
                    pagination={{
                      current: page,
                      pageSize: 30,
                      total: leaders.data?.total ?? 0,
                      onChange: setPage,
                      showSizeChanger: false,
                      showTotal: (total) => t('common.total', { total }),
                    }}
                    locale={{ emptyText: <EmptyState description={t('plans.leaders.empty')} /> }}
                    columns={[
                      { title: t('plans.leaders.unit'), dataIndex: 'unitName' },
                      {
                        title: t('plans.leaders.leader'),
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
                          <Tag color={l.active ? 'green' : 'default'}>
                            {l.active ? t('plans.leaders.active') : t('plans.leaders.ended')}
                          </Tag>
                        ),
                      },
                      {
                        title: '',
                        key: 'actions',
                        width: 90,
                        render: (_, l) => (
                          <Flex gap={4}>
                            <Button
                              size="small"
                              type="text"
                              icon={<PaperClipOutlined />}
                              onClick={() => setFilesOf(l)}
                              aria-label={t('plans.leaders.files')}
                            />
                            {l.can.update && (
                              <Button
                                size="small"
                                type="text"
                                icon={<EditOutlined />}
                                onClick={() => setEditing(l)}
                                aria-label={t('common.edit')}
                              />
                            )}
                          </Flex>
                        ),
                      },
                    ]}
                  />
                </>
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
      <FormModal<CreateLeaderAssignment>
        open={creating || editing !== null}
        title={editing ? t('plans.leaders.editTitle') : t('plans.leaders.createTitle')}
        width={640}
        onCancel={() => {
          setCreating(false);
          setEditing(null);
        }}
        initialValues={editing ?? { unitId: unit?.id, decisionIssuer: '', note: '' }}
        onSubmit={(v) =>
          save.mutateAsync(v).then((l) => {
            notify.success(t('plans.leaders.saved'));
            setCreating(false);
            setEditing(null);
            setFilesOf(l);
          })
        }
      >
        <Form.Item name="unitId" label={t('plans.leaders.unit')} rules={[{ required: true }]}>
          <UnitSelect disabled={!!editing} />
        </Form.Item>
        <Flex gap={12}>
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
        <Flex gap={12}>
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
        <Flex gap={12}>
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
      <Drawer
        open={filesOf !== null}
        onClose={() => setFilesOf(null)}
        size={560}
        title={filesOf ? `${filesOf.decisionNumber} — ${filesOf.unitName}` : ''}
      >
        {filesOf && (
          <FileAttachments
            entity="leader_assignment"
            entityId={filesOf.id}
            canWrite={filesOf.can.attach}
            compact
          />
        )}
      </Drawer>
    </div>
  );
}
