import { CalendarOutlined, FieldTimeOutlined } from '@ant-design/icons';
import type { ComponentType } from 'react';
import type { Feature } from '../../app/feature.ts';
import { legalEn, legalVi } from './messages.ts';

const page = (load: () => Promise<{ default: ComponentType }>) => () =>
  load().then((m) => ({ Component: m.default }));

/** Legal time limits and the working-day calendar: the administrator's registers. */
export const legalFeature: Feature = {
  key: 'legal',
  menu: [
    {
      labelKey: 'legal.menu.rules',
      icon: <FieldTimeOutlined />,
      permission: 'legal:read',
      path: '/thoi-han',
      group: 'system',
      order: 40,
    },
    {
      labelKey: 'legal.menu.calendar',
      icon: <CalendarOutlined />,
      permission: 'legal:read',
      path: '/lich-ngay-nghi',
      group: 'system',
      order: 45,
    },
  ],
  routes: [
    {
      path: 'thoi-han',
      handle: { permission: 'legal:read' },
      lazy: page(() => import('./pages/RulesPage.tsx')),
    },
    {
      path: 'lich-ngay-nghi',
      handle: { permission: 'legal:read' },
      lazy: page(() => import('./pages/CalendarPage.tsx')),
    },
  ],
  messages: { vi: { legal: legalVi }, en: { legal: legalEn } },
};
