import { TeamOutlined } from '@ant-design/icons';
import type { Feature } from '../../app/feature.ts';

export const usersFeature: Feature = {
  key: 'users',
  menu: {
    labelKey: 'menu.users',
    icon: <TeamOutlined />,
    permission: 'users:read',
    path: '/users',
    group: 'system',
    order: 20,
  },
  routes: [
    {
      path: 'users',
      handle: { permission: 'users:read' },
      lazy: () => import('./pages/UsersPage.tsx').then((m) => ({ Component: m.default })),
    },
  ],
};
