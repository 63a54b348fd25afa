import type { ReactNode } from 'react';
import { useNotify } from '../hooks.ts';
import { FormModal } from '../components/FormModal.tsx';
import type { RowDialogs } from './actions.tsx';

/**
 * The form of a register's rows, bound to its `useRowDialogs`: a new record or the one being edited.
 * Saving says so and closes the form; with `thenFiles` it then opens the saved record's files.
 */
export function RowFormModal<V extends object, T>({
  dialogs,
  title,
  save,
  savedText,
  thenFiles,
  initialValues,
  width,
  children,
}: {
  dialogs: RowDialogs<T>;
  /** The title for a new record (editing null) or for the one being edited. */
  title: (editing: T | null) => ReactNode;
  save: (values: V) => Promise<T>;
  savedText: string;
  thenFiles?: boolean;
  initialValues?: Partial<V>;
  width?: number;
  children: ReactNode;
}) {
  const notify = useNotify();
  return (
    <FormModal<V>
      open={dialogs.formOpen}
      title={title(dialogs.editing)}
      width={width}
      onCancel={dialogs.closeForm}
      initialValues={initialValues}
      onSubmit={(v) =>
        save(v).then((row) => {
          notify.success(savedText);
          dialogs.saved(thenFiles ? row : undefined);
        })
      }
    >
      {children}
    </FormModal>
  );
}
