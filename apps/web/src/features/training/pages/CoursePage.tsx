import {
  ArrowLeftOutlined,
  DeleteOutlined,
  EditOutlined,
  FileExcelOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import { Button, Card, Flex, Form, Skeleton, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type {
  TrainingCourseDetail,
  TrainingImportPreview,
  TrainingImportRow,
  UpdateTrainingCourse,
} from '@danvan/contracts';
import { formatDate, formatNumber } from '../../../shared/format.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { isApiError } from '../../../shared/http.ts';
import { PageHeader } from '../../../shared/components/PageHeader.tsx';
import { ErrorAlert } from '../../../shared/components/ErrorAlert.tsx';
import { DetailList } from '../../../shared/components/DetailList.tsx';
import { EnumTag } from '../../../shared/components/EnumTag.tsx';
import { FormModal } from '../../../shared/components/FormModal.tsx';
import { FileAttachments } from '../../../shared/components/FileAttachments.tsx';
import { ImportDialog } from '../../../shared/components/ImportDialog.tsx';
import { UnitSelect } from '../../../shared/components/UnitSelect.tsx';
import { WholeNumberInput, numberRule } from '../../../shared/components/WholeNumberInput.tsx';
import { NotFoundPage } from '../../../app/pages.tsx';
import { api, useCourse, useTrainingMutation } from '../api.ts';
import { CourseFields } from '../components/CourseFields.tsx';
import { VOCAB } from '../components/fields.tsx';
import { useTrainingI18n } from '../components/i18n.ts';

type Dialog = null | 'edit' | 'attendance' | 'import';
type AttendanceForm = { units: { unitId: number; count: number }[] };

/** One course: its details, attendees by unit and by name, the list import, materials. */
export default function CoursePage() {
  const { i18n, t } = useTrainingI18n();
  const notify = useNotify();
  const id = Number(useParams().id);
  const course = useCourse(id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const update = useTrainingMutation((v: UpdateTrainingCourse) => api.update(id, v));
  const attend = useTrainingMutation((v: AttendanceForm & { expectedVersion: number; persons: never[] }) =>
    api.setAttendance(id, v),
  );
  const commit = useTrainingMutation((v: { file: File; version: number }) =>
    api.commitImport(id, v.file, v.version),
  );

  if (course.error && isApiError(course.error) && course.error.status === 404) return <NotFoundPage />;
  const c: TrainingCourseDetail | undefined = course.data;
  if (!c)
    return (
      <>
        <ErrorAlert error={course.error} onRetry={() => course.refetch()} />
        <Skeleton active />
      </>
    );
  const close = () => setDialog(null);
  const num = (n: number) => formatNumber(n, i18n.lang);

  return (
    <>
      <Link to="/tap-huan">
        <ArrowLeftOutlined /> {t('training.back')}
      </Link>
      <PageHeader
        title={
          <Flex gap={8} align="center" wrap>
            <span data-testid="course-title">{c.topic}</span>
            <EnumTag vocab={VOCAB.kind} value={c.kind} />
          </Flex>
        }
        subtitle={`${c.unitName} · ${formatDate(c.startOn)}${c.endOn !== c.startOn ? ` – ${formatDate(c.endOn)}` : ''}`}
        extra={
          c.can.update && (
            <Flex gap={8} wrap>
              <Button
                icon={<FileExcelOutlined />}
                onClick={() => setDialog('import')}
                data-testid="course-import"
              >
                {t('training.import')}
              </Button>
              <Button onClick={() => setDialog('attendance')} data-testid="course-attendance">
                {t('training.editAttendance')}
              </Button>
              <Button icon={<EditOutlined />} onClick={() => setDialog('edit')} data-testid="course-edit">
                {t('common.edit')}
              </Button>
            </Flex>
          )
        }
      />
      <Flex vertical gap={16}>
        <Card title={t('training.title')}>
          <DetailList
            items={[
              {
                key: 'format',
                label: t('training.format'),
                children: <EnumTag vocab={VOCAB.format} value={c.format} />,
              },
              { key: 'place', label: t('training.place'), children: c.place || '—' },
              { key: 'lecturers', label: t('training.lecturers'), children: c.lecturers || '—' },
              {
                key: 'attendees',
                label: t('training.attendees'),
                children: (
                  <span data-testid="course-total">
                    {t('training.attendeesCount', { n: c.attendees })} ·{' '}
                    {t('training.unitsCount', { n: c.attendanceUnits.length })}
                  </span>
                ),
              },
              {
                key: 'content',
                label: t('training.content'),
                children: (
                  <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                    {c.content || '—'}
                  </Typography.Paragraph>
                ),
              },
            ]}
          />
        </Card>
        <Card title={t('training.attendance')}>
          <Table
            size="small"
            rowKey="unitId"
            pagination={false}
            dataSource={c.attendanceUnits}
            locale={{ emptyText: t('training.noAttendance') }}
            columns={[
              { title: t('training.attendanceUnit'), dataIndex: 'unitName' },
              {
                title: t('training.attendanceCount'),
                width: 120,
                align: 'right',
                render: (_, u) => num(u.count),
              },
              {
                title: t('training.attendanceNamed'),
                width: 120,
                align: 'right',
                render: (_, u) => num(u.named),
              },
            ]}
          />
        </Card>
        <Card title={t('training.persons')}>
          <Table
            size="small"
            rowKey="id"
            dataSource={c.persons}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: t('training.noPersons') }}
            data-testid="course-persons"
            columns={[
              { title: t('training.fullName'), dataIndex: 'fullName' },
              { title: t('training.position'), dataIndex: 'position' },
              { title: t('training.attendanceUnit'), dataIndex: 'unitName' },
            ]}
          />
        </Card>
        <Card title={t('training.materials')}>
          <FileAttachments entity="training_course" entityId={c.id} canWrite={c.can.update} />
        </Card>
      </Flex>

      <FormModal<UpdateTrainingCourse>
        open={dialog === 'edit'}
        title={t('training.editTitle')}
        width={720}
        onCancel={close}
        initialValues={c}
        onSubmit={(v) => {
          const { unitId: _u, ...rest } = v as UpdateTrainingCourse & { unitId?: number };
          return update.mutateAsync({ ...rest, expectedVersion: c.version }).then(() => {
            notify.success(t('training.saved'));
            close();
          });
        }}
      >
        <CourseFields editing />
      </FormModal>

      <FormModal<AttendanceForm>
        open={dialog === 'attendance'}
        title={t('training.editAttendance')}
        width={640}
        onCancel={close}
        initialValues={{ units: c.attendanceUnits.map((u) => ({ unitId: u.unitId, count: u.count })) }}
        onSubmit={(v) =>
          attend
            .mutateAsync({
              units: (v.units ?? []).filter((u) => u?.unitId),
              // the persons named stay as they are
              persons: c.persons.map((p) => ({
                unitId: p.unitId,
                fullName: p.fullName,
                position: p.position,
              })) as never[],
              expectedVersion: c.version,
            })
            .then(() => {
              notify.success(t('training.attendanceSaved'));
              close();
            })
        }
      >
        <Form.List name="units">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Flex key={f.key} gap={8} align="start">
                  <Form.Item
                    name={[f.name, 'unitId']}
                    label={t('training.attendanceUnit')}
                    rules={[{ required: true }]}
                    style={{ flex: 1 }}
                  >
                    <UnitSelect />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'count']}
                    label={t('training.attendanceCount')}
                    rules={[{ required: true }, numberRule({ integer: true, min: 0, max: 100000 }, i18n)]}
                  >
                    <WholeNumberInput style={{ width: 120 }} />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined />}
                    aria-label={t('common.delete')}
                    onClick={() => remove(f.name)}
                    style={{ marginTop: 30 }}
                  />
                </Flex>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ count: 1 })} data-testid="attendance-add">
                {t('training.addUnit')}
              </Button>
            </>
          )}
        </Form.List>
      </FormModal>

      <ImportDialog<TrainingImportRow, TrainingImportPreview, TrainingCourseDetail>
        open={dialog === 'import'}
        onClose={close}
        title={t('training.importTitle')}
        width={860}
        hint={t('training.importHint')}
        accept=".xlsx,.csv"
        checkOnPick
        check={(f) => api.previewImport(id, f)}
        commit={(f) => commit.mutateAsync({ file: f, version: c.version })}
        onDone={(r) => {
          notify.success(t('training.importDone', { count: r.attendees }));
          close();
        }}
        commitLabel={(count) => t('training.importCommit', { count })}
        columns={[
          { title: t('training.fullName'), dataIndex: 'fullName' },
          { title: t('training.position'), dataIndex: 'position', width: 160 },
          { title: t('training.importUnit'), dataIndex: 'unitName', width: 200 },
        ]}
      />
    </>
  );
}
