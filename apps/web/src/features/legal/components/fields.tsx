import { DatePicker, Tag, Tooltip } from 'antd';
import { useT } from '../../../i18n/index.tsx';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '../../../shared/format.ts';

/** A calendar date as 'YYYY-MM-DD' in the form, shown dd/MM/yyyy. */
export function DateInput({
  value,
  onChange,
  id,
  disabled,
}: {
  value?: string | null;
  onChange?: (v: string | null) => void;
  id?: string;
  disabled?: boolean;
}) {
  return (
    <DatePicker
      id={id}
      format={DATE_FORMAT}
      value={fromIsoDate(value ?? undefined) ?? null}
      onChange={(d) => onChange?.(toIsoDate(d) ?? null)}
      disabled={disabled}
      placeholder="dd/mm/yyyy"
      style={{ width: '100%' }}
    />
  );
}

/** The "cần kiểm tra" mark: a value not confirmed against the official text. */
export function NeedsCheckTag({ show }: { show: boolean }) {
  const t = useT();
  if (!show) return null;
  return (
    <Tooltip title={t('legal.needsCheckHint')}>
      <Tag color="warning" data-testid="needs-check">
        {t('legal.needsCheck')}
      </Tag>
    </Tooltip>
  );
}
