import {
  CarryOutOutlined,
  FileSearchOutlined,
  FlagOutlined,
  ProfileOutlined,
  SolutionOutlined,
} from '@ant-design/icons';
import type { ComponentType } from 'react';
import type { Feature } from '../../app/feature.ts';
import { plansEn, plansVi } from './messages.ts';

const page = (load: () => Promise<{ default: ComponentType }>) => () =>
  load().then((m) => ({ Component: m.default }));

/** Plans and tasks: plans and their cascade, tasks and "my tasks", guiding documents, leaders, themes. */
export const plansFeature: Feature = {
  key: 'plans',
  menu: [
    {
      labelKey: 'plans.menu.myTasks',
      icon: <CarryOutOutlined />,
      permission: 'plans:read',
      path: '/nhiem-vu-cua-toi',
      group: 'work',
      order: 10,
    },
    {
      labelKey: 'plans.menu.plans',
      icon: <ProfileOutlined />,
      permission: 'plans:read',
      path: '/ke-hoach',
      group: 'work',
      order: 20,
    },
    {
      labelKey: 'plans.menu.documents',
      icon: <FileSearchOutlined />,
      permission: 'plans:read',
      path: '/van-ban-chi-dao',
      group: 'work',
      order: 30,
    },
    {
      labelKey: 'plans.menu.leaders',
      icon: <SolutionOutlined />,
      permission: 'plans:read',
      path: '/lanh-dao-phu-trach',
      group: 'work',
      order: 40,
    },
    {
      labelKey: 'plans.menu.themes',
      icon: <FlagOutlined />,
      permission: 'plans:read',
      path: '/chu-de-phong-trao',
      group: 'work',
      order: 50,
    },
  ],
  routes: [
    {
      path: 'ke-hoach',
      handle: { permission: 'plans:read' },
      lazy: page(() => import('./pages/PlansPage.tsx')),
    },
    {
      path: 'ke-hoach/moi',
      handle: { permission: 'plans:unit-write' },
      lazy: page(() => import('./pages/PlanEditorPage.tsx')),
    },
    {
      path: 'ke-hoach/:id/sua',
      handle: { permission: 'plans:unit-write' },
      lazy: page(() => import('./pages/PlanEditorPage.tsx')),
    },
    {
      path: 'ke-hoach/:id/:tab?',
      handle: { permission: 'plans:read' },
      lazy: page(() => import('./pages/PlanPage.tsx')),
    },
    {
      path: 'nhiem-vu-cua-toi',
      handle: { permission: 'plans:read' },
      lazy: page(() => import('./pages/MyTasksPage.tsx')),
    },
    {
      path: 'van-ban-chi-dao',
      handle: { permission: 'plans:read' },
      lazy: page(() => import('./pages/GuidingDocumentsPage.tsx')),
    },
    {
      path: 'lanh-dao-phu-trach',
      handle: { permission: 'plans:read' },
      lazy: page(() => import('./pages/LeadersPage.tsx')),
    },
    {
      path: 'chu-de-phong-trao',
      handle: { permission: 'plans:read' },
      lazy: page(() => import('./pages/ThemesPage.tsx')),
    },
  ],
  messages: {
    vi: { plans: plansVi },
    en: { plans: plansEn },
  },
};
