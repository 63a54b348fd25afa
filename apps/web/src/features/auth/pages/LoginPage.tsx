import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Typography, type InputRef } from 'antd';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import type { Me } from '@danvan/contracts';
import { useI18n } from '../../../i18n/index.tsx';
import { http, takeSessionExpiredFlag } from '../../../shared/http.ts';
import { useMe, useResetSession } from '../../../shared/session.ts';
import { ErrorAlert } from '../../../shared/components/ErrorAlert.tsx';
import { usePageTitle } from '../../../shared/components/PageHeader.tsx';
import { BrandMark } from '../../../app/layout/BrandMark.tsx';
import { LanguageSwitch } from '../../../app/layout/LanguageSwitch.tsx';

/** Only same-site paths are followed after login (no open redirect). */
function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/login')) return '/';
  return next;
}

export default function LoginPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const reset = useResetSession();
  const me = useMe();
  const [expired] = useState(takeSessionExpiredFlag);
  const loggedOut = (location.state as { loggedOut?: boolean } | null)?.loggedOut;
  const meta = useQuery({
    queryKey: ['meta'],
    queryFn: () => http.get<{ demo: boolean; version: string }>('/meta'),
    staleTime: Infinity,
  });
  const login = useMutation({
    mutationFn: (v: { username: string; password: string }) => http.post<Me>('/auth/login', v),
    onSuccess: (user) => {
      reset(user);
      navigate(safeNext(params.get('next')), { replace: true });
    },
  });

  usePageTitle(t('auth.loginTitle'));
  // a refused login puts the focus back on the password (the form was disabled while sending, so the
  // focus had fallen to the page), with the error as the field's description
  const password = useRef<InputRef>(null);
  useEffect(() => {
    if (login.isError) password.current?.focus({ cursor: 'all' });
  }, [login.isError, login.failureCount, login.error]);

  if (me.data && !login.isPending) return <Navigate to={safeNext(params.get('next'))} replace />;

  return (
    <Flex
      component="main"
      vertical
      align="center"
      justify="center"
      style={{
        minHeight: '100vh',
        padding: 16,
        background: 'linear-gradient(180deg, #0e2a47 0%, #1a4f8b 46%, #eef2f7 46%, #eef2f7 100%)',
      }}
    >
      <Flex vertical align="center" gap={10} style={{ marginBottom: 20, color: '#fff', textAlign: 'center' }}>
        <BrandMark size={64} />
        <Typography.Title level={1} style={{ color: '#fff', margin: 0, maxWidth: 560, fontSize: 24 }}>
          {t('app.name')}
        </Typography.Title>
      </Flex>
      <Card style={{ width: 400, maxWidth: '100%', boxShadow: '0 10px 30px rgba(14,42,71,0.18)' }}>
        <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
          <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
            {t('auth.loginTitle')}
          </Typography.Title>
          <LanguageSwitch />
        </Flex>
        <Typography.Paragraph type="secondary">{t('auth.loginSubtitle')}</Typography.Paragraph>
        {expired && (
          <Alert type="warning" showIcon title={t('auth.sessionExpired')} style={{ marginBottom: 16 }} />
        )}
        {loggedOut && !expired && (
          <Alert type="info" showIcon title={t('auth.loggedOut')} style={{ marginBottom: 16 }} />
        )}
        <ErrorAlert error={login.error} id="login-error" />
        <Form
          layout="vertical"
          onFinish={(v) => login.mutate(v)}
          requiredMark={false}
          disabled={login.isPending}
        >
          <Form.Item
            name="username"
            label={t('auth.username')}
            rules={[
              {
                required: true,
                whitespace: true,
                message: t('validation.required', { field: t('auth.username') }),
              },
            ]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('auth.password')}
            rules={[
              {
                required: true,
                message: t('validation.required', { field: t('auth.password') }),
              },
            ]}
          >
            <Input.Password
              ref={password}
              prefix={<LockOutlined />}
              autoComplete="current-password"
              size="large"
              aria-describedby={login.isError ? 'login-error' : undefined}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={login.isPending}>
            {t('auth.submit')}
          </Button>
        </Form>
        {meta.data?.demo && (
          <Alert
            type="info"
            style={{ marginTop: 16, fontSize: 12 }}
            title={t('auth.demoTitle')}
            description={t('auth.demoHint', { password: 'Danvan@2026' })}
          />
        )}
      </Card>
      <Typography.Text type="secondary" style={{ marginTop: 24, fontSize: 12 }}>
        © {new Date().getFullYear()} · {t('app.footer')}
        {meta.data?.version ? ` · v${meta.data.version}` : ''}
      </Typography.Text>
    </Flex>
  );
}
