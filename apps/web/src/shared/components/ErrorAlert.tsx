import { Alert, Button, Typography } from 'antd';
import type { CSSProperties } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import { isApiError, type FieldError } from '../http.ts';
import { errorTitle } from '../errors.ts';

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
 * An API error as an alert: the code's message as the title, the server's detail (already Vietnamese),
 * the per-field errors and the request id (for the help desk). A detail that only repeats the title
 * (or says the same at greater length) replaces it: the message is shown once. Retry is offered only
 * for errors that retrying can fix, never for "no access" or "not found".
 */
export function ErrorAlert({
  error,
  fieldErrors,
  onRetry,
  style,
  id,
}: {
  error: unknown;
  /** For a field's aria-describedby (the login form points its password field at it). */
  id?: string;
  /** Only these field errors (e.g. those that matched no form field); default all. */
  fieldErrors?: FieldError[];
  onRetry?: () => void;
  style?: CSSProperties;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  if (!error) return null;
  const api = isApiError(error) ? error : null;
  const codeTitle = errorTitle(error, i18n);
  const ownDetail = api && api.code !== 'network' && api.detail ? api.detail : null;
  // "Tên đăng nhập hoặc mật khẩu không đúng" + "Tên đăng nhập hoặc mật khẩu không đúng. Sau 5 lần…"
  const repeats = !!ownDetail && bare(ownDetail).startsWith(bare(codeTitle));
  const title = repeats && ownDetail ? ownDetail : codeTitle;
  const retry = onRetry && isRetryable(error) ? onRetry : undefined;
  const errors = fieldErrors ?? api?.errors ?? [];
  // the detail of a validation error is its field errors in one line: shown as the list, not twice
  const listed = new Set((api?.errors ?? []).map((e) => bare(e.message)));
  const sentences = (ownDetail ?? '').split(/(?<=[.!?…])\s+/u).filter((s) => s.trim());
  const onlyFieldErrors = listed.size > 0 && sentences.every((s) => listed.has(bare(s)));
  const detail = repeats || onlyFieldErrors ? null : ownDetail;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      id={id}
      style={{ marginBottom: 16, ...style }}
      title={title}
      description={
        detail || errors.length || api?.requestId ? (
          <div>
            {detail && <div>{detail}</div>}
            {errors.length > 0 && (
              <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
                {errors.map((e, i) => (
                  // the whole message: it names the field by its Vietnamese label, never by its key
                  <li key={i}>{e.message}</li>
                ))}
              </ul>
            )}
            {api?.requestId && api.status >= 500 && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('errors.requestId', { id: api.requestId })}
              </Typography.Text>
            )}
          </div>
        ) : undefined
      }
      action={
        retry ? (
          <Button size="small" onClick={retry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
