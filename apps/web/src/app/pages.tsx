import { Button, Result, Typography } from 'antd';
import type { ReactNode } from 'react';
import { isRouteErrorResponse, useNavigate, useRouteError } from 'react-router';
import { useT } from '../i18n/index.tsx';
import { usePageTitle } from '../shared/components/PageHeader.tsx';

/** A result page's title: the page's one h1 and its document title. */
function ResultTitle({ children }: { children: string }): ReactNode {
  usePageTitle(children);
  return (
    <Typography.Title level={1} style={{ margin: 0, fontSize: 24, fontWeight: 400 }}>
      {children}
    </Typography.Title>
  );
}

export function ForbiddenPage() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Result
      status="403"
      title={<ResultTitle>{t('pages.forbiddenTitle')}</ResultTitle>}
      subTitle={t('pages.forbidden')}
      extra={<Button onClick={() => navigate('/')}>{t('pages.backHome')}</Button>}
    />
  );
}

export function NotFoundPage() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={<ResultTitle>{t('pages.notFoundTitle')}</ResultTitle>}
      subTitle={t('pages.notFound')}
      extra={<Button onClick={() => navigate('/')}>{t('pages.backHome')}</Button>}
    />
  );
}

/** Shown when a page throws while rendering (or its code fails to load after a deployment). */
export function RouteErrorPage() {
  const t = useT();
  const error = useRouteError();
  // access refused or nothing there: reloading changes nothing, so no reload button
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  if (isRouteErrorResponse(error) && (error.status === 401 || error.status === 403)) return <ForbiddenPage />;
  if (import.meta.env.DEV) console.error(error);
  // shown instead of the whole layout: the page's one landmark
  return (
    <main>
      <Result
        status="error"
        title={<ResultTitle>{t('errors.title')}</ResultTitle>}
        subTitle={t('pages.crashed')}
        extra={
          <Button type="primary" onClick={() => window.location.reload()}>
            {t('common.refresh')}
          </Button>
        }
      />
    </main>
  );
}
