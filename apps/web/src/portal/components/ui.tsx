import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';
import { isApiError } from '../../shared/http.ts';
import { portalApi } from '../api.ts';
import { useSiteI18n, useT } from '../i18n.ts';

// the proof-of-work widget is loaded with the forms that show it only, never with the home page
const Altcha = lazy(() => import('./Altcha.tsx'));

/** A read of the API for a page: loading, the data, the error; `reload` reads again. */
export function useData<T>(load: (signal: AbortSignal) => Promise<T>, deps: unknown[]) {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({ loading: true });
  const [tick, setTick] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  useEffect(() => {
    const ctl = new AbortController();
    setState((s) => ({ data: s.data, loading: true }));
    loadRef.current(ctl.signal).then(
      (data) => !ctl.signal.aborted && setState({ data, loading: false }),
      (error: unknown) => !ctl.signal.aborted && setState({ error, loading: false }),
    );
    return () => ctl.abort();
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { ...state, reload };
}

/** The server's own message (problem+json `detail`, in Vietnamese), or what went wrong on the way. */
export function errorText(error: unknown, t: ReturnType<typeof useT>): string {
  if (isApiError(error)) {
    if (error.status === 0) return t('site.errors.network');
    if (error.status === 429) return error.detail || t('site.errors.tooMany');
    if (error.detail) return error.detail;
    return t('site.errors.unknown');
  }
  return t('site.errors.unknown');
}

export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  if (!error) return null;
  const fields = isApiError(error) ? error.errors : [];
  return (
    <div className="notice notice-error" role="alert">
      <p style={{ margin: 0 }}>{errorText(error, t)}</p>
      {fields.length > 1 && (
        <ul>
          {fields.map((f) => (
            <li key={f.path}>{f.message}</li>
          ))}
        </ul>
      )}
      {onRetry && (
        <button type="button" className="linkish" onClick={onRetry}>
          {t('site.common.retry')}
        </button>
      )}
    </div>
  );
}

/**
 * The top of a portal form: how many fields need fixing, or why the server refused it. The form's
 * submit moves the focus here (`focusRef`), so a screen reader reads it first.
 */
export function FormSummary({
  focusRef,
  errorCount,
  fixText,
  failure,
}: {
  focusRef: RefObject<HTMLDivElement | null>;
  errorCount: number;
  fixText: string;
  failure: unknown;
}) {
  return (
    <div ref={focusRef} tabIndex={-1}>
      {errorCount > 0 && !failure && (
        <div className="notice notice-error" role="alert">
          {fixText}
        </div>
      )}
      {failure ? <ErrorNotice error={failure} /> : null}
    </div>
  );
}

/**
 * The proof-of-work step of a portal form: its label and hint, the widget (loaded when the form
 * shows), and its error, announced (role="alert"). The group is named by the label and described by
 * the hint and the error, so a screen reader entering the widget's checkbox hears them. `onPayload`
 * gets the solved challenge's payload, or null when it is reset or expires; `resetKey` changing asks
 * for a new challenge (a payload is accepted once). On a refused submit the form calls
 * `focusAltcha(id)` when this is the field to fix.
 */
export function AltchaField({
  id,
  label,
  hint,
  error,
  resetKey,
  onPayload,
}: {
  id: string;
  label: ReactNode;
  hint: ReactNode;
  error?: string | null;
  resetKey: number;
  onPayload: (payload: string | null) => void;
}) {
  const { lang } = useSiteI18n();
  return (
    <div
      className="field"
      data-field="altcha"
      id={id}
      role="group"
      aria-labelledby={`${id}-label`}
      aria-describedby={[`${id}-hint`, error ? `${id}-err` : ''].filter(Boolean).join(' ')}
    >
      {/* focusable from script only: the focus target while the widget is still loading */}
      <span className="label" id={`${id}-label`} tabIndex={-1}>
        {label}
      </span>
      <span className="hint" id={`${id}-hint`}>
        {hint}
      </span>
      <Suspense fallback={<Loading />}>
        <Altcha challengeUrl={portalApi.challengeUrl} lang={lang} resetKey={resetKey} onPayload={onPayload} />
      </Suspense>
      {error && (
        <span className="err" id={`${id}-err`} role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

/** Moves the focus to the challenge of an <AltchaField>: its checkbox, or its label while it loads. */
export function focusAltcha(id: string): void {
  const box = document.getElementById(id)?.querySelector<HTMLElement>('input[type="checkbox"]');
  (box ?? document.getElementById(`${id}-label`))?.focus();
}

export function Loading() {
  const t = useT();
  return (
    <p className="loading" role="status" data-testid="loading">
      {t('site.common.loading')}
    </p>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return (
    <p className="empty" data-testid="empty">
      {children}
    </p>
  );
}

/** A labelled form field with its hint and its error, linked for screen readers. */
export function Field({
  id,
  label,
  hint,
  error,
  required,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  required?: boolean;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required ? <span className="muted"> ({t('site.common.required')})</span> : null}
      </label>
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {children}
      {error && (
        <span className="err" id={`${id}-err`} role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

/** aria attributes of an input inside <Field>. */
export function describedBy(id: string, hint: boolean, error: string | null | undefined) {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-err` : ''].filter(Boolean).join(' ');
  return { 'aria-describedby': ids || undefined, 'aria-invalid': error ? true : undefined };
}

/**
 * A list read page by page with "Xem thêm" (more): the items so far, the total, and `more()`;
 * a change of `deps` (the filters) starts again at page 1.
 */
export function usePagedList<T>(
  load: (page: number, signal: AbortSignal) => Promise<{ items: T[]; total: number }>,
  deps: unknown[],
) {
  const key = JSON.stringify(deps);
  const [pg, setPg] = useState({ key, page: 1, tick: 0 });
  const page = pg.key === key ? pg.page : 1;
  const tick = pg.key === key ? pg.tick : 0;
  const [acc, setAcc] = useState<{ key: string; items: T[]; total: number } | null>(null);
  const [state, setState] = useState<{ error?: unknown; loading: boolean }>({ loading: true });
  const loadRef = useRef(load);
  loadRef.current = load;
  useEffect(() => {
    const ctl = new AbortController();
    setState({ loading: true });
    loadRef.current(page, ctl.signal).then(
      (r) => {
        if (ctl.signal.aborted) return;
        setAcc((prev) =>
          page === 1 || !prev || prev.key !== key
            ? { key, items: r.items, total: r.total }
            : { key, items: [...prev.items, ...r.items], total: r.total },
        );
        setState({ loading: false });
      },
      (error: unknown) => !ctl.signal.aborted && setState({ error, loading: false }),
    );
    return () => ctl.abort();
  }, [key, page, tick]);
  const current = acc && acc.key === key ? acc : null;
  return {
    items: current?.items ?? [],
    total: current?.total ?? 0,
    loaded: current !== null,
    loading: state.loading,
    error: state.error,
    hasMore: !!current && current.items.length < current.total,
    more: () => setPg({ key, page: page + 1, tick }),
    retry: () => setPg({ key, page, tick: tick + 1 }),
  };
}

/** A text input's value, passed on after the user stops typing for a moment. */
export function useDebounced<T>(value: T, ms = 350): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const h = setTimeout(() => setV(value), ms);
    return () => clearTimeout(h);
  }, [value, ms]);
  return v;
}

/** "Xem thêm" under a list, and what is shown of the total. */
export function MoreButton({
  shown,
  total,
  loading,
  onMore,
}: {
  shown: number;
  total: number;
  loading: boolean;
  onMore: () => void;
}) {
  const t = useT();
  return (
    <div className="actions" style={{ justifyContent: 'center' }}>
      <p className="meta" aria-live="polite" style={{ width: '100%', textAlign: 'center' }}>
        {t('site.common.shown', { shown, total })}
      </p>
      {shown < total && (
        <button type="button" className="btn" onClick={onMore} disabled={loading} data-testid="more">
          {loading ? t('site.common.loading') : t('site.common.more')}
        </button>
      )}
    </div>
  );
}
