import { DatePicker, Form, Input, InputNumber, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Period } from '@danvan/contracts';
import { REPORT_PERIOD_KIND_CODES } from '@danvan/contracts';
import { UNIT_KINDS } from '@danvan/domain';
import { useI18n } from '../../../i18n/index.tsx';
import { DATE_FORMAT, formatDate, toIsoDate } from '../../../shared/format.ts';
import { useMe } from '../../../shared/session.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { EnumTag } from '../../../shared/components/EnumTag.tsx';
import { RegisterPage, param, useUrlState } from '../../../shared/register/index.ts';
import { FormModal } from '../../../shared/components/FormModal.tsx';
import { UnitSelect } from '../../../shared/components/UnitSelect.tsx';
import { useGroups } from '../../org/api.ts';
import { api, usePeriods, useReportingMutation, useTemplates } from '../api.ts';
import { deadlineText } from '../components/tags.tsx';

interface PeriodForm {
  templateId: number;
  rootUnitId: number;
  kind: Period['kind'];
  year: number;
  quarter?: number;
  name?: string;
  range?: [Dayjs, Dayjs];
  cutoffDate?: Dayjs;
  unitDeadline: Dayjs;
  provinceDeadline?: Dayjs;
  remindDaysBefore: number;
  requiredGroups: string[];
  requiredKinds: string[];
}

