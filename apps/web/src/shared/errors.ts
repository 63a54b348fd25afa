import type { FormInstance } from 'antd';
import { isApiError, type ApiError, type FieldError } from './http.ts';
import type { I18n } from '../i18n/index.tsx';

/**
 * One line for a toast: the server's Vietnamese detail in Vietnamese; in English the code's message
 * (`errors.<code>`, with the server's params) when the web has it, else the server's Vietnamese detail.
 */
export function errorMessage(err: unknown, i18n: Pick<I18n, 'lang' | 't' | 'has'>): string {
  if (!isApiError(err)) return i18n.t('errors.unknown');
  if (err.code === 'network') return i18n.t('errors.network');
  const key = `errors.${err.code}`;
  if (i18n.lang === 'vi') return err.detail || (i18n.has(key) ? i18n.t(key) : i18n.t('errors.unknown'));
  return i18n.has(key) ? i18n.t(key, err.params) : err.detail || i18n.t('errors.unknown');
}

/** The title of an error: the code's message when we have one. */
export function errorTitle(err: unknown, i18n: Pick<I18n, 't' | 'has'>): string {
  if (!isApiError(err)) return i18n.t('errors.title');
  if (err.code === 'network') return i18n.t('errors.network');
  const key = `errors.${err.code}`;
  return i18n.has(key) ? i18n.t(key, err.params) : i18n.t('errors.title');
}

/** Only a failure that may pass on its own (no connection, a server fault) is worth a "Thử lại". */
function isRetryable(error: unknown): boolean {
  if (!isApiError(error)) return true;
  return error.code === 'network' || error.status === 0 || error.status >= 500 || error.status === 429;
}

const bare = (s: string) =>
  s
    .trim()
    .replace(/[.!…:;\s]+$/u, '')
    .toLocaleLowerCase('vi');

/**
 * An error as an alert shows it: the code's message as the title, the server's own detail (already in
 * Vietnamese) below it unless it only repeats the title (then it replaces it) or only lists the field
 * errors; and whether retrying could help.
 */
export function errorParts(
  error: unknown,
  i18n: Pick<I18n, 't' | 'has'>,
): { title: string; detail: string | null; retryable: boolean } {
  const api = isApiError(error) ? error : null;
  const codeTitle = errorTitle(error, i18n);
  const ownDetail = api && api.code !== 'network' && api.detail ? api.detail : null;
  // "Tên đăng nhập hoặc mật khẩu không đúng" + "Tên đăng nhập hoặc mật khẩu không đúng. Sau 5 lần…"
  const repeats = !!ownDetail && bare(ownDetail).startsWith(bare(codeTitle));
  const title = repeats && ownDetail ? ownDetail : codeTitle;
  // the detail of a validation error is its field errors in one line: shown as the list, not twice
  const listed = new Set((api?.errors ?? []).map((e) => bare(e.message)));
  const sentences = (ownDetail ?? '').split(/(?<=[.!?…])\s+/u).filter((s) => s.trim());
  const onlyFieldErrors = listed.size > 0 && sentences.every((s) => listed.has(bare(s)));
  const detail = repeats || onlyFieldErrors ? null : ownDetail;
  return { title, detail, retryable: isRetryable(error) };
}

/**
 * The message of a field error as shown under its own field: without the label the field already
 * shows ("Họ và tên: không được để trống." → "Không được để trống.").
 */
export function fieldMessage(e: FieldError): string {
  const m = e.message.trim();
  if (e.label && m.startsWith(`${e.label}: `)) {
    const rest = m.slice(e.label.length + 2);
    return rest.charAt(0).toLocaleUpperCase('vi') + rest.slice(1);
  }
  return m;
}

/** 'parts.0.code' → ['parts', 0, 'code'] */
export function toNamePath(path: string): (string | number)[] {
  return path
    .split('.')
    .filter(Boolean)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/**
 * Puts the server's per-field errors on the form's fields. Returns the errors that match no field
 * (to show in an alert).
 */
export function applyFieldErrors(form: FormInstance, err: unknown): ApiError['errors'] {
  if (!isApiError(err) || !err.errors.length) return [];
  const registered = new Set(form.getFieldsError().map((f) => JSON.stringify(f.name)));
  const rest: ApiError['errors'] = [];
  const fields: { name: (string | number)[]; errors: string[] }[] = [];
  for (const e of err.errors) {
    const name = toNamePath(e.path);
    if (name.length && registered.has(JSON.stringify(name))) fields.push({ name, errors: [fieldMessage(e)] });
    else rest.push(e);
  }
  if (fields.length) form.setFields(fields);
  return rest;
}
