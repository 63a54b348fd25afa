import { FieldTimeOutlined, FileTextOutlined } from '@ant-design/icons';
import type { ComponentType } from 'react';
import type { Feature } from '../../app/feature.ts';
import { petitionsEn, petitionsVi } from './messages.ts';

const page = (load: () => Promise<{ default: ComponentType }>) => () =>
  load().then((m) => ({ Component: m.default }));

/** Petitions (đơn thư): the register, the deadline overview, the entry form (also from a reception visit) and the case page. */
export const petitionsFeature: Feature = {
  key: 'petitions',
  menu: [
    {
      labelKey: 'petitions.menu',
      icon: <FileTextOutlined />,
      permission: 'petitions:read',
      path: '/don-thu',
      group: 'work',
      order: 63,
    },
    {
      labelKey: 'petitions.overview.menu',
      icon: <FieldTimeOutlined />,
      permission: 'petitions:read',
      path: '/don-thu/han-xu-ly',
      group: 'work',
      order: 64,
    },
  ],
  routes: [
    {
      path: 'don-thu',
      handle: { permission: 'petitions:read' },
      lazy: page(() => import('./pages/PetitionsPage.tsx')),
    },
    {
      path: 'don-thu/moi',
      handle: { permission: 'petitions:handle' },
      lazy: page(() => import('./pages/NewPetitionPage.tsx')),
    },
    {
      path: 'don-thu/han-xu-ly',
      handle: { permission: 'petitions:read' },
      lazy: page(() => import('./pages/DeadlinesPage.tsx')),
    },
    {
      path: 'don-thu/:id',
      handle: { permission: 'petitions:read' },
      lazy: page(() => import('./pages/PetitionPage.tsx')),
    },
  ],
  messages: { vi: { petitions: petitionsVi }, en: { petitions: petitionsEn } },
};
