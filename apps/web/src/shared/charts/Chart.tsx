/**
 * The one chart component of the web app: Apache ECharts, tree-shaken (only the pieces registered
 * below go into the bundle), loaded on demand through `shared/charts/index.tsx` — import `Chart` from
 * there, not from this file, so ECharts stays out of the pages that do not chart.
 *
 * What every chart gets: numbers in the reader's format (vi-VN by default: 1.234,5 and 95,5%) on the
 * axes, on the bars and in the tooltip; a legend when there is more than one series; a "save as image"
 * button; resizing with its container; clicks on bars and category labels for drill-down.
 *
 * A new kind of chart (lines, pies…): register it in `echarts.use` and extend `ChartProps`.
 */
import { useMemo, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, ToolboxComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { ComposeOption, ECElementEvent, EChartsType } from 'echarts/core';
import type { BarSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  ToolboxComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useI18n } from '../../i18n/index.tsx';
import { formatNumber, formatPercent } from '../format.ts';
import type { ChartClick, ChartProps } from './types.ts';

echarts.use([BarChart, GridComponent, LegendComponent, ToolboxComponent, TooltipComponent, CanvasRenderer]);

type Option = ComposeOption<
  | BarSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | ToolboxComponentOption
  | TooltipComponentOption
>;

/** Ant Design's colours, so charts match the tags and statistics around them. */
export const CHART_COLORS = [
  '#1677ff',
  '#52c41a',
  '#fa8c16',
  '#f5222d',
  '#722ed1',
  '#13c2c2',
  '#faad14',
  '#8c8c8c',
];

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A file name from the chart's title (no characters that file systems refuse). */
const fileName = (title: string) =>
  title
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim() || 'bieu-do';

interface TooltipParam {
  dataIndex: number;
  seriesName?: string;
  value?: unknown;
  marker?: unknown;
}

export default function Chart({
  title,
  categories,
  series,
  horizontal = true,
  unit = '',
  max,
  labels = true,
  height,
  onClick,
}: ChartProps) {
  const { t, lang } = useI18n();
  const stacked = series.some((s) => s.stack);
  const percentAxis = unit === '%';
  const rowHeight = stacked ? 30 : series.length * 16 + 14;
  const h = height ?? (horizontal ? Math.max(180, categories.length * rowHeight + 80) : 320);

  // the props' arrays are new on every render of the page: compare their content, so the chart is not
  // set again (and animated again) when nothing changed
  const units = categories.map((_, i) => (typeof unit === 'function' ? unit(i) : unit));
  const dataKey = JSON.stringify([categories, series, units]);
  const hasClick = !!onClick;
  const option = useMemo<Option>(() => {
    const unitOf = (i: number) => units[i] ?? '';
    const num = (v: number | null | undefined, i: number) =>
      unitOf(i) === '%' ? formatPercent(v, lang) : formatNumber(v, lang);
    const withUnit = (v: number | null | undefined, i: number) => {
      const u = unitOf(i);
      return v === null || v === undefined || u === '%' || !u ? num(v, i) : `${num(v, i)} ${u}`;
    };
    const categoryAxis = {
      type: 'category' as const,
      data: categories,
      inverse: horizontal,
      triggerEvent: hasClick,
      axisTick: { show: false },
      axisLabel: horizontal
        ? { width: 200, overflow: 'truncate' as const, cursor: hasClick ? 'pointer' : 'default' }
        : { width: 110, overflow: 'truncate' as const, interval: 0, hideOverlap: true },
    };
    const valueAxis = {
      type: 'value' as const,
      max: max === undefined ? undefined : (e: { max: number }) => Math.max(max, e.max),
      axisLabel: {
        formatter: (v: number) => (percentAxis ? formatPercent(v, lang, 0) : formatNumber(v, lang)),
      },
    };
    return {
      color: CHART_COLORS,
      textStyle: { fontFamily: 'inherit' },
      animationDuration: 300,
      grid: { left: 8, right: horizontal ? 56 : 16, top: series.length > 1 ? 40 : 32, bottom: 8 },
      legend: { show: series.length > 1, type: 'scroll', top: 0, left: 0, right: 48 },
      toolbox: {
        top: 0,
        right: 0,
        feature: {
          saveAsImage: {
            title: t('charts.saveAsImage'),
            name: fileName(title),
            pixelRatio: 2,
            backgroundColor: '#fff',
          },
        },
      },
      tooltip: {
        trigger: 'axis',
        confine: true,
        axisPointer: { type: 'shadow' },
        extraCssText: 'max-width: 420px; white-space: normal;',
        formatter: (raw: unknown) => {
          const ps = (Array.isArray(raw) ? raw : [raw]) as TooltipParam[];
          if (!ps.length) return '';
          const i = ps[0].dataIndex;
          return [
            `<strong>${esc(categories[i] ?? '')}</strong>`,
            ...ps.map(
              (p) =>
                `${typeof p.marker === 'string' ? p.marker : ''}${esc(p.seriesName ?? '')}: <b>${esc(
                  withUnit(typeof p.value === 'number' ? p.value : null, i),
                )}</b>`,
            ),
          ].join('<br/>');
        },
      },
      xAxis: horizontal ? valueAxis : categoryAxis,
      yAxis: horizontal ? categoryAxis : valueAxis,
      series: series.map((s): BarSeriesOption => ({
        type: 'bar',
        name: s.name,
        data: s.data,
        stack: s.stack,
        color: s.color,
        cursor: hasClick ? 'pointer' : 'default',
        barMaxWidth: 28,
        emphasis: { focus: 'series' },
        label: {
          show: labels,
          position: s.stack ? 'inside' : horizontal ? 'right' : 'top',
          color: s.stack ? '#fff' : '#595959',
          fontSize: 11,
          formatter: (p: { value?: unknown; dataIndex: number }) =>
            typeof p.value === 'number' && (p.value !== 0 || !s.stack) ? num(p.value, p.dataIndex) : '',
        },
      })),
    };
  }, [dataKey, horizontal, max, labels, lang, t, title, hasClick, percentAxis]);

  const withUnitText = (v: number, i: number) => {
    const u = units[i] ?? '';
    if (u === '%') return formatPercent(v, lang);
    return u ? `${formatNumber(v, lang)} ${u}` : formatNumber(v, lang);
  };

  // The handlers read the latest props through a ref: the chart binds them once.
  const latest = useRef({ onClick, categories });
  latest.current = { onClick, categories };
  const fire = (c: Omit<ChartClick, 'category'>) => {
    const { onClick: cb, categories: cats } = latest.current;
    if (cb && c.categoryIndex >= 0 && c.categoryIndex < cats.length)
      cb({ ...c, category: cats[c.categoryIndex] });
  };
  const onEvents = useMemo(
    () => ({
      click: (p: ECElementEvent & { value?: unknown }) => {
        if (p.componentType === 'series')
          fire({
            categoryIndex: p.dataIndex,
            seriesIndex: p.seriesIndex ?? null,
            series: p.seriesName ?? null,
            value: typeof p.value === 'number' ? p.value : null,
          });
        else if (p.componentType === 'xAxis' || p.componentType === 'yAxis')
          fire({
            categoryIndex: latest.current.categories.indexOf(String(p.value)),
            seriesIndex: null,
            series: null,
            value: null,
          });
      },
    }),
    [],
  );
  /** A click in a category's band but off its bars (short bars are hard to hit) opens the category. */
  const onChartReady = (chart: EChartsType) => {
    chart.getZr().on('click', (e) => {
      if (e.target || !latest.current.onClick) return; // bars and labels fire their own event
      const at = [e.offsetX, e.offsetY];
      if (!chart.containPixel('grid', at)) return;
      const [a, b] = chart.convertFromPixel({ gridIndex: 0 }, at) as number[];
      fire({ categoryIndex: Math.round(horizontal ? b : a), seriesIndex: null, series: null, value: null });
    });
  };

  // The canvas is a picture: screen readers get the same figures as a table (hidden from sight), the
  // figure's name being the chart's title.
  const cell = (v: number | null, i: number) => (v === null ? '—' : withUnitText(v, i));
  return (
    <figure aria-label={title} data-testid="chart" style={{ margin: 0 }}>
      {/* hidden in a block: a table sizes itself to its cells and would stick out of the page */}
      <div className="dv-sr-only">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <td />
              {series.map((s) => (
                <th key={s.name} scope="col">
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {categories.map((c, i) => (
              <tr key={`${i}-${c}`}>
                <th scope="row">{c}</th>
                {series.map((s) => (
                  <td key={s.name}>{cell(s.data[i] ?? null, i)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div aria-hidden="true">
        <ReactEChartsCore
          echarts={echarts}
          option={option}
          notMerge
          lazyUpdate
          onEvents={onEvents}
          onChartReady={onChartReady}
          style={{ width: '100%', height: h }}
          opts={{ renderer: 'canvas' }}
        />
      </div>
    </figure>
  );
}
