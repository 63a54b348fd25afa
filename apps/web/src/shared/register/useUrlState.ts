import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { UNSAFE_DataRouterContext, useLocation, useSearchParams } from 'react-router';

/**
 * One value held in the URL's search params: how to read it, how to write it, and its default.
 * A value equal to its default is left out of the URL, so the plain address is the default view.
 */
export interface Param<T> {
  default: T;
  parse: (raw: string | null) => T;
  format: (value: T) => string | null;
  /** Text typed into a search box: written to the URL after a pause (see `debounceMs`). */
  debounced?: boolean;
}

const text = (def = ''): Param<string> => ({
  default: def,
  parse: (raw) => raw ?? def,
  format: (v) => ((v ?? '').trim() === def ? null : (v ?? '')),
});

/** The URL's parameter builders; each page declares its filters with them. */
export const param = {
  /** A free-text search (debounced; the committed value is trimmed). */
  search: (): Param<string> => ({ ...text(''), debounced: true }),
  text,
  /** A whole number (e.g. a year or an id), or undefined ('' in the URL when the default is a number). */
  int: <D extends number | undefined = undefined>(def?: D): Param<number | D | undefined> => ({
    default: def as D,
    parse: (raw) => {
      if (raw === null) return def;
      if (raw === '') return undefined;
      const n = Number(raw);
      return Number.isInteger(n) ? n : def;
    },
    format: (v) => (v === def ? null : v === undefined || v === null ? '' : String(v)),
  }),
  /** One code of a closed list; anything else in the URL falls back to the default. */
  oneOf: <V extends string, D extends V | undefined = undefined>(
    values: readonly V[],
    def?: D,
  ): Param<V | D> => ({
    default: def as D,
    parse: (raw) => ((values as readonly string[]).includes(raw ?? '') ? (raw as V) : (def as D)),
    format: (v) => (v === def || v === undefined ? null : v),
  }),
  /** A yes/no switch ('1' in the URL). */
  flag: (def = false): Param<boolean> => ({
    default: def,
    parse: (raw) => (raw === null ? def : raw === '1' || raw === 'true'),
    format: (v) => (v === def ? null : v ? '1' : '0'),
  }),
};

/** The page's declared values; each has its own type. */
export type Spec = Record<string, Param<any>>;
export type Values<S extends Spec> = { [K in keyof S]: S[K]['default'] };

export interface Sort {
  field: string;
  order: 'ascend' | 'descend';
}

export interface UrlState<S extends Spec> {
  /**
   * The values the list is queried with (search text trimmed and debounced): named as the list's
   * query parameters, they are its query as they are (`apiUrl` leaves empty values and `false` out).
   */
  filters: Values<S>;
  /** The values shown in the inputs (search text as typed). */
  draft: Values<S>;
  setFilter: <K extends keyof S>(key: K, value: Values<S>[K]) => void;
  /** Sets several filters at once (one URL change, page back to 1). */
  setFilters: (values: Partial<Values<S>>) => void;
  /** Every filter back to its default. */
  reset: () => void;
  /** Some filter differs from its default (the empty state then says "nothing matches"). */
  active: boolean;
  page: number;
  pageSize: number;
  setPage: (page: number, pageSize?: number) => void;
  sort: Sort | null;
  setSort: (sort: Sort | null) => void;
}

export interface UrlStateOptions {
  /** Parameter name prefix when a page holds several registers, e.g. 'mv' → 'mv.page'. */
  prefix?: string;
  pageSize?: number;
  sort?: Sort | null;
  debounceMs?: number;
}

/**
 * A list's filters, page, page size and sort, held in the URL (react-router's search params): a reload
 * or a shared link shows the same view. A filter change returns to page 1; search text reaches the
 * URL after a pause so each key press is not a query.
 */
