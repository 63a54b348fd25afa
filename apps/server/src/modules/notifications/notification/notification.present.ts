import type { NotificationRow } from './notification.repository.ts';

/** A message of the inbox as the API returns it. */
export function presentNotification(r: NotificationRow) {
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    body: r.body,
    link: r.link,
    code: r.messageCode,
    params: r.messageParams,
    createdAt: r.createdAt.toISOString(),
    readAt: r.readAt?.toISOString() ?? null,
  };
}
