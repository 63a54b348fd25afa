import type { ReactNode } from 'react';
import { Navigate, useLocation, useMatches } from 'react-router';
import { useMe, usePermissions } from '../shared/session.ts';
import { ErrorAlert } from '../shared/components/ErrorAlert.tsx';
import type { RouteHandle } from './feature.ts';
import { ForbiddenPage } from './pages.tsx';
import { FullPageSpin } from './FullPageSpin.tsx';

export { FullPageSpin };

/** Signed-in pages: without a session, go to the login page and come back afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <FullPageSpin />;
  if (me.isError)
    return (
      <div style={{ padding: 24 }}>
        <ErrorAlert error={me.error} onRetry={() => me.refetch()} />
      </div>
    );
  if (!me.data) {
    const next = location.pathname + location.search;
    return (
      <Navigate to={next && next !== '/' ? `/login?next=${encodeURIComponent(next)}` : '/login'} replace />
    );
  }
  return <>{children}</>;
}

/** Shows "no access" instead of a page whose route declares a permission the user lacks. */
export function PermissionGate({ children }: { children: ReactNode }) {
  const matches = useMatches();
  const can = usePermissions();
  for (const m of matches) {
    const perm = (m.handle as RouteHandle | undefined)?.permission;
    if (perm && !can(perm)) return <ForbiddenPage />;
  }
  return <>{children}</>;
}
