import { BellOutlined } from '@ant-design/icons';
import type { Feature } from '../../app/feature.ts';

export const notificationsFeature: Feature = {
  key: 'notifications',
  menu: {
    labelKey: 'menu.notifications',
    icon: <BellOutlined />,
    permission: 'authenticated',
    path: '/notifications',
    group: 'main',
    order: 90,
  },
  routes: [
    {
      path: 'notifications',
      lazy: () => import('./pages/NotificationsPage.tsx').then((m) => ({ Component: m.default })),
    },
  ],
};
