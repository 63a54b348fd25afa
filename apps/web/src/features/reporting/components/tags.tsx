import { Tag, Tooltip } from 'antd';
import type { ReportValue } from '@danvan/contracts';
import { useT } from '../../../i18n/index.tsx';
import { formatDate } from '../../../shared/format.ts';

const STATUS_COLORS: Record<string, string> = {
  draft: 'default',
  submitted: 'processing',
  returned: 'warning',
  accepted: 'success',
  not_started: 'default',
};

export function StatusTag({ status }: { status: string }) {
  const t = useT();
  return (
    <Tag color={STATUS_COLORS[status] ?? 'default'} data-testid="report-status">
      {t(`reporting.status.${status}`)}
    </Tag>
  );
}

const TIMELINESS_COLORS: Record<string, string> = {
  on_time: 'green',
  late: 'orange',
  missing: 'red',
  not_due: 'default',
};
export function TimelinessTag({ value }: { value: string }) {
  const t = useT();
  return <Tag color={TIMELINESS_COLORS[value]}>{t(`reporting.timeliness.${value}`)}</Tag>;
}

/** Where a figure comes from: computed by the system, entered by hand, or adjusted (with the reason). */
export function SourceBadge({ v }: { v: ReportValue | undefined }) {
  const t = useT();
  if (!v) return <Tag>{t('reporting.source.entered')}</Tag>;
  if (v.source === 'computed')
    return (
      <Tooltip title={v.originLabel ?? v.origin}>
        <Tag color="blue">{t('reporting.source.computed')}</Tag>
      </Tooltip>
    );
  if (v.source === 'override')
    return (
      <Tooltip
        title={`${t('reporting.report.computedWas', { value: v.computedValue ?? '—' })}. ${v.overrideReason ?? ''}`}
      >
        <Tag color="orange">{t('reporting.source.override')}</Tag>
      </Tooltip>
    );
  return <Tag>{t('reporting.source.entered')}</Tag>;
}

export const fmtNum = (n: number | null | undefined, lang: 'vi' | 'en' = 'vi') =>
  n === null || n === undefined
    ? '—'
    : new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 }).format(n);

export function deadlineText(deadlines: { level: string; deadline: string }[], level = 'unit') {
  const d = deadlines.find((x) => x.level === level);
  return d ? formatDate(d.deadline) : '—';
}
