/** The table of every measurement and the targets. */
import type { Measure } from './common.ts';

type Measured =
  'a1' | 'a34' | 'aBig' | 'aAll' | 'aAfter' | 'b' | 'c' | 'c2' | 'c3' | 'dProv' | 'dNation' | 'dChanged';

export function printReporting({
  a1,
  a34,
  aBig,
  aAll,
  aAfter,
  b,
  c,
  c2,
  c3,
  dProv,
  dNation,
  dChanged,
  dRate,
}: Record<Measured, Measure> & { dRate: number }) {
  const rows = [a1, a34, aBig, aAll, aAfter, b, c, c2, c3, dProv, dNation, dChanged];
  console.log('');
  console.log(
    '| phép đo | ứng dụng p50 (ms) | sàn p50 (ms) | tỷ lệ | ứng dụng p95 (ms) | sàn p95 (ms) | lần đọc đầu (ms) |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows)
    console.log(
      `| ${r.label} | ${r.app.toFixed(1)} | ${r.floor.toFixed(1)} | ${(r.app / r.floor).toFixed(2)}× | ${r.appP95.toFixed(1)} | ${r.floorP95.toFixed(1)} | ${r.cold === undefined ? '' : r.cold.toFixed(1)} |`,
    );
  console.log(
    'Lần đọc đầu: tổng hợp của một cây từ 60 đơn vị trở lên đọc từ các phần đã lưu (rollup.partials.ts); lần đầu tính các phần đó từ số liệu, các lần sau chỉ tính lại phần có báo cáo đã đổi.',
  );
  console.log('');
  console.log(
    'Sàn: SQL đơn giản nhất trên các dòng giá trị thô (GROUP BY, DISTINCT ON cho "last"); mọi trường của kết quả ứng dụng và của sàn đã được so với oracle JavaScript. (c): sàn là các câu lệnh tối thiểu của việc gửi.',
  );
  const flat = a34.app / a1.app;
  const aP95 = Math.max(a34.appP95, aBig.appP95, aAfter.appP95);
  const aims = [
    `(b) ${(b.app / b.floor).toFixed(2)}× sàn ${b.app / b.floor <= 1.3 ? 'đạt' : 'CHƯA ĐẠT'} (≤ 1,3×)`,
    `(a) p95 ${aP95.toFixed(1)} ms ${aP95 < 30 ? 'đạt' : 'CHƯA ĐẠT'} (< 30 ms: tỉnh đọc lại, tỉnh lớn nhất, tỉnh ngay sau một lần tiếp nhận), lần đọc đầu tiên sau khi nạp hàng loạt (trả lời từ số liệu, phần lưu sau) p95 ${aAll.appP95.toFixed(1)} ms ${aAll.appP95 < 30 ? 'đạt' : 'CHƯA ĐẠT'}`,
    `1 → 34 tỉnh ${flat.toFixed(2)}× ${flat <= 1.2 ? 'phẳng, đạt' : 'CHƯA ĐẠT'} (≤ 1,2×)`,
    `(c1) p95 ${c.appP95.toFixed(1)} ms ${c.appP95 < 100 ? 'đạt' : 'CHƯA ĐẠT'} (< 100 ms)`,
    `(c3) cập nhật phần tổng hợp khi tiếp nhận tốn thêm ${(c3.app - c3.floor).toFixed(1).replace('.', ',')} ms (trung vị), tiếp nhận p95 ${c3.appP95.toFixed(1)} ms`,
    `(d) toàn quốc p95 ${dNation.appP95.toFixed(1)} ms ${dNation.appP95 < 300 ? 'đạt' : 'CHƯA ĐẠT'} (< 300 ms), sau một thay đổi p95 ${dChanged.appP95.toFixed(1)} ms ${dChanged.appP95 < 300 ? 'đạt' : 'CHƯA ĐẠT'}`,
    `(d) toàn quốc ${dRate.toFixed(1).replace('.', ',')} lượt/s với 4 người đọc đồng thời ${dRate >= 20 ? 'đạt' : 'CHƯA ĐẠT'} (≥ 20 lượt/s)`,
  ];
  console.log(`Mục tiêu: ${aims.join('; ')}.`);
}
