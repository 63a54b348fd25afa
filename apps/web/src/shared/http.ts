import type { Problem } from '@danvan/contracts';

export const API_BASE = '/api/v1';

export interface FieldError {
  /** The field's key ('deadlines.1.deadline'), to find its form field. */
  path: string;
  /** The field's Vietnamese label, when the server knows it. */
  label?: string;
  /** The whole message ("<label>: <what to do>."). */
  message: string;
}

/** An error response of the API (application/problem+json), or a network failure (status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly errors: FieldError[];
  /** The parameters of the code's message (`errors.<code>` in the web's dictionaries). */
  readonly params: Record<string, string | number>;
  readonly requestId?: string;
  readonly sessionExpired: boolean;

  constructor(init: {
    status: number;
    code: string;
    detail: string;
    errors?: FieldError[];
    params?: Record<string, string | number>;
    requestId?: string;
    sessionExpired?: boolean;
  }) {
    super(init.detail || init.code);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.detail = init.detail;
    this.errors = init.errors ?? [];
    this.params = init.params ?? {};
    this.requestId = init.requestId;
    this.sessionExpired = init.sessionExpired ?? false;
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

export type Query = Record<string, string | number | boolean | null | undefined | (string | number)[]>;

/** '/org/units' + { q: 'x', page: 2 } → '/api/v1/org/units?q=x&page=2' (empty values are left out). */
export function apiUrl(path: string, query?: Query): string {
  const url = path.startsWith('/api/') ? path : `${API_BASE}${path}`;
  if (!query) return url;
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '' || v === false) continue;
    if (Array.isArray(v)) v.forEach((x) => sp.append(k, String(x)));
    else sp.append(k, String(v));
  }
  const s = sp.toString();
  return s ? `${url}?${s}` : url;
}

const SESSION_EXPIRED_KEY = 'dv.sessionExpired';

/** The login page shows "session expired" once after the server said so. */
export function takeSessionExpiredFlag(): boolean {
  try {
    const v = sessionStorage.getItem(SESSION_EXPIRED_KEY) === '1';
    sessionStorage.removeItem(SESSION_EXPIRED_KEY);
    return v;
  } catch {
    return false;
  }
}

type UnauthorizedListener = (err: ApiError) => void;
const unauthorizedListeners = new Set<UnauthorizedListener>();
/** The app subscribes once: a 401 anywhere ends the session in the UI and goes to the login page. */
export function onUnauthorized(fn: UnauthorizedListener): () => void {
  unauthorizedListeners.add(fn);
  return () => unauthorizedListeners.delete(fn);
}

async function toApiError(res: Response): Promise<ApiError> {
  const sessionExpired = res.headers.get('x-session-expired') === '1';
  if (sessionExpired) {
    try {
      sessionStorage.setItem(SESSION_EXPIRED_KEY, '1');
    } catch {
      /* ignore */
    }
  }
  let body: Partial<Problem> | null = null;
  const type = res.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      body = (await res.json()) as Partial<Problem>;
    } catch {
      body = null;
    }
  }
  return new ApiError({
    status: res.status,
    code: body?.code ?? (res.status === 401 ? 'unauthenticated' : res.status >= 500 ? 'internal' : 'unknown'),
    detail: body?.detail ?? res.statusText,
    errors: body?.errors,
    params: body?.params,
    requestId: body?.requestId,
    sessionExpired,
  });
}

async function send(url: string, init: RequestInit): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(url, { credentials: 'same-origin', ...init });
  } catch {
    throw new ApiError({ status: 0, code: 'network', detail: '' });
  }
  if (!res.ok) {
    const err = await toApiError(res);
    if (res.status === 401 && !url.startsWith(`${API_BASE}/auth/login`))
      unauthorizedListeners.forEach((fn) => fn(err));
    throw err;
  }
  return res;
}

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
}

/** JSON request to the API; throws ApiError on a problem response. */
export async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: BodyInit | undefined;
  if (opts.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(opts.body);
  }
  const res = await send(apiUrl(path, opts.query), { method, headers, body, signal: opts.signal });
  if (res.status === 204) return undefined as T;
  const type = res.headers.get('content-type') ?? '';
  return (type.includes('json') ? await res.json() : await res.text()) as T;
}

export const http = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown, query?: Query) => request<T>('POST', path, { body, query }),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, { body }),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, { body }),
  delete: <T>(path: string) => request<T>('DELETE', path),
};

/** Uploads one file as multipart/form-data (field `file` by default). */
export async function upload<T>(
  path: string,
  file: Blob,
  opts: { query?: Query; field?: string; filename?: string; fields?: Record<string, string> } = {},
): Promise<T> {
  const form = new FormData();
  for (const [k, v] of Object.entries(opts.fields ?? {})) form.append(k, v);
  form.append(opts.field ?? 'file', file, opts.filename ?? (file instanceof File ? file.name : 'file'));
  const res = await send(apiUrl(path, opts.query), {
    method: 'POST',
    headers: { accept: 'application/json' },
    body: form,
  });
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

/** The file name in a Content-Disposition header (RFC 6266: filename* wins over filename). */
export function fileNameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const star = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  if (star) {
    try {
      return decodeURIComponent(star[2].trim().replace(/^"|"$/g, ''));
    } catch {
      /* fall through */
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(header);
  if (plain) return (plain[2] ?? plain[1]).trim();
  return null;
}

/** Downloads a file from the API and saves it under the server's file name. Returns that name. */
export async function downloadFile(
  path: string,
  query?: Query,
  fallbackName = 'tep-tai-ve',
): Promise<string> {
  const res = await send(apiUrl(path, query), { method: 'GET' });
  const blob = await res.blob();
  const name = fileNameFromDisposition(res.headers.get('content-disposition')) ?? fallbackName;
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 30_000);
  return name;
}
