import { Checkbox, Input, Select, Space, Tag, Typography } from 'antd';
import {
  SCHEDULE_KIND_LABELS,
  SCHEDULE_KINDS,
  type CreateReceptionSchedule,
  type ReceptionSchedule,
} from '@danvan/contracts';
import { useI18n } from '../../../i18n/index.tsx';
import { formatDate, todayIso } from '../../../shared/format.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { useMe } from '../../../shared/session.ts';
import { enumLabel, enumOptions } from '../../../shared/components/EnumTag.tsx';
import { Field, FormRow } from '../../../shared/components/Field.tsx';
import { UnitSelect } from '../../../shared/components/UnitSelect.tsx';
import {
  RegisterFrame,
  RegisterTable,
  RowFormModal,
  param,
  rowActions,
  useRowDialogs,
  useUrlState,
} from '../../../shared/register/index.ts';
import { api, useReceptionMutation, useSchedules } from '../api.ts';
import { DateInput } from '../../../shared/components/DateInput.tsx';
import { TimeInput } from '../components/fields.tsx';

const WEEK = [1, 2, 3, 4, 5, 6, 0];
const MONTH_DAYS = Array.from({ length: 31 }, (_, i) => i + 1);

/** The reception schedules of the units in scope: regular days and the head's periodic days. */
export default function SchedulesPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const notify = useNotify();
  const me = useMe();
  const unit = me.data?.activeUnit ?? null;
  const state = useUrlState(
    { unitId: param.int(), kind: param.oneOf(SCHEDULE_KINDS), current: param.flag(true) },
    { pageSize: 20 },
  );
  const f = state.filters;
  const schedules = useSchedules({
    unitId: f.unitId,
    kind: f.kind,
    current: f.current ? 'true' : undefined,
    page: state.page,
    pageSize: state.pageSize,
  });
  const dialogs = useRowDialogs<ReceptionSchedule>();
  const editing = dialogs.editing;
  const save = useReceptionMutation((v: CreateReceptionSchedule) => {
    if (!editing) return api.createSchedule(v);
    const { unitId: _u, receiverUserId: _r, ...rest } = v;
    return api.updateSchedule(editing.id, { ...rest, expectedVersion: editing.version });
  });
  const remove = useReceptionMutation((id: number) => api.deleteSchedule(id));
  const day = (d: number) => t(`reception.schedules.day.${d}`);
  const daysText = (s: ReceptionSchedule) =>
    [
      s.weekdays.length
        ? [...s.weekdays]
            .sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7))
            .map(day)
            .join(', ')
        : '',
      s.monthDays.length ? t('reception.schedules.everyMonth', { days: s.monthDays.join(', ') }) : '',
      s.dates.length ? s.dates.map(formatDate).join(', ') : '',
    ]
      .filter(Boolean)
      .join('; ');

  return (
    <RegisterFrame
      title={t('reception.schedules.title')}
      subtitle={t('reception.schedules.subtitle')}
      canCreate={schedules.data?.can?.create ?? false}
      create={{ label: t('reception.schedules.create'), onClick: dialogs.create, testId: 'schedule-create' }}
      modals={
        <RowFormModal<CreateReceptionSchedule, ReceptionSchedule>
          dialogs={dialogs}
          title={(s) => (s ? t('reception.schedules.editTitle') : t('reception.schedules.createTitle'))}
          width={720}
          initialValues={
            editing ?? {
              unitId: unit?.id,
              kind: 'regular',
              weekdays: [],
              monthDays: [],
              dates: [],
              startTime: '07:30',
              endTime: '11:00',
              receiverName: '',
              receiverTitle: '',
              headInPerson: false,
              online: false,
              onlineLink: '',
              published: true,
              validFrom: todayIso(),
              note: '',
            }
          }
          save={save.mutateAsync}
          savedText={t('reception.schedules.saved')}
        >
          <FormRow>
            <Field name="unitId" label={t('reception.unit')} need width="grow">
              <UnitSelect disabled={!!editing} />
            </Field>
            <Field name="kind" label={t('reception.schedules.kind')} need width={280}>
              <Select options={enumOptions(SCHEDULE_KIND_LABELS, SCHEDULE_KINDS, i18n)} />
            </Field>
          </FormRow>
          <Field name="title" label={t('reception.schedules.name')} need="text">
            <Input maxLength={300} />
          </Field>
          <Field name="weekdays" label={t('reception.schedules.weekdays')}>
            <Checkbox.Group options={WEEK.map((d) => ({ value: d, label: day(d) }))} />
          </Field>
          <FormRow>
            <Field
              name="monthDays"
              label={t('reception.schedules.monthDays')}
              tooltip={t('reception.schedules.monthDaysHint')}
              width="grow"
            >
              <Select
                mode="multiple"
                allowClear
                options={MONTH_DAYS.map((d) => ({ value: d, label: String(d) }))}
              />
            </Field>
            <Field name="startTime" label={t('reception.schedules.startTime')} need width={130}>
              <TimeInput />
            </Field>
            <Field name="endTime" label={t('reception.schedules.endTime')} need width={130}>
              <TimeInput />
            </Field>
          </FormRow>
          <Field name="place" label={t('reception.schedules.place')} need="text">
            <Input maxLength={500} />
          </Field>
          <FormRow>
            <Field name="receiverName" label={t('reception.schedules.receiverName')} width="grow">
              <Input maxLength={200} />
            </Field>
            <Field name="receiverTitle" label={t('reception.schedules.receiverTitle')} width="grow">
              <Input maxLength={200} />
            </Field>
          </FormRow>
          <FormRow>
            <Field name="headInPerson" valuePropName="checked">
              <Checkbox>{t('reception.schedules.headInPerson')}</Checkbox>
            </Field>
            <Field name="published" valuePropName="checked">
              <Checkbox>{t('reception.schedules.published')}</Checkbox>
            </Field>
            <Field name="online" valuePropName="checked">
              <Checkbox>{t('reception.schedules.online')}</Checkbox>
            </Field>
          </FormRow>
          <Field name="onlineLink" label={t('reception.schedules.onlineLink')}>
            <Input maxLength={1000} placeholder="https://" />
          </Field>
          <FormRow>
            <Field name="validFrom" label={t('reception.schedules.validFrom')} need width="grow">
              <DateInput />
            </Field>
            <Field name="validTo" label={t('reception.schedules.validTo')} width="grow">
              <DateInput />
            </Field>
          </FormRow>
          <Field name="note" label={t('reception.schedules.note')}>
            <Input.TextArea autoSize={{ minRows: 1 }} maxLength={2000} />
          </Field>
        </RowFormModal>
      }
    >
      <RegisterTable
        state={state}
        query={schedules}
        rowKey="id"
        filters={[
          { type: 'unit', key: 'unitId', placeholder: t('reception.unit'), width: 260 },
          {
            type: 'enum',
            key: 'kind',
            placeholder: t('reception.schedules.kind'),
            labels: SCHEDULE_KIND_LABELS,
            codes: SCHEDULE_KINDS,
            width: 280,
          },
          { type: 'check', key: 'current', text: t('reception.schedules.currentOnly') },
        ]}
        empty={t('reception.schedules.empty')}
        table={{ size: 'small', scroll: { x: 1000 } }}
        columns={[
          {
            title: t('reception.schedules.name'),
            width: 280,
            render: (_, s) => (
              <div>
                <Typography.Text strong>{s.title}</Typography.Text>
                <div style={{ fontSize: 12, color: 'var(--ant-color-text-description)' }}>{s.unitName}</div>
                <Space size={4} wrap>
                  <Tag color={s.kind === 'periodic_head' ? 'purple' : 'blue'}>
                    {enumLabel(SCHEDULE_KIND_LABELS, s.kind, i18n)}
                  </Tag>
                  {!s.published && <Tag>{t('reception.schedules.notPublished')}</Tag>}
                  {s.online && <Tag color="cyan">{t('reception.schedules.online')}</Tag>}
                </Space>
              </div>
            ),
          },
          {
            title: t('reception.schedules.days'),
            width: 220,
            render: (_, s) => (
              <div>
                {daysText(s)}
                <div style={{ fontSize: 12, color: 'var(--ant-color-text-description)' }}>
                  {s.startTime}–{s.endTime}
                </div>
              </div>
            ),
          },
          { title: t('reception.schedules.place'), dataIndex: 'place', width: 220 },
          {
            title: t('reception.schedules.receiver'),
            width: 200,
            render: (_, s) => (
              <div>
                {s.receiverName}
                <div style={{ fontSize: 12, color: 'var(--ant-color-text-description)' }}>
                  {s.receiverTitle}
                </div>
              </div>
            ),
          },
          {
            title: t('reception.schedules.next'),
            width: 150,
            render: (_, s) => s.nextDates.map((d) => <div key={d}>{formatDate(d)}</div>),
          },
        ]}
        actions={[
          rowActions.edit(t, dialogs.edit, (s) => s.can.update),
          rowActions.remove<ReceptionSchedule>(
            t,
            (s) =>
              remove
                .mutateAsync(s.id)
                .then(() => notify.success(t('reception.schedules.deleted')))
                .catch((e: unknown) => notify.error(e)),
            t('reception.schedules.deleteConfirm'),
            (s) => s.can.delete,
          ),
        ]}
      />
    </RegisterFrame>
  );
}
