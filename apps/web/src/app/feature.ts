import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import type { Permission } from '@danvan/contracts';

export type Access = Permission | Permission[] | 'authenticated';

/** One entry of the side menu. */
export interface FeatureMenu {
  /** i18n key of the label, e.g. 'menu.org'. */
  labelKey: string;
  icon?: ReactNode;
  /** Who sees it: a permission, any of several, or every signed-in user. */
  permission: Access;
  /** The page it opens; it must be one of the feature's routes, or the item is not shown. */
  path: string;
  /** Menu section: 'main' | 'work' | 'reports' | 'system' (labels: i18n `menuGroups.<group>`). */
  group?: string;
  /** Position inside the section (smaller first; default 100). */
  order?: number;
}

type Dict = { [k: string]: string | Dict };

/**
 * A capability of the web app. Each lives in src/features/<name>/index.tsx and is listed once in
 * src/app/features.ts. Routes may carry `handle: { permission }`; the layout then shows "no access"
 * instead of the page to users without it.
 */
export interface Feature {
  key: string;
  menu?: FeatureMenu | FeatureMenu[];
  /** Pages inside the signed-in layout (paths relative to '/', e.g. 'org' or 'plans/:id'). */
  routes: RouteObject[];
  /** Pages outside the layout, open without signing in (login, public portal). */
  publicRoutes?: RouteObject[];
  /** The feature's own messages, merged into the i18n dictionaries under their top-level keys. */
  messages?: { vi: Dict; en: Dict };
}

export interface RouteHandle {
  permission?: Access;
}
