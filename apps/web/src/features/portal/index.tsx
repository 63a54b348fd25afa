import { GlobalOutlined, SmileOutlined } from '@ant-design/icons';
import type { ComponentType } from 'react';
import type { Feature } from '../../app/feature.ts';
import { portalEn, portalVi } from './messages.ts';

const page = (load: () => Promise<{ default: ComponentType }>) => () =>
  load().then((m) => ({ Component: m.default }));

// the action on a resolved petition's page (features/petitions imports it from here)
export { PublishAnswerAction } from './components/PublishAnswer.tsx';

/**
 * The staff side of the citizens' portal: what the unit published there (and withdrawing it), the
 * citizens' satisfaction index by unit and period. The portal itself is its own bundle (src/portal).
 */
export const portalFeature: Feature = {
  key: 'portal',
  menu: [
    {
      labelKey: 'portal.menu.publications',
      icon: <GlobalOutlined />,
      permission: 'portal:read',
      path: '/cong-khai',
      group: 'work',
      order: 90,
    },
    {
      labelKey: 'portal.menu.satisfaction',
      icon: <SmileOutlined />,
      permission: 'portal:read',
      path: '/cong-khai/hai-long',
      group: 'reports',
      order: 90,
    },
  ],
  routes: [
    {
      path: 'cong-khai',
      handle: { permission: 'portal:read' },
      lazy: page(() => import('./pages/PublicationsPage.tsx')),
    },
    {
      path: 'cong-khai/hai-long',
      handle: { permission: 'portal:read' },
      lazy: page(() => import('./pages/SatisfactionPage.tsx')),
    },
  ],
  messages: { vi: { portal: portalVi }, en: { portal: portalEn } },
};
