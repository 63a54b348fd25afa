import { useEffect, useState } from 'react';
import { portalApi } from '../api.ts';
import { useT } from '../i18n.ts';
import { useQueryParam } from '../router.tsx';
import { Empty, ErrorNotice, Loading, MoreButton, useDebounced, usePagedList } from './ui.tsx';
import { ItemCard } from './ItemCard.tsx';

const PAGE_SIZE = 20;

/** The items of one server section, searched (q in the address) and read page by page. */
export function SectionList({ section, searchLabel }: { section: string; searchLabel: string }) {
  const t = useT();
  const [q, setQ] = useQueryParam('q');
  const [text, setText] = useState(q);
  const typed = useDebounced(text);
  useEffect(() => {
    if (typed.trim() !== q) setQ(typed.trim());
  }, [typed]);
  const list = usePagedList(
    (page, signal) => portalApi.section(section, { q: q || undefined, page, pageSize: PAGE_SIZE }, signal),
    [section, q],
  );
  return (
    <>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="sec-q">{searchLabel}</label>
          <input id="sec-q" type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </div>
      </form>
      <div aria-busy={list.loading}>
        {list.error ? <ErrorNotice error={list.error} onRetry={list.retry} /> : null}
        {!list.loaded && list.loading ? (
          <Loading />
        ) : list.loaded && list.items.length === 0 ? (
          <Empty>{t('site.section.none')}</Empty>
        ) : (
          <ul className="cards two" data-testid={`section-${section}`}>
            {list.items.map((it) => (
              <li key={it.id}>
                <ItemCard item={it} headingLevel={2} />
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
