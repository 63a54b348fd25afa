import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Notification, Paged } from '@danvan/contracts';
import { http } from '../../shared/http.ts';

export const notificationKeys = {
  all: ['notifications'] as const,
  count: ['notifications', 'count'] as const,
  list: (q: { page: number; pageSize: number; unread?: boolean }) => ['notifications', 'list', q] as const,
};

export function useUnreadCount() {
  return useQuery({
    queryKey: notificationKeys.count,
    queryFn: () => http.get<{ unread: number }>('/notifications/unread-count'),
    refetchInterval: 60_000,
    refetchIntervalInBackground: false,
    staleTime: 30_000,
  });
}

export function useNotifications(q: { page: number; pageSize: number; unread?: boolean }, enabled = true) {
  return useQuery({
    queryKey: notificationKeys.list(q),
    queryFn: () => http.get<Paged<Notification>>('/notifications', q),
    enabled,
    placeholderData: (prev) => prev,
  });
}

export function useMarkRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => http.post(`/notifications/${id}/read`),
    onSuccess: () => qc.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export function useMarkAllRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => http.post('/notifications/read-all'),
    onSuccess: () => qc.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

/** Follows a notification's link: app paths inside the app, anything else (same site) by the browser. */
export function followLink(link: string | null, navigate: (to: string) => void): void {
  if (!link) return;
  if (link.startsWith('/')) navigate(link);
  else if (/^https?:\/\//.test(link) && new URL(link).origin === window.location.origin)
    navigate(new URL(link).pathname + new URL(link).search);
}