/** Report periods: the list, and for coordinators a form to open a new one. */
export default function PeriodsPage() {
  const { t, kindLabel } = useI18n();
  const nav = useNavigate();
  const notify = useNotify();
  const me = useMe();
  const templates = useTemplates();
  const groups = useGroups();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<PeriodForm>();
  const kind = Form.useWatch('kind', form);
  const create = useReportingMutation(api.createPeriod);

  const state = useUrlState({
    year: param.int(),
    kind: param.oneOf(REPORT_PERIOD_KIND_CODES),
    status: param.oneOf(['open', 'closed'] as const),
  });
  const periods = usePeriods(undefined, state.filters);

  return (
    <RegisterPage
      title={t('reporting.periods.title')}
      subtitle={t('reporting.periods.subtitle')}
      canCreate={periods.data?.can?.create ?? false}
      create={{ label: t('reporting.periods.create'), onClick: () => setOpen(true) }}
      state={state}
      query={periods}
      rowKey="id"
      filters={[
        { type: 'year', key: 'year', placeholder: t('reporting.periods.year'), min: 2000, width: 110 },
        {
          type: 'enum',
          key: 'kind',
          placeholder: t('reporting.periods.kind'),
          labels: 'reporting.periods.kinds_',
          codes: REPORT_PERIOD_KIND_CODES,
          width: 200,
        },
        {
          type: 'enum',
          key: 'status',
          placeholder: t('reporting.periods.status'),
          labels: 'reporting.periods',
          codes: ['open', 'closed'],
          width: 160,
        },
      ]}
      empty={t('reporting.periods.empty')}
      table={{ onRow: (p) => ({ onDoubleClick: () => nav(`/bao-cao/ky/${p.id}`) }) }}
      columns={[
        {
          title: t('reporting.periods.name'),
          dataIndex: 'name',
          width: 320,
          sortKey: 'name',
          sortValue: (p) => p.name,
          render: (n: string, p) => (
            <div style={{ minWidth: 220 }}>
              <Link to={`/bao-cao/ky/${p.id}`}>{n}</Link>
              <div style={{ fontSize: 12, color: 'var(--ant-color-text-description)' }}>
                {t(`reporting.periods.kinds_.${p.kind}`)} · {p.rootUnitName}
              </div>
            </div>
          ),
        },
        {
          title: t('reporting.periods.range'),
          width: 200,
          sortKey: 'from',
          sortValue: (p) => p.fromDate,
          render: (_, p) => `${formatDate(p.fromDate)} – ${formatDate(p.toDate)}`,
        },
        {
          title: t('reporting.periods.cutoff'),
          width: 120,
          sortKey: 'cutoff',
          sortValue: (p) => p.cutoffDate,
          render: (_, p) => formatDate(p.cutoffDate),
        },
        {
          title: t('reporting.periods.unitDeadline'),
          width: 130,
          sortKey: 'deadline',
          sortValue: (p) => p.deadlines.find((d) => d.level === 'unit')?.deadline,
          render: (_, p) => deadlineText(p.deadlines, 'unit'),
        },
        {
          title: t('reporting.periods.provinceDeadline'),
          width: 130,
          render: (_, p) => deadlineText(p.deadlines, 'province'),
        },
        {
          title: t('reporting.periods.status'),
          width: 100,
          render: (_, p) => <EnumTag vocab="periodStatus" value={p.status} />,
        },
      ]}
      modals={
        <FormModal<PeriodForm>
          open={open}
          form={form}
          width={720}
          title={t('reporting.periods.create')}
          onCancel={() => setOpen(false)}
          initialValues={{
            kind: 'six_month',
            year: new Date().getFullYear(),
            remindDaysBefore: 5,
            rootUnitId: me.data?.activeUnit?.id,
            requiredGroups: [],
            requiredKinds: [],
            templateId: templates.data?.items[0]?.id,
          }}
          onSubmit={async (v) => {
            const p = await create.mutateAsync({
              templateId: v.templateId,
              rootUnitId: v.rootUnitId,
              kind: v.kind,
              year: v.year,
              quarter: v.kind === 'quarterly' ? v.quarter : null,
              name: v.name?.trim() || undefined,
              fromDate: toIsoDate(v.range?.[0]),
              toDate: toIsoDate(v.range?.[1]),
              cutoffDate: toIsoDate(v.cutoffDate),
              deadlines: [
                { level: 'unit', deadline: toIsoDate(v.unitDeadline)!, remindDaysBefore: v.remindDaysBefore },
                ...(v.provinceDeadline
                  ? [
                      {
                        level: 'province' as const,
                        deadline: toIsoDate(v.provinceDeadline)!,
                        remindDaysBefore: v.remindDaysBefore,
                      },
                    ]
                  : []),
              ],
              requiredGroups: v.requiredGroups ?? [],
              requiredKinds: v.requiredKinds ?? [],
            });
            notify.success(t('reporting.periods.created'));
            setOpen(false);
            nav(`/bao-cao/ky/${p.id}`);
          }}
        >
          <Form.Item name="templateId" label={t('reporting.periods.template')} rules={[{ required: true }]}>
            <Select
              options={(templates.data?.items ?? []).map((x) => ({
                value: x.id,
                label: `${x.name} (v${x.version})`,
              }))}
            />
          </Form.Item>
          <Form.Item name="rootUnitId" label={t('reporting.periods.root')} rules={[{ required: true }]}>
            <UnitSelect />
          </Form.Item>
          <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr 1fr', gap: 12 }}>
            <Form.Item name="kind" label={t('reporting.periods.kind')} rules={[{ required: true }]}>
              <Select
                options={REPORT_PERIOD_KIND_CODES.map((k) => ({
                  value: k,
                  label: t(`reporting.periods.kinds_.${k}`),
                }))}
              />
            </Form.Item>
            <Form.Item name="year" label={t('reporting.periods.year')} rules={[{ required: true }]}>
              <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
            </Form.Item>
            {kind === 'quarterly' && (
              <Form.Item name="quarter" label={t('reporting.periods.quarter')} rules={[{ required: true }]}>
                <Select
                  options={[1, 2, 3, 4].map((n) => ({
                    value: n,
                    label: t('reporting.periods.quarterOf', { q: ['I', 'II', 'III', 'IV'][n - 1] }),
                  }))}
                />
              </Form.Item>
            )}
          </div>
          <Form.Item name="name" label={t('reporting.periods.name')}>
            <Input placeholder={t('reporting.periods.namePlaceholder')} />
          </Form.Item>
          <div style={{ display: 'grid', gridTemplateColumns: '2fr 1fr', gap: 12 }}>
            <Form.Item name="range" label={t('reporting.periods.range')}>
              <DatePicker.RangePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="cutoffDate" label={t('reporting.periods.cutoff')}>
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </div>
          <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr 1fr', gap: 12 }}>
            <Form.Item
              name="unitDeadline"
              label={t('reporting.periods.unitDeadline')}
              rules={[{ required: true }]}
            >
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="provinceDeadline" label={t('reporting.periods.provinceDeadline')}>
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="remindDaysBefore" label={t('reporting.periods.remindDays')}>
              <InputNumber min={0} max={60} style={{ width: '100%' }} />
            </Form.Item>
          </div>
          <Form.Item
            name="requiredGroups"
            label={t('reporting.periods.groups')}
            extra={t('reporting.periods.requiredHint')}
          >
            <Select
              mode="multiple"
              options={(groups.data ?? []).map((g) => ({ value: g.code, label: g.name }))}
            />
          </Form.Item>
          <Form.Item name="requiredKinds" label={t('reporting.periods.kinds')}>
            <Select
              mode="multiple"
              options={UNIT_KINDS.map((k) => ({ value: k.code, label: kindLabel(k.code) }))}
            />
          </Form.Item>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('reporting.periods.requiredHint')}
          </Typography.Text>
        </FormModal>
      }
    />
  );
}
