import { Alert, Button, Typography } from 'antd';
import type { CSSProperties } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import { isApiError, type FieldError } from '../http.ts';
import { errorTitle } from '../errors.ts';

/**
 * An API error as an alert: the code's message as the title, the server's detail (already Vietnamese),
 * the per-field errors and the request id (for the help desk).
 */
export function ErrorAlert({
  error,
  fieldErrors,
  onRetry,
  style,
}: {
  error: unknown;
  /** Only these field errors (e.g. those that matched no form field); default all. */
  fieldErrors?: FieldError[];
  onRetry?: () => void;
  style?: CSSProperties;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  if (!error) return null;
  const api = isApiError(error) ? error : null;
  const title = errorTitle(error, i18n);
  const detail = api && api.code !== 'network' && api.detail && api.detail !== title ? api.detail : null;
  const errors = fieldErrors ?? api?.errors ?? [];
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={{ marginBottom: 16, ...style }}
      title={title}
      description={
        detail || errors.length || api?.requestId ? (
          <div>
            {detail && <div>{detail}</div>}
            {errors.length > 0 && (
              <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
                {errors.map((e, i) => (
                  <li key={i}>
                    {e.path ? <strong>{e.path}: </strong> : null}
                    {e.message}
                  </li>
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
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
