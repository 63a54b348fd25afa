import { EnumTag } from '../../../shared/components/EnumTag.tsx';
import type { User } from '../api.ts';

export function UserStatus({ user }: { user: User }) {
  const state = !user.active ? 'disabled' : user.lockedUntil ? 'locked' : 'active';
  return <EnumTag vocab="userStatus" value={state} />;
}
