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
  for (const r of [a, a2, b, b2, c, c2, d])
    console.log(
      `| ${r.label} | ${r.mine.toFixed(1)} | ${r.hand.toFixed(1)} | ${(r.mine / r.hand).toFixed(2)}× | ${r.p95.toFixed(1)} | ${r.target} | ${r.ok ? 'đạt' : 'CHƯA ĐẠT'} |`,
    );
  for (const r of [a, b, b2, c, c2, d])
    if (r.plans?.length) {
      console.log('');
      console.log(`EXPLAIN (ANALYZE, BUFFERS) các câu lệnh mô-đun chạy cho ${r.label}:`);
      for (const line of r.plans) console.log(line);
    }
}
