/**
 * Charts for dashboards. `Chart` loads ECharts on first use (its own chunk), so the main bundle and the
 * pages that do not chart stay as they are. Usage:
 *
 *   <Chart title="Tỷ lệ đúng hạn theo khối" unit="%" max={100}
 *     categories={groups.map((g) => g.name)}
 *     series={[{ name: 'Đúng hạn', data: groups.map((g) => g.timeliness) }]}
 *     onClick={({ categoryIndex }) => openGroup(groups[categoryIndex])} />
 */
import { Flex, Spin } from 'antd';
import { lazy, Suspense } from 'react';
import { useT } from '../../i18n/index.tsx';
import type { ChartProps } from './types.ts';

export type { ChartClick, ChartProps, ChartSeries } from './types.ts';

const ChartImpl = lazy(() => import('./Chart.tsx'));

function Placeholder({ height }: { height: number }) {
  const t = useT();
  return (
    <Flex align="center" justify="center" style={{ height }}>
      <Spin description={t('charts.loading')} />
    </Flex>
  );
}

export function Chart(props: ChartProps) {
  return (
    <Suspense fallback={<Placeholder height={props.height ?? 200} />}>
      <ChartImpl {...props} />
    </Suspense>
  );
}
