import { z } from 'zod';
import { PageQuery } from './common.ts';
import { labelled } from './labels.ts';

export const Notification = z.object({
  id: z.number().int(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  /** The message as a code and parameters for the web to translate; null: show title and body. */
  code: z.string().nullable(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notification = z.infer<typeof Notification>;
export const NotificationQuery = PageQuery.extend({
  unread: labelled(z.stringbool(), 'Chỉ thông báo chưa đọc').optional(),
});

export const UnreadCount = z.object({ unread: z.number().int() });
