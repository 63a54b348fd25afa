import { useEffect, useState } from 'react';
import type { PortalPublicationView, PublicUnit } from '@danvan/contracts';
import { PETITION_FIELDS, PUBLICATION_STATES } from '@danvan/domain';
import { portalApi } from '../api.ts';
import { useSiteI18n } from '../i18n.ts';
import { formatDate } from '../format.ts';
import { label } from '../labels.ts';
import { usePageTitle, useQueryParam } from '../router.tsx';
import { Empty, ErrorNotice, Loading, MoreButton, useDebounced, usePagedList } from '../components/ui.tsx';
import { UnitPicker } from '../components/UnitPicker.tsx';
import { stateClass } from '../components/ItemCard.tsx';

const PAGE_SIZE = 20;

function AnswerCard({ a }: { a: PortalPublicationView }) {
  const { t, lang } = useSiteI18n();
  const long = a.text.length > 400;
  return (
    <article className="card" data-testid="answer">
      {a.state && (
        <span className={stateClass(a.state)} data-testid="answer-state">
          {label('state', a.state, lang, a.stateLabel)}
        </span>
      )}
      <h2 className="h3" lang="vi">
        {a.title}
      </h2>
      <p className="meta">
        <span lang="vi">{a.unitName}</span>
        {a.field && <> · {label('field', a.field, lang, a.fieldLabel)}</>} ·{' '}
        {t('site.answers.publishedOn', { date: formatDate(a.publishedOn) })}
      </p>
      {long ? (
        <details>
          <summary>
            <span lang="vi">{a.text.slice(0, 280).trimEnd()}…</span> <span>{t('site.answers.readAll')}</span>
          </summary>
          <p className="pre" lang="vi">
            {a.text}
          </p>
        </details>
      ) : (
        <p className="pre" lang="vi">
          {a.text}
        </p>
      )}
    </article>
  );
}

/**
 * The answers units published (to a kiến nghị or phản ánh, anonymised), by unit and field, with their
 * honest state: resolved, resolved in part, not within competence, closed without resolution.
 */
export default function AnswersPage() {
  const { t, lang } = useSiteI18n();
  usePageTitle(t('site.answers.title'), t('site.brand'));
  const [field, setField] = useQueryParam('field');
  const [state, setState] = useQueryParam('state');
  const [unitParam, setUnitParam] = useQueryParam('unitId');
  const [unitName, setUnitName] = useQueryParam('unitName');
  const [q, setQ] = useQueryParam('q');
  const [text, setText] = useState(q);
  const typed = useDebounced(text);
  useEffect(() => {
    if (typed.trim() !== q) setQ(typed.trim());
  }, [typed]);
  const unit: PublicUnit | null =
    unitParam && unitName
      ? { id: Number(unitParam), name: unitName, kind: '', parentId: null, parentName: null, depth: 0 }
      : null;
  const list = usePagedList(
    (page, signal) =>
      portalApi.answers(
        {
          unitId: unitParam || undefined,
          field: field || undefined,
          state: state || undefined,
          q: q || undefined,
          page,
          pageSize: PAGE_SIZE,
        },
        signal,
      ),
    [unitParam, field, state, q],
  );
  return (
    <>
      <h1>{t('site.answers.title')}</h1>
      <p className="lead">{t('site.answers.lead')}</p>
      <form
        className="form"
        role="search"
        aria-label={t('site.answers.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <UnitPicker
          id="ans-unit"
          label={t('site.answers.unit')}
          value={unit}
          onChange={(u) => {
            setUnitParam(u ? String(u.id) : '');
            setUnitName(u ? u.name : '');
          }}
        />
        <div className="filters">
          <div className="field">
            <label htmlFor="ans-q">{t('site.answers.search')}</label>
            <input id="ans-q" type="search" value={text} onChange={(e) => setText(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="ans-field">{t('site.answers.field')}</label>
            <select
              id="ans-field"
              value={field}
              onChange={(e) => setField(e.target.value)}
              data-testid="answers-field"
            >
              <option value="">{t('site.answers.allFields')}</option>
              {PETITION_FIELDS.map((f) => (
                <option key={f} value={f}>
                  {label('field', f, lang)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="ans-state">{t('site.answers.state')}</label>
            <select
              id="ans-state"
              value={state}
              onChange={(e) => setState(e.target.value)}
              data-testid="answers-state"
            >
              <option value="">{t('site.answers.allStates')}</option>
              {PUBLICATION_STATES.map((s) => (
                <option key={s} value={s}>
                  {label('state', s, lang)}
                </option>
              ))}
            </select>
          </div>
        </div>
      </form>
      <div aria-busy={list.loading}>
        {list.error ? <ErrorNotice error={list.error} onRetry={list.retry} /> : null}
        {!list.loaded && list.loading ? (
          <Loading />
        ) : list.loaded && list.items.length === 0 ? (
          <Empty>{t('site.answers.none')}</Empty>
        ) : (
          <ul className="cards" data-testid="answers">
            {list.items.map((a) => (
              <li key={a.id}>
                <AnswerCard a={a} />
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