export function useUrlState<S extends Spec>(spec: S, options: UrlStateOptions = {}): UrlState<S> {
  const { prefix, pageSize: defaultSize = 20, sort: defaultSort = null, debounceMs = 300 } = options;
  const [params, setParams] = useSearchParams();
  const name = useCallback((k: string) => (prefix ? `${prefix}.${k}` : k), [prefix]);
  const keys = Object.keys(spec) as (keyof S & string)[];

  const fromUrl = useMemo(() => {
    const v = {} as Record<string, unknown>;
    for (const k of keys) v[k] = spec[k].parse(params.get(name(k)));
    return v as Values<S>;
    // the spec is declared inline by the page; its keys and codecs do not change between renders
  }, [params, name]);

  // search boxes: the typed text lives here until the pause, then goes to the URL
  const [typed, setTyped] = useState<Record<string, string>>({});
  const written = useRef<Record<string, string>>({});

  const update = useCallback(
    (changes: Record<string, unknown>, resetPage = true) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(changes)) {
            const p = spec[k];
            const raw = p ? p.format(v) : v === null || v === undefined ? null : String(v);
            if (raw === null) next.delete(name(k));
            else next.set(name(k), raw);
          }
          if (resetPage) next.delete(name('page'));
          return next;
        },
        { replace: true },
      );
    },
    [setParams, name],
  );

  // A search box's write is a navigation to this page's address (react-router resolves '?q=…' against
  // the route that asks). Once the user has clicked away (a row link, the menu), it would pull them
  // back here: the next page's code may still be loading, or react-router may still be rendering it
  // in a transition, this page still on screen and its timer still running. So the router's own
  // state is asked, not the rendered one (which lags behind): a write waiting when the route changes
  // is dropped at once; if that navigation comes to nothing (the user stays here), it is written
  // after the pause all the same.
  const router = useContext(UNSAFE_DataRouterContext)?.router;
  const { pathname } = useLocation();
  const here = useRef(pathname);
  here.current = pathname;
  const leaving = useCallback(() => {
    if (!router) return false;
    const { location, navigation } = router.state;
    const target = navigation.state === 'idle' ? location.pathname : navigation.location?.pathname;
    return location.pathname !== here.current || target !== here.current;
  }, [router]);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const dropped = useRef(false);
  const [retry, setRetry] = useState(0);

  // write typed text after the pause
  useEffect(() => {
    const pending = Object.entries(typed).filter(([k, v]) => v.trim() !== String(fromUrl[k] ?? ''));
    if (!pending.length) return;
    const id = setTimeout(() => {
      timer.current = undefined;
      if (leaving()) {
        dropped.current = true;
        return;
      }
      const changes: Record<string, string> = {};
      for (const [k, v] of pending) {
        changes[k] = v.trim();
        written.current[k] = v.trim();
      }
      update(changes);
    }, debounceMs);
    timer.current = id;
    return () => {
      clearTimeout(id);
      if (timer.current === id) timer.current = undefined;
    };
  }, [typed, fromUrl, update, debounceMs, leaving, retry]);

  // the route changes: the waiting write is cancelled now, not when this page is finally unmounted
  useEffect(
    () =>
      router?.subscribe((state) => {
        if (leaving()) {
          if (timer.current !== undefined) {
            clearTimeout(timer.current);
            timer.current = undefined;
            dropped.current = true;
          }
        } else if (dropped.current && state.navigation.state === 'idle') {
          dropped.current = false;
          setRetry((n) => n + 1);
        }
      }),
    [router, leaving],
  );

  // A box's own value changed in the URL from outside (back button, a link, reset): the box shows it.
  // Only a change of that value counts: the address also changes for other reasons (another filter,
  // the page, a tab's route settling after the box appeared), and text being typed must survive them.
  const seen = useRef<Record<string, string> | null>(null);
  useEffect(() => {
    const before = seen.current;
    const now: Record<string, string> = {};
    for (const k of keys) now[k] = String(fromUrl[k] ?? '');
    seen.current = now;
    if (!before) return;
    setTyped((cur) => {
      let changed = false;
      const next = { ...cur };
      for (const k of Object.keys(cur)) {
        const url = now[k] ?? '';
        if (url !== before[k] && url !== cur[k].trim() && url !== written.current[k]) {
          delete next[k];
          changed = true;
        }
        if (url === written.current[k]) delete written.current[k];
      }
      return changed ? next : cur;
    });
  }, [fromUrl]);

  const draft = useMemo(() => {
    const d = { ...fromUrl } as Record<string, unknown>;
    for (const [k, v] of Object.entries(typed)) d[k] = v;
    return d as Values<S>;
  }, [fromUrl, typed]);

  const filters = useMemo(() => {
    const f = { ...fromUrl } as Record<string, unknown>;
    for (const k of keys) if (spec[k].debounced) f[k] = String(f[k] ?? '').trim();
    return f as Values<S>;
  }, [fromUrl]);

  const setFilter = useCallback(
    <K extends keyof S>(key: K, value: Values<S>[K]) => {
      if (spec[key].debounced) setTyped((cur) => ({ ...cur, [key]: String(value ?? '') }));
      else update({ [key]: value });
    },
    [update],
  );

  const setFilters = useCallback(
    (values: Partial<Values<S>>) => {
      setTyped((cur) => {
        const next = { ...cur };
        for (const k of Object.keys(values)) delete next[k];
        return next;
      });
      update(values as Record<string, unknown>);
    },
    [update],
  );

  const reset = useCallback(() => {
    setTyped({});
    const all: Record<string, unknown> = {};
    for (const k of keys) all[k] = spec[k].default;
    update(all);
  }, [update]);

  const active = keys.some((k) => spec[k].format(draft[k]) !== null);

  const pageRaw = Number(params.get(name('page')));
  const page = Number.isInteger(pageRaw) && pageRaw > 0 ? pageRaw : 1;
  const sizeRaw = Number(params.get(name('size')));
  const pageSize = Number.isInteger(sizeRaw) && sizeRaw > 0 && sizeRaw <= 500 ? sizeRaw : defaultSize;

  const setPage = useCallback(
    (p: number, size?: number) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          const sizeChanged = size !== undefined && size !== pageSize;
          const target = sizeChanged ? 1 : p;
          if (target <= 1) next.delete(name('page'));
          else next.set(name('page'), String(target));
          if (size !== undefined) {
            if (size === defaultSize) next.delete(name('size'));
            else next.set(name('size'), String(size));
          }
          return next;
        },
        { replace: true },
      );
    },
    [setParams, name, pageSize, defaultSize],
  );

  const sortRaw = params.get(name('sort'));
  const sort = useMemo<Sort | null>(() => {
    if (sortRaw === null) return defaultSort;
    if (sortRaw === '') return null;
    const desc = sortRaw.startsWith('-');
    return { field: desc ? sortRaw.slice(1) : sortRaw, order: desc ? 'descend' : 'ascend' };
  }, [sortRaw]);

  const setSort = useCallback(
    (s: Sort | null) => {
      const same = (a: Sort | null, b: Sort | null) =>
        a === b || (!!a && !!b && a.field === b.field && a.order === b.order);
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (same(s, defaultSort)) next.delete(name('sort'));
          else next.set(name('sort'), s ? `${s.order === 'descend' ? '-' : ''}${s.field}` : '');
          next.delete(name('page'));
          return next;
        },
        { replace: true },
      );
    },
    [setParams, name],
  );

  return { filters, draft, setFilter, setFilters, reset, active, page, pageSize, setPage, sort, setSort };
}

