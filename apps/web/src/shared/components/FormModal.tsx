import { Form, Grid, Modal, type FormInstance } from 'antd';
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useT } from '../../i18n/index.tsx';
import { applyFieldErrors } from '../errors.ts';
import { isApiError, type FieldError } from '../http.ts';
import { ErrorAlert } from './ErrorAlert.tsx';

/**
 * Fields where Enter belongs to the field (a date picker confirms the typed date, a number box commits
 * its value, a select picks the option): it must not also submit the dialog.
 */
const OWN_ENTER = '.ant-picker, .ant-input-number, .ant-select';

/**
 * Enter inside such a field does not submit the form (implicit submission is its default action). A
 * textarea is left alone: there Enter is a new line and never submits.
 */
export function keepEnterInFields(e: KeyboardEvent<HTMLElement>) {
  if (e.key !== 'Enter' || !(e.target instanceof Element)) return;
  if (e.target.closest(OWN_ENTER)) e.preventDefault();
}

/**
 * After a refused submit the focus goes to the first field in error (keyboard and screen-reader users
 * are told where; the focus would otherwise stay on the button).
 */
function focusFirstError(form: FormInstance, err: unknown) {
  const first = (err as { errorFields?: { name: (string | number)[] }[] } | null)?.errorFields?.[0];
  if (first) form.scrollToField(first.name, { focus: true, block: 'center' });
}

/**
 * A modal with a vertical form: validates, calls onSubmit, puts the server's per-field errors on the
 * fields and shows the rest above the form. Closes only on success. Submits once at a time (a second
 * Enter or click while saving is ignored); Enter in a date, number or select field does not submit.
 * Full width on a phone.
 */
export function FormModal<T extends object>({
  open,
  title,
  onCancel,
  onSubmit,
  initialValues,
  children,
  okText,
  okDanger,
  width = 560,
  form: external,
  extraTop,
  errorFields,
}: {
  open: boolean;
  title: ReactNode;
  onCancel: () => void;
  onSubmit: (values: T) => Promise<unknown>;
  initialValues?: Partial<T>;
  children: ReactNode;
  okText?: string;
  okDanger?: boolean;
  width?: number;
  form?: FormInstance<T>;
  extraTop?: ReactNode;
  /** Error codes that belong to one field, e.g. { org_code_taken: 'code' }: the detail shows under it. */
  errorFields?: Record<string, string | (string | number)[]>;
}) {
  const t = useT();
  const [own] = Form.useForm<T>();
  const form = external ?? own;
  const [busy, setBusy] = useState(false);
  const inFlight = useRef(false);
  const phone = Grid.useBreakpoint().sm === false;
  const [error, setError] = useState<unknown>(null);
  const [rest, setRest] = useState<FieldError[]>([]);

  useEffect(() => {
    if (open) {
      setError(null);
      setRest([]);
    }
  }, [open]);

  // what had the focus when the dialog opened: it gets it back on close. When the page replaced it
  // meanwhile (the saved record re-rendered its panel), the page's main content does, never <body>.
  const opener = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    if (open && document.activeElement instanceof HTMLElement) opener.current = document.activeElement;
  }, [open]);
  const restoreFocus = () => {
    if (document.activeElement && document.activeElement !== document.body) return;
    const back = opener.current?.isConnected ? opener.current : document.getElementById('dv-content');
    back?.focus();
  };

  const submit = async () => {
    // set before the first await: two Enters in a row must not both pass validation and save twice
    if (inFlight.current) return;
    inFlight.current = true;
    let values: T;
    try {
      values = await form.validateFields();
    } catch (e) {
      inFlight.current = false;
      focusFirstError(form, e);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onSubmit(values);
    } catch (e) {
      const rest = applyFieldErrors(form, e);
      const field = isApiError(e) ? errorFields?.[e.code] : undefined;
      if (field && isApiError(e)) form.setFields([{ name: field as never, errors: [e.detail] }]);
      // the server's verdict on a field: the focus goes there (once the form is enabled again)
      const wrong = form.getFieldsError().find((f) => f.errors.length > 0);
      if (wrong) setTimeout(() => form.scrollToField(wrong.name, { focus: true, block: 'center' }));
      // when every part of the error sits under its field, the alert would only repeat it
      const allOnFields = isApiError(e) && (field || (e.errors.length > 0 && rest.length === 0));
      setError(allOnFields ? null : e);
      setRest(rest);
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      width={phone ? '100%' : width}
      style={phone ? { top: 8, maxWidth: 'calc(100vw - 16px)', paddingBottom: 8 } : undefined}
      onCancel={onCancel}
      onOk={submit}
      afterClose={restoreFocus}
      okText={okText ?? t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: busy, danger: okDanger }}
      destroyOnHidden
      mask={{ closable: false }}
      styles={{ body: { maxHeight: 'calc(100vh - 220px)', overflowY: 'auto', paddingRight: 4 } }}
    >
      {extraTop}
      <ErrorAlert error={error} fieldErrors={rest} />
      <Form<T>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        preserve={false}
        disabled={busy}
        onFinish={submit}
        onKeyDown={keepEnterInFields}
        requiredMark
      >
        {children}
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </Form>
    </Modal>
  );
}
