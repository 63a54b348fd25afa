import { useEffect, useState } from 'react';
import type { PublicSession } from '@danvan/contracts';
import { portalApi } from '../api.ts';
import { useSiteI18n } from '../i18n.ts';
import { formatDate, isoWeekday } from '../format.ts';
import { href, Link, usePageTitle, useQueryParam } from '../router.tsx';
import { Empty, ErrorNotice, Loading, MoreButton, useDebounced, usePagedList } from '../components/ui.tsx';

const PAGE_SIZE = 20;
const SPANS = ['7', '30', '90'] as const;

function todayInVietnam(): string {
  return new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });
}
function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function SessionCard({ s }: { s: PublicSession }) {
  const { t } = useSiteI18n();
  return (
    <article className="card" data-testid="session">
      <p className="meta">
        <strong>
          {t(`site.weekday.${isoWeekday(s.date)}`)}, {formatDate(s.date)}
        </strong>{' '}
        · {t('site.schedules.time', { start: s.startTime, end: s.endTime })}
      </p>
      <h2 className="h3" lang="vi" data-testid="session-unit">
        {s.unitName}
      </h2>
      <p lang="vi">{s.title}</p>
      <dl className="facts">
        <div>
          <dt>{t('site.schedules.place')}</dt>
          <dd lang="vi" data-testid="session-place">
            {s.place}
          </dd>
        </div>
        {(s.receiverName || s.receiverTitle) && (
          <div>
            <dt>{t('site.schedules.receiver')}</dt>
            <dd lang="vi">{[s.receiverName, s.receiverTitle].filter(Boolean).join(', ')}</dd>
          </div>
        )}
      </dl>
      <p>
        {s.headInPerson && <span className="tag tag-info">{t('site.schedules.head')}</span>}
        {s.online && <span className="tag tag-ok">{t('site.schedules.online')}</span>}
      </p>
      <div className="actions">
        {s.online && s.onlineLink && (
          <a className="btn" href={s.onlineLink} rel="noopener noreferrer" target="_blank">
            {t('site.schedules.joinOnline')}
            <span className="visually-hidden"> ({t('site.common.newWindow')})</span>
          </a>
        )}
        <Link
          className="btn"
          to={href('/gui', { unitId: s.unitId, unitName: s.unitName })}
          data-testid="session-submit"
        >
          {t('site.schedules.submitTo')}
          <span className="visually-hidden">: {s.unitName}</span>
        </Link>
      </div>
    </article>
  );
}

/**
 * Reception schedules: every unit's upcoming reception days and the heads' sessions, searched by the
 * unit's name or the place without diacritics (the server folds them), over the next 7, 30 or 90 days.
 */
export default function SchedulesPage() {
  const { t } = useSiteI18n();
  usePageTitle(t('site.schedules.title'), t('site.brand'));
  const [q, setQ] = useQueryParam('q');
  const [span, setSpan] = useQueryParam('span');
  const [text, setText] = useState(q);
  const typed = useDebounced(text);
  useEffect(() => {
    if (typed !== q) setQ(typed.trim());
  }, [typed]);
  const days = SPANS.includes(span as (typeof SPANS)[number]) ? Number(span) : 30;
  const from = todayInVietnam();
  const to = addDays(from, days);
  const list = usePagedList(
    (page, signal) => portalApi.schedules({ q: q || undefined, from, to, page, pageSize: PAGE_SIZE }, signal),
    [q, from, to],
  );
  return (
    <>
      <h1>{t('site.schedules.title')}</h1>
      <p className="lead">{t('site.schedules.lead')}</p>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="sch-q">{t('site.schedules.search')}</label>
          <input
            id="sch-q"
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder={t('site.schedules.searchPlaceholder')}
            aria-describedby="sch-q-hint"
            data-testid="schedules-search"
          />
          <span className="hint" id="sch-q-hint">
            {t('site.schedules.searchHint')}
          </span>
        </div>
        <div className="field">
          <label htmlFor="sch-span">{t('site.schedules.span')}</label>
          <select id="sch-span" value={String(days)} onChange={(e) => setSpan(e.target.value)}>
            {SPANS.map((d) => (
              <option key={d} value={d}>
                {t('site.schedules.days', { n: Number(d) })}
              </option>
            ))}
          </select>
        </div>
      </form>
      <div aria-live="polite" aria-busy={list.loading}>
        {list.error ? <ErrorNotice error={list.error} onRetry={list.retry} /> : null}
        {!list.loaded && list.loading ? (
          <Loading />
        ) : list.loaded && list.items.length === 0 ? (
          <Empty>{q ? t('site.schedules.noneFound', { q }) : t('site.schedules.none')}</Empty>
        ) : (
          <ul className="cards two" data-testid="sessions">
            {list.items.map((s) => (
              <li key={`${s.scheduleId}-${s.date}-${s.startTime}`}>
                <SessionCard s={s} />
              </li>
            ))}
          </ul>
        )}
      </div>
      {list.loaded && list.items.length > 0 && (
        <MoreButton shown={list.items.length} total={list.total} loading={list.loading} onMore={list.more} />
      )}
    </>
  );
}
