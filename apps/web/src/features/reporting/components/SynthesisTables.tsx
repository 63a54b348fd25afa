import { Table, Typography } from 'antd';
import type { SynthesisTable } from '@danvan/contracts';
import { useI18n } from '../../../i18n/index.tsx';
import { fmtNum } from './tags.tsx';

type Row = { key: number; cells: (string | number | null)[] };

/** The tables of a compilation's synthesis (by group, standout units), read-only, numbers in the reader's format. */
export function SynthesisTables({ tables }: { tables: SynthesisTable[] }) {
  const { lang } = useI18n();
  return (
    <>
      {tables.map((tb) => (
        <div key={tb.title} style={{ marginTop: 8 }} data-testid="synthesis-table">
          <Typography.Text type="secondary" italic>
            {tb.title}
          </Typography.Text>
          <Table<Row>
            size="small"
            rowKey="key"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={tb.rows.map((cells, key) => ({ key, cells }))}
            columns={tb.columns.map((title, c) => ({
              title,
              key: String(c),
              align: c > 0 && tb.rows.some((r) => typeof r[c] === 'number') ? 'right' : undefined,
              render: (_: unknown, r: Row) => {
                const v = r.cells[c];
                return typeof v === 'number' ? fmtNum(v, lang) : (v ?? '—');
              },
            }))}
          />
        </div>
      ))}
    </>
  );
}
