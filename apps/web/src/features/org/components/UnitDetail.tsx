import { useEffect, useRef } from 'react';
import {
  ApartmentOutlined,
  BranchesOutlined,
  DownOutlined,
  EditOutlined,
  MergeCellsOutlined,
  PlusOutlined,
  StopOutlined,
  SwapOutlined,
} from '@ant-design/icons';
import { Button, Card, Dropdown, Flex, Space, Spin, Tabs, Tag, Timeline, Typography } from 'antd';
import type { OrgEvent, OrgUnit } from '@danvan/contracts';
import { useI18n } from '../../../i18n/index.tsx';
import { formatDate, formatDateTime } from '../../../shared/format.ts';
import { ErrorAlert } from '../../../shared/components/ErrorAlert.tsx';
import { DetailList } from '../../../shared/components/DetailList.tsx';
import { EmptyState } from '../../../shared/components/EmptyState.tsx';
import { FileAttachments } from '../../../shared/components/FileAttachments.tsx';
import { useGroups, useUnit, useUnitHistory } from '../api.ts';

export type UnitAction = 'createChild' | 'edit' | 'move' | 'deactivate' | 'merge' | 'split';

function UnitLink({ id, name, onSelect }: { id: number; name: string; onSelect: (id: number) => void }) {
  return (
    <Typography.Link onClick={() => onSelect(id)} style={{ whiteSpace: 'normal' }}>
      {name}
    </Typography.Link>
  );
}

function eventText(
  e: OrgEvent,
  t: (k: string, p?: Record<string, string | number>) => string,
): string | null {
  const d = e.details as Record<string, unknown>;
  const names = (list: unknown) =>
    Array.isArray(list) ? list.map((x) => (x as { name?: string }).name ?? '').join(', ') : '';
  switch (e.kind) {
    case 'renamed':
      return t('org.history.renamedFromTo', { from: String(d.from ?? ''), to: String(d.to ?? '') });
    case 'merged':
      return t('org.history.mergedFrom', { names: names(d.sources) });
    case 'split':
      return t('org.history.splitInto', { names: names(d.parts) });
    case 'deactivated':
      return d.reason ? t('org.history.reason', { reason: String(d.reason) }) : null;
    default:
      return null;
  }
}

/** A line of the history's details: the units before or after this one, each a link with a note. */
function linkedUnits(onSelect: (id: number) => void) {
  return <U extends { id: number; name: string }>(
    key: string,
    label: string,
    units: U[],
    note: (u: U) => string | null,
  ) =>
    units.length
      ? {
          key,
          label,
          children: (
            <Flex vertical gap={2}>
              {units.map((u) => (
                <span key={u.id}>
                  <UnitLink id={u.id} name={u.name} onSelect={onSelect} />
                  {note(u) && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {' '}
                      ({note(u)})
                    </Typography.Text>
                  )}
                </span>
              ))}
            </Flex>
          ),
        }
      : null;
}

