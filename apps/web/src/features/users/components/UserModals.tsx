import { Alert, Divider, Form, Input, Select, Switch } from 'antd';
import { ROLES, type Role } from '@danvan/contracts';
import { useI18n } from '../../../i18n/index.tsx';
import { http } from '../../../shared/http.ts';
import { FormModal } from '../../../shared/components/FormModal.tsx';
import { UnitSelect } from '../../../shared/components/UnitSelect.tsx';
import { NewPasswordFields } from '../../../shared/components/PasswordFields.tsx';
import type { User } from '../api.ts';

export function RoleSelect(props: {
  value?: Role;
  onChange?: (v: Role) => void;
  id?: string;
  allowClear?: boolean;
  placeholder?: string;
  style?: React.CSSProperties;
}) {
  const { roleLabel } = useI18n();
  return (
    <Select<Role>
      {...props}
      showSearch={{ optionFilterProp: 'label' }}
      options={ROLES.map((r) => ({ value: r, label: roleLabel(r) }))}
    />
  );
}

function useUserRules() {
  const { t } = useI18n();
  const req = (k: string) => ({
    required: true,
    whitespace: true,
    message: t('validation.required', { field: t(k) }),
  });
  return {
    username: [
      req('users.username'),
      { min: 3, message: t('validation.minLength', { field: t('users.username'), min: 3 }) },
      { pattern: /^[a-z0-9_.-]+$/, message: t('validation.username') },
    ],
    fullName: [
      req('users.fullName'),
      { min: 2, message: t('validation.minLength', { field: t('users.fullName'), min: 2 }) },
    ],
    email: [{ type: 'email' as const, message: t('validation.email') }],
  };
}

function blank(v?: string | null) {
  const s = (v ?? '').trim();
  return s ? s : null;
}

interface CreateValues {
  username: string;
  fullName: string;
  email?: string;
  position?: string;
  password: string;
  confirm: string;
  role?: Role;
  unitId?: number;
  includeSubtree: boolean;
}

/**
 * A new account with its first role at a unit, in one request (so no account is left without a role
 * its creator could manage; only an administrator of the whole province may leave the role empty).
 */
/** The props of the user dialogs: open or not, closed without change, done with the account as it is. */
interface DialogProps {
  open: boolean;
  onClose: () => void;
  onDone: (u: User) => void;
}

export function CreateUserModal({ open, onClose, onDone }: DialogProps) {
  const { t } = useI18n();
  const rules = useUserRules();
  return (
    <FormModal<CreateValues>
      open={open}
      title={t('users.createTitle')}
      onCancel={onClose}
      width={640}
      okText={t('common.create')}
      initialValues={{ includeSubtree: true }}
      errorFields={{ user_email_taken: 'username', password_too_weak: 'password' }}
      onSubmit={async (v) =>
        onDone(
          await http.post<User>('/users', {
            username: v.username.trim().toLowerCase(),
            fullName: v.fullName.trim(),
            email: blank(v.email),
            position: blank(v.position),
            password: v.password,
            ...(v.role && v.unitId
              ? { assignment: { role: v.role, unitId: v.unitId, includeSubtree: v.includeSubtree } }
              : {}),
          }),
        )
      }
    >
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 12 }}>
        <Form.Item name="username" label={t('users.username')} rules={rules.username}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="fullName" label={t('users.fullName')} rules={rules.fullName}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="email" label={t('users.email')} rules={rules.email}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="position" label={t('users.position')}>
          <Input autoComplete="off" />
        </Form.Item>
        <NewPasswordFields
          label={t('users.password')}
          confirmLabel={t('users.confirmPassword')}
          extra={t('users.passwordHint')}
        />
      </div>
      <Divider titlePlacement="start" style={{ margin: '4px 0 12px', fontSize: 13 }}>
        {t('users.initialRole')}
      </Divider>
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1.4fr', gap: 12 }}>
        <Form.Item name="role" label={t('users.role')}>
          <RoleSelect allowClear />
        </Form.Item>
        <Form.Item
          name="unitId"
          label={t('users.unit')}
          dependencies={['role']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, v) =>
                !getFieldValue('role') || v
                  ? Promise.resolve()
                  : Promise.reject(
                      new Error(t('validation.select', { field: t('users.unit').toLowerCase() })),
                    ),
            }),
          ]}
        >
          <UnitSelect />
        </Form.Item>
      </div>
      <Form.Item name="includeSubtree" label={t('users.includeSubtree')} valuePropName="checked">
        <Switch />
      </Form.Item>
    </FormModal>
  );
}

interface EditValues {
  fullName: string;
  email?: string;
  position?: string;
}

export function EditUserModal({ user, open, onClose, onDone }: DialogProps & { user: User }) {
  const { t } = useI18n();
  const rules = useUserRules();
  return (
    <FormModal<EditValues>
      open={open}
      title={t('users.editTitle')}
      onCancel={onClose}
      initialValues={{ fullName: user.fullName, email: user.email ?? '', position: user.position ?? '' }}
      onSubmit={async (v) =>
        onDone(
          await http.patch<User>(`/users/${user.id}`, {
            fullName: v.fullName.trim(),
            email: blank(v.email),
            position: blank(v.position),
          }),
        )
      }
    >
      <Form.Item label={t('users.username')}>
        <Input value={user.username} disabled />
      </Form.Item>
      <Form.Item name="fullName" label={t('users.fullName')} rules={rules.fullName}>
        <Input />
      </Form.Item>
      <Form.Item name="email" label={t('users.email')} rules={rules.email}>
        <Input />
      </Form.Item>
      <Form.Item name="position" label={t('users.position')}>
        <Input />
      </Form.Item>
    </FormModal>
  );
}

export function ResetPasswordModal({
  user,
  open,
  onClose,
  onDone,
}: Omit<DialogProps, 'onDone'> & { user: User; onDone: () => void }) {
  const { t } = useI18n();
  return (
    <FormModal<{ password: string; confirm: string }>
      open={open}
      title={t('users.resetPasswordTitle', { name: user.fullName })}
      onCancel={onClose}
      okText={t('users.resetPassword')}
      errorFields={{ password_too_weak: 'password' }}
      extraTop={
        <Alert type="warning" showIcon title={t('users.resetPasswordHint')} style={{ marginBottom: 16 }} />
      }
      onSubmit={async (v) => {
        await http.post(`/users/${user.id}/password`, { password: v.password });
        onDone();
      }}
    >
      <NewPasswordFields
        label={t('users.password')}
        confirmLabel={t('users.confirmPassword')}
        extra={t('users.passwordHint')}
      />
    </FormModal>
  );
}
