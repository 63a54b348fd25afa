import { BulbOutlined, SafetyCertificateOutlined, TrophyOutlined } from '@ant-design/icons';
import type { ComponentType } from 'react';
import type { Feature } from '../../app/feature.ts';
import { modelsEn, modelsVi } from './messages.ts';

const page = (load: () => Promise<{ default: ComponentType }>) => () =>
  load().then((m) => ({ Component: m.default }));

/** "Dân vận khéo" models, commendations and the one-to-two compliance of state bodies. */
export const modelsFeature: Feature = {
  key: 'models',
  menu: [
    {
      labelKey: 'models.menu.models',
      icon: <BulbOutlined />,
      permission: 'models:read',
      path: '/mo-hinh',
      group: 'work',
      order: 70,
    },
    {
      labelKey: 'models.menu.commendations',
      icon: <TrophyOutlined />,
      permission: 'models:read',
      path: '/mo-hinh/khen-thuong',
      group: 'work',
      order: 71,
    },
    {
      labelKey: 'models.menu.compliance',
      icon: <SafetyCertificateOutlined />,
      permission: 'models:read',
      path: '/mo-hinh/tinh-hinh',
      group: 'work',
      order: 72,
    },
  ],
  routes: [
    {
      path: 'mo-hinh',
      handle: { permission: 'models:read' },
      lazy: page(() => import('./pages/ModelsPage.tsx')),
    },
    {
      path: 'mo-hinh/khen-thuong',
      handle: { permission: 'models:read' },
      lazy: page(() => import('./pages/CommendationsPage.tsx')),
    },
    {
      path: 'mo-hinh/tinh-hinh',
      handle: { permission: 'models:read' },
      lazy: page(() => import('./pages/CompliancePage.tsx')),
    },
    {
      path: 'mo-hinh/:id',
      handle: { permission: 'models:read' },
      lazy: page(() => import('./pages/ModelPage.tsx')),
    },
  ],
  messages: { vi: { models: modelsVi }, en: { models: modelsEn } },
};
