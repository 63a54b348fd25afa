import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Me, Permission } from '@danvan/contracts';
import { http, isApiError } from './http.ts';

export const ME_KEY = ['me'] as const;

/** The current user (null when not logged in). A 401 is an answer here, not an error. */
export async function fetchMe(): Promise<Me | null> {
  try {
    return await http.get<Me>('/auth/me');
  } catch (e) {
    if (isApiError(e) && e.status === 401) return null;
    throw e;
  }
}

export function useMe() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 5 * 60_000, retry: false });
}

/** The user's permissions as a checker: can('org:write'), can(['a', 'b']) = any of. */
export function usePermissions() {
  const { data: me } = useMe();
  return useCallback(
    (perm: Permission | Permission[] | 'authenticated' | undefined) => {
      if (!me) return false;
      if (!perm || perm === 'authenticated') return true;
      const list = Array.isArray(perm) ? perm : [perm];
      return list.some((p) => me.permissions.includes(p));
    },
    [me],
  );
}

export function usePermission(perm: Permission | Permission[]): boolean {
  return usePermissions()(perm);
}

/** After login / logout / switching unit: drop every cached answer of the previous identity. */
export function useResetSession() {
  const qc = useQueryClient();
  return useCallback(
    (me: Me | null) => {
      qc.cancelQueries();
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
      qc.setQueryData(ME_KEY, me);
    },
    [qc],
  );
}
