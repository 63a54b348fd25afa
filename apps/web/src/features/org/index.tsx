import { ApartmentOutlined } from '@ant-design/icons';
import type { Feature } from '../../app/feature.ts';

export const orgFeature: Feature = {
  key: 'org',
  menu: {
    labelKey: 'menu.org',
    icon: <ApartmentOutlined />,
    permission: 'org:read',
    path: '/org',
    group: 'system',
    order: 10,
  },
  routes: [
    {
      path: 'org',
      handle: { permission: 'org:read' },
      lazy: () => import('./pages/OrgPage.tsx').then((m) => ({ Component: m.default })),
    },
  ],
};
