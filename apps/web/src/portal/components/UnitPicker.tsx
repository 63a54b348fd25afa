import { useEffect, useState } from 'react';
import type { PublicUnit } from '@danvan/contracts';
import { portalApi } from '../api.ts';
import { useT } from '../i18n.ts';
import { useData, useDebounced } from './ui.tsx';

const MATCHES = 8;

/**
 * Choosing a unit: type a few words of its name (diacritics optional, the server folds them), then
 * pick one of the matches, listed as radio buttons (works with a screen reader and on a phone without
 * a custom combobox). The chosen unit stays shown with "Đổi" (change).
 */
export function UnitPicker({
  id,
  value,
  onChange,
  error,
  label,
  hint,
  required,
}: {
  id: string;
  value: PublicUnit | null;
  onChange: (u: PublicUnit | null) => void;
  error?: string | null;
  label: string;
  hint?: string;
  required?: boolean;
}) {
  const t = useT();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 300);
  const matches = useData(
    (signal) =>
      q.length >= 2
        ? portalApi.units({ q, pageSize: MATCHES }, signal)
        : Promise.resolve({ items: [] as PublicUnit[], total: 0 }),
    [q],
  );
  useEffect(() => {
    if (value) setText('');
  }, [value]);

  if (value)
    return (
      <div className="field">
        <span id={`${id}-label`} className="label">
          {label}
        </span>
        <p
          className="card"
          style={{ margin: 0 }}
          aria-labelledby={`${id}-label`}
          data-testid={`${id}-chosen`}
        >
          <strong lang="vi">{value.name}</strong>
          {value.parentName && (
            <span className="meta" lang="vi">
              {' '}
              · {value.parentName}
            </span>
          )}{' '}
          <button type="button" className="linkish" onClick={() => onChange(null)}>
            {t('site.unitPicker.change')}
          </button>
        </p>
      </div>
    );

  const items = matches.data?.items ?? [];
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
      <input
        id={id}
        type="search"
        value={text}
        autoComplete="off"
        onChange={(e) => setText(e.target.value)}
        placeholder={t('site.unitPicker.placeholder')}
        aria-describedby={
          [hint ? `${id}-hint` : '', error ? `${id}-err` : ''].filter(Boolean).join(' ') || undefined
        }
        aria-invalid={error ? true : undefined}
        data-testid={`${id}-search`}
      />
      {error && (
        <span className="err" id={`${id}-err`} role="alert">
          {error}
        </span>
      )}
      <div aria-live="polite">
        {q.length >= 2 && matches.loading && <p className="meta">{t('site.common.loading')}</p>}
        {q.length >= 2 && !matches.loading && items.length === 0 && (
          <p className="meta">{t('site.unitPicker.none')}</p>
        )}
        {items.length > 0 && (
          <fieldset className="unit-matches">
            <legend>{t('site.unitPicker.matches', { n: matches.data?.total ?? items.length })}</legend>
            {items.map((u) => (
              <label key={u.id} className="choice">
                <input
                  type="radio"
                  name={`${id}-match`}
                  value={u.id}
                  onChange={() => onChange(u)}
                  data-testid="unit-option"
                />
                <span lang="vi">
                  {u.name}
                  {u.parentName && <span className="meta"> · {u.parentName}</span>}
                </span>
              </label>
            ))}
          </fieldset>
        )}
      </div>
    </div>
  );
}
