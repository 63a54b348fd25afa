import {
  EditOutlined,
  KeyOutlined,
  MoreOutlined,
  PlusOutlined,
  SafetyCertificateOutlined,
  StopOutlined,
  CheckCircleOutlined,
} from '@ant-design/icons';
import { App, Button, Card, Dropdown, Flex, Input, Table, Tag, Tooltip, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Role } from '@danvan/contracts';
import { useI18n } from '../../../i18n/index.tsx';
import { http } from '../../../shared/http.ts';
import { formatDateTime } from '../../../shared/format.ts';
import { useDebounced, useNotify } from '../../../shared/hooks.ts';
import { useMe, usePermission } from '../../../shared/session.ts';
import { PageHeader } from '../../../shared/components/PageHeader.tsx';
import { ErrorAlert } from '../../../shared/components/ErrorAlert.tsx';
import { EmptyState } from '../../../shared/components/EmptyState.tsx';
import { UnitSelect } from '../../../shared/components/UnitSelect.tsx';
import { userKeys, useUsers, type User } from '../api.ts';
import { CreateUserModal, EditUserModal, ResetPasswordModal, RoleSelect } from '../components/UserModals.tsx';
import { UserDrawer } from '../components/UserDrawer.tsx';
import { UserStatus } from '../components/UserStatus.tsx';

type Dialog = { kind: 'create' } | { kind: 'edit' | 'password'; user: User } | null;

