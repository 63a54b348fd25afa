import { BarChartOutlined, ReadOutlined } from '@ant-design/icons';
import type { ComponentType } from 'react';
import type { Feature } from '../../app/feature.ts';
import { trainingEn, trainingVi } from './messages.ts';

const page = (load: () => Promise<{ default: ComponentType }>) => () =>
  load().then((m) => ({ Component: m.default }));

/** Training courses on dân vận work, their attendees, and the per-unit figures. */
export const trainingFeature: Feature = {
  key: 'training',
  menu: [
    {
      labelKey: 'training.menu.courses',
      icon: <ReadOutlined />,
      permission: 'training:read',
      path: '/tap-huan',
      group: 'work',
      order: 74,
    },
    {
      labelKey: 'training.menu.figures',
      icon: <BarChartOutlined />,
      permission: 'training:read',
      path: '/tap-huan/so-lieu',
      group: 'work',
      order: 75,
    },
  ],
  routes: [
    {
      path: 'tap-huan',
      handle: { permission: 'training:read' },
      lazy: page(() => import('./pages/CoursesPage.tsx')),
    },
    {
      path: 'tap-huan/so-lieu',
      handle: { permission: 'training:read' },
      lazy: page(() => import('./pages/FiguresPage.tsx')),
    },
    {
      path: 'tap-huan/:id',
      handle: { permission: 'training:read' },
      lazy: page(() => import('./pages/CoursePage.tsx')),
    },
  ],
  messages: { vi: { training: trainingVi }, en: { training: trainingEn } },
};
