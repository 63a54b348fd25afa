import { TeamOutlined } from '@ant-design/icons';
import { Alert } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { TrainingUnitFigures } from '@danvan/contracts';
import { formatNumber, formatPercent, todayIso } from '../../../shared/format.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { useMe } from '../../../shared/session.ts';
import { Field } from '../../../shared/components/Field.tsx';
import { FormModal } from '../../../shared/components/FormModal.tsx';
import { WholeNumberInput, numberRule } from '../../../shared/components/WholeNumberInput.tsx';
import { RegisterPage, param, useUrlState } from '../../../shared/register/index.ts';
import { api, useFigures, useTrainingMutation } from '../api.ts';
import { useTrainingI18n } from '../components/i18n.ts';

/**
 * The per-unit training figures of a year: courses organised, attendances, people trained and the
 * share of the unit's headcount, which the unit enters here.
 */
export default function FiguresPage() {
  const { i18n, t } = useTrainingI18n();
  const notify = useNotify();
  const me = useMe();
  const state = useUrlState({ unitId: param.int(), year: param.int() }, { pageSize: 50 });
  const f = state.filters;
  const year = f.year ?? Number(todayIso().slice(0, 4));
  const unitId = f.unitId ?? me.data?.activeUnit?.id;
  const query = { unitId, year };
  const figures = useFigures({ ...query, page: state.page, pageSize: state.pageSize }, !!unitId);
  const [editing, setEditing] = useState<TrainingUnitFigures | null>(null);
  const save = useTrainingMutation((v: { civilServants: number }) =>
    api.setHeadcount({
      unitId: editing!.unitId,
      year,
      civilServants: v.civilServants,
      ...(editing!.headcountVersion ? { expectedVersion: editing!.headcountVersion } : {}),
    }),
  );
  const num = (n: number | null) => formatNumber(n, i18n.lang);
  const s = figures.data?.summary;
  const tf = (k: string, p?: Record<string, string | number>) => t(`training.figures.${k}` as never, p);

  return (
    <RegisterPage
      title={tf('title')}
      subtitle={tf('subtitle')}
      exportPath="/training/figures/export.xlsx"
      exportQuery={query}
      state={state}
      query={figures}
      rowKey="unitId"
      labelled
      filters={[
        { type: 'unit', key: 'unitId', label: tf('unit'), width: 260 },
        { type: 'year', key: 'year', label: t('training.year'), width: 120 },
      ]}
      empty={tf('empty')}
      before={
        s && (
          <Alert
            style={{ marginBottom: 12 }}
            type="info"
            showIcon
            data-testid="figures-summary"
            title={tf('summary', { year, courses: s.courses, attendees: s.attendees })}
          />
        )
      }
      columns={[
        {
          title: tf('unitName'),
          width: 300,
          render: (_, r) => <Link to={`/tap-huan?unitId=${r.unitId}&year=${year}`}>{r.unitName}</Link>,
        },
        { title: tf('courses'), width: 110, align: 'right', render: (_, r) => num(r.courses) },
        { title: tf('attendees'), width: 120, align: 'right', render: (_, r) => num(r.attendees) },
        { title: tf('trained'), width: 140, align: 'right', render: (_, r) => num(r.trained) },
        { title: tf('headcount'), width: 110, align: 'right', render: (_, r) => num(r.headcount) },
        {
          title: tf('share'),
          width: 140,
          align: 'right',
          render: (_, r) => <span data-testid="figures-share">{formatPercent(r.share, i18n.lang)}</span>,
        },
      ]}
      actions={[
        {
          key: 'headcount',
          icon: <TeamOutlined />,
          label: tf('setHeadcount'),
          visible: (r) => r.canSetHeadcount,
          onClick: (r) => setEditing(r),
          testId: 'row-headcount',
        },
      ]}
      modals={
        <FormModal<{ civilServants: number }>
          open={!!editing}
          title={editing ? tf('headcountTitle', { unit: editing.unitName, year }) : ''}
          onCancel={() => setEditing(null)}
          initialValues={{ civilServants: editing?.headcount ?? undefined }}
          onSubmit={(v) =>
            save.mutateAsync(v).then(() => {
              notify.success(tf('headcountSaved'));
              setEditing(null);
            })
          }
        >
          <Field
            name="civilServants"
            label={tf('civilServants')}
            need
            rules={[numberRule({ integer: true, min: 0, max: 10_000_000 }, i18n)]}
          >
            <WholeNumberInput style={{ width: 200 }} />
          </Field>
        </FormModal>
      }
    />
  );
}
