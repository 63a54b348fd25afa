import type { Feature } from '../../app/feature.ts';

export const authFeature: Feature = {
  key: 'auth',
  publicRoutes: [
    { path: 'login', lazy: () => import('./pages/LoginPage.tsx').then((m) => ({ Component: m.default })) },
  ],
  routes: [
    {
      path: 'account/password',
      lazy: () => import('./pages/ChangePasswordPage.tsx').then((m) => ({ Component: m.default })),
    },
  ],
};
