import { DeleteOutlined, EditOutlined, PaperClipOutlined } from '@ant-design/icons';
import { useState } from 'react';
import type { RowAction } from './types.ts';

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** The row actions every register repeats: its files, edit, delete (each shown by a `can` flag). */
export const rowActions = {
  files: <T,>(t: Translate, onClick: (row: T) => void, label = t('register.files')): RowAction<T> => ({
    key: 'files',
    icon: <PaperClipOutlined />,
    label,
    onClick,
    testId: 'row-files',
  }),
  edit: <T,>(t: Translate, onClick: (row: T) => void, visible?: (row: T) => boolean): RowAction<T> => ({
    key: 'edit',
    icon: <EditOutlined />,
    label: t('common.edit'),
    onClick,
    visible,
    testId: 'row-edit',
  }),
  remove: <T,>(
    t: Translate,
    onConfirm: (row: T) => unknown,
    confirm: string | ((row: T) => string),
    visible?: (row: T) => boolean,
  ): RowAction<T> => ({
    key: 'delete',
    icon: <DeleteOutlined />,
    label: t('common.delete'),
    onClick: onConfirm,
    visible,
    confirm,
    danger: true,
    testId: 'row-delete',
  }),
};

/**
 * The dialogs of a register's rows: the form (a new record or the one being edited) and the files
 * drawer. `saved(row)` closes the form and opens the files of the record just saved.
 */
export function useRowDialogs<T>() {
  const [form, setForm] = useState<T | 'new' | null>(null);
  const [files, setFiles] = useState<T | null>(null);
  return {
    /** The form is open (for a new record or an edit). */
    formOpen: form !== null,
    /** The record being edited, or null for a new one. */
    editing: form !== null && form !== 'new' ? (form as T) : null,
    create: () => setForm('new'),
    edit: (row: T) => setForm(row),
    closeForm: () => setForm(null),
    files,
    openFiles: (row: T) => setFiles(row),
    closeFiles: () => setFiles(null),
    saved: (row?: T) => {
      setForm(null);
      if (row) setFiles(row);
    },
  };
}

/** What `useRowDialogs` gives. */
export type RowDialogs<T> = ReturnType<typeof useRowDialogs<T>>;
