import { EnumTag, VOCABULARIES } from '../../../shared/components/EnumTag.tsx';

// The plans' status tags are the shared EnumTag with the plans vocabularies (labels from the contracts).

export const PlanStatusTag = ({ status }: { status: string }) => (
  <EnumTag vocab="planStatus" value={status} />
);

/** Colours of where an assignment stands against its deadline (also the matrix cells). */
export const DEADLINE_COLORS: Record<string, string> = VOCABULARIES.deadline.colors;
export const DEADLINE_BACKGROUNDS: Record<string, string> = {
  done_on_time: '#d9f7be',
  done_late: '#eaff8f',
  pending: '#e6f4ff',
  due_soon: '#fff1b8',
  overdue: '#ffccc7',
  cancelled: '#f0f0f0',
};

export const DeadlineTag = ({ value }: { value: string }) => <EnumTag vocab="deadline" value={value} />;

export const AssignmentStatusTag = ({ status }: { status: string }) => (
  <EnumTag vocab="assignmentStatus" value={status} />
);

export const ComplianceTag = ({ status }: { status: string }) => (
  <EnumTag vocab="compliance" value={status} />
);

export const TaskStatusTag = ({ status }: { status: string }) => (
  <EnumTag vocab="taskStatus" value={status} />
);
