import { HomeOutlined } from '@ant-design/icons';
import type { Feature } from '../../app/feature.ts';

export const homeFeature: Feature = {
  key: 'home',
  menu: {
    labelKey: 'menu.home',
    icon: <HomeOutlined />,
    permission: 'authenticated',
    path: '/',
    group: 'main',
    order: 0,
  },
  routes: [
    { index: true, lazy: () => import('./pages/HomePage.tsx').then((m) => ({ Component: m.default })) },
  ],
};
