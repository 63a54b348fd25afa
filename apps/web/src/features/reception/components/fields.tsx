import { TimePicker } from 'antd';
import dayjs from 'dayjs';

/** A wall-clock time as 'HH:mm' in the form. */
export function TimeInput({
  value,
  onChange,
  id,
}: {
  value?: string | null;
  onChange?: (v: string | null) => void;
  id?: string;
}) {
  return (
    <TimePicker
      id={id}
      format="HH:mm"
      minuteStep={5}
      needConfirm={false}
      value={value ? dayjs(`2000-01-01T${value}`) : null}
      onChange={(d) => onChange?.(d ? d.format('HH:mm') : null)}
      placeholder="hh:mm"
      style={{ width: '100%' }}
    />
  );
}
