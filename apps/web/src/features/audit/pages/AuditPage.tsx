import { FilterOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Flex, Form, Select, Table, Tag, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { Paged, User } from '@danvan/contracts';
import { messageKeys, useI18n } from '../../../i18n/index.tsx';
import { http } from '../../../shared/http.ts';
import { DATE_FORMAT, toIsoDate } from '../../../shared/format.ts';
import { useDebounced } from '../../../shared/hooks.ts';
import { usePermission } from '../../../shared/session.ts';
import { PageHeader } from '../../../shared/components/PageHeader.tsx';
import { ErrorAlert } from '../../../shared/components/ErrorAlert.tsx';
import { EmptyState } from '../../../shared/components/EmptyState.tsx';
import { ExportButton } from '../../../shared/components/ExportButton.tsx';
import { UnitSelect } from '../../../shared/components/UnitSelect.tsx';
import type { AuditChange, AuditView } from '../types.ts';

/** Changes shown in the table row; the rest open below it. */
const INLINE_CHANGES = 3;

interface Filters {
  unitId?: number;
  actorId?: number;
  entity?: string;
  action?: string;
  from?: string;
  to?: string;
}

interface FormValues {
  unitId?: number | null;
  actorId?: number | null;
  entity?: string | null;
  action?: string | null;
  range?: [Dayjs | null, Dayjs | null] | null;
}

function UserSelect(props: { value?: number | null; onChange?: (v: number | null) => void; id?: string }) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 250);
  const [open, setOpen] = useState(false);
  const users = useQuery({
    queryKey: ['users', 'pick', q],
    queryFn: () => http.get<Paged<User>>('/users', { q: q || undefined, pageSize: 20 }),
    enabled: open || !!props.value,
  });
  return (
    <Select<number>
      id={props.id}
      value={props.value ?? undefined}
      onChange={(v) => props.onChange?.(v ?? null)}
      onOpenChange={setOpen}
      allowClear
      placeholder={t('audit.actor')}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={users.isFetching}
      options={(users.data?.items ?? []).map((u) => ({
        value: u.id,
        label: `${u.fullName} (${u.username})`,
      }))}
    />
  );
}

/** One changed field: "Label: old → new" (only the new value of a field not recorded before, only the old one of a removed field). */
function ChangeLine({ c }: { c: AuditChange }) {
  const { t } = useI18n();
  const empty = <Typography.Text type="secondary">{t('audit.empty')}</Typography.Text>;
  return (
    <li className="dv-audit-change">
      <Typography.Text strong>{c.label}:</Typography.Text>{' '}
      {c.kind === 'added' ? (
        (c.after ?? empty)
      ) : c.kind === 'removed' ? (
        (c.before ?? empty)
      ) : (
        <>
          <Typography.Text delete={c.before !== null} type="secondary">
            {c.before ?? t('audit.empty')}
          </Typography.Text>
          {' → '}
          {c.after ?? empty}
        </>
      )}
    </li>
  );
}

function Changes({ e, all }: { e: AuditView; all?: boolean }) {
  const { t } = useI18n();
  if (e.changes.length === 0)
    return all ? null : <Typography.Text type="secondary">{t('audit.noChanges')}</Typography.Text>;
  const shown = all ? e.changes : e.changes.slice(0, INLINE_CHANGES);
  return (
    <>
      <ul className="dv-audit-changes" style={{ margin: 0, paddingLeft: 16 }}>
        {shown.map((c) => (
          <ChangeLine key={c.field} c={c} />
        ))}
      </ul>
      {!all && e.changes.length > INLINE_CHANGES && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('audit.moreChanges', { n: e.changes.length - INLINE_CHANGES })}
        </Typography.Text>
      )}
    </>
  );
}

