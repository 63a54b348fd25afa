import { Button, Result } from 'antd';
import { isRouteErrorResponse, useNavigate, useRouteError } from 'react-router';
import { useT } from '../i18n/index.tsx';

export function ForbiddenPage() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Result
      status="403"
      title={t('pages.forbiddenTitle')}
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
      title={t('pages.notFoundTitle')}
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
  return (
    <Result
      status="error"
      title={t('errors.title')}
      subTitle={t('pages.crashed')}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('common.refresh')}
        </Button>
      }
    />
  );
}
