import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Flex, Form, List, Popconfirm, Spin, Switch, Tag, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Role } from '@danvan/contracts';
import { useI18n } from '../../../i18n/index.tsx';
import { http } from '../../../shared/http.ts';
import { formatDateTime } from '../../../shared/format.ts';
import { applyFieldErrors } from '../../../shared/errors.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { useMe } from '../../../shared/session.ts';
import { ErrorAlert } from '../../../shared/components/ErrorAlert.tsx';
import { DetailList } from '../../../shared/components/DetailList.tsx';
import { EmptyState } from '../../../shared/components/EmptyState.tsx';
import { UnitSelect } from '../../../shared/components/UnitSelect.tsx';
import { userKeys, useUser, type User } from '../api.ts';
import { RoleSelect } from './UserModals.tsx';
import { UserStatus } from './UserStatus.tsx';

/** A user's details and role assignments (give a role at a unit, revoke one). */
export function UserDrawer({ userId, onClose }: { userId: number | null; onClose: () => void }) {
  const { t, roleLabel } = useI18n();
  const notify = useNotify();
  const qc = useQueryClient();
  const q = useUser(userId);
  const [form] = Form.useForm<{ role: Role; unitId: number; includeSubtree: boolean }>();
  const [addError, setAddError] = useState<unknown>(null);
  const me = useMe().data;
  const u = q.data;
  const self = !!u && u.id === me?.id;
  const canAssign = !!u?.can?.assign && !self;

  const refresh = (next: User) => {
    qc.setQueryData(userKeys.one(next.id), next);
    qc.invalidateQueries({ queryKey: userKeys.all });
  };
  const add = useMutation({
    mutationFn: (v: { role: Role; unitId: number; includeSubtree: boolean }) =>
      http.post<User>(`/users/${userId}/assignments`, v),
    onSuccess: (next) => {
      setAddError(null);
      notify.success(t('users.messages.assigned'));
      form.resetFields();
      refresh(next);
    },
    onError: (e) => {
      setAddError(e);
      applyFieldErrors(form, e);
    },
  });
  const remove = useMutation({
    mutationFn: (assignmentId: number) => http.delete<User>(`/users/${userId}/assignments/${assignmentId}`),
    onSuccess: (next) => {
      notify.success(t('users.messages.unassigned'));
      refresh(next);
    },
    onError: notify.error,
  });

  return (
    <Drawer
      open={userId !== null}
      onClose={onClose}
      size={560}
      title={u ? u.fullName : t('users.detail')}
      destroyOnHidden
    >
      {q.isLoading && <Spin />}
      <ErrorAlert error={q.error} onRetry={() => q.refetch()} />
      {u && (
        <Flex vertical gap={20}>
          {self && (
            <Alert
              type="info"
              showIcon
              title={t('users.selfHint')}
              action={<Link to="/account/password">{t('header.changePassword')}</Link>}
            />
          )}
          <DetailList
            items={[
              {
                key: 'username',
                label: t('users.username'),
                children: <Typography.Text code>{u.username}</Typography.Text>,
              },
              { key: 'fullName', label: t('users.fullName'), children: u.fullName },
              { key: 'position', label: t('users.position'), children: u.position ?? '—' },
              { key: 'email', label: t('users.email'), children: u.email ?? '—' },
              { key: 'status', label: t('common.status'), children: <UserStatus user={u} /> },
              {
                key: 'lastLogin',
                label: t('users.lastLogin'),
                children: u.lastLoginAt ? formatDateTime(u.lastLoginAt) : t('users.never'),
              },
            ]}
          />
          <div>
            <Typography.Title level={2} style={{ fontSize: 16 }}>
              {t('users.assignments')}
            </Typography.Title>
            <List
              size="small"
              bordered
              dataSource={u.assignments}
              locale={{ emptyText: <EmptyState simple description={t('users.noAssignments')} /> }}
              renderItem={(a) => (
                <List.Item
                  actions={
                    canAssign
                      ? [
                          <Popconfirm
                            key="rm"
                            title={t('users.removeAssignmentConfirm')}
                            okText={t('users.removeAssignment')}
                            cancelText={t('common.cancel')}
                            okButtonProps={{ danger: true }}
                            onConfirm={() => remove.mutateAsync(a.id)}
                          >
                            <Button type="text" danger size="small" icon={<DeleteOutlined />}>
                              {t('users.removeAssignment')}
                            </Button>
                          </Popconfirm>,
                        ]
                      : []
                  }
                >
                  <Flex vertical>
                    <span>
                      <Tag color="blue">{roleLabel(a.role)}</Tag>
                    </span>
                    <Typography.Text style={{ marginTop: 4 }}>{a.unitName}</Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {a.includeSubtree ? t('users.scopeSubtree') : t('users.scopeUnit')}
                    </Typography.Text>
                  </Flex>
                </List.Item>
              )}
            />
          </div>
          {canAssign && (
            <div style={{ background: '#f7f9fb', border: '1px solid #e6ebf1', borderRadius: 8, padding: 12 }}>
              <Typography.Text strong>{t('users.addAssignment')}</Typography.Text>
              <ErrorAlert error={addError} style={{ marginTop: 8 }} />
              <Form
                form={form}
                layout="vertical"
                style={{ marginTop: 8 }}
                initialValues={{ includeSubtree: true }}
                onFinish={(v) => add.mutate(v)}
                disabled={add.isPending}
              >
                <Form.Item
                  name="role"
                  label={t('users.role')}
                  rules={[
                    {
                      required: true,
                      message: t('validation.select', { field: t('users.role').toLowerCase() }),
                    },
                  ]}
                >
                  <RoleSelect />
                </Form.Item>
                <Form.Item
                  name="unitId"
                  label={t('users.unit')}
                  rules={[
                    {
                      required: true,
                      message: t('validation.select', { field: t('users.unit').toLowerCase() }),
                    },
                  ]}
                >
                  <UnitSelect />
                </Form.Item>
                <Flex justify="space-between" align="center">
                  <Form.Item name="includeSubtree" valuePropName="checked" noStyle>
                    <Switch
                      checkedChildren={t('users.scopeSubtree')}
                      unCheckedChildren={t('users.scopeUnit')}
                    />
                  </Form.Item>
                  <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={add.isPending}>
                    {t('users.addAssignment')}
                  </Button>
                </Flex>
              </Form>
            </div>
          )}
        </Flex>
      )}
    </Drawer>
  );
}
