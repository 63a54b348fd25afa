import type { RouteObject } from 'react-router';
import type { Feature, FeatureMenu } from './feature.ts';

export const GROUP_ORDER = ['main', 'work', 'reports', 'system'];

function joinPath(parent: string, child: string | undefined): string {
  if (child === undefined) return parent;
  if (child.startsWith('/')) return child;
  return `${parent.replace(/\/$/, '')}/${child}`;
}

/** Every concrete path the routes define ('/org', '/users', …; index routes give their parent's). */
export function routePaths(routes: RouteObject[], parent = '/'): string[] {
  const out: string[] = [];
  for (const r of routes) {
    const p = r.index ? parent : joinPath(parent, r.path);
    if (r.index || r.path !== undefined) out.push(p === '' ? '/' : p);
    if (r.children) out.push(...routePaths(r.children, p));
  }
  return out;
}

export interface MenuEntry extends FeatureMenu {
  key: string;
}

/** The menu entries whose page exists, sorted by section then order. Permission is checked by the caller. */
export function menuEntries(features: Feature[]): MenuEntry[] {
  const entries: MenuEntry[] = [];
  for (const f of features) {
    const paths = new Set(routePaths(f.routes));
    const menus = f.menu ? (Array.isArray(f.menu) ? f.menu : [f.menu]) : [];
    for (const [i, m] of menus.entries()) {
      if (!paths.has(m.path)) {
        if (import.meta.env.DEV) console.warn(`Menu ${m.labelKey}: no route for ${m.path}`);
        continue;
      }
      entries.push({ ...m, key: `${f.key}:${i}` });
    }
  }
  const g = (x?: string) => {
    const i = GROUP_ORDER.indexOf(x ?? 'main');
    return i < 0 ? GROUP_ORDER.length : i;
  };
  return entries.sort((a, b) => g(a.group) - g(b.group) || (a.order ?? 100) - (b.order ?? 100));
}

/** The menu entry for the current location: the longest path that prefixes it. */
export function activeEntry(entries: MenuEntry[], pathname: string): MenuEntry | undefined {
  let best: MenuEntry | undefined;
  for (const e of entries) {
    const hit = e.path === '/' ? pathname === '/' : pathname === e.path || pathname.startsWith(`${e.path}/`);
    if (hit && (!best || e.path.length > best.path.length)) best = e;
  }
  return best;
}
