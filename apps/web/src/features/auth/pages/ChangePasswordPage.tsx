import { Alert, Button, Card, Form, Input } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../../i18n/index.tsx';
import { http, isApiError } from '../../../shared/http.ts';
import { applyFieldErrors } from '../../../shared/errors.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { PageHeader } from '../../../shared/components/PageHeader.tsx';
import { ErrorAlert } from '../../../shared/components/ErrorAlert.tsx';
import { NewPasswordFields } from '../../../shared/components/PasswordFields.tsx';
import type { FieldError } from '../../../shared/http.ts';

/** Errors that belong under one field. */
const FIELD_OF: Record<string, keyof Values> = {
  password_wrong: 'currentPassword',
  password_too_weak: 'newPassword',
};

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

export default function ChangePasswordPage() {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const navigate = useNavigate();
  const notify = useNotify();
  const [rest, setRest] = useState<FieldError[]>([]);
  const [onField, setOnField] = useState(false);
  const change = useMutation({
    mutationFn: (v: Values) =>
      http.post('/auth/password', { currentPassword: v.currentPassword, newPassword: v.newPassword }),
    onSuccess: () => {
      notify.success(t('auth.passwordChanged'));
      form.resetFields();
      navigate(-1);
    },
    onError: (e) => {
      const left = applyFieldErrors(form, e);
      setRest(left);
      setOnField(isApiError(e) && (e.code in FIELD_OF || (e.errors.length > 0 && left.length === 0)));
      const field = isApiError(e) ? FIELD_OF[e.code] : undefined;
      if (field && isApiError(e)) form.setFields([{ name: field as keyof Values, errors: [e.detail] }]);
    },
  });
  return (
    <>
      <PageHeader title={t('auth.changePasswordTitle')} />
      <Card style={{ maxWidth: 520 }}>
        <Alert type="info" showIcon title={t('auth.changePasswordHint')} style={{ marginBottom: 16 }} />
        <ErrorAlert error={onField ? null : change.error} fieldErrors={rest} />
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={(v) => change.mutate(v)}
          disabled={change.isPending}
        >
          <Form.Item
            name="currentPassword"
            label={t('auth.currentPassword')}
            rules={[
              {
                required: true,
                message: t('validation.required', { field: t('auth.currentPassword') }),
              },
            ]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <NewPasswordFields
            name="newPassword"
            label={t('auth.newPassword')}
            confirmLabel={t('auth.confirmPassword')}
            confirmMessage={t('validation.confirmPasswordRequired')}
          />
          <Button type="primary" htmlType="submit" loading={change.isPending}>
            {t('common.save')}
          </Button>
          <Button style={{ marginInlineStart: 8 }} onClick={() => navigate(-1)}>
            {t('common.cancel')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
