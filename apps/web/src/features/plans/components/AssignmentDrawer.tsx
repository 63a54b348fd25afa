import {
  Alert,
  Button,
  Descriptions,
  Divider,
  Drawer,
  Form,
  Input,
  Progress,
  Select,
  Skeleton,
  Timeline,
  Typography,
} from 'antd';
import { useEffect } from 'react';
import type { TaskAssignmentDetail } from '@danvan/contracts';
import { useI18n } from '../../../i18n/index.tsx';
import { formatDate, formatDateTime, formatPercent } from '../../../shared/format.ts';
import { applyFieldErrors } from '../../../shared/errors.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { ErrorAlert } from '../../../shared/components/ErrorAlert.tsx';
import { FileAttachments } from '../../../shared/components/FileAttachments.tsx';
import { api, useAssignment, usePlansMutation } from '../api.ts';
import { AssignmentStatusTag, DeadlineTag } from './tags.tsx';
import { DateInput } from '../../../shared/components/DateInput.tsx';
import {
  WholeNumberInput,
  numberRule,
  type TypedNumber,
} from '../../../shared/components/WholeNumberInput.tsx';

interface UpdateForm {
  status: 'not_started' | 'in_progress' | 'done';
  /** As typed: a number, or the text of a wrong one (refused by the rule, never rounded). */
  progress: TypedNumber;
  note: string;
  completedOn?: string | null;
}

/**
 * One unit's assignment of a task: what to do, where it stands, the form to record status, progress
 * and notes (when the unit may), its evidence files and its history. The drill-down of the matrix and
 * of "my tasks".
 */
