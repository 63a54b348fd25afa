import {
  AuditOutlined,
  CommentOutlined,
  FormOutlined,
  LineChartOutlined,
  SolutionOutlined,
  TeamOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import type { ComponentType } from 'react';
import type { Feature } from '../../app/feature.ts';
import { answersEn, answersVi } from './messages.ts';

const page = (load: () => Promise<{ default: ComponentType }>) => () =>
  load().then((m) => ({ Component: m.default }));

const read = { permission: 'answers:read' } as const;
const sourcePage = page(() => import('./pages/SourcePage.tsx'));

/**
 * Answering to the people: the items of every source (dialogue commitments, the Front's
 * recommendations, voter petitions, consultation comments) on one tracked-answer mechanism, the
 * answering unit's page to answer many, compliance per unit, and one register per capability.
 */
export const answersFeature: Feature = {
  key: 'answers',
  menu: [
    {
      labelKey: 'answers.menu.items',
      icon: <UnorderedListOutlined />,
      path: '/tra-loi',
      group: 'work',
      order: 80,
      ...read,
    },
    {
      labelKey: 'answers.menu.many',
      icon: <FormOutlined />,
      permission: 'answers:answer',
      path: '/tra-loi/can-tra-loi',
      group: 'work',
      order: 81,
    },
    {
      labelKey: 'answers.menu.dialogues',
      icon: <TeamOutlined />,
      path: '/doi-thoai',
      group: 'work',
      order: 82,
      ...read,
    },
    {
      labelKey: 'answers.menu.front',
      icon: <AuditOutlined />,
      path: '/giam-sat-phan-bien',
      group: 'work',
      order: 83,
      ...read,
    },
    {
      labelKey: 'answers.menu.council',
      icon: <SolutionOutlined />,
      path: '/kien-nghi-cu-tri',
      group: 'work',
      order: 84,
      ...read,
    },
    {
      labelKey: 'answers.menu.consultations',
      icon: <CommentOutlined />,
      path: '/lay-y-kien',
      group: 'work',
      order: 85,
      ...read,
    },
    {
      labelKey: 'answers.menu.compliance',
      icon: <LineChartOutlined />,
      path: '/tra-loi/tinh-hinh',
      group: 'work',
      order: 86,
      ...read,
    },
  ],
  routes: [
    { path: 'tra-loi', handle: read, lazy: page(() => import('./pages/ItemsPage.tsx')) },
    {
      path: 'tra-loi/can-tra-loi',
      handle: { permission: 'answers:answer' },
      lazy: page(() => import('./pages/AnswerManyPage.tsx')),
    },
    { path: 'tra-loi/tinh-hinh', handle: read, lazy: page(() => import('./pages/CompliancePage.tsx')) },
    { path: 'tra-loi/:id', handle: read, lazy: page(() => import('./pages/ItemPage.tsx')) },
    { path: 'doi-thoai', handle: read, lazy: page(() => import('./pages/DialoguesPage.tsx')) },
    { path: 'doi-thoai/:id', handle: read, lazy: sourcePage },
    { path: 'giam-sat-phan-bien', handle: read, lazy: page(() => import('./pages/FrontPage.tsx')) },
    { path: 'giam-sat-phan-bien/:id', handle: read, lazy: sourcePage },
    { path: 'kien-nghi-cu-tri', handle: read, lazy: page(() => import('./pages/CouncilPage.tsx')) },
    { path: 'kien-nghi-cu-tri/:id', handle: read, lazy: sourcePage },
    { path: 'lay-y-kien', handle: read, lazy: page(() => import('./pages/ConsultationsPage.tsx')) },
    { path: 'lay-y-kien/:id', handle: read, lazy: sourcePage },
  ],
  messages: { vi: { answers: answersVi }, en: { answers: answersEn } },
};
