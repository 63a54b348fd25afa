import { Col, Form, Input, Row, Select } from 'antd';
import type { CreateTask, Task, TaskRecurrence, UnitSelector } from '@danvan/contracts';
import { TASK_RECURRENCES } from '@danvan/contracts';
import { useT } from '../../../i18n/index.tsx';
import { useNotify } from '../../../shared/hooks.ts';
import { FormModal } from '../../../shared/components/FormModal.tsx';
import { UnitSelect } from '../../../shared/components/UnitSelect.tsx';
import { api, usePlansMutation } from '../api.ts';
import { DateInput } from '../../../shared/components/DateInput.tsx';
import { DocSelect, UnitSelectorInput } from './fields.tsx';

interface TaskForm {
  code: string;
  sectionNumber: string;
  title: string;
  description: string;
  leadUnitId?: number | null;
  coordinatingUnitIds: number[];
  assignTo: UnitSelector;
  recurrence: TaskRecurrence;
  dueDate?: string | null;
  expectedProduct: string;
  guidingDocumentIds: number[];
}

/** Create or edit a task: what, for which units (by group, kind or list), when, citing what. */
export function TaskModal({
  open,
  planId,
  planUnitId,
  task,
  onClose,
}: {
  open: boolean;
  planId: number;
  planUnitId: number;
  task: Task | null;
  onClose: () => void;
}) {
  const t = useT();
  const notify = useNotify();
  const [form] = Form.useForm<TaskForm>();
  const recurrence = Form.useWatch('recurrence', form);
  const save = usePlansMutation((v: TaskForm) => {
    const body: CreateTask = {
      ...v,
      leadUnitId: v.leadUnitId ?? null,
      dueDate: v.dueDate ?? null,
      coordinatingUnitIds: v.coordinatingUnitIds ?? [],
      guidingDocumentIds: v.guidingDocumentIds ?? [],
    };
    return task ? api.updateTask(task.id, body) : api.createTask(planId, body);
  });
  return (
    <FormModal<TaskForm>
      open={open}
      title={task ? t('plans.tasks.editTitle') : t('plans.tasks.createTitle')}
      width={760}
      form={form}
      onCancel={onClose}
      initialValues={
        task
          ? {
              code: task.code,
              sectionNumber: task.sectionNumber,
              title: task.title,
              description: task.description,
              leadUnitId: task.leadUnit?.id ?? null,
              coordinatingUnitIds: task.coordinatingUnits.map((u) => u.id),
              assignTo: task.assignTo,
              recurrence: task.recurrence,
              dueDate: task.dueDate,
              expectedProduct: task.expectedProduct,
              guidingDocumentIds: task.guidingDocuments.map((d) => d.id),
            }
          : {
              code: '',
              sectionNumber: '',
              description: '',
              expectedProduct: '',
              recurrence: 'none',
              coordinatingUnitIds: [],
              guidingDocumentIds: [],
              assignTo: { groups: [], kinds: [], unitIds: [] },
            }
      }
      onSubmit={(v) =>
        save.mutateAsync(v).then(() => {
          notify.success(t('plans.tasks.saved'));
          onClose();
        })
      }
    >
      <Row gutter={12}>
        <Col span={6}>
          <Form.Item name="code" label={t('plans.tasks.code')}>
            <Input maxLength={30} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="sectionNumber" label={t('plans.tasks.section')}>
            <Input maxLength={20} placeholder="II.1" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="title" label={t('plans.tasks.title')} rules={[{ required: true, whitespace: true }]}>
        <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} />
      </Form.Item>
      <Form.Item name="description" label={t('plans.tasks.description')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={10000} />
      </Form.Item>
      <Form.Item
        name="assignTo"
        label={t('plans.tasks.assignTo')}
        rules={[
          {
            validator: (_, v: UnitSelector | undefined) =>
              v && (v.groups.length || v.kinds.length || v.unitIds.length)
                ? Promise.resolve()
                : Promise.reject(
                    new Error(t('validation.select', { field: t('plans.tasks.assignTo').toLowerCase() })),
                  ),
          },
        ]}
      >
        <UnitSelectorInput />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="recurrence" label={t('plans.tasks.recurrence')}>
            <Select
              options={TASK_RECURRENCES.map((r) => ({ value: r, label: t(`plans.recurrence.${r}`) }))}
              data-testid="task-recurrence"
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="dueDate"
            label={recurrence && recurrence !== 'none' ? t('plans.tasks.firstDue') : t('plans.tasks.dueDate')}
            rules={
              recurrence === 'none' || !recurrence
                ? [
                    {
                      required: true,
                      message: t('validation.select', { field: t('plans.tasks.dueDate').toLowerCase() }),
                    },
                  ]
                : []
            }
          >
            <DateInput />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="leadUnitId" label={t('plans.tasks.lead')}>
            <UnitSelect />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="coordinatingUnitIds" label={t('plans.tasks.coordinating')}>
            <UnitSelect mode="multiple" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="expectedProduct" label={t('plans.tasks.product')}>
        <Input maxLength={2000} />
      </Form.Item>
      <Form.Item name="guidingDocumentIds" label={t('plans.tasks.documents')}>
        <DocSelect unitId={planUnitId} />
      </Form.Item>
    </FormModal>
  );
}
