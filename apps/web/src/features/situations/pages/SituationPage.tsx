import {
  ArrowLeftOutlined,
  CheckCircleOutlined,
  DeleteOutlined,
  EditOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import { Button, Card, Flex, Popconfirm, Skeleton, Table, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type {
  CreateSituationFollowUp,
  Situation,
  SituationFollowUp,
  UpdateSituation,
} from '@danvan/contracts';
import { useI18n } from '../../../i18n/index.tsx';
import { formatDate, formatDateTime } from '../../../shared/format.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { isApiError } from '../../../shared/http.ts';
import { PageHeader } from '../../../shared/components/PageHeader.tsx';
import { ErrorAlert } from '../../../shared/components/ErrorAlert.tsx';
import { DetailList } from '../../../shared/components/DetailList.tsx';
import { EnumTag } from '../../../shared/components/EnumTag.tsx';
import { FormModal } from '../../../shared/components/FormModal.tsx';
import { Field } from '../../../shared/components/Field.tsx';
import { NotFoundPage } from '../../../app/pages.tsx';
import { Input } from 'antd';
import { api, useSituation, useSituationsMutation } from '../api.ts';
import { VOCAB } from '../components/fields.tsx';
import { FollowUpFields, SituationFields } from '../components/SituationFields.tsx';

type NoteForm = Omit<UpdateSituation, 'expectedVersion'>;

/** One situation note: its details, its follow-up actions with their progress; edit, settle, delete. */
export default function SituationPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const nav = useNavigate();
  const notify = useNotify();
  const id = Number(useParams().id);
  const note = useSituation(id);
  const [editing, setEditing] = useState(false);
  const [action, setAction] = useState<SituationFollowUp | 'new' | null>(null);
  const update = useSituationsMutation((v: UpdateSituation) => api.update(id, v));
  const remove = useSituationsMutation(() => api.remove(id));
  const addFollowUp = useSituationsMutation((v: CreateSituationFollowUp) => api.addFollowUp(id, v));
  const saveFollowUp = useSituationsMutation(
    (a: { id: number; body: Parameters<typeof api.updateFollowUp>[1] }) => api.updateFollowUp(a.id, a.body),
  );
  const removeFollowUp = useSituationsMutation((fid: number) => api.removeFollowUp(fid));

  if (note.error && isApiError(note.error) && note.error.status === 404) return <NotFoundPage />;
  const s: Situation | undefined = note.data;
  if (!s)
    return (
      <>
        <ErrorAlert error={note.error} onRetry={() => note.refetch()} />
        <Skeleton active />
      </>
    );

  const setState = (state: 'monitoring' | 'stabilized') =>
    update
      .mutateAsync({ state, expectedVersion: s.version })
      .then(() => notify.success(t('situations.saved')), notify.error);
  const current = action && action !== 'new' ? action : null;

  return (
    <>
      <Link to="/tinh-hinh-nhan-dan">
        <ArrowLeftOutlined /> {t('situations.back')}
      </Link>
      <PageHeader
        title={
          <Flex gap={8} align="center" wrap>
            <span data-testid="situation-title">{s.place}</span>
            <EnumTag vocab={VOCAB.state} value={s.state} />
          </Flex>
        }
        subtitle={`${s.unitName} · ${formatDate(s.notedOn)}`}
        extra={
          <>
            {s.can.update && s.state === 'monitoring' && (
              <Tooltip title={t('situations.stabilizeHint')}>
                <Button
                  icon={<CheckCircleOutlined />}
                  disabled={s.openFollowUps > 0}
                  onClick={() => setState('stabilized')}
                  data-testid="situation-stabilize"
                >
                  {t('situations.stabilize')}
                </Button>
              </Tooltip>
            )}
            {s.can.update && s.state === 'stabilized' && (
              <Button onClick={() => setState('monitoring')}>{t('situations.reopen')}</Button>
            )}
            {s.can.update && (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="situation-edit">
                {t('common.edit')}
              </Button>
            )}
            {s.can.delete && (
              <Popconfirm
                title={t('situations.deleteConfirm')}
                onConfirm={() =>
                  remove.mutateAsync(undefined).then(() => {
                    notify.success(t('situations.deleted'));
                    nav('/tinh-hinh-nhan-dan');
                  }, notify.error)
                }
              >
                <Button danger icon={<DeleteOutlined />}>
                  {t('common.delete')}
                </Button>
              </Popconfirm>
            )}
          </>
        }
      />
      <Flex vertical gap={16}>
        <Card>
          <DetailList
            items={[
              {
                key: 'topic',
                label: t('situations.topic'),
                children: <EnumTag vocab={VOCAB.topic} value={s.topic} />,
              },
              {
                key: 'level',
                label: t('situations.level'),
                children: <EnumTag vocab={VOCAB.level} value={s.level} />,
              },
              {
                key: 'place',
                label: t('situations.place'),
                children: s.placeUnitName ? `${s.place} (${s.placeUnitName})` : s.place,
              },
              {
                key: 'summary',
                label: t('situations.summary'),
                children: (
                  <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                    {s.summary}
                  </Typography.Paragraph>
                ),
              },
              { key: 'source', label: t('situations.source'), children: s.source || '—' },
              { key: 'unit', label: t('situations.unit'), children: s.unitName },
              { key: 'notedOn', label: t('situations.notedOn'), children: formatDate(s.notedOn) },
              { key: 'updatedAt', label: t('situations.updatedAt'), children: formatDateTime(s.updatedAt) },
            ]}
          />
        </Card>
        <Card
          title={t('situations.followUps')}
          extra={
            s.can.addFollowUp &&
            s.state === 'monitoring' && (
              <Button icon={<PlusOutlined />} onClick={() => setAction('new')} data-testid="follow-up-add">
                {t('situations.addFollowUp')}
              </Button>
            )
          }
        >
          <Table<SituationFollowUp>
            rowKey="id"
            dataSource={s.followUps}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('situations.noFollowUps') }}
            data-testid="follow-ups"
            columns={[
              { title: t('situations.action'), dataIndex: 'action', width: 320 },
              { title: t('situations.assignee'), dataIndex: 'assignee', width: 200 },
              {
                title: t('situations.dueDate'),
                width: 140,
                render: (_, f) => (
                  <div>
                    {formatDate(f.dueDate)}
                    {f.overdue && (
                      <div>
                        <Typography.Text
                          type="danger"
                          style={{ fontSize: 12 }}
                          data-testid="follow-up-overdue"
                        >
                          {t('situations.overdue', { days: f.daysLate })}
                        </Typography.Text>
                      </div>
                    )}
                  </div>
                ),
              },
              {
                title: t('situations.followUpState'),
                width: 140,
                render: (_, f) => (
                  <div>
                    <EnumTag vocab={VOCAB.followUp} value={f.state} />
                    {f.doneOn && (
                      <div style={{ fontSize: 12, color: 'var(--ant-color-text-description)' }}>
                        {formatDate(f.doneOn)}
                      </div>
                    )}
                  </div>
                ),
              },
              { title: t('situations.note'), dataIndex: 'note', width: 240 },
              {
                title: '',
                key: 'actions',
                width: 90,
                fixed: 'right',
                render: (_, f) =>
                  f.can.update &&
                  s.state === 'monitoring' && (
                    <Flex gap={4}>
                      <Button
                        size="small"
                        type="text"
                        icon={<EditOutlined />}
                        aria-label={t('situations.editFollowUp')}
                        onClick={() => setAction(f)}
                        data-testid="follow-up-edit"
                      />
                      <Popconfirm
                        title={t('situations.deleteFollowUpConfirm')}
                        onConfirm={() =>
                          removeFollowUp
                            .mutateAsync(f.id)
                            .then(() => notify.success(t('situations.followUpDeleted')), notify.error)
                        }
                      >
                        <Button
                          size="small"
                          type="text"
                          danger
                          icon={<DeleteOutlined />}
                          aria-label={t('situations.removeFollowUp')}
                        />
                      </Popconfirm>
                    </Flex>
                  ),
              },
            ]}
          />
        </Card>
      </Flex>

      <FormModal<NoteForm>
        open={editing}
        title={t('situations.editTitle')}
        width={720}
        onCancel={() => setEditing(false)}
        initialValues={{
          place: s.place,
          placeUnitId: s.placeUnitId,
          topic: s.topic,
          level: s.level,
          state: s.state,
          summary: s.summary,
          source: s.source,
          notedOn: s.notedOn,
        }}
        onSubmit={(v) =>
          update.mutateAsync({ ...v, expectedVersion: s.version }).then(() => {
            notify.success(t('situations.saved'));
            setEditing(false);
          })
        }
      >
        <SituationFields editing />
      </FormModal>

      <FormModal<CreateSituationFollowUp>
        open={action !== null}
        title={current ? t('situations.editFollowUp') : t('situations.addFollowUp')}
        width={640}
        onCancel={() => setAction(null)}
        initialValues={
          current
            ? {
                action: current.action,
                assignee: current.assignee,
                dueDate: current.dueDate,
                state: current.state,
                note: current.note,
              }
            : { state: 'not_started', note: '' }
        }
        onSubmit={(v) =>
          (current
            ? saveFollowUp.mutateAsync({ id: current.id, body: { ...v, expectedVersion: current.version } })
            : addFollowUp.mutateAsync(v)
          ).then(() => {
            notify.success(t('situations.followUpSaved'));
            setAction(null);
          })
        }
      >
        <FollowUpFields />
        <Field name="note" label={t('situations.note')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Field>
      </FormModal>
    </>
  );
}
