import { Tag } from 'antd';
import { useT } from '../../../i18n/index.tsx';
import type { User } from '../api.ts';

export function UserStatus({ user }: { user: User }) {
  const t = useT();
  if (!user.active) return <Tag color="red">{t('users.statusDisabled')}</Tag>;
  if (user.lockedUntil) return <Tag color="orange">{t('users.statusLocked')}</Tag>;
  return <Tag color="green">{t('users.statusActive')}</Tag>;
}
