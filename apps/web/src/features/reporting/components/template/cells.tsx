import { DeleteOutlined } from '@ant-design/icons';
import { Button, Input, Select } from 'antd';
import type { ColumnType } from 'antd/es/table/interface';
import type { CSSProperties } from 'react';

/**
 * The builder's editable cells, one shape for every table of it (indicators, rules): a row has a
 * numeric `key`; `set(key, patch)` changes one row.
 */
type Keyed = { key: number };
type Setter<R> = (key: number, patch: Partial<R>) => void;

/** A small text input bound to one field of the row. */
export function textCell<R extends Keyed, K extends keyof R & string>(
  field: K,
  set: Setter<R>,
  style?: CSSProperties,
) {
  return (_: unknown, r: R) => (
    <Input
      size="small"
      style={style}
      value={(r[field] as string | undefined) ?? ''}
      onChange={(e) => set(r.key, { [field]: e.target.value } as Partial<R>)}
    />
  );
}

/** A small select bound to one field of the row. */
export function selectCell<R extends Keyed, K extends keyof R & string>(
  field: K,
  set: Setter<R>,
  options: { value: string; label: string }[],
) {
  return (_: unknown, r: R) => (
    <Select
      size="small"
      style={{ width: '100%' }}
      value={r[field] as string | undefined}
      options={options}
      onChange={(v) => set(r.key, { [field]: v } as Partial<R>)}
    />
  );
}

/** The last column: remove the row. */
export function deleteColumn<R extends Keyed>(label: string, remove: (key: number) => void): ColumnType<R> {
  return {
    title: '',
    key: 'actions',
    width: 44,
    fixed: 'right',
    render: (_: unknown, r: R) => (
      <Button
        size="small"
        type="text"
        danger
        icon={<DeleteOutlined />}
        aria-label={label}
        onClick={() => remove(r.key)}
      />
    ),
  };
}