/**
 * The same state as `useUrlState`, held in the component instead of the URL: for a list that is not
 * a page of its own (an import's preview, the files of a record, a short list inside a card), whose
 * paging need not survive a reload. Search text is applied as typed.
 */
export function useLocalState<S extends Spec>(
  spec: S = {} as S,
  options: Pick<UrlStateOptions, 'pageSize' | 'sort'> = {},
): UrlState<S> {
  const { pageSize: defaultSize = 20, sort: defaultSort = null } = options;
  const keys = Object.keys(spec) as (keyof S & string)[];
  const defaults = () => {
    const v = {} as Record<string, unknown>;
    for (const k of keys) v[k] = spec[k].default;
    return v as Values<S>;
  };
  const [draft, setDraft] = useState<Values<S>>(defaults);
  const [paging, setPaging] = useState({ page: 1, pageSize: defaultSize });
  const [sort, setSortState] = useState<Sort | null>(defaultSort);

  const filters = useMemo(() => {
    const f = { ...draft } as Record<string, unknown>;
    for (const k of keys) if (spec[k].debounced) f[k] = String(f[k] ?? '').trim();
    return f as Values<S>;
  }, [draft]);

  const setFilters = useCallback((values: Partial<Values<S>>) => {
    setDraft((cur) => ({ ...cur, ...values }));
    setPaging((p) => ({ ...p, page: 1 }));
  }, []);
  const setFilter = useCallback(
    <K extends keyof S>(key: K, value: Values<S>[K]) =>
      setFilters({ [key]: value } as unknown as Partial<Values<S>>),
    [setFilters],
  );
  const reset = useCallback(() => setFilters(defaults()), [setFilters]);
  const setPage = useCallback(
    (page: number, size?: number) =>
      setPaging((p) =>
        size !== undefined && size !== p.pageSize ? { page: 1, pageSize: size } : { ...p, page },
      ),
    [],
  );
  const setSort = useCallback((s: Sort | null) => {
    setSortState(s);
    setPaging((p) => ({ ...p, page: 1 }));
  }, []);
  const active = keys.some((k) => spec[k].format(draft[k]) !== null);

  return { filters, draft, setFilter, setFilters, reset, active, ...paging, setPage, sort, setSort };
}
