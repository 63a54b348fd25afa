import { createBrowserRouter, Outlet, type RouteObject } from 'react-router';
import { features } from './features.ts';
import { FullPageSpin, RequireAuth } from './guards.tsx';
import { AppLayout } from './layout/AppLayout.tsx';
import { NotFoundPage, RouteErrorPage } from './pages.tsx';

const publicRoutes: RouteObject[] = features.flatMap((f) => f.publicRoutes ?? []);
const appRoutes: RouteObject[] = features.flatMap((f) => f.routes);

export const router = createBrowserRouter([
  {
    path: '/',
    element: <Outlet />,
    errorElement: <RouteErrorPage />,
    hydrateFallbackElement: <FullPageSpin />,
    children: [
      ...publicRoutes,
      {
        element: (
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        ),
        errorElement: <RouteErrorPage />,
        children: [...appRoutes, { path: '*', element: <NotFoundPage /> }],
      },
    ],
  },
]);
