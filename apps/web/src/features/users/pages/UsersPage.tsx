import {
  CheckCircleOutlined,
  EditOutlined,
  KeyOutlined,
  SafetyCertificateOutlined,
  StopOutlined,
} from '@ant-design/icons';
import { Flex, Tag, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ROLE_LABELS, ROLES } from '@danvan/contracts';
import { useI18n } from '../../../i18n/index.tsx';
import { http } from '../../../shared/http.ts';
import { formatDateTime } from '../../../shared/format.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { useMe } from '../../../shared/session.ts';
import { RegisterPage, param, useUrlState } from '../../../shared/register/index.ts';
import { userKeys, useUsers, type User } from '../api.ts';
import { CreateUserModal, EditUserModal, ResetPasswordModal } from '../components/UserModals.tsx';
import { UserDrawer } from '../components/UserDrawer.tsx';
import { UserStatus } from '../components/UserStatus.tsx';

type Dialog = { kind: 'create' } | { kind: 'edit' | 'password'; user: User } | null;

export default function UsersPage() {
  const { t, roleLabel } = useI18n();
  const notify = useNotify();
  const qc = useQueryClient();
  const me = useMe().data;
  const state = useUrlState({ q: param.search(), unitId: param.int(), role: param.oneOf(ROLES) });
  const [dialog, setDialog] = useState<Dialog>(null);
  const [drawer, setDrawer] = useState<number | null>(null);
  const { q, unitId, role } = state.filters;
  const list = useUsers({ q: q || undefined, unitId, role, page: state.page, pageSize: state.pageSize });

  const refresh = () => qc.invalidateQueries({ queryKey: userKeys.all });
  const setActive = async (u: User, active: boolean) => {
    try {
      await http.patch(`/users/${u.id}`, { active });
      notify.success(active ? t('users.messages.enabled') : t('users.messages.disabled'));
      refresh();
    } catch (e) {
      notify.error(e);
    }
  };
  // only what the server allows (the `can` flags); one's own account is changed through
  // "Đổi mật khẩu", never here
  const can = (u: User) => (u.id === me?.id ? {} : (u.can ?? {}));

  return (
    <RegisterPage
      title={t('users.title')}
      subtitle={t('users.subtitle')}
      canCreate={list.data?.can?.create ?? false}
      create={{ label: t('users.create'), onClick: () => setDialog({ kind: 'create' }) }}
      state={state}
      query={list}
      rowKey="id"
      pageSizeOptions={[20, 50, 100]}
      filters={[
        { type: 'search', key: 'q', placeholder: t('users.searchPlaceholder') },
        { type: 'unit', key: 'unitId', placeholder: t('users.unit'), label: t('users.unit'), width: 320 },
        {
          type: 'enum',
          key: 'role',
          placeholder: t('users.role'),
          label: t('users.role'),
          width: 260,
          showSearch: true,
          labels: ROLE_LABELS,
          codes: ROLES,
        },
      ]}
      table={{ size: 'middle' }}
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
          width: 320,
          render: (_, u) =>
            u.assignments.length ? (
              <Flex vertical gap={4} style={{ minWidth: 220 }}>
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
        { title: t('common.status'), key: 'status', width: 130, render: (_, u) => <UserStatus user={u} /> },
        {
          title: t('users.lastLogin'),
          dataIndex: 'lastLoginAt',
          width: 150,
          render: (v: string | null) =>
            v ? formatDateTime(v) : <Typography.Text type="secondary">{t('users.never')}</Typography.Text>,
        },
      ]}
      actionsWidth={90}
      actions={[
        {
          key: 'assignments',
          icon: <SafetyCertificateOutlined />,
          label: t('users.assignments'),
          onClick: (u) => setDrawer(u.id),
        },
        {
          key: 'edit',
          icon: <EditOutlined />,
          label: t('common.edit'),
          menu: true,
          visible: (u) => !!can(u).update,
          onClick: (u) => setDialog({ kind: 'edit', user: u }),
        },
        {
          key: 'roles',
          icon: <SafetyCertificateOutlined />,
          label: t('users.assignments'),
          menu: true,
          visible: (u) => !!can(u).assign,
          onClick: (u) => setDrawer(u.id),
        },
        {
          key: 'password',
          icon: <KeyOutlined />,
          label: t('users.resetPassword'),
          menu: true,
          visible: (u) => !!can(u).resetPassword,
          onClick: (u) => setDialog({ kind: 'password', user: u }),
        },
        {
          key: 'disable',
          icon: <StopOutlined />,
          label: t('users.disable'),
          menu: true,
          danger: true,
          visible: (u) => !!can(u).disable,
          confirm: (u) => t('users.disableConfirm', { name: u.fullName }),
          onClick: (u) => setActive(u, false),
        },
        {
          key: 'enable',
          icon: <CheckCircleOutlined />,
          label: t('users.enable'),
          menu: true,
          visible: (u) => !u.active && !!can(u).update,
          onClick: (u) => setActive(u, true),
        },
      ]}
      modals={
        <>
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
      }
    />
  );
}