export default function UsersPage() {
  const { t, roleLabel } = useI18n();
  const notify = useNotify();
  const { modal } = App.useApp();
  const qc = useQueryClient();
  const canWrite = usePermission('users:write');
  const me = useMe().data;
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const [unitId, setUnitId] = useState<number | undefined>();
  const [role, setRole] = useState<Role | undefined>();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [drawer, setDrawer] = useState<number | null>(null);
  const list = useUsers({ q: q || undefined, unitId, role, page, pageSize });

  const refresh = () => qc.invalidateQueries({ queryKey: userKeys.all });

  const setActive = (u: User, active: boolean) => {
    const run = async () => {
      try {
        await http.patch(`/users/${u.id}`, { active });
        notify.success(active ? t('users.messages.enabled') : t('users.messages.disabled'));
        refresh();
      } catch (e) {
        notify.error(e);
      }
    };
    if (active) return void run();
    modal.confirm({
      title: t('users.disable'),
      content: t('users.disableConfirm', { name: u.fullName }),
      okText: t('users.disable'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: run,
    });
  };

  return (
    <>
      <PageHeader
        title={t('users.title')}
        subtitle={t('users.subtitle')}
        extra={
          canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>
              {t('users.create')}
            </Button>
          )
        }
      />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 12 }}>
          <Input.Search
            allowClear
            placeholder={t('users.searchPlaceholder')}
            aria-label={t('users.searchPlaceholder')}
            value={search}
            onChange={(e) => {
              setSearch(e.target.value);
              setPage(1);
            }}
            style={{ width: 320 }}
          />
          <UnitSelect
            value={unitId}
            onChange={(v) => {
              setUnitId((v as number | null) ?? undefined);
              setPage(1);
            }}
            placeholder={t('users.unit')}
            aria-label={t('users.unit')}
            style={{ width: 320 }}
          />
          <RoleSelect
            value={role}
            onChange={(v) => {
              setRole(v ?? undefined);
              setPage(1);
            }}
            allowClear
            placeholder={t('users.role')}
            style={{ width: 260 }}
          />
        </Flex>
        <ErrorAlert error={list.error} onRetry={() => list.refetch()} />
        <Table<User>
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          locale={{
            emptyText: list.isLoading ? (
              ' '
            ) : (
              <EmptyState description={q || unitId || role ? t('empty.noResults') : t('empty.default')} />
            ),
          }}
          pagination={{
            current: page,
            pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100],
            showTotal: (total) => t('common.total', { total }),
            onChange: (p, s) => {
              setPage(p);
              setPageSize(s);
            },
          }}
          scroll={{ x: 980 }}
          columns={[
            {
              title: t('users.fullName'),
              dataIndex: 'fullName',
              width: 260,
              render: (_, u) => (
                <Flex vertical>
                  <span>
                    <Typography.Link onClick={() => setDrawer(u.id)} strong>
                      {u.fullName}
                    </Typography.Link>
                    {u.id === me?.id && <Tag style={{ marginInlineStart: 6 }}>{t('users.self')}</Tag>}
                  </span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {u.username}
                    {u.position ? ` · ${u.position}` : ''}
                  </Typography.Text>
                </Flex>
              ),
            },
            {
              title: t('users.assignments'),
              dataIndex: 'assignments',
              render: (_, u) =>
                u.assignments.length ? (
                  <Flex vertical gap={4}>
                    {u.assignments.map((a) => (
                      <span key={a.id} style={{ fontSize: 13 }}>
                        <Tag color="blue" style={{ marginInlineEnd: 6 }}>
                          {roleLabel(a.role)}
                        </Tag>
                        {a.unitName}
                      </span>
                    ))}
                  </Flex>
                ) : (
                  <Typography.Text type="secondary">{t('users.noAssignments')}</Typography.Text>
                ),
            },
            {
              title: t('common.status'),
              key: 'status',
              width: 130,
              render: (_, u) => <UserStatus user={u} />,
            },
            {
              title: t('users.lastLogin'),
              dataIndex: 'lastLoginAt',
              width: 150,
              render: (v: string | null) =>
                v ? (
                  formatDateTime(v)
                ) : (
                  <Typography.Text type="secondary">{t('users.never')}</Typography.Text>
                ),
            },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 120,
              fixed: 'right',
              render: (_, u) => {
                // only what the server allows (the `can` flags); one's own account is changed through
                // "Đổi mật khẩu", never here
                const can = u.id === me?.id ? {} : (u.can ?? {});
                const items = [
                  can.update && { key: 'edit', icon: <EditOutlined />, label: t('common.edit') },
                  can.assign && {
                    key: 'roles',
                    icon: <SafetyCertificateOutlined />,
                    label: t('users.assignments'),
                  },
                  can.resetPassword && {
                    key: 'password',
                    icon: <KeyOutlined />,
                    label: t('users.resetPassword'),
                  },
                  can.disable && {
                    key: 'disable',
                    icon: <StopOutlined />,
                    label: t('users.disable'),
                    danger: true,
                  },
                  !u.active &&
                    can.update && { key: 'enable', icon: <CheckCircleOutlined />, label: t('users.enable') },
                ].filter(Boolean) as { key: string; label: string }[];
                return (
                  <Flex gap={4}>
                    <Tooltip title={t('users.assignments')}>
                      <Button
                        size="small"
                        icon={<SafetyCertificateOutlined />}
                        onClick={() => setDrawer(u.id)}
                        aria-label={t('users.assignments')}
                      />
                    </Tooltip>
                    {items.length > 0 && (
                      <Dropdown
                        trigger={['click']}
                        menu={{
                          items,
                          onClick: ({ key }) => {
                            if (key === 'edit') setDialog({ kind: 'edit', user: u });
                            else if (key === 'password') setDialog({ kind: 'password', user: u });
                            else if (key === 'roles') setDrawer(u.id);
                            else if (key === 'disable') setActive(u, false);
                            else if (key === 'enable') setActive(u, true);
                          },
                        }}
                      >
                        <Button size="small" icon={<MoreOutlined />} aria-label={t('common.actions')} />
                      </Dropdown>
                    )}
                  </Flex>
                );
              },
            },
          ]}
        />
      </Card>

      <CreateUserModal
        open={dialog?.kind === 'create'}
        onClose={() => setDialog(null)}
        onDone={(u) => {
          setDialog(null);
          notify.success(t('users.messages.created', { name: u.fullName }));
          refresh();
        }}
      />
      {dialog && dialog.kind !== 'create' && (
        <>
          <EditUserModal
            user={dialog.user}
            open={dialog.kind === 'edit'}
            onClose={() => setDialog(null)}
            onDone={() => {
              setDialog(null);
              notify.success(t('users.messages.updated'));
              refresh();
            }}
          />
          <ResetPasswordModal
            user={dialog.user}
            open={dialog.kind === 'password'}
            onClose={() => setDialog(null)}
            onDone={() => {
              setDialog(null);
              notify.success(t('users.messages.passwordReset'));
            }}
          />
        </>
      )}
      <UserDrawer userId={drawer} onClose={() => setDrawer(null)} />
    </>
  );
}
