/** The table of both measures against the target. */
import type { Row } from './common.ts';

export function printScoring({ a, b }: Record<'a' | 'b', Row>) {
  console.log('');
  console.log(
    '| phép đo | mô-đun (trung vị, ms) | SQL viết tay (trung vị, ms) | tỷ lệ | p95 mô-đun (ms) | p95 SQL (ms) | mục tiêu | kết quả |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | --- | --- |');
  for (const r of [a, b])
    console.log(
      `| ${r.label} | ${r.mine.toFixed(1)} | ${r.hand.toFixed(1)} | ${(r.mine / r.hand).toFixed(2)}× | ${r.p95.toFixed(1)} | ${r.handP95.toFixed(1)} | ≤ 1,5× | ${r.mine <= 1.5 * r.hand ? 'đạt' : 'CHƯA ĐẠT'} |`,
    );
}
