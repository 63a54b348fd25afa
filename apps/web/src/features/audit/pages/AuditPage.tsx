import { ReloadOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import {
  auditActionLabel,
  auditEntityLabel,
  type AuditChange,
  type AuditView,
  type Paged,
  type User,
} from '@danvan/contracts';
import { messageKeys, useI18n } from '../../../i18n/index.tsx';
import { http } from '../../../shared/http.ts';
import { useDebounced } from '../../../shared/hooks.ts';
import { usePermission } from '../../../shared/session.ts';
import { EnumTag, type Vocabulary } from '../../../shared/components/EnumTag.tsx';
import { RegisterPage, param, useUrlState } from '../../../shared/register/index.ts';

/** Changes shown in the table row; the rest open below it. */
const INLINE_CHANGES = 3;

/** Colours of the actions: removals red, creations green, the rest blue. */
const AUDIT_ACTION: Vocabulary = {
  labels: {},
  colors: { delete: 'red', deactivate: 'red', disable: 'red', create: 'green' },
};

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
  const { t, has, lang } = useI18n();
  const canSeeUsers = usePermission('users:read');
  const state = useUrlState(
    {
      unitId: param.int(),
      actorId: param.int(),
      entity: param.text(),
      action: param.text(),
      from: param.text(),
      to: param.text(),
    },
    { pageSize: 50 },
  );
  const f = state.filters;
  const filters = {
    unitId: f.unitId,
    actorId: f.actorId,
    entity: f.entity || undefined,
    action: f.action || undefined,
    from: f.from || undefined,
    to: f.to || undefined,
  };
  const list = useQuery({
    queryKey: ['audit', filters, state.page, state.pageSize],
    queryFn: ({ signal }) =>
      http.get<Paged<AuditView>>(
        '/audit',
        { ...filters, page: state.page, pageSize: state.pageSize },
        signal,
      ),
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

  return (
    <RegisterPage
      title={t('audit.title')}
      subtitle={t('audit.subtitle')}
      exportPath="/audit/export.xlsx"
      exportQuery={filters}
      state={state}
      query={list}
      rowKey="id"
      labelled
      pageSizeOptions={[20, 50, 100, 200]}
      filters={[
        { type: 'unit', key: 'unitId', label: t('audit.unit'), includeInactive: true, width: 260 },
        ...(canSeeUsers
          ? [
              {
                type: 'custom' as const,
                key: 'actorId',
                label: t('audit.actor'),
                width: 230,
                render: (id: string) => (
                  <UserSelect
                    id={id}
                    value={state.draft.actorId ?? null}
                    onChange={(v) => state.setFilter('actorId', v ?? undefined)}
                  />
                ),
              },
            ]
          : []),
        {
          type: 'select',
          key: 'entity',
          label: t('audit.entity'),
          options: entityOptions,
          showSearch: true,
          width: 190,
        },
        {
          type: 'select',
          key: 'action',
          label: t('audit.action'),
          options: actionOptions,
          showSearch: true,
          width: 170,
        },
        { type: 'dateRange', key: 'from', to: 'to', label: t('audit.dateRange'), width: 260 },
      ]}
      toolbar={
        <Button icon={<ReloadOutlined />} onClick={() => list.refetch()}>
          {t('common.refresh')}
        </Button>
      }
      empty={t('empty.noResults')}
      table={{
        size: 'small',
        expandable: {
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
        },
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
            <EnumTag
              vocab={AUDIT_ACTION}
              value={e.action}
              label={auditActionLabel(e.entity, e.action, lang) ?? v}
            />
          ),
        },
        {
          title: t('audit.record'),
          dataIndex: 'recordLabel',
          width: 190,
          render: (v: string, e) => (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                {auditEntityLabel(e.entity, lang) ?? e.entityLabel}
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
          width: 320,
          render: (_: unknown, e) => (
            <div style={{ minWidth: 280 }}>
              <Changes e={e} />
            </div>
          ),
        },
      ]}
    />
  );
}
