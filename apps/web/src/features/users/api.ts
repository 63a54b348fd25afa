import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Paged, Role, User } from '@danvan/contracts';
import { http } from '../../shared/http.ts';

export type { User };

export interface UserQuery {
  q?: string;
  unitId?: number;
  role?: Role;
  page: number;
  pageSize: number;
}

export const userKeys = {
  all: ['users'] as const,
  list: (q: UserQuery) => ['users', 'list', q] as const,
  one: (id: number) => ['users', 'one', id] as const,
};

export function useUsers(q: UserQuery) {
  return useQuery({
    queryKey: userKeys.list(q),
    queryFn: ({ signal }) => http.get<Paged<User>>('/users', { ...q }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useUser(id: number | null) {
  return useQuery({
    queryKey: userKeys.one(id ?? 0),
    queryFn: () => http.get<User>(`/users/${id}`),
    enabled: id !== null,
  });
}
