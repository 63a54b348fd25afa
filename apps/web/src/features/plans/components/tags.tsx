import { Tag } from 'antd';
import { useT } from '../../../i18n/index.tsx';

const PLAN_COLORS: Record<string, string> = { draft: 'default', issued: 'green' };
export function PlanStatusTag({ status }: { status: string }) {
  const t = useT();
  return (
    <Tag color={PLAN_COLORS[status]} data-testid="plan-status">
      {t(`plans.status.${status}`)}
    </Tag>
  );
}

/** Colours of where an assignment stands against its deadline (also the matrix cells). */
export const DEADLINE_COLORS: Record<string, string> = {
  done_on_time: 'green',
  done_late: 'lime',
  pending: 'blue',
  due_soon: 'gold',
  overdue: 'red',
  cancelled: 'default',
};
export const DEADLINE_BACKGROUNDS: Record<string, string> = {
  done_on_time: '#d9f7be',
  done_late: '#eaff8f',
  pending: '#e6f4ff',
  due_soon: '#fff1b8',
  overdue: '#ffccc7',
  cancelled: '#f0f0f0',
};

export function DeadlineTag({ value }: { value: string }) {
  const t = useT();
  return (
    <Tag color={DEADLINE_COLORS[value]} data-testid="deadline">
      {t(`plans.deadline.${value}`)}
    </Tag>
  );
}

const ASSIGNMENT_COLORS: Record<string, string> = {
  not_started: 'default',
  in_progress: 'processing',
  done: 'success',
  cancelled: 'default',
};
export function AssignmentStatusTag({ status }: { status: string }) {
  const t = useT();
  return (
    <Tag color={ASSIGNMENT_COLORS[status]} data-testid="assignment-status">
      {t(`plans.assignment.${status}`)}
    </Tag>
  );
}

const COMPLIANCE_COLORS: Record<string, string> = {
  issued: 'green',
  late: 'orange',
  missing: 'red',
  pending: 'default',
};
export function ComplianceTag({ status }: { status: string }) {
  const t = useT();
  return (
    <Tag color={COMPLIANCE_COLORS[status]} data-testid="compliance-status">
      {t(`plans.compliance.${status}`)}
    </Tag>
  );
}

const TASK_COLORS: Record<string, string> = { draft: 'default', assigned: 'blue', cancelled: 'default' };
export function TaskStatusTag({ status }: { status: string }) {
  const t = useT();
  return <Tag color={TASK_COLORS[status]}>{t(`plans.taskStatus.${status}`)}</Tag>;
}
