import { CheckOutlined } from '@ant-design/icons';
import { Button, Card, Flex, List, Segmented, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Notification } from '@danvan/contracts';
import { useT } from '../../../i18n/index.tsx';
import { PageHeader } from '../../../shared/components/PageHeader.tsx';
import { EmptyState } from '../../../shared/components/EmptyState.tsx';
import { ErrorAlert } from '../../../shared/components/ErrorAlert.tsx';
import { formatDateTime } from '../../../shared/format.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { followLink, useMarkAllRead, useMarkRead, useNotifications, useUnreadCount } from '../api.ts';

export default function NotificationsPage() {
  const t = useT();
  const navigate = useNavigate();
  const notify = useNotify();
  const [filter, setFilter] = useState<'all' | 'unread'>('all');
  const [page, setPage] = useState(1);
  const pageSize = 20;
  const list = useNotifications({ page, pageSize, unread: filter === 'unread' || undefined });
  const count = useUnreadCount();
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const unread = count.data?.unread ?? 0;

  const open = (n: Notification) => {
    if (!n.readAt) markRead.mutate(n.id, { onError: notify.error });
    followLink(n.link, navigate);
  };

  return (
    <>
      <PageHeader
        title={t('notifications.title')}
        subtitle={t('notifications.subtitle')}
        extra={
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
      />
      <Card>
        <Segmented
          style={{ marginBottom: 12 }}
          value={filter}
          onChange={(v) => {
            setFilter(v as 'all' | 'unread');
            setPage(1);
          }}
          options={[
            { value: 'all', label: t('notifications.all') },
            { value: 'unread', label: `${t('notifications.unread')}${unread ? ` (${unread})` : ''}` },
          ]}
        />
        <ErrorAlert error={list.error} onRetry={() => list.refetch()} />
        <List<Notification>
          loading={list.isLoading}
          dataSource={list.data?.items ?? []}
          locale={{
            emptyText: (
              <EmptyState
                description={filter === 'unread' ? t('notifications.emptyUnread') : t('notifications.empty')}
              />
            ),
          }}
          pagination={
            (list.data?.total ?? 0) > pageSize
              ? {
                  current: page,
                  pageSize,
                  total: list.data?.total,
                  onChange: setPage,
                  showSizeChanger: false,
                }
              : false
          }
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
              <List.Item.Meta
                title={
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
                      {n.title}
                    </Typography.Link>
                  </Flex>
                }
                description={
                  <>
                    {n.body && <div style={{ color: '#3b4a5a' }}>{n.body}</div>}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatDateTime(n.createdAt)}
                    </Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
      </Card>
    </>
  );
}
