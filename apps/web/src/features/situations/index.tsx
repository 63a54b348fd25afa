import { AimOutlined } from '@ant-design/icons';
import type { ComponentType } from 'react';
import type { Feature } from '../../app/feature.ts';
import { situationsEn, situationsVi } from './messages.ts';

const page = (load: () => Promise<{ default: ComponentType }>) => () =>
  load().then((m) => ({ Component: m.default }));

/** Situation notes (nắm tình hình Nhân dân): the register and one note with its follow-up actions. */
export const situationsFeature: Feature = {
  key: 'situations',
  menu: {
    labelKey: 'situations.menu',
    icon: <AimOutlined />,
    permission: 'situations:read',
    path: '/tinh-hinh-nhan-dan',
    group: 'work',
    order: 60,
  },
  routes: [
    {
      path: 'tinh-hinh-nhan-dan',
      handle: { permission: 'situations:read' },
      lazy: page(() => import('./pages/SituationsPage.tsx')),
    },
    {
      path: 'tinh-hinh-nhan-dan/:id',
      handle: { permission: 'situations:read' },
      lazy: page(() => import('./pages/SituationPage.tsx')),
    },
  ],
  messages: { vi: { situations: situationsVi }, en: { situations: situationsEn } },
};
