import { AuditOutlined, BookOutlined, ScheduleOutlined } from '@ant-design/icons';
import type { ComponentType } from 'react';
import type { Feature } from '../../app/feature.ts';
import { receptionEn, receptionVi } from './messages.ts';

const page = (load: () => Promise<{ default: ComponentType }>) => () =>
  load().then((m) => ({ Component: m.default }));

/** Citizen reception: the schedules, the reception log and the heads' compliance with the minimum. */
export const receptionFeature: Feature = {
  key: 'reception',
  menu: [
    {
      labelKey: 'reception.menu.visits',
      icon: <BookOutlined />,
      permission: 'reception:read',
      path: '/tiep-cong-dan/so',
      group: 'work',
      order: 60,
    },
    {
      labelKey: 'reception.menu.schedules',
      icon: <ScheduleOutlined />,
      permission: 'reception:read',
      path: '/tiep-cong-dan/lich',
      group: 'work',
      order: 61,
    },
    {
      labelKey: 'reception.menu.compliance',
      icon: <AuditOutlined />,
      permission: 'reception:read',
      path: '/tiep-cong-dan/tuan-thu',
      group: 'work',
      order: 62,
    },
  ],
  routes: [
    {
      path: 'tiep-cong-dan/so',
      handle: { permission: 'reception:read' },
      lazy: page(() => import('./pages/VisitsPage.tsx')),
    },
    {
      path: 'tiep-cong-dan/lich',
      handle: { permission: 'reception:read' },
      lazy: page(() => import('./pages/SchedulesPage.tsx')),
    },
    {
      path: 'tiep-cong-dan/tuan-thu',
      handle: { permission: 'reception:read' },
      lazy: page(() => import('./pages/CompliancePage.tsx')),
    },
  ],
  messages: { vi: { reception: receptionVi }, en: { reception: receptionEn } },
};
