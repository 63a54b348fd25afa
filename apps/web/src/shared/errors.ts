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
