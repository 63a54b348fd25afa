import { EyeOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import type { CreateTrainingCourse, TrainingCourse } from '@danvan/contracts';
import {
  TRAINING_FORMAT_CODES,
  TRAINING_FORMAT_LABELS,
  TRAINING_KIND_CODES,
  TRAINING_KIND_LABELS,
} from '@danvan/contracts';
import { formatDate, formatNumber, todayIso } from '../../../shared/format.ts';
import { useMe } from '../../../shared/session.ts';
import { EnumTag } from '../../../shared/components/EnumTag.tsx';
import {
  RegisterPage,
  RowFormModal,
  param,
  useRowDialogs,
  useUrlState,
} from '../../../shared/register/index.ts';
import { api, useCourses, useTrainingMutation } from '../api.ts';
import { CourseFields } from '../components/CourseFields.tsx';
import { VOCAB } from '../components/fields.tsx';
import { useTrainingI18n } from '../components/i18n.ts';

const dates = (c: TrainingCourse) =>
  c.startOn === c.endOn ? formatDate(c.startOn) : `${formatDate(c.startOn)} – ${formatDate(c.endOn)}`;

/** The register of training courses: filters (kind, format, organiser, year) in the URL, export, add. */
export default function CoursesPage() {
  const { i18n, t } = useTrainingI18n();
  const nav = useNavigate();
  const me = useMe();
  const unit = me.data?.activeUnit ?? null;
  const state = useUrlState(
    {
      q: param.search(),
      kind: param.oneOf(TRAINING_KIND_CODES),
      format: param.oneOf(TRAINING_FORMAT_CODES),
      unitId: param.int(),
      year: param.int(),
    },
    { pageSize: 20 },
  );
  const dialogs = useRowDialogs<TrainingCourse>();
  const query = state.filters;
  const list = useCourses({ ...query, page: state.page, pageSize: state.pageSize });
  const save = useTrainingMutation((v: CreateTrainingCourse) => api.create(v));

  return (
    <RegisterPage
      title={t('training.title')}
      subtitle={t('training.subtitle')}
      canCreate={list.data?.can?.create ?? false}
      create={{ label: t('training.create'), onClick: dialogs.create, testId: 'course-create' }}
      exportPath="/training/courses/export.xlsx"
      exportQuery={query}
      state={state}
      query={list}
      rowKey="id"
      labelled
      filters={[
        {
          type: 'search',
          key: 'q',
          label: t('common.search'),
          placeholder: t('training.search'),
          width: 280,
        },
        {
          type: 'enum',
          key: 'kind',
          label: t('training.kind'),
          labels: TRAINING_KIND_LABELS,
          codes: TRAINING_KIND_CODES,
          width: 220,
        },
        {
          type: 'enum',
          key: 'format',
          label: t('training.format'),
          labels: TRAINING_FORMAT_LABELS,
          codes: TRAINING_FORMAT_CODES,
          width: 200,
        },
        { type: 'unit', key: 'unitId', label: t('training.unitFilter'), width: 240 },
        { type: 'year', key: 'year', label: t('training.year'), width: 120 },
      ]}
      empty={t('training.empty')}
      table={{ onRow: (c) => ({ onDoubleClick: () => nav(`/tap-huan/${c.id}`) }) }}
      columns={[
        {
          title: t('training.topic'),
          width: 340,
          render: (_, c) => (
            <div>
              <div>
                <Link to={`/tap-huan/${c.id}`} data-testid="course-link">
                  {c.topic}
                </Link>
              </div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {c.place}
              </Typography.Text>
            </div>
          ),
        },
        {
          title: t('training.kind'),
          width: 190,
          render: (_, c) => <EnumTag vocab={VOCAB.kind} value={c.kind} />,
        },
        { title: t('training.unit'), dataIndex: 'unitName', width: 220 },
        { title: t('training.dates'), width: 190, render: (_, c) => dates(c) },
        {
          title: t('training.format'),
          width: 170,
          render: (_, c) => <EnumTag vocab={VOCAB.format} value={c.format} />,
        },
        {
          title: t('training.attendees'),
          width: 130,
          align: 'right',
          render: (_, c) => (
            <span data-testid="course-attendees">{formatNumber(c.attendees, i18n.lang)}</span>
          ),
        },
      ]}
      actions={[
        {
          key: 'open',
          icon: <EyeOutlined />,
          label: t('training.open'),
          onClick: (c) => nav(`/tap-huan/${c.id}`),
          testId: 'row-open',
        },
      ]}
      modals={
        <RowFormModal<CreateTrainingCourse, TrainingCourse>
          dialogs={dialogs}
          title={() => t('training.createTitle')}
          width={720}
          initialValues={{
            unitId: unit?.id,
            kind: 'training',
            format: 'in_person',
            startOn: todayIso(),
            endOn: todayIso(),
            place: '',
            content: '',
            lecturers: '',
          }}
          save={(v) =>
            save.mutateAsync(v).then((c) => {
              nav(`/tap-huan/${c.id}`);
              return c;
            })
          }
          savedText={t('training.saved')}
        >
          <CourseFields editing={false} />
        </RowFormModal>
      }
    />
  );
}
