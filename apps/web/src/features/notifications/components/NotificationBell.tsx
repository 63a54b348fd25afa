import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Dropdown, Flex, List, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Notification } from '@danvan/contracts';
import { useT } from '../../../i18n/index.tsx';
import { formatDateTime } from '../../../shared/format.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { NotificationText } from './NotificationText.tsx';
import { followLink, useMarkAllRead, useMarkRead, useNotifications, useUnreadCount } from '../api.ts';

/** The bell: unread count (polled every minute) and the latest messages in a drop-down. */
export function NotificationBell() {
  const t = useT();
  const navigate = useNavigate();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const count = useUnreadCount();
  const latest = useNotifications({ page: 1, pageSize: 8 }, open);
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const unread = count.data?.unread ?? 0;

  const openOne = (n: Notification) => {
    setOpen(false);
    if (!n.readAt) markRead.mutate(n.id);
    if (n.link) followLink(n.link, navigate);
    else navigate('/notifications');
  };

  const panel = (
    <Card
      size="small"
      // the panel hangs from the bell's right edge (the account button is to its right): on a phone it
      // must leave that much room or its left side is cut off
      style={{ width: 'min(380px, calc(100vw - 64px))', boxShadow: '0 6px 16px rgba(0,0,0,0.12)' }}
      title={t('header.notifications')}
      extra={
        unread > 0 ? (
          <Button
            type="link"
            size="small"
            onClick={() => markAll.mutate(undefined, { onError: notify.error })}
            loading={markAll.isPending}
          >
            {t('header.markAllRead')}
          </Button>
        ) : null
      }
      styles={{ body: { padding: 0 } }}
    >
      {latest.isLoading ? (
        <Flex justify="center" style={{ padding: 24 }}>
          <Spin />
        </Flex>
      ) : (
        <List<Notification>
          dataSource={latest.data?.items ?? []}
          locale={{ emptyText: <div style={{ padding: 24 }}>{t('header.noNotifications')}</div> }}
          style={{ maxHeight: 380, overflow: 'auto' }}
          renderItem={(n) => (
            <List.Item
              onClick={() => openOne(n)}
              className={n.readAt ? 'dv-clickable-row' : 'dv-clickable-row dv-notif-unread'}
              style={{ padding: '8px 12px' }}
            >
              <Flex vertical style={{ width: '100%' }}>
                <Typography.Text strong={!n.readAt} ellipsis>
                  <NotificationText n={n} part="title" />
                </Typography.Text>
                {n.body && (
                  <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
                    <NotificationText n={n} part="body" />
                  </Typography.Text>
                )}
                <Typography.Text type="secondary" style={{ fontSize: 11 }}>
                  {formatDateTime(n.createdAt)}
                </Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      )}
      <div style={{ borderTop: '1px solid #f0f0f0', textAlign: 'center', padding: 6 }}>
        <Button
          type="link"
          size="small"
          onClick={() => {
            setOpen(false);
            navigate('/notifications');
          }}
        >
          {t('header.viewAll')}
        </Button>
      </div>
    </Card>
  );

  return (
    <Dropdown
      open={open}
      onOpenChange={setOpen}
      trigger={['click']}
      popupRender={() => panel}
      placement="bottomRight"
    >
      <Button
        type="text"
        aria-label={`${t('header.notifications')}${unread ? ` (${unread})` : ''}`}
        data-testid="notification-bell"
        style={{ height: 40, width: 40 }}
        icon={
          <Badge count={unread} size="small" overflowCount={99}>
            <BellOutlined style={{ fontSize: 18 }} />
          </Badge>
        }
      />
    </Dropdown>
  );
}
