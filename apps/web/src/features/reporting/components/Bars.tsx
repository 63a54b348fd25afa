/**
 * Horizontal bar chart in plain SVG: one row per label, one or two series (e.g. completeness and
 * timeliness), values 0–max. Accessible: a <title> per bar and a figure caption.
 */
export interface BarRow {
  label: string;
  values: (number | null)[];
  onClick?: () => void;
}

const COLORS = ['#1677ff', '#52c41a', '#fa8c16'];

export function Bars({
  rows,
  series,
  max = 100,
  unit = '%',
  caption,
}: {
  rows: BarRow[];
  series: string[];
  max?: number;
  unit?: string;
  caption?: string;
}) {
  const labelW = 220;
  const barH = 12;
  const gap = 4;
  const rowH = series.length * (barH + gap) + 10;
  const width = 640;
  const plotW = width - labelW - 60;
  const height = rows.length * rowH + 28;
  const top = Math.max(max, ...rows.flatMap((r) => r.values.map((v) => v ?? 0)), 1);
  return (
    <figure style={{ margin: 0 }}>
      <svg
        role="img"
        aria-label={caption}
        viewBox={`0 0 ${width} ${height}`}
        style={{ width: '100%', maxWidth: width }}
      >
        {rows.map((r, i) => {
          const y = i * rowH + 4;
          return (
            <g
              key={r.label}
              transform={`translate(0,${y})`}
              style={{ cursor: r.onClick ? 'pointer' : undefined }}
              onClick={r.onClick}
            >
              <text
                x={labelW - 8}
                y={rowH / 2}
                textAnchor="end"
                dominantBaseline="middle"
                fontSize={12}
                fill="#333"
              >
                {r.label.length > 32 ? `${r.label.slice(0, 31)}…` : r.label}
              </text>
              {r.values.map((v, s) => {
                const w = v === null ? 0 : Math.max(1, (v / top) * plotW);
                const by = s * (barH + gap) + 4;
                return (
                  <g key={s}>
                    <rect x={labelW} y={by} width={w} height={barH} fill={COLORS[s % COLORS.length]} rx={2}>
                      <title>{`${r.label} — ${series[s]}: ${v === null ? '—' : `${v}${unit}`}`}</title>
                    </rect>
                    <text
                      x={labelW + w + 4}
                      y={by + barH / 2}
                      dominantBaseline="middle"
                      fontSize={11}
                      fill="#555"
                    >
                      {v === null ? '—' : `${v.toLocaleString('vi-VN')}${unit}`}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
        <g transform={`translate(${labelW},${height - 14})`}>
          {series.map((s, i) => (
            <g key={s} transform={`translate(${i * 160},0)`}>
              <rect width={10} height={10} fill={COLORS[i % COLORS.length]} />
              <text x={14} y={9} fontSize={11}>
                {s}
              </text>
            </g>
          ))}
        </g>
      </svg>
      {caption && <figcaption style={{ fontSize: 12, color: '#888' }}>{caption}</figcaption>}
    </figure>
  );
}
