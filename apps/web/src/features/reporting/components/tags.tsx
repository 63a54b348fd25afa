import { Tag, Tooltip } from 'antd';
import type { ReportValue } from '@danvan/contracts';
import { useT } from '../../../i18n/index.tsx';
import { EnumTag } from '../../../shared/components/EnumTag.tsx';
import { formatDate, formatNumber } from '../../../shared/format.ts';

// Report status and timeliness are the shared EnumTag with the reporting vocabularies.
export const StatusTag = ({ status }: { status: string }) => <EnumTag vocab="reportStatus" value={status} />;

export const TimelinessTag = ({ value }: { value: string }) => <EnumTag vocab="timeliness" value={value} />;

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

/** A figure in the reader's format (vi-VN: 1.234,5); '—' when there is none. */
export const fmtNum = (n: number | null | undefined, lang: 'vi' | 'en' = 'vi') => formatNumber(n, lang);

export function deadlineText(deadlines: { level: string; deadline: string }[], level = 'unit') {
  const d = deadlines.find((x) => x.level === level);
  return d ? formatDate(d.deadline) : '—';
}
