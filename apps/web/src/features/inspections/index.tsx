import { AuditOutlined, ScheduleOutlined } from '@ant-design/icons';
import type { ComponentType } from 'react';
import type { Feature } from '../../app/feature.ts';
import { inspectionsEn, inspectionsVi } from './messages.ts';

const page = (load: () => Promise<{ default: ComponentType }>) => () =>
  load().then((m) => ({ Component: m.default }));

/** Inspections of public duty: the yearly plans, the inspections, violations and recommendations. */
export const inspectionsFeature: Feature = {
  key: 'inspections',
  menu: [
    {
      labelKey: 'inspections.menu.inspections',
      icon: <AuditOutlined />,
      permission: 'inspections:read',
      path: '/thanh-tra',
      group: 'work',
      order: 76,
    },
    {
      labelKey: 'inspections.menu.plans',
      icon: <ScheduleOutlined />,
      permission: 'inspections:read',
      path: '/thanh-tra/ke-hoach',
      group: 'work',
      order: 77,
    },
  ],
  routes: [
    {
      path: 'thanh-tra',
      handle: { permission: 'inspections:read' },
      lazy: page(() => import('./pages/InspectionsPage.tsx')),
    },
    {
      path: 'thanh-tra/ke-hoach',
      handle: { permission: 'inspections:read' },
      lazy: page(() => import('./pages/PlansPage.tsx')),
    },
    {
      path: 'thanh-tra/ke-hoach/:id',
      handle: { permission: 'inspections:read' },
      lazy: page(() => import('./pages/PlanPage.tsx')),
    },
    {
      path: 'thanh-tra/:id',
      handle: { permission: 'inspections:read' },
      lazy: page(() => import('./pages/InspectionPage.tsx')),
    },
  ],
  messages: { vi: { inspections: inspectionsVi }, en: { inspections: inspectionsEn } },
};