function History({ unitId, onSelect }: { unitId: number; onSelect: (id: number) => void }) {
  const { t } = useI18n();
  const h = useUnitHistory(unitId);
  if (h.isLoading) return <Spin />;
  if (h.error) return <ErrorAlert error={h.error} onRetry={() => h.refetch()} />;
  if (!h.data) return null;
  const { events, predecessors, successors, names } = h.data;
  const sorted = [...events].sort(
    (a, b) =>
      b.effectiveDate.localeCompare(a.effectiveDate) || b.createdAt.localeCompare(a.createdAt) || b.id - a.id,
  );
  const linked = linkedUnits(onSelect);
  return (
    <Flex vertical gap={16}>
      {(predecessors.length > 0 || successors.length > 0) && (
        <DetailList
          items={[
            linked('pre', t('org.history.predecessors'), predecessors, (p) =>
              p.validTo ? t('org.endedOn', { date: formatDate(p.validTo) }) : null,
            ),
            linked(
              'suc',
              t('org.history.successors'),
              successors,
              (x) => `${t('org.fields.validFrom').toLowerCase()} ${formatDate(x.validFrom)}`,
            ),
          ].filter((item) => item !== null)}
        />
      )}
      {names.length > 1 && (
        <div>
          <Typography.Text strong>{t('org.history.names')}</Typography.Text>
          <ul style={{ margin: '6px 0 0', paddingInlineStart: 18 }}>
            {names.map((n, i) => (
              <li key={i}>
                {n.name}{' '}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  ({formatDate(n.validFrom)} – {n.validTo ? formatDate(n.validTo) : t('org.present')})
                </Typography.Text>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div>
        <Typography.Text strong>{t('org.history.events')}</Typography.Text>
        {sorted.length === 0 ? (
          <EmptyState simple description={t('org.history.noEvents')} />
        ) : (
          <Timeline
            style={{ marginTop: 12 }}
            items={sorted.map((e) => ({
              key: e.id,
              color:
                e.kind === 'deactivated'
                  ? 'gray'
                  : e.kind === 'merged' || e.kind === 'split'
                    ? 'orange'
                    : 'blue',
              content: (
                <div style={{ fontSize: 13 }}>
                  <div>
                    <strong>{t(`org.history.kinds.${e.kind}`)}</strong>{' '}
                    <Typography.Text type="secondary">{formatDate(e.effectiveDate)}</Typography.Text>
                  </div>
                  {eventText(e, t) && <div>{eventText(e, t)}</div>}
                  {e.decision && <div>{t('org.history.decision', { decision: e.decision })}</div>}
                  <Typography.Text type="secondary" style={{ fontSize: 11 }}>
                    {formatDateTime(e.createdAt)}
                  </Typography.Text>
                </div>
              ),
            }))}
          />
        )}
      </div>
    </Flex>
  );
}

/**
 * The superior unit: a link when the actor may open it, otherwise its name as plain text (a ward's
 * officer sees only the ward, yet the ward has a superior; the unit itself carries its name).
 */
function ParentName({
  id,
  name,
  onSelect,
}: {
  id: number;
  name: string | null | undefined;
  onSelect: (id: number) => void;
}) {
  const p = useUnit(id);
  if (p.isLoading) return <Spin size="small" />;
  if (p.data) return <UnitLink id={id} name={p.data.name} onSelect={onSelect} />;
  return name ? <span>{name}</span> : <Typography.Text type="secondary">—</Typography.Text>;
}

/** The selected unit: details, history, attachments, and the actions the server allows. */
export function UnitDetail({
  unitId,
  onSelect,
  onAction,
  height,
  takeFocus = false,
}: {
  unitId: number;
  onSelect: (id: number) => void;
  onAction: (action: UnitAction, unit: OrgUnit) => void;
  height: number;
  /**
   * The unit was just created or changed through a dialog: its name takes the focus once shown. The
   * dialog's trigger belonged to the panel it replaced, so the focus would otherwise fall to <body>.
   */
  takeFocus?: boolean;
}) {
  const { t, kindLabel } = useI18n();
  const q = useUnit(unitId);
  const groups = useGroups();
  const u = q.data;
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = Boolean(u);
  useEffect(() => {
    if (takeFocus && loaded) heading.current?.focus();
  }, [takeFocus, loaded]);
  if (q.isLoading)
    return (
      <Card style={{ height }}>
        <Spin />
      </Card>
    );
  if (q.error || !u)
    return (
      <Card style={{ height }}>
        <ErrorAlert error={q.error} onRetry={() => q.refetch()} />
      </Card>
    );
  const can = u.can ?? {};
  const groupName = (code: string) => groups.data?.find((g) => g.code === code)?.name ?? code;
  const more = [
    can.move && { key: 'move', icon: <SwapOutlined />, label: t('org.actions.move') },
    can.merge && { key: 'merge', icon: <MergeCellsOutlined />, label: t('org.actions.merge') },
    can.split && { key: 'split', icon: <BranchesOutlined />, label: t('org.actions.split') },
    can.deactivate && { type: 'divider' as const },
    can.deactivate && {
      key: 'deactivate',
      icon: <StopOutlined />,
      label: t('org.actions.deactivate'),
      danger: true,
    },
  ].filter(Boolean) as { key: string; label: string }[];

  return (
    <Card
      style={{ height, display: 'flex', flexDirection: 'column' }}
      styles={{ body: { flex: 1, overflow: 'auto', paddingTop: 16 } }}
    >
      <Flex align="flex-start" justify="space-between" gap={12} wrap>
        <Flex vertical style={{ minWidth: 0, flex: '1 1 300px' }}>
          <Flex align="center" gap={8}>
            <ApartmentOutlined style={{ color: '#1a4f8b', fontSize: 18 }} />
            <Typography.Title
              ref={heading}
              tabIndex={-1}
              level={2}
              style={{ margin: 0, fontSize: 16 }}
              data-testid="unit-detail-name"
            >
              {u.name}
            </Typography.Title>
          </Flex>
          <Flex align="center" gap={6} style={{ marginTop: 4, paddingInlineStart: 26 }}>
            {u.active ? (
              <Tag color="green">{t('common.active')}</Tag>
            ) : (
              <Tag>
                {u.validTo ? t('org.inactiveSince', { date: formatDate(u.validTo) }) : t('common.inactive')}
              </Tag>
            )}
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {kindLabel(u.kind)} · {u.code}
            </Typography.Text>
          </Flex>
        </Flex>
        <Space size={6} wrap>
          {can.createChild && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => onAction('createChild', u)}>
              {t('org.actions.createChild')}
            </Button>
          )}
          {can.update && (
            <Button icon={<EditOutlined />} onClick={() => onAction('edit', u)}>
              {t('org.actions.edit')}
            </Button>
          )}
          {more.length > 0 && (
            <Dropdown
              menu={{ items: more, onClick: ({ key }) => onAction(key as UnitAction, u) }}
              trigger={['click']}
            >
              <Button>
                {t('common.more')} <DownOutlined />
              </Button>
            </Dropdown>
          )}
        </Space>
      </Flex>
      <Tabs
        defaultActiveKey="info"
        destroyOnHidden
        items={[
          {
            key: 'info',
            label: t('org.tabs.info'),
            children: (
              <DetailList
                labelWidth={190}
                items={[
                  {
                    key: 'code',
                    label: t('org.fields.code'),
                    children: <Typography.Text code>{u.code}</Typography.Text>,
                  },
                  { key: 'adminCode', label: t('org.fields.adminCode'), children: u.adminCode ?? '—' },
                  { key: 'name', label: t('org.fields.name'), children: u.name },
                  { key: 'shortName', label: t('org.fields.shortName'), children: u.shortName ?? '—' },
                  { key: 'kind', label: t('org.fields.kind'), children: kindLabel(u.kind) },
                  {
                    key: 'parent',
                    label: t('org.fields.parent'),
                    children: u.parentId ? (
                      <ParentName id={u.parentId} name={u.parentName} onSelect={onSelect} />
                    ) : (
                      '—'
                    ),
                  },
                  {
                    key: 'groups',
                    label: t('org.fields.groups'),
                    children: u.groups.length ? u.groups.map((g) => <Tag key={g}>{groupName(g)}</Tag>) : '—',
                  },
                  {
                    key: 'validity',
                    label: t('org.fields.validity'),
                    children: `${formatDate(u.validFrom)} – ${u.validTo ? formatDate(u.validTo) : t('org.present')}`,
                  },
                  { key: 'children', label: t('org.fields.children'), children: u.childCount ?? 0 },
                ]}
              />
            ),
          },
          {
            key: 'history',
            label: t('org.tabs.history'),
            children: <History unitId={u.id} onSelect={onSelect} />,
          },
          {
            key: 'files',
            label: t('org.tabs.attachments'),
            children: <FileAttachments entity="org_unit" entityId={u.id} canWrite={!!can.update} compact />,
          },
        ]}
      />
    </Card>
  );
}
