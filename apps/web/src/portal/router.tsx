/**
 * The portal's router: a few fixed pages under /cong-dan, on the History API. Not react-router: the
 * portal has six flat pages and a size budget (≤150 kB gzipped JS for the first load), and what it needs
 * beyond matching a path is the accessibility of a page change, which it does itself: the new page's h1
 * takes the focus, the window scrolls to the top and the document title changes (see usePageTitle).
 */
import {
  useCallback,
  useEffect,
  useSyncExternalStore,
  type AnchorHTMLAttributes,
  type MouseEvent,
  type ReactNode,
} from 'react';

export const BASE = '/cong-dan';
const EVENT = 'dv:navigate';

/** The in-portal path ('/', '/lich-tiep' …) and its query. */
export interface Location {
  path: string;
  query: URLSearchParams;
}

function subscribe(fn: () => void) {
  window.addEventListener('popstate', fn);
  window.addEventListener(EVENT, fn);
  return () => {
    window.removeEventListener('popstate', fn);
    window.removeEventListener(EVENT, fn);
  };
}
const snapshot = () => window.location.pathname + window.location.search;

export function toPath(pathname: string): string {
  const rest = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname;
  const p = rest.replace(/\/+$/, '');
  return p === '' ? '/' : p;
}

export function href(path: string, query?: Record<string, string | number | undefined | null>): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {}))
    if (v !== undefined && v !== null && v !== '') sp.set(k, String(v));
  const s = sp.toString();
  return `${BASE}${path === '/' ? '' : path}${s ? `?${s}` : ''}`;
}

/** Moves to a portal page; `replace` for a change of filters that should not make a history entry. */
export function navigate(to: string, opts: { replace?: boolean } = {}) {
  if (opts.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(EVENT));
  if (!opts.replace) {
    window.scrollTo(0, 0);
    focusHeading = true;
  }
}

export function useLocation(): Location {
  const s = useSyncExternalStore(subscribe, snapshot, () => `${BASE}`);
  const url = new URL(s, 'http://portal.invalid');
  return { path: toPath(url.pathname), query: url.searchParams };
}

/** One query parameter as state kept in the address (replaces the entry: filters are not pages). */
export function useQueryParam(name: string): [string, (v: string) => void] {
  const { path, query } = useLocation();
  const value = query.get(name) ?? '';
  const set = useCallback(
    (v: string) => {
      const next = new URLSearchParams(window.location.search);
      if (v) next.set(name, v);
      else next.delete(name);
      const s = next.toString();
      navigate(`${BASE}${path === '/' ? '' : path}${s ? `?${s}` : ''}`, { replace: true });
    },
    [name, path],
  );
  return [value, set];
}

let focusHeading = false;

/**
 * The page's document title ("<page> · Dân vận chính quyền"), and after a navigation the focus on its
 * h1, so a screen reader announces the new page.
 */
export function usePageTitle(title: string, brand: string) {
  useEffect(() => {
    document.title = `${title} · ${brand}`;
  }, [title, brand]);
  useEffect(() => {
    if (!focusHeading) return;
    focusHeading = false;
    const h1 = document.querySelector<HTMLElement>('main h1');
    if (h1) {
      h1.tabIndex = -1;
      h1.focus({ preventScroll: true });
    }
  }, []);
}

/** A link inside the portal: a real <a href>, opened in place unless a modifier key asks otherwise. */
export function Link({
  to,
  children,
  ...rest
}: { to: string; children: ReactNode } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'>) {
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    rest.onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(to);
  };
  return (
    <a {...rest} href={to} onClick={onClick}>
      {children}
    </a>
  );
}
