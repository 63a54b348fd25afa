/**
 * The portal's pages, as a registry modules add to. The server has the other half: its section
 * registry (apps/server/src/core/portal.ts) says which sections exist and what they hold; the home page
 * lists the server's sections, each opening the page registered here for its `section` key, or the
 * generic section page when no module registered a page of its own (consultations, published
 * inspection results … appear on the portal as soon as the server registers them, and get a page of
 * their own here when they need more than a list).
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { SiteKey } from './i18n.ts';
import { href } from './router.tsx';

export interface PortalPage {
  key: string;
  /** In-portal path ('/lich-tiep'). */
  path: string;
  /** Menu label and page title. */
  navKey: SiteKey;
  /** Place in the menu (smaller first). */
  order: number;
  /** The server's section this page shows, if any (its home section links here). */
  section?: string;
  /** Loaded on demand, so the home page's first load stays small. */
  page: LazyExoticComponent<ComponentType>;
}

const pages: PortalPage[] = [];

export function registerPortalPage(p: PortalPage): void {
  if (pages.some((x) => x.key === p.key || x.path === p.path))
    throw new Error(`portal page ${p.key} (${p.path}) registered twice`);
  pages.push(p);
  pages.sort((a, b) => a.order - b.order);
}

export function portalPages(): readonly PortalPage[] {
  return pages;
}

/** The generic page of a server section that no page was registered for. */
export const SECTION_PATH = '/muc';

/** Where a server section's items are read: its own page, or the generic section page. */
export function sectionHref(section: string): string {
  const own = pages.find((p) => p.section === section);
  return own ? href(own.path) : href(SECTION_PATH, { k: section });
}

registerPortalPage({
  key: 'schedules',
  path: '/lich-tiep',
  navKey: 'site.nav.schedules',
  order: 10,
  section: 'schedules',
  page: lazy(() => import('./pages/SchedulesPage.tsx')),
});
registerPortalPage({
  key: 'submit',
  path: '/gui',
  navKey: 'site.nav.submit',
  order: 20,
  page: lazy(() => import('./pages/SubmitPage.tsx')),
});
registerPortalPage({
  key: 'lookup',
  path: '/tra-cuu',
  navKey: 'site.nav.lookup',
  order: 30,
  page: lazy(() => import('./pages/LookupPage.tsx')),
});
registerPortalPage({
  key: 'rate',
  path: '/danh-gia',
  navKey: 'site.nav.rate',
  order: 35,
  page: lazy(() => import('./pages/RatePage.tsx')),
});
registerPortalPage({
  key: 'answers',
  path: '/tra-loi',
  navKey: 'site.nav.answers',
  order: 40,
  section: 'answers',
  page: lazy(() => import('./pages/AnswersPage.tsx')),
});
registerPortalPage({
  key: 'consultations',
  path: '/lay-y-kien',
  navKey: 'site.nav.consultations',
  order: 45,
  section: 'consultations',
  page: lazy(() => import('./pages/ConsultationsPage.tsx')),
});
registerPortalPage({
  key: 'models',
  path: '/mo-hinh',
  navKey: 'site.nav.models',
  order: 50,
  section: 'models',
  page: lazy(() => import('./pages/ModelsPage.tsx')),
});
