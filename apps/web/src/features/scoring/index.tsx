import { AuditOutlined, FormOutlined, OrderedListOutlined } from '@ant-design/icons';
import type { ComponentType } from 'react';
import type { Feature } from '../../app/feature.ts';
import { scoringEn, scoringVi } from './messages.ts';

const page = (load: () => Promise<{ default: ComponentType }>) => () =>
  load().then((m) => ({ Component: m.default }));

/**
 * Scoring, appraisal and ranking (DOMAIN.md part C): the criteria sets and band schemes as data, the
 * unit's self-assessment with proposed scores and evidence, the team's appraisal, the unit's
 * explanation, the decision, the ranking per group with its cap and the decision .docx.
 */
export const scoringFeature: Feature = {
  key: 'scoring',
  menu: [
    {
      labelKey: 'scoring.menu.self',
      icon: <FormOutlined />,
      permission: ['scoring:draft', 'scoring:submit'],
      path: '/cham-diem',
      group: 'reports',
      order: 50,
    },
    {
      labelKey: 'scoring.menu.rounds',
      icon: <OrderedListOutlined />,
      permission: 'scoring:read',
      path: '/cham-diem/dot',
      group: 'reports',
      order: 51,
    },
    {
      labelKey: 'scoring.menu.sets',
      icon: <AuditOutlined />,
      permission: 'scoring:manage',
      path: '/cham-diem/bo-tieu-chi',
      group: 'reports',
      order: 52,
    },
  ],
  routes: [
    {
      path: 'cham-diem',
      handle: { permission: ['scoring:draft', 'scoring:submit'] },
      lazy: page(() => import('./pages/SelfAssessmentsPage.tsx')),
    },
    {
      path: 'cham-diem/dot',
      handle: { permission: 'scoring:read' },
      lazy: page(() => import('./pages/RoundsPage.tsx')),
    },
    {
      path: 'cham-diem/dot/:id/:tab?',
      handle: { permission: 'scoring:read' },
      lazy: page(() => import('./pages/RoundPage.tsx')),
    },
    {
      path: 'cham-diem/ban-cham/:id',
      handle: { permission: 'scoring:read' },
      lazy: page(() => import('./pages/AssessmentPage.tsx')),
    },
    {
      path: 'cham-diem/bo-tieu-chi',
      handle: { permission: 'scoring:read' },
      lazy: page(() => import('./pages/CriteriaSetsPage.tsx')),
    },
    {
      path: 'cham-diem/bo-tieu-chi/:id',
      handle: { permission: 'scoring:read' },
      lazy: page(() => import('./pages/CriteriaSetPage.tsx')),
    },
    {
      path: 'cham-diem/thang-xep-loai',
      handle: { permission: 'scoring:read' },
      lazy: page(() => import('./pages/BandSchemesPage.tsx')),
    },
  ],
  messages: { vi: { scoring: scoringVi }, en: { scoring: scoringEn } },
};
