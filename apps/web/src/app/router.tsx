import { lazy, Suspense } from 'react';
import { createBrowserRouter, Outlet } from 'react-router';
import { authFeature } from '../features/auth/index.tsx';
import { useT } from '../i18n/index.tsx';

/** While the first page's code loads: a plain spinner (antd is not loaded yet on the login page). */
function BootSpin() {
  const t = useT();
  return <div className="dv-boot-spin" role="status" aria-label={t('common.loading')} />;
}

// the error page (antd's Result and its illustrations, in antd's theme) loads when an error happens
const RouteErrorPage = lazy(() =>
  Promise.all([import('./pages.tsx'), import('./antd.tsx')]).then(([pages, { AntdRoot }]) => ({
    default: () => (
      <AntdRoot>
        <pages.RouteErrorPage />
      </AntdRoot>
    ),
  })),
);

/**
 * The app's routes. At first only the login page is known; the signed-in app (every feature, the
 * layout: shell.tsx) is patched in on the first address the login page does not answer, so a visitor
 * of the login page downloads the login page alone. The root has no path of its own, so "/" too goes
 * through the patch.
 */
let shell: Promise<typeof import('./shell.tsx')> | undefined;
function loadShell() {
  return (shell ??= import('./shell.tsx').catch((e: unknown) => {
    shell = undefined; // a failed download is tried again on the next navigation
    throw e;
  }));
}

export const router = createBrowserRouter(
  [
    {
      id: 'root',
      element: <Outlet />,
      errorElement: (
        <Suspense fallback={<BootSpin />}>
          <RouteErrorPage />
        </Suspense>
      ),
      hydrateFallbackElement: <BootSpin />,
      children: [...(authFeature.publicRoutes ?? [])],
    },
  ],
  {
    // every navigation patches with its own `patch`: the router drops the patch of a navigation that
    // another one interrupted (the login page navigates twice at once: its redirect and onSuccess), so
    // only the module's download is shared, never the patching
    patchRoutesOnNavigation: async ({ patch }) => patch('root', (await loadShell()).shellRoutes),
  },
);
