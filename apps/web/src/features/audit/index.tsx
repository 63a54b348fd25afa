import { AuditOutlined } from '@ant-design/icons';
import type { Feature } from '../../app/feature.ts';

export const auditFeature: Feature = {
  key: 'audit',
  menu: {
    labelKey: 'menu.audit',
    icon: <AuditOutlined />,
    permission: 'audit:read',
    path: '/audit',
    group: 'system',
    order: 30,
  },
  routes: [
    {
      path: 'audit',
      handle: { permission: 'audit:read' },
      lazy: () => import('./pages/AuditPage.tsx').then((m) => ({ Component: m.default })),
    },
  ],
};
