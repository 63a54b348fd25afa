import { CheckOutlined } from '@ant-design/icons';
import { Button, Flex, List, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router';
import type { Notification } from '@danvan/contracts';
import { useT } from '../../../i18n/index.tsx';
import { formatDateTime } from '../../../shared/format.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { RegisterPage, param, useUrlState } from '../../../shared/register/index.ts';
import { NotificationText } from '../components/NotificationText.tsx';
import { followLink, useMarkAllRead, useMarkRead, useNotifications, useUnreadCount } from '../api.ts';

export default function NotificationsPage() {
  const t = useT();
  const navigate = useNavigate();
  const notify = useNotify();
  const state = useUrlState({ show: param.oneOf(['all', 'unread'] as const, 'all') });
  const unreadOnly = state.filters.show === 'unread';
  const list = useNotifications({
    page: state.page,
    pageSize: state.pageSize,
    unread: unreadOnly || undefined,
  });
  const count = useUnreadCount();
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const unread = count.data?.unread ?? 0;

  const open = (n: Notification) => {
    if (!n.readAt) markRead.mutate(n.id, { onError: notify.error });
    followLink(n.link, navigate);
  };

  return (
    <RegisterPage
      title={t('notifications.title')}
      subtitle={t('notifications.subtitle')}
      headerExtra={
        <Button
          icon={<CheckOutlined />}
          disabled={unread === 0}
          loading={markAll.isPending}
          onClick={() =>
            markAll.mutate(undefined, {
              onSuccess: () => notify.success(t('notifications.allRead')),
              onError: notify.error,
            })
          }
        >
          {t('notifications.markAllRead')}
        </Button>
      }
      state={state}
      query={list}
      rowKey="id"
      filters={[
        {
          type: 'segmented',
          key: 'show',
          options: [
            { value: 'all', label: t('notifications.all') },
            { value: 'unread', label: `${t('notifications.unread')}${unread ? ` (${unread})` : ''}` },
          ],
        },
      ]}
      empty={t('notifications.empty')}
      emptyFiltered={t('notifications.emptyUnread')}
      columns={[]}
      renderItem={(n) => (
        <List.Item
          className={n.readAt ? undefined : 'dv-notif-unread'}
          style={{ paddingInline: 12 }}
          actions={[
            n.link ? (
              <Button key="open" type="link" size="small" onClick={() => open(n)}>
                {t('notifications.open')}
              </Button>
            ) : null,
            !n.readAt ? (
              <Button
                key="read"
                type="link"
                size="small"
                onClick={() => markRead.mutate(n.id, { onError: notify.error })}
              >
                {t('notifications.markRead')}
              </Button>
            ) : null,
          ].filter(Boolean)}
        >
          {/* List.Item.Meta renders its title as an h4 under the page's h1 (axe heading-order): the same
              layout with a plain title */}
          <div className="ant-list-item-meta">
            <div className="ant-list-item-meta-content">
              <div className="ant-list-item-meta-title">
                <Flex gap={8} align="center">
                  {!n.readAt && <Tag color="blue">{t('notifications.unread')}</Tag>}
                  <Typography.Link
                    strong={!n.readAt}
                    onClick={() => open(n)}
                    style={{
                      color: n.link ? undefined : 'inherit',
                      cursor: n.link ? 'pointer' : 'default',
                    }}
                  >
                    <NotificationText n={n} part="title" />
                  </Typography.Link>
                </Flex>
              </div>
              <div className="ant-list-item-meta-description">
                <>
                  {n.body && (
                    <div style={{ color: '#3b4a5a' }}>
                      <NotificationText n={n} part="body" />
                    </div>
                  )}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatDateTime(n.createdAt)}
                  </Typography.Text>
                </>
              </div>
            </div>
          </div>
        </List.Item>
      )}
    />
  );
}
