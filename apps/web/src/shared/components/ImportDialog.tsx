import { InboxOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Modal, Typography, Upload } from 'antd';
import { useState, type ReactNode } from 'react';
import { useT } from '../../i18n/index.tsx';
import { RegisterTable } from '../register/RegisterPage.tsx';
import type { RegisterColumn } from '../register/types.ts';
import type { Spec } from '../register/useUrlState.ts';
import { ErrorAlert } from './ErrorAlert.tsx';

/** One row of an import's check: its line in the file and what is wrong with it. */
export interface ImportRow {
  row: number;
  errors: string[];
}

/** What the server says of a file in 'preview' mode. */
export interface ImportCheck<R extends ImportRow> {
  rows: R[];
  valid: number;
  invalid: number;
}

export interface ImportDialogProps<R extends ImportRow, P extends ImportCheck<R>, D> {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  width?: number;
  /** What the file must hold (columns, where a template comes from). */
  hint: ReactNode;
  /** More under the hint (e.g. a button that downloads a template). */
  extra?: ReactNode;
  /** The file types the picker offers, e.g. '.xlsx,.csv'. */
  accept: string;
  /** Check the file as soon as it is chosen (else with the "Kiểm tra tệp" button). */
  checkOnPick?: boolean;
  /** Uploads the file in 'preview' mode: nothing is written. */
  check: (file: File) => Promise<P>;
  /** Uploads the file in 'commit' mode: every row or none. */
  commit: (file: File) => Promise<D>;
  /** After a successful import (the dialog has reset itself). */
  onDone: (result: D) => void;
  /** How many rows the commit would write (default: the valid ones). */
  toCommit?: (check: P) => number;
  /**
   * The commit enters the valid rows and skips the wrong ones (else a file with a wrong row is
   * refused whole); this note then replaces "fix the errors first".
   */
  skipInvalid?: ReactNode;
  /** The commit button's text for that many rows. */
  commitLabel: (count: number) => string;
  /** The check's columns between the row number and the errors. */
  columns: RegisterColumn<R>[];
}

/**
 * An import from a spreadsheet in two steps: the file is checked on the server (every row with its
 * errors), then imported whole, only when no row is wrong. Used by every import of the app.
 */
export function ImportDialog<R extends ImportRow, P extends ImportCheck<R>, D>(
  props: ImportDialogProps<R, P, D>,
) {
  const t = useT();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<P | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<'check' | 'commit' | null>(null);

  const reset = () => {
    setFile(null);
    setPreview(null);
    setError(null);
  };
  const close = () => {
    reset();
    props.onClose();
  };
  const check = async (f: File) => {
    setBusy('check');
    setError(null);
    try {
      setPreview(await props.check(f));
    } catch (e) {
      setPreview(null);
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  const commit = async () => {
    if (!file) return;
    setBusy('commit');
    setError(null);
    try {
      const r = await props.commit(file);
      reset();
      props.onDone(r);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  const count = preview ? (props.toCommit ? props.toCommit(preview) : preview.valid) : 0;

  return (
    <Modal
      open={props.open}
      title={props.title}
      width={props.width ?? 900}
      onCancel={close}
      destroyOnHidden
      footer={
        <Flex justify="end" gap={8} wrap>
          <Button onClick={close}>{t('common.cancel')}</Button>
          {!props.checkOnPick && (
            <Button onClick={() => file && check(file)} disabled={!file} loading={busy === 'check'}>
              {t('imports.check')}
            </Button>
          )}
          <Button
            type="primary"
            onClick={commit}
            disabled={!preview || (preview.invalid > 0 && !props.skipInvalid) || count === 0}
            loading={busy === 'commit'}
            data-testid="import-commit"
          >
            {props.commitLabel(count)}
          </Button>
        </Flex>
      }
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {props.hint}
      </Typography.Paragraph>
      {props.extra}
      {file ? (
        <Flex
          align="center"
          justify="space-between"
          gap={8}
          style={{ border: '1px solid #e6ebf1', borderRadius: 8, padding: '8px 12px', background: '#f7f9fb' }}
        >
          <Typography.Text>
            <PaperClipOutlined /> {file.name}
          </Typography.Text>
          <Button size="small" onClick={reset} disabled={busy !== null}>
            {t('imports.another')}
          </Button>
        </Flex>
      ) : (
        <Upload.Dragger
          accept={props.accept}
          multiple={false}
          showUploadList={false}
          beforeUpload={(f) => {
            setFile(f);
            setPreview(null);
            setError(null);
            if (props.checkOnPick) void check(f);
            return Upload.LIST_IGNORE;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">
            {t('imports.pick', { types: props.accept.split(',').join(', ') })}
          </p>
        </Upload.Dragger>
      )}
      <ErrorAlert error={error} style={{ marginTop: 12 }} />
      {preview && (
        <>
          <Alert
            style={{ margin: '12px 0' }}
            type={preview.invalid ? 'warning' : 'success'}
            showIcon
            title={t('imports.summary', { valid: preview.valid, invalid: preview.invalid })}
            description={preview.invalid ? (props.skipInvalid ?? t('imports.fixFirst')) : undefined}
          />
          <RegisterTable<R, Spec>
            card={false}
            query={{
              data: preview.rows,
              isLoading: false,
              isFetching: false,
              error: null,
              refetch: () => {},
            }}
            rowKey="row"
            pageSize={10}
            empty={t('imports.empty')}
            emptySimple
            table={{
              size: 'small',
              scroll: { y: 'calc(100vh - 520px)' },
              rowClassName: (r) => (r.errors.length ? 'ant-table-row-error' : ''),
            }}
            columns={[
              { title: t('imports.row'), dataIndex: 'row', width: 64 },
              ...props.columns,
              {
                title: t('imports.errors'),
                dataIndex: 'errors',
                width: 260,
                render: (errs: string[]) =>
                  errs.length ? (
                    <ul style={{ margin: 0, paddingInlineStart: 16, color: '#c62828' }}>
                      {errs.map((e, i) => (
                        <li key={i}>{e}</li>
                      ))}
                    </ul>
                  ) : (
                    <Typography.Text type="success">✓</Typography.Text>
                  ),
              },
            ]}
          />
        </>
      )}
    </Modal>
  );
}
