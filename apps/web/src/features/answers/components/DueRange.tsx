import { DatePicker } from 'antd';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '../../../shared/format.ts';
import { useAnswersI18n } from './i18n.ts';

/** A due-date window of a filter bar: two calendar days as 'YYYY-MM-DD' (either may be empty). */
export function DueRange({
  id,
  from,
  to,
  onChange,
}: {
  id: string;
  from: string;
  to: string;
  onChange: (from: string, to: string) => void;
}) {
  const { t } = useAnswersI18n();
  return (
    <DatePicker.RangePicker
      id={id}
      format={DATE_FORMAT}
      allowEmpty={[true, true]}
      placeholder={[t('answers.filter.dueFrom'), t('answers.filter.dueTo')]}
      value={[fromIsoDate(from || undefined) ?? null, fromIsoDate(to || undefined) ?? null]}
      onChange={(v) => onChange(toIsoDate(v?.[0]) ?? '', toIsoDate(v?.[1]) ?? '')}
      style={{ width: '100%' }}
      data-testid="filter-due"
    />
  );
}
