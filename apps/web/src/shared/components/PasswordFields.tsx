import { Form, Input } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/index.tsx';

/** The shortest password the server accepts (its rule; checked here first to say so sooner). */
export const PASSWORD_MIN_LENGTH = 10;

/**
 * A new password and the same typed again (named `confirm`): required, long enough, and the two the
 * same. Used wherever a password is set (a new account, a reset, the user's own change).
 */
export function NewPasswordFields({
  name = 'password',
  label,
  confirmLabel,
  extra,
  confirmMessage,
}: {
  /** The form field of the password. */
  name?: string;
  label: string;
  confirmLabel: string;
  extra?: ReactNode;
  /** The message when the second box is empty (default: validation.confirmRequired). */
  confirmMessage?: string;
}) {
  const t = useT();
  const required = (field: string) => t('validation.required', { field });
  return (
    <>
      <Form.Item
        name={name}
        label={label}
        extra={extra}
        rules={[
          { required: true, whitespace: true, message: required(label) },
          {
            min: PASSWORD_MIN_LENGTH,
            message: t('validation.minLength', { field: label, min: PASSWORD_MIN_LENGTH }),
          },
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={confirmLabel}
        dependencies={[name]}
        rules={[
          { required: true, message: confirmMessage ?? t('validation.confirmRequired') },
          ({ getFieldValue }) => ({
            validator: (_, v) =>
              !v || v === getFieldValue(name)
                ? Promise.resolve()
                : Promise.reject(new Error(t('validation.passwordMismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
