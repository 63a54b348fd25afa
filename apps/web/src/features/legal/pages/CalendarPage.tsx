import { Checkbox, Flex, Input, Radio, Tag } from 'antd';
import type { CalendarDay, CreateCalendarDay } from '@danvan/contracts';
import { useT } from '../../../i18n/index.tsx';
import { formatDate, fromIsoDate } from '../../../shared/format.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { Field, FormRow } from '../../../shared/components/Field.tsx';
import { FormModal } from '../../../shared/components/FormModal.tsx';
import {
  RegisterPage,
  param,
  rowActions,
  useRowDialogs,
  useUrlState,
} from '../../../shared/register/index.ts';
import { api, useCalendar, useLegalMutation } from '../api.ts';
import { DateInput } from '../../../shared/components/DateInput.tsx';
import { NeedsCheckTag } from '../components/fields.tsx';

const KINDS = ['off', 'workday'] as const;

/** The working-day calendar of one year: days off and make-up working days, kept by the administrator. */
export default function CalendarPage() {
  const t = useT();
  const notify = useNotify();
  const state = useUrlState(
    { year: param.int(new Date().getFullYear()), kind: param.oneOf(KINDS), needsCheck: param.flag() },
    { pageSize: 50 },
  );
  const { year, kind, needsCheck } = state.filters;
  const days = useCalendar(year);
  const dialogs = useRowDialogs<CalendarDay>();
  const editing = dialogs.editing;
  const save = useLegalMutation((v: CreateCalendarDay) =>
    editing ? api.updateDay(editing.id, v) : api.createDay(v),
  );
  const remove = useLegalMutation((id: number) => api.deleteDay(id));

  return (
    <RegisterPage
      title={t('legal.calendar.title')}
      subtitle={t('legal.calendar.subtitle')}
      canCreate={days.data?.can?.create ?? false}
      create={{ label: t('legal.calendar.create'), onClick: dialogs.create, testId: 'calendar-create' }}
      state={state}
      query={days}
      rowKey="id"
      clientFilter={(d) => (!kind || (kind === 'workday') === d.workday) && (!needsCheck || d.needsCheck)}
      filters={[
        {
          type: 'year',
          key: 'year',
          placeholder: t('legal.calendar.year'),
          width: 110,
          min: 2020,
          max: 2035,
        },
        {
          type: 'select',
          key: 'kind',
          placeholder: t('legal.calendar.kindFilter'),
          width: 180,
          options: KINDS.map((k) => ({ value: k, label: t(`legal.calendar.${k}`) })),
        },
        { type: 'check', key: 'needsCheck', text: t('legal.needsCheck') },
      ]}
      empty={t('legal.calendar.empty')}
      columns={[
        {
          title: t('legal.calendar.date'),
          width: 120,
          render: (_, d) => <span data-testid="calendar-date">{formatDate(d.date)}</span>,
        },
        {
          title: t('legal.calendar.weekday'),
          width: 110,
          render: (_, d) => t(`legal.calendar.weekdays.${fromIsoDate(d.date)?.day() ?? 0}`),
        },
        {
          title: t('legal.calendar.name'),
          width: 360,
          render: (_, d) => (
            <Flex gap={6} wrap align="center">
              <span>{d.name}</span>
              <NeedsCheckTag show={d.needsCheck} />
            </Flex>
          ),
        },
        {
          title: t('legal.calendar.kind'),
          width: 140,
          render: (_, d) =>
            d.workday ? (
              <Tag color="green">{t('legal.calendar.workday')}</Tag>
            ) : (
              <Tag color="red">{t('legal.calendar.off')}</Tag>
            ),
        },
        { title: t('legal.calendar.basis'), dataIndex: 'basis', width: 360 },
      ]}
      actions={[
        rowActions.edit(t, dialogs.edit, (d) => d.can.update),
        rowActions.remove<CalendarDay>(
          t,
          (d) =>
            remove.mutateAsync(d.id).then(() => notify.success(t('legal.calendar.deleted')), notify.error),
          t('legal.calendar.deleteConfirm'),
          (d) => d.can.delete,
        ),
      ]}
      modals={
        <FormModal<CreateCalendarDay>
          open={dialogs.formOpen}
          title={editing ? t('legal.calendar.editTitle') : t('legal.calendar.createTitle')}
          width={600}
          onCancel={dialogs.closeForm}
          initialValues={
            editing
              ? {
                  date: editing.date,
                  name: editing.name,
                  workday: editing.workday,
                  basis: editing.basis,
                  needsCheck: editing.needsCheck,
                }
              : { workday: false, basis: '', needsCheck: false }
          }
          onSubmit={(v) =>
            save.mutateAsync(v).then(() => {
              notify.success(t('legal.calendar.saved'));
              dialogs.saved();
            })
          }
        >
          <FormRow>
            <Field name="date" label={t('legal.calendar.date')} need width={180}>
              <DateInput />
            </Field>
            <Field name="workday" label={t('legal.calendar.kind')} width="grow">
              <Radio.Group
                options={[
                  { value: false, label: t('legal.calendar.off') },
                  { value: true, label: t('legal.calendar.workday') },
                ]}
              />
            </Field>
          </FormRow>
          <Field name="name" label={t('legal.calendar.name')} need="text">
            <Input maxLength={200} data-testid="calendar-name" />
          </Field>
          <Field name="basis" label={t('legal.calendar.basis')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} />
          </Field>
          <Field name="needsCheck" valuePropName="checked">
            <Checkbox>{t('legal.needsCheck')}</Checkbox>
          </Field>
        </FormModal>
      }
    />
  );
}
