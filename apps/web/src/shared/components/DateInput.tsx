import { DatePicker } from 'antd';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '../format.ts';

/** A calendar date as 'YYYY-MM-DD' in the form, shown and typed dd/MM/yyyy. */
export function DateInput({
  value,
  onChange,
  id,
  disabled,
  placeholder,
  testId,
}: {
  value?: string | null;
  onChange?: (v: string | null) => void;
  id?: string;
  disabled?: boolean;
  placeholder?: string;
  /** data-testid of the input, for the e2e tests. */
  testId?: string;
}) {
  return (
    <DatePicker
      id={id}
      data-testid={testId}
      format={DATE_FORMAT}
      value={fromIsoDate(value ?? undefined) ?? null}
      onChange={(d) => onChange?.(toIsoDate(d) ?? null)}
      disabled={disabled}
      placeholder={placeholder ?? 'dd/mm/yyyy'}
      style={{ width: '100%' }}
    />
  );
}
