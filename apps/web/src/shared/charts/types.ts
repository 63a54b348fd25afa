/** One series of a chart: its name (shown in the legend and the tooltip) and one value per category. */
export interface ChartSeries {
  name: string;
  data: (number | null)[];
  /** A CSS colour; the default palette otherwise. */
  color?: string;
  /** Series with the same stack name are drawn on top of each other. */
  stack?: string;
}

/** What a click on the chart points at: a bar (category and series) or a category's axis label. */
export interface ChartClick {
  categoryIndex: number;
  category: string;
  /** null when the category's label (not a bar) was clicked. */
  seriesIndex: number | null;
  series: string | null;
  value: number | null;
}

export interface ChartProps {
  /** What the chart shows: its accessible name and the name of the saved image. */
  title: string;
  categories: string[];
  series: ChartSeries[];
  /** Bars along the horizontal axis, one row per category (default), or columns. */
  horizontal?: boolean;
  /**
   * The unit of the values: '%' formats them as Vietnamese percentages (95,5%), any other text is put
   * after the number in the tooltip (12 văn bản). A function gives a unit per category.
   */
  unit?: string | ((categoryIndex: number) => string);
  /** The value axis ends at least here (e.g. 100 for rates). */
  max?: number;
  /** Show the figure on each bar (default true). */
  labels?: boolean;
  /** Pixels; by default it grows with the number of categories of a horizontal chart. */
  height?: number;
  /** Drill-down: a bar or a category label was clicked. */
  onClick?: (click: ChartClick) => void;
}