/** The audit trail in the user's scope: filters, before/after per entry, export with the same filters. */
export default function AuditPage() {
  const { t, has } = useI18n();
  const canSeeUsers = usePermission('users:read');
  const [form] = Form.useForm<FormValues>();
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(50);
  const list = useQuery({
    queryKey: ['audit', filters, page, pageSize],
    queryFn: ({ signal }) => http.get<Paged<AuditView>>('/audit', { ...filters, page, pageSize }, signal),
    placeholderData: keepPreviousData,
  });

  const label = (group: 'entities' | 'actions', code: string) =>
    has(`audit.${group}.${code}`) ? t(`audit.${group}.${code}`) : code;
  const entityOptions = useMemo(
    () => messageKeys('audit.entities').map((k) => ({ value: k, label: label('entities', k) })),
    [t],
  );
  const actionOptions = useMemo(
    () => messageKeys('audit.actions').map((k) => ({ value: k, label: label('actions', k) })),
    [t],
  );

  const apply = (v: FormValues) => {
    setFilters({
      unitId: v.unitId ?? undefined,
      actorId: v.actorId ?? undefined,
      entity: v.entity ?? undefined,
      action: v.action ?? undefined,
      from: toIsoDate(v.range?.[0] ?? null),
      to: toIsoDate(v.range?.[1] ?? null),
    });
    setPage(1);
  };

  return (
    <>
      <PageHeader
        title={t('audit.title')}
        subtitle={t('audit.subtitle')}
        extra={<ExportButton path="/audit/export.xlsx" query={{ ...filters }} />}
      />
      <Card>
        <Form<FormValues>
          form={form}
          layout="vertical"
          onFinish={apply}
          onValuesChange={(_, all) => apply(all)}
        >
          <div
            style={{
              display: 'grid',
              gridTemplateColumns: canSeeUsers ? '1.3fr 1.1fr 0.9fr 0.9fr 1.5fr' : '1.4fr 1fr 1fr 1.5fr',
              gap: 12,
            }}
          >
            <Form.Item name="unitId" label={t('audit.unit')} style={{ marginBottom: 12 }}>
              <UnitSelect includeInactive />
            </Form.Item>
            {canSeeUsers && (
              <Form.Item name="actorId" label={t('audit.actor')} style={{ marginBottom: 12 }}>
                <UserSelect />
              </Form.Item>
            )}
            <Form.Item name="entity" label={t('audit.entity')} style={{ marginBottom: 12 }}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                options={entityOptions}
                placeholder={t('common.all')}
              />
            </Form.Item>
            <Form.Item name="action" label={t('audit.action')} style={{ marginBottom: 12 }}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                options={actionOptions}
                placeholder={t('common.all')}
              />
            </Form.Item>
            <Form.Item name="range" label={t('audit.dateRange')} style={{ marginBottom: 12 }}>
              <DatePicker.RangePicker
                format={DATE_FORMAT}
                style={{ width: '100%' }}
                allowEmpty={[true, true]}
              />
            </Form.Item>
          </div>
          <Flex gap={8} style={{ marginBottom: 12 }}>
            <Button
              icon={<FilterOutlined />}
              onClick={() => {
                form.resetFields();
                apply({});
              }}
            >
              {t('common.reset')}
            </Button>
            <Button icon={<ReloadOutlined />} onClick={() => list.refetch()}>
              {t('common.refresh')}
            </Button>
          </Flex>
        </Form>
        <ErrorAlert error={list.error} onRetry={() => list.refetch()} />
        <Table<AuditView>
          rowKey="id"
          size="small"
          scroll={{ x: 1050 }}
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: list.isLoading ? ' ' : <EmptyState description={t('empty.noResults')} /> }}
          pagination={{
            current: page,
            pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100, 200],
            showTotal: (total) => t('common.total', { total }),
            onChange: (p, s) => {
              setPage(p);
              setPageSize(s);
            },
          }}
          expandable={{
            rowExpandable: (e) => e.changes.length > INLINE_CHANGES || !!e.requestId || !!e.ip,
            expandedRowRender: (e) => (
              <div>
                {e.changes.length > INLINE_CHANGES && <Changes e={e} all />}
                <Flex gap={16} wrap style={{ marginTop: 4 }}>
                  {e.ip && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('audit.ip')}: {e.ip}
                    </Typography.Text>
                  )}
                  {e.requestId && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('audit.requestId')}: {e.requestId}
                    </Typography.Text>
                  )}
                </Flex>
              </div>
            ),
          }}
          columns={[
            { title: t('audit.at'), dataIndex: 'atText', width: 118 },
            {
              title: t('audit.actor'),
              dataIndex: 'actorName',
              width: 140,
              ellipsis: true,
              render: (v: string | null) =>
                v ?? <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>,
            },
            {
              title: t('audit.unit'),
              dataIndex: 'unitName',
              width: 150,
              ellipsis: true,
              render: (v: string | null) => v ?? '—',
            },
            {
              title: t('audit.action'),
              dataIndex: 'actionLabel',
              width: 120,
              render: (v: string, e) => (
                <Tag
                  color={
                    e.action === 'delete' || e.action === 'deactivate' || e.action === 'disable'
                      ? 'red'
                      : e.action === 'create'
                        ? 'green'
                        : 'blue'
                  }
                >
                  {v}
                </Tag>
              ),
            },
            {
              title: t('audit.record'),
              dataIndex: 'recordLabel',
              width: 190,
              render: (v: string, e) => (
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                    {e.entityLabel}
                  </Typography.Text>
                  {e.link ? (
                    <Link to={e.link} title={t('audit.openRecord')}>
                      {v}
                    </Link>
                  ) : (
                    v
                  )}
                </div>
              ),
            },
            {
              title: t('audit.changes'),
              key: 'changes',
              minWidth: 280,
              render: (_: unknown, e) => <Changes e={e} />,
            },
          ]}
        />
      </Card>
    </>
  );
}
