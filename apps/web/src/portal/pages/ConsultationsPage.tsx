import { useRef, useState, type FormEvent } from 'react';
import type { PortalItem, PublicConsultation } from '@danvan/contracts';
import { isApiError } from '../../shared/http.ts';
import { portalApi } from '../api.ts';
import { useSiteI18n } from '../i18n.ts';
import { formatDate, formatDateTime } from '../format.ts';
import { href, Link, usePageTitle, useQueryParam } from '../router.tsx';
import {
  AltchaField,
  describedBy,
  Empty,
  ErrorNotice,
  Field,
  focusAltcha,
  FormSummary,
  Loading,
  MoreButton,
  useData,
  usePagedList,
} from '../components/ui.tsx';
import NotFoundPage from './NotFoundPage.tsx';

const PAGE_SIZE = 20;
const PATH = '/lay-y-kien';

type FieldKey = 'authorName' | 'text' | 'altcha';
type Errors = Partial<Record<FieldKey, string>>;

/** One consultation in the list: its draft, unit, dates, open or closed, and the link to read it. */
function ConsultationCard({ item }: { item: PortalItem }) {
  const { t } = useSiteI18n();
  return (
    <article className="card" data-testid="consultation">
      <h2 className="h3" lang="vi">
        {item.title}
      </h2>
      <p className="meta" lang="vi">
        {item.unitName}
        {item.facts.map((f) => ` · ${f.value}`).join('')}
      </p>
      {item.stateLabel && (
        <span className={item.state === 'open' ? 'tag tag-ok' : 'tag tag-muted'} lang="vi">
          {item.stateLabel}
        </span>
      )}
      {item.summary && (
        <p className="pre" lang="vi">
          {item.summary}
        </p>
      )}
      <p>
        <Link to={href(PATH, { id: item.id })} data-testid="consultation-open">
          {item.state === 'open' ? t('site.consult.openAndComment') : t('site.consult.read')}
          <span className="visually-hidden"> {item.title}</span>
        </Link>
      </p>
    </article>
  );
}

