import { KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Dropdown, Flex, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useI18n } from '../../i18n/index.tsx';
import { http, isApiError } from '../../shared/http.ts';
import { useNotify } from '../../shared/hooks.ts';
import { useMe, useResetSession } from '../../shared/session.ts';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  return (parts.at(-1)?.[0] ?? '?').toUpperCase();
}

export function UserMenu({ compact = false }: { compact?: boolean }) {
  const { t, roleLabel } = useI18n();
  const { data: me } = useMe();
  const navigate = useNavigate();
  const reset = useResetSession();
  const notify = useNotify();
  if (!me) return null;
  const active = me.assignments.find((a) => a.id === me.activeAssignmentId);
  const logout = async () => {
    try {
      await http.post('/auth/logout');
    } catch (e) {
      // a 401: the session was already gone. Anything else (the network, the server): the session may
      // still be open on the server, so the officer is told and stays, rather than shown a login page
      // while a shared computer keeps the session
      if (!isApiError(e) || e.status !== 401) {
        notify.error(e);
        return;
      }
    }
    reset(null);
    navigate('/login', { replace: true, state: { loggedOut: true } });
  };
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          {
            key: 'who',
            type: 'group',
            label: (
              <div style={{ maxWidth: 260 }}>
                <div style={{ fontWeight: 600, color: '#1f2d3d' }}>{me.fullName}</div>
                <div style={{ fontSize: 12 }}>{me.position ?? (active ? roleLabel(active.role) : '')}</div>
              </div>
            ),
          },
          { type: 'divider' },
          {
            key: 'password',
            icon: <KeyOutlined />,
            label: t('header.changePassword'),
            onClick: () => navigate('/account/password'),
          },
          {
            key: 'logout',
            icon: <LogoutOutlined />,
            label: t('header.logout'),
            onClick: logout,
            danger: true,
          },
        ],
      }}
    >
      <Button
        type="text"
        style={{ height: 40, paddingInline: 6, flexShrink: 0 }}
        aria-label={me.fullName}
        data-testid="user-menu"
      >
        <Flex align="center" gap={8}>
          <Avatar
            size={28}
            style={{ background: '#1a4f8b' }}
            icon={me.fullName ? undefined : <UserOutlined />}
          >
            {initials(me.fullName)}
          </Avatar>
          {!compact && (
            <Typography.Text ellipsis style={{ maxWidth: 150 }}>
              {me.fullName}
            </Typography.Text>
          )}
        </Flex>
      </Button>
    </Dropdown>
  );
}
