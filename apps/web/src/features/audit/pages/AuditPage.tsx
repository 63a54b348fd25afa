import { FilterOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Flex, Form, Select, Table, Tag, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import type { AuditEntry, Paged, User } from '@danvan/contracts';
import { messageKeys, useI18n } from '../../../i18n/index.tsx';
import { http } from '../../../shared/http.ts';
import { DATE_FORMAT, formatDateTime, toIsoDate } from '../../../shared/format.ts';
import { useDebounced } from '../../../shared/hooks.ts';
import { usePermission } from '../../../shared/session.ts';
import { PageHeader } from '../../../shared/components/PageHeader.tsx';
import { ErrorAlert } from '../../../shared/components/ErrorAlert.tsx';
import { EmptyState } from '../../../shared/components/EmptyState.tsx';
import { ExportButton } from '../../../shared/components/ExportButton.tsx';
import { UnitSelect } from '../../../shared/components/UnitSelect.tsx';

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

function Json({ value }: { value: unknown }) {
  const { t } = useI18n();
  if (value === null || value === undefined)
    return <Typography.Text type="secondary">{t('audit.noChange')}</Typography.Text>;
  return <pre className="dv-json">{JSON.stringify(value, null, 2)}</pre>;
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
    queryFn: ({ signal }) => http.get<Paged<AuditEntry>>('/audit', { ...filters, page, pageSize }, signal),
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
        <Table<AuditEntry>
          rowKey="id"
          size="small"
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
            rowExpandable: (e) => e.before != null || e.after != null,
            expandedRowRender: (e) => (
              <div>
                <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 12 }}>
                  <div>
                    <div style={{ fontWeight: 600, marginBottom: 4 }}>{t('audit.before')}</div>
                    <Json value={e.before} />
                  </div>
                  <div>
                    <div style={{ fontWeight: 600, marginBottom: 4 }}>{t('audit.after')}</div>
                    <Json value={e.after} />
                  </div>
                </div>
                {e.requestId && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('audit.requestId')}: {e.requestId}
                  </Typography.Text>
                )}
              </div>
            ),
          }}
          columns={[
            { title: t('audit.at'), dataIndex: 'at', width: 140, render: (v: string) => formatDateTime(v) },
            {
              title: t('audit.actor'),
              dataIndex: 'actorName',
              width: 180,
              ellipsis: true,
              render: (v: string | null) =>
                v ?? <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>,
            },
            {
              title: t('audit.unit'),
              dataIndex: 'unitName',
              ellipsis: true,
              render: (v: string | null) => v ?? '—',
            },
            {
              title: t('audit.entity'),
              dataIndex: 'entity',
              width: 150,
              render: (v: string) => label('entities', v),
            },
            { title: t('audit.entityId'), dataIndex: 'entityId', width: 90 },
            {
              title: t('audit.action'),
              dataIndex: 'action',
              width: 150,
              render: (v: string) => (
                <Tag
                  color={
                    v === 'delete' || v === 'deactivate' || v === 'disable'
                      ? 'red'
                      : v === 'create'
                        ? 'green'
                        : 'blue'
                  }
                >
                  {label('actions', v)}
                </Tag>
              ),
            },
            { title: t('audit.ip'), dataIndex: 'ip', width: 120, ellipsis: true },
          ]}
        />
      </Card>
    </>
  );
}
