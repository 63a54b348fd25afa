import { Alert, Button, Typography } from 'antd';
import type { CSSProperties } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import { isApiError, type FieldError } from '../http.ts';
import { errorParts } from '../errors.ts';

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
  const { title, detail, retryable } = errorParts(error, i18n);
  const retry = onRetry && retryable ? onRetry : undefined;
  const errors = fieldErrors ?? api?.errors ?? [];
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