function ConsultationList() {
  const { t } = useSiteI18n();
  usePageTitle(t('site.consult.title'), t('site.brand'));
  const list = usePagedList(
    (page, signal) => portalApi.section('consultations', { page, pageSize: PAGE_SIZE }, signal),
    [],
  );
  return (
    <>
      <h1>{t('site.consult.title')}</h1>
      <p className="lead">{t('site.consult.lead')}</p>
      <div aria-busy={list.loading}>
        {list.error ? <ErrorNotice error={list.error} onRetry={list.retry} /> : null}
        {!list.loaded && list.loading ? (
          <Loading />
        ) : list.loaded && list.items.length === 0 ? (
          <Empty>{t('site.consult.none')}</Empty>
        ) : (
          <ul className="cards two" data-testid="consultations">
            {list.items.map((it) => (
              <li key={it.id}>
                <ConsultationCard item={it} />
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

/** The comment form: a name (optional), the comment, the proof-of-work; into the moderation queue. */
function CommentForm({ id }: { id: number }) {
  const { t } = useSiteI18n();
  const [authorName, setAuthorName] = useState('');
  const [text, setText] = useState('');
  const [altcha, setAltcha] = useState<string | null>(null);
  const [resetKey, setResetKey] = useState(0);
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const err = (k: FieldKey) => errors[k] ?? null;
  const clear = (k: FieldKey) => setErrors((e) => (e[k] ? { ...e, [k]: undefined } : e));
  const errorCount = Object.values(errors).filter(Boolean).length;

  async function submit(ev: FormEvent) {
    ev.preventDefault();
    setFailure(null);
    const e: Errors = {};
    if (!text.trim()) e.text = t('site.consult.err.text');
    if (!altcha) e.altcha = t('site.consult.err.altcha');
    setErrors(e);
    if (Object.keys(e).length) {
      if (e.text) document.getElementById('c-text')?.focus();
      else focusAltcha('c-altcha');
      return;
    }
    setSending(true);
    try {
      await portalApi.comment(id, { authorName: authorName.trim(), text: text.trim(), altcha: altcha! });
      setSent(true);
      setText('');
      setAuthorName('');
      setTimeout(() => doneRef.current?.focus(), 0);
    } catch (error) {
      const fieldErrors: Errors = {};
      if (isApiError(error))
        for (const fe of error.errors)
          if (
            (fe.path === 'text' || fe.path === 'authorName' || fe.path === 'altcha') &&
            !fieldErrors[fe.path]
          )
            fieldErrors[fe.path] = fe.message;
      setErrors(fieldErrors);
      setFailure(error);
      summaryRef.current?.focus();
    } finally {
      // a solved challenge is good once: each comment asks for a new one
      setResetKey((k) => k + 1);
      setAltcha(null);
      setSending(false);
    }
  }

  return (
    <section aria-labelledby="c-form-h">
      <h2 id="c-form-h">{t('site.consult.formTitle')}</h2>
      {sent && (
        <div
          className="notice notice-ok"
          role="status"
          tabIndex={-1}
          ref={doneRef}
          data-testid="comment-sent"
        >
          {t('site.consult.sent')}
        </div>
      )}
      <form className="form" onSubmit={submit} noValidate data-testid="comment-form">
        <FormSummary
          focusRef={summaryRef}
          errorCount={errorCount}
          fixText={t('site.consult.fixErrors', { n: errorCount })}
          failure={failure}
        />
        <Field
          id="c-name"
          label={t('site.consult.name')}
          hint={t('site.consult.nameHint')}
          error={err('authorName')}
        >
          <input
            id="c-name"
            maxLength={200}
            autoComplete="name"
            value={authorName}
            onChange={(e) => {
              setAuthorName(e.target.value);
              clear('authorName');
            }}
            {...describedBy('c-name', true, err('authorName'))}
            data-testid="comment-name"
          />
        </Field>
        <Field
          id="c-text"
          label={t('site.consult.text')}
          hint={t('site.consult.textHint')}
          error={err('text')}
          required
        >
          <textarea
            id="c-text"
            maxLength={5000}
            rows={6}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              clear('text');
            }}
            {...describedBy('c-text', true, err('text'))}
            data-testid="comment-text"
          />
        </Field>
        <AltchaField
          id="c-altcha"
          label={t('site.consult.altcha')}
          hint={t('site.consult.altchaHint')}
          error={err('altcha')}
          resetKey={resetKey}
          onPayload={(p) => {
            setAltcha(p);
            if (p) clear('altcha');
          }}
        />
        <button
          type="submit"
          className="btn btn-primary btn-block"
          disabled={sending}
          data-testid="comment-send"
        >
          {sending ? t('site.common.sending') : t('site.consult.send')}
        </button>
      </form>
    </section>
  );
}

/** One published comment, and the agency's answer once published: taken in, or explained. */
function CommentCard({ c }: { c: PublicConsultation['comments'][number] }) {
  const { t } = useSiteI18n();
  return (
    <article className="card" data-testid="public-comment">
      <p className="meta">
        <span lang="vi">{c.authorName}</span> · {formatDateTime(c.submittedAt)}
      </p>
      <p className="pre" lang="vi">
        {c.text}
      </p>
      {c.answer ? (
        <div data-testid="comment-answer">
          <span className={c.answer.outcome === 'taken' ? 'tag tag-ok' : 'tag tag-warn'}>
            {t(`site.consult.outcome.${c.answer.outcome}`)}
          </span>
          <p className="meta">{t('site.consult.answerBy', { unit: c.answer.unitName })}</p>
          <p className="pre" lang="vi">
            {c.answer.text}
          </p>
        </div>
      ) : (
        <p className="meta">{t('site.consult.noAnswer')}</p>
      )}
    </article>
  );
}

function ConsultationView({ id }: { id: number }) {
  const { t } = useSiteI18n();
  const q = useData((signal) => portalApi.consultation(id, signal), [id]);
  usePageTitle(q.data?.title ?? t('site.consult.title'), t('site.brand'));
  if (q.error && isApiError(q.error) && q.error.status === 404) return <NotFoundPage />;
  if (q.error) return <ErrorNotice error={q.error} onRetry={q.reload} />;
  const c = q.data;
  if (!c) return <Loading />;
  return (
    <>
      <p>
        <Link to={href(PATH)}>{t('site.consult.back')}</Link>
      </p>
      <h1 lang="vi">{c.title}</h1>
      <dl className="facts">
        <div>
          <dt>{t('site.consult.draft')}</dt>
          <dd lang="vi">{c.draftTitle}</dd>
        </div>
        <div>
          <dt>{t('site.consult.unit')}</dt>
          <dd lang="vi">{c.unitName}</dd>
        </div>
        <div>
          <dt>{t('site.consult.period')}</dt>
          <dd>
            {formatDate(c.opensOn)} – {formatDate(c.closesOn)}{' '}
            <span className={c.isOpen ? 'tag tag-ok' : 'tag tag-muted'} data-testid="consultation-state">
              {c.isOpen ? t('site.consult.isOpen') : t('site.consult.isClosed')}
            </span>
          </dd>
        </div>
      </dl>
      {c.summary && (
        <section aria-labelledby="c-summary-h">
          <h2 id="c-summary-h">{t('site.consult.summary')}</h2>
          <p className="pre" lang="vi">
            {c.summary}
          </p>
        </section>
      )}
      <section aria-labelledby="c-comments-h">
        <h2 id="c-comments-h">{t('site.consult.comments', { n: c.comments.length })}</h2>
        <p className="meta">{t('site.consult.moderated')}</p>
        {c.comments.length === 0 ? (
          <Empty>{t('site.consult.noComments')}</Empty>
        ) : (
          <ul className="cards" data-testid="public-comments">
            {c.comments.map((x) => (
              <li key={x.id}>
                <CommentCard c={x} />
              </li>
            ))}
          </ul>
        )}
      </section>
      {c.isOpen ? <CommentForm id={c.id} /> : <p className="notice">{t('site.consult.closedNote')}</p>}
    </>
  );
}

/**
 * Public consultation (Luật Thực hiện dân chủ ở cơ sở 2022): the drafts the bodies put to the people,
 * each with its dates; a citizen reads one, sends a comment without an account (the proof-of-work
 * challenge; it shows once moderated) and reads, under each comment, how the body took it in or why
 * not, once the body publishes it.
 */
export default function ConsultationsPage() {
  const [idParam] = useQueryParam('id');
  if (!idParam) return <ConsultationList />;
  const id = Number(idParam);
  return Number.isInteger(id) && id > 0 ? <ConsultationView id={id} /> : <NotFoundPage />;
}
