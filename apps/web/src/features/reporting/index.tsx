import { AuditOutlined, CalendarOutlined, FileTextOutlined } from '@ant-design/icons';
import type { ComponentType } from 'react';
import type { Feature } from '../../app/feature.ts';
import { reportingEn, reportingVi } from './messages.ts';

const page = (load: () => Promise<{ default: ComponentType }>) => () =>
  load().then((m) => ({ Component: m.default }));

/** Periodic reporting: the unit's reports, periods and their dashboards, templates. */
export const reportingFeature: Feature = {
  key: 'reporting',
  menu: [
    {
      labelKey: 'reporting.menu.my',
      icon: <FileTextOutlined />,
      permission: 'reporting:enter',
      path: '/bao-cao',
      group: 'reports',
      order: 10,
    },
    {
      labelKey: 'reporting.menu.periods',
      icon: <CalendarOutlined />,
      permission: 'reporting:read',
      path: '/bao-cao/ky',
      group: 'reports',
      order: 20,
    },
    {
      labelKey: 'reporting.menu.templates',
      icon: <AuditOutlined />,
      permission: 'reporting:read',
      path: '/bao-cao/de-cuong',
      group: 'reports',
      order: 30,
    },
  ],
  routes: [
    {
      path: 'bao-cao',
      handle: { permission: 'reporting:read' },
      lazy: page(() => import('./pages/MyReportsPage.tsx')),
    },
    {
      path: 'bao-cao/ky',
      handle: { permission: 'reporting:read' },
      lazy: page(() => import('./pages/PeriodsPage.tsx')),
    },
    {
      path: 'bao-cao/ky/:id',
      handle: { permission: 'reporting:read' },
      lazy: page(() => import('./pages/PeriodPage.tsx')),
    },
    { path: 'bao-cao/de-cuong', lazy: page(() => import('./pages/TemplatesPage.tsx')) },
    {
      path: 'bao-cao/de-cuong/moi',
      handle: { permission: 'reporting:templates' },
      lazy: page(() => import('./pages/TemplateBuilderPage.tsx')),
    },
    { path: 'bao-cao/de-cuong/:id', lazy: page(() => import('./pages/TemplatePage.tsx')) },
    {
      path: 'bao-cao/de-cuong/:id/sua',
      handle: { permission: 'reporting:templates' },
      lazy: page(() => import('./pages/TemplateBuilderPage.tsx')),
    },
    {
      path: 'bao-cao/:id',
      handle: { permission: 'reporting:read' },
      lazy: page(() => import('./pages/ReportPage.tsx')),
    },
  ],
  messages: { vi: { reporting: reportingVi }, en: { reporting: reportingEn } },
};
