/** The table of every measure, then EXPLAIN of each measure that missed its target. */
import type { Row } from './common.ts';

export function printPetitions({
  a,
  a2,
  b,
  b2,
  c,
  c2,
  d,
}: Record<'a' | 'a2' | 'b' | 'b2' | 'c' | 'c2' | 'd', Row>) {
  console.log('');
  console.log(
    '| phép đo | mô-đun (trung vị, ms) | SQL viết tay (trung vị, ms) | tỷ lệ | p95 mô-đun (ms) | mục tiêu | kết quả |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | --- | --- |');
  // a reference row (a′) has no module figure and no aim, a failed measure no figure: shown as '—'
  const ms = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '—');
  for (const r of [a, a2, b, b2, c, c2, d]) {
    const ratio = Number.isFinite(r.mine / r.hand) ? `${(r.mine / r.hand).toFixed(2)}×` : '—';
    const verdict = r.target === '—' ? '—' : r.ok ? 'đạt' : 'CHƯA ĐẠT';
    console.log(
      `| ${r.label} | ${ms(r.mine)} | ${ms(r.hand)} | ${ratio} | ${ms(r.p95)} | ${r.target} | ${verdict} |`,
    );
  }
  for (const r of [a, b, b2, c, c2, d])
    if (r.plans?.length) {
      console.log('');
      console.log(`EXPLAIN (ANALYZE, BUFFERS) các câu lệnh mô-đun chạy cho ${r.label}:`);
      for (const line of r.plans) console.log(line);
    }
}