export function AssignmentDrawer({ id, onClose }: { id: number | null; onClose: () => void }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const notify = useNotify();
  const a = useAssignment(id);
  const [form] = Form.useForm<UpdateForm>();
  const status = Form.useWatch('status', form);
  const save = usePlansMutation((v: UpdateForm) =>
    api.updateAssignment(id!, {
      status: v.status,
      // the form's rule let only a whole number from 0 to 99 through
      progress: v.status === 'done' ? 100 : ((v.progress as number | null) ?? undefined),
      note: v.note,
      ...(v.status === 'done' && v.completedOn ? { completedOn: v.completedOn } : {}),
    }),
  );
  const d: TaskAssignmentDetail | undefined = a.data;
  // The form takes the record's values when a record (or a new version of it) arrives, not on every
  // background refetch of the same version: that would overwrite what the officer is typing.
  const version = d ? `${d.id}@${d.updatedAt}` : null;
  useEffect(() => {
    if (d)
      form.setFieldsValue({
        status: d.status === 'cancelled' ? 'not_started' : d.status,
        progress: d.progress,
        note: d.note,
        completedOn: d.completedOn,
      });
    // keyed on the record's version on purpose (d is read from the same render)
  }, [version, form]);

  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={640}
      title={t('plans.assignmentDrawer.title')}
      destroyOnHidden
      data-testid="assignment-drawer"
    >
      <ErrorAlert error={a.error} onRetry={() => a.refetch()} />
      {!d ? (
        <Skeleton active />
      ) : (
        <>
          <Typography.Title level={2} style={{ marginTop: 0, fontSize: 16 }}>
            {d.taskCode ? `${d.taskCode}. ` : ''}
            {d.taskTitle}
          </Typography.Title>
          {d.taskDescription && (
            <Typography.Paragraph type="secondary">{d.taskDescription}</Typography.Paragraph>
          )}
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('plans.assignmentDrawer.unit')}>{d.unitName}</Descriptions.Item>
            <Descriptions.Item label={t('plans.assignmentDrawer.plan')}>
              {d.planNumberSymbol ? `${d.planNumberSymbol} — ` : ''}
              {d.planTitle}
            </Descriptions.Item>
            <Descriptions.Item label={t('plans.assignmentDrawer.period')}>{d.periodLabel}</Descriptions.Item>
            <Descriptions.Item label={t('plans.assignmentDrawer.due')}>
              {formatDate(d.periodDue)} <DeadlineTag value={d.deadline} />
            </Descriptions.Item>
            <Descriptions.Item label={t('plans.assignmentDrawer.status')}>
              <AssignmentStatusTag status={d.status} />
              <Progress
                aria-label={`${t('plans.tasks.progress')}: ${d.taskTitle}`}
                percent={d.progress}
                size="small"
                format={(p) => formatPercent(p ?? 0, lang, 0)}
                style={{ width: 180, display: 'inline-flex' }}
              />
            </Descriptions.Item>
            {d.expectedProduct && (
              <Descriptions.Item label={t('plans.assignmentDrawer.product')}>
                {d.expectedProduct}
              </Descriptions.Item>
            )}
            {d.leadUnit && (
              <Descriptions.Item label={t('plans.assignmentDrawer.lead')}>
                {d.leadUnit.name}
              </Descriptions.Item>
            )}
            {d.guidingDocuments.length > 0 && (
              <Descriptions.Item label={t('plans.assignmentDrawer.documents')}>
                {d.guidingDocuments.map((g) => (
                  <div key={g.id}>
                    {g.numberSymbol} ({formatDate(g.issuedOn)}) — {g.title}
                  </div>
                ))}
              </Descriptions.Item>
            )}
          </Descriptions>

          <Divider />
          {d.can.update ? (
            <Form<UpdateForm>
              form={form}
              layout="vertical"
              disabled={save.isPending}
              onFinish={(v) =>
                save.mutate(v, {
                  onSuccess: () => notify.success(t('plans.assignmentDrawer.saved')),
                  onError: (e) => {
                    applyFieldErrors(form, e);
                    notify.error(e);
                  },
                })
              }
            >
              <Form.Item
                name="status"
                label={t('plans.assignmentDrawer.status')}
                rules={[{ required: true }]}
              >
                <Select
                  data-testid="assignment-status-select"
                  options={(['not_started', 'in_progress', 'done'] as const).map((s) => ({
                    value: s,
                    label: t(`plans.assignment.${s}`),
                  }))}
                />
              </Form.Item>
              {status !== 'done' ? (
                <Form.Item
                  name="progress"
                  label={t('plans.assignmentDrawer.progress')}
                  rules={[numberRule({ integer: true, min: 0, max: 99 }, i18n)]}
                >
                  <WholeNumberInput style={{ width: 160 }} />
                </Form.Item>
              ) : (
                <Form.Item name="completedOn" label={t('plans.assignmentDrawer.completedOn')}>
                  <DateInput />
                </Form.Item>
              )}
              <Form.Item name="note" label={t('plans.assignmentDrawer.note')}>
                <Input.TextArea rows={3} maxLength={5000} showCount />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={save.isPending}>
                {t('plans.assignmentDrawer.save')}
              </Button>
            </Form>
          ) : (
            <Alert type="info" showIcon title={t('plans.assignmentDrawer.readOnly')} />
          )}

          <Divider titlePlacement="start">{t('plans.assignmentDrawer.evidence')}</Divider>
          <FileAttachments entity="task_assignment" entityId={d.id} canWrite={d.can.attach} compact />

          <Divider titlePlacement="start">{t('plans.assignmentDrawer.history')}</Divider>
          {d.history.length === 0 ? (
            <Typography.Text type="secondary">{t('plans.assignmentDrawer.noHistory')}</Typography.Text>
          ) : (
            <Timeline
              items={d.history.map((h) => {
                const after = (h.after ?? {}) as { status?: string; progress?: number; note?: string };
                return {
                  content: (
                    <div>
                      <Typography.Text strong>{formatDateTime(h.at)}</Typography.Text> — {h.actorName ?? ''}
                      <div>
                        {after.status ? t(`plans.assignment.${after.status}`) : ''}
                        {after.progress !== undefined ? ` · ${formatPercent(after.progress, lang, 0)}` : ''}
                      </div>
                      {after.note && <Typography.Text type="secondary">{after.note}</Typography.Text>}
                    </div>
                  ),
                };
              })}
            />
          )}
        </>
      )}
    </Drawer>
  );
}
