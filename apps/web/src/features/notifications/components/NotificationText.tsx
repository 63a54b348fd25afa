import type { Notification } from '@danvan/contracts';
import { useI18n, type I18n } from '../../../i18n/index.tsx';
import { formatDate } from '../../../shared/format.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The title or body of a notification in the reader's language: the server's code and parameters
 * through `notifications.messages.<code>` when the web knows the code, else the stored Vietnamese text
 * (then marked `lang="vi"` for an English reader). Dates among the parameters are shown as dd/MM/yyyy.
 */
export function notificationText(
  n: Pick<Notification, 'code' | 'params' | 'title' | 'body'>,
  part: 'title' | 'body',
  i18n: Pick<I18n, 't' | 'has' | 'lang'>,
): { text: string; lang: 'vi' | 'en' } {
  const key = `notifications.messages.${n.code}.${part}`;
  if (n.code && n.params && i18n.has(key)) {
    const params = Object.fromEntries(
      Object.entries(n.params).map(([k, v]) => [
        k,
        typeof v === 'string' && ISO_DATE.test(v) ? formatDate(v) : v,
      ]),
    );
    return { text: i18n.t(key, params), lang: i18n.lang };
  }
  return { text: n[part], lang: 'vi' };
}

export function NotificationText({ n, part }: { n: Notification; part: 'title' | 'body' }) {
  const i18n = useI18n();
  const { text, lang } = notificationText(n, part, i18n);
  return <span lang={lang === i18n.lang ? undefined : lang}>{text}</span>;
}
