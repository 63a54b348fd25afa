import { Input } from 'antd';
import type { CSSProperties } from 'react';
import { useEffect, useState } from 'react';
import type { FormRule as Rule } from 'antd';
import { useI18n, type I18n } from '../../i18n/index.tsx';

/**
 * A number typed by hand, kept exactly as typed until it is valid: "−5", "2,5" in a whole-number
 * field or "999999999999" above the limit are never clamped or rounded behind the user's back (as
 * antd's InputNumber does with `precision`/`min`/`max`); they stay in the field with a Vietnamese
 * message, and the form refuses to save. The value is a number when the text is a valid number, the
 * typed text (a string) when it is not, null when empty.
 */
export type TypedNumber = number | string | null;

export interface NumberLimits {
  min?: number;
  max?: number;
  /** Whole numbers only (default). */
  integer?: boolean;
  /** Digits after the decimal separator when not whole (default 2). */
  decimals?: number;
}

type T = Pick<I18n, 't' | 'lang'>;

const fmt = (n: number, lang: 'vi' | 'en') =>
  new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 6 }).format(n);

/**
 * The number written in `text` ("1.000" and "1000" in Vietnamese, "2,5" is two and a half), or
 * NaN when it is not a number. The typographic minus "−" counts as "-".
 */
export function parseTypedNumber(text: string, lang: 'vi' | 'en'): number {
  let s = text.trim().replace(/\s+/g, '').replace(/[−–]/g, '-');
  if (s === '') return NaN;
  const [group, decimal] = lang === 'vi' ? ['.', ','] : [',', '.'];
  const grouped = new RegExp(`^-?\\d{1,3}(\\${group}\\d{3})+(\\${decimal}\\d+)?$`);
  if (grouped.test(s)) s = s.split(group).join('');
  s = s.replace(decimal, '.').replace(group, '.');
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : NaN;
}

/** The Vietnamese (or English) message for a typed number that breaks `limits`, or null when it is fine. */
export function numberProblem(value: TypedNumber | undefined, limits: NumberLimits, i18n: T): string | null {
  const { t, lang } = i18n;
  if (value === null || value === undefined || value === '') return null;
  const n = typeof value === 'number' ? value : parseTypedNumber(value, lang);
  const typed = typeof value === 'string' ? value.trim() : fmt(value, lang);
  if (!Number.isFinite(n)) return t('validation.number.notNumber', { value: typed });
  const integer = limits.integer ?? true;
  if (integer && !Number.isInteger(n)) return t('validation.number.notWhole', { value: typed });
  if (!integer) {
    const decimals = limits.decimals ?? 2;
    const frac = String(n).split('.')[1] ?? '';
    if (frac.length > decimals) return t('validation.number.tooManyDecimals', { n: decimals, value: typed });
  }
  if (limits.min !== undefined && n < limits.min)
    return limits.min === 0
      ? t('validation.number.negative', { value: typed })
      : t('validation.number.tooSmall', { min: fmt(limits.min, lang), value: typed });
  if (limits.max !== undefined && n > limits.max)
    return t('validation.number.tooBig', { max: fmt(limits.max, lang), value: typed });
  return null;
}

/** A form rule that refuses what `numberProblem` refuses, with its message. */
export function numberRule(limits: NumberLimits, i18n: T): Rule {
  return {
    validator: (_, value: TypedNumber | undefined) => {
      const problem = numberProblem(value, limits, i18n);
      return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
    },
  };
}

/** The text shown for a value: a number in the language's format (no grouping), or the typed text. */
function textOf(value: TypedNumber | undefined, lang: 'vi' | 'en'): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  return lang === 'vi' ? String(value).replace('.', ',') : String(value);
}

/**
 * The input. In an antd Form.Item it takes `value`/`onChange` from the form (add `numberRule`); alone,
 * pass `limits` and `showError` to see the message under the field.
 */
export function WholeNumberInput({
  value,
  onChange,
  limits = {},
  showError = false,
  style,
  disabled,
  id,
  'aria-label': ariaLabel,
  'data-testid': testId,
}: {
  value?: TypedNumber;
  onChange?: (v: TypedNumber) => void;
  limits?: NumberLimits;
  /** Show the message under the field (outside a Form.Item, which shows it itself). */
  showError?: boolean;
  style?: CSSProperties;
  disabled?: boolean;
  id?: string;
  'aria-label'?: string;
  'data-testid'?: string;
}) {
  const i18n = useI18n();
  const { lang } = i18n;
  const [text, setText] = useState(() => textOf(value, lang));
  // follow a value set from outside (a reset, a recompute), but never rewrite what is being typed
  useEffect(() => {
    const typed = text.trim() === '' ? null : parseTypedNumber(text, lang);
    const same =
      (value === null || value === undefined) && typed === null
        ? true
        : typeof value === 'string'
          ? value === text
          : typeof value === 'number' && typed === value;
    if (!same) setText(textOf(value, lang));
    // only when the value changes (not on every keystroke's text)
  }, [value]);
  const problem = showError ? numberProblem(value, limits, i18n) : null;
  const integer = limits.integer ?? true;
  return (
    <div style={style}>
      <Input
        id={id}
        aria-label={ariaLabel}
        data-testid={testId}
        disabled={disabled}
        // a number field for assistive technologies (and for tests), though it keeps the typed text
        role="spinbutton"
        aria-valuenow={typeof value === 'number' ? value : undefined}
        aria-valuemin={limits.min}
        aria-valuemax={limits.max}
        inputMode={integer ? 'numeric' : 'decimal'}
        value={text}
        status={problem ? 'error' : undefined}
        aria-invalid={problem ? true : undefined}
        onChange={(e) => {
          const s = e.target.value;
          setText(s);
          if (s.trim() === '') return onChange?.(null);
          const n = parseTypedNumber(s, lang);
          // a valid number goes out as a number, anything else as the typed text: the rule refuses it
          onChange?.(Number.isFinite(n) && !numberProblem(n, limits, i18n) ? n : s);
        }}
      />
      {problem && (
        <div role="alert" style={{ color: 'var(--ant-color-error, #ff4d4f)', fontSize: 12, marginTop: 2 }}>
          {problem}
        </div>
      )}
    </div>
  );
}
