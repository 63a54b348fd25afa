import { Outlet, type RouteObject } from 'react-router';
import { registerMessages } from '../i18n/index.tsx';
import { authFeature } from '../features/auth/index.tsx';
import { features } from './features.ts';
import { RequireAuth } from './guards.tsx';
import { AppLayout } from './layout/AppLayout.tsx';
import { NotFoundPage, RouteErrorPage } from './pages.tsx';
import { AntdRoot } from './antd.tsx';

/**
 * The signed-in app: every feature's routes inside the layout (menu, header), their messages, and the
 * other features' public pages. The router loads this module on the first address the login page does
 * not answer (router.tsx), so the login page loads none of it: the features, the layout, the menu and
 * the components only the app's pages use, and antd's theme.
 */
for (const f of features) if (f.messages) registerMessages(f.messages);

export const shellRoutes: RouteObject[] = [
  {
    // antd's theme, locale and App context for every page of the app
    element: (
      <AntdRoot>
        <Outlet />
      </AntdRoot>
    ),
    children: [
      ...features.filter((f) => f !== authFeature).flatMap((f) => f.publicRoutes ?? []),
      {
        element: (
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        ),
        errorElement: <RouteErrorPage />,
        children: [...features.flatMap((f) => f.routes), { path: '*', element: <NotFoundPage /> }],
      },
    ],
  },
];
