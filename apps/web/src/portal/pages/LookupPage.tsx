import { useRef, useState, type FormEvent } from 'react';
import type { PortalCaseView } from '@danvan/contracts';
import { LOOKUP_CODE_LENGTH, parseLookupCode } from '@danvan/domain';
import { portalApi } from '../api.ts';
import { useSiteI18n } from '../i18n.ts';
import { formatDate, formatDateTime } from '../format.ts';
import { label } from '../labels.ts';
import { href, Link, usePageTitle } from '../router.tsx';
import { ErrorNotice } from '../components/ui.tsx';
import { stateClass } from '../components/ItemCard.tsx';

const SCORES = [1, 2, 3, 4, 5] as const;

function Rating({ code, view, onRated }: { code: string; view: PortalCaseView; onRated: () => void }) {
  const { t, lang } = useSiteI18n();
  const [score, setScore] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);
  const [sending, setSending] = useState(false);
  const r = view.rating;
  if (r.score !== null)
    return (
      <p className="notice notice-ok" data-testid="rated">
        {t('site.lookup.rated', {
          score: r.score,
          label: label('score', r.score, lang),
          on: formatDateTime(r.ratedAt),
        })}
      </p>
    );
  if (!r.open) return <p className="meta">{t('site.lookup.rateLater')}</p>;
  const send = async (e: FormEvent) => {
    e.preventDefault();
    if (score === null) {
      setMissing(true);
      return;
    }
    setSending(true);
    setError(null);
    try {
      await portalApi.rateCase(code, score, comment.trim() || null);
      onRated();
    } catch (err) {
      setError(err);
    } finally {
      setSending(false);
    }
  };
  return (
    <form className="form" onSubmit={send} noValidate data-testid="rating-form">
      <fieldset className="stars" aria-describedby={missing ? 'rate-err' : undefined}>
        <legend>{t('site.lookup.rateQuestion')}</legend>
        {SCORES.map((s) => (
          <label key={s}>
            <input
              type="radio"
              name="score"
              value={s}
              checked={score === s}
              onChange={() => {
                setScore(s);
                setMissing(false);
              }}
              data-testid={`score-${s}`}
            />
            <span>
              {s} – {label('score', s, lang)}
            </span>
          </label>
        ))}
      </fieldset>
      {missing && (
        <span className="err" id="rate-err" role="alert">
          {t('site.lookup.rateMissing')}
        </span>
      )}
      <div className="field">
        <label htmlFor="rate-comment">{t('site.lookup.comment')}</label>
        <span className="hint" id="rate-comment-hint">
          {t('site.lookup.commentHint')}
        </span>
        <textarea
          id="rate-comment"
          maxLength={2000}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          aria-describedby="rate-comment-hint"
          data-testid="rating-comment"
        />
      </div>
      <ErrorNotice error={error} />
      <button type="submit" className="btn btn-primary" disabled={sending} data-testid="rating-send">
        {sending ? t('site.common.sending') : t('site.lookup.rateSend')}
      </button>
    </form>
  );
}

function CaseView({ code, view, onRated }: { code: string; view: PortalCaseView; onRated: () => void }) {
  const { t, lang } = useSiteI18n();
  return (
    <section aria-labelledby="case-title" data-testid="case">
      <h2 id="case-title" lang="vi" data-testid="case-subject">
        {view.subject}
      </h2>
      <dl className="facts">
        <div>
          <dt>{t('site.lookup.kind')}</dt>
          <dd>{label('kind', view.kind, lang, view.kindLabel)}</dd>
        </div>
        <div>
          <dt>{t('site.lookup.field')}</dt>
          <dd>{label('field', view.field, lang, view.fieldLabel)}</dd>
        </div>
        <div>
          <dt>{t('site.lookup.submittedOn')}</dt>
          <dd>{formatDate(view.submittedOn)}</dd>
        </div>
        <div>
          <dt>{t('site.lookup.status')}</dt>
          <dd data-testid="case-status">{label('status', view.status, lang, view.statusLabel)}</dd>
        </div>
        <div>
          <dt>{t('site.lookup.unit')}</dt>
          <dd lang="vi" data-testid="case-unit">
            {view.unitName}
          </dd>
        </div>
        <div>
          <dt>{t('site.lookup.due')}</dt>
          <dd data-testid="case-due">
            {view.dueDate ? (
              <>
                {formatDate(view.dueDate)}
                {view.dueLabel && (
                  <span className="meta" lang="vi">
                    {' '}
                    ({view.dueLabel})
                  </span>
                )}
              </>
            ) : (
              t('site.lookup.noDue')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('site.lookup.files')}</dt>
          <dd>{t('site.lookup.fileCount', { n: view.files })}</dd>
        </div>
      </dl>

      <h3>{t('site.lookup.steps')}</h3>
      {view.steps.length === 0 ? (
        <p className="meta">{t('site.lookup.noSteps')}</p>
      ) : (
        <ol className="steps" data-testid="case-steps">
          {view.steps.map((s, i) => (
            <li key={`${s.step}-${i}`} data-testid={`case-step-${s.step}`}>
              <strong>{label('step', s.step, lang, s.label)}</strong>
              <br />
              <span className="meta">{formatDate(s.on)}</span>
              {s.toBody && (
                <span className="meta" lang="vi">
                  {' '}
                  · {t('site.lookup.toBody', { body: s.toBody })}
                </span>
              )}
            </li>
          ))}
        </ol>
      )}

      <h3>{t('site.lookup.answer')}</h3>
      {view.answer ? (
        <article className="card" data-testid="case-answer">
          <span className={stateClass(view.answer.state)}>
            {label('state', view.answer.state, lang, view.answer.stateLabel)}
          </span>
          <h4 lang="vi">{view.answer.title}</h4>
          <p className="meta">
            {t('site.answers.publishedOn', { date: formatDate(view.answer.publishedOn) })}
          </p>
          <p className="pre" lang="vi">
            {view.answer.text}
          </p>
        </article>
      ) : (
        <p className="meta" data-testid="case-no-answer">
          {t('site.lookup.noAnswer')}
        </p>
      )}

      <h3>{t('site.lookup.rating')}</h3>
      <Rating code={code} view={view} onRated={onRated} />
    </section>
  );
}

/**
 * Following a matter by its lookup code: the steps with their dates, the unit now handling it, the
 * deadline, the published answer, and the rating once it is closed. The code is never put in the
 * address (it is the only key to the case); a typo is caught from the code's check symbols before
 * the server is asked, and a wrong and an unknown code get the server's one same answer.
 */
export default function LookupPage() {
  const { t } = useSiteI18n();
  usePageTitle(t('site.lookup.title'), t('site.brand'));
  const [code, setCode] = useState('');
  const [typo, setTypo] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [view, setView] = useState<{ code: string; view: PortalCaseView } | null>(null);
  const [loading, setLoading] = useState(false);
  const resultRef = useRef<HTMLDivElement>(null);

  const look = async (canonical: string, focus: boolean) => {
    setLoading(true);
    setError(null);
    try {
      const v = await portalApi.lookup(canonical);
      setView({ code: canonical, view: v });
    } catch (err) {
      setView(null);
      setError(err);
    } finally {
      setLoading(false);
      if (focus) setTimeout(() => resultRef.current?.focus(), 0);
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const p = parseLookupCode(code);
    if (!p.ok) {
      setTypo(t(`site.lookup.typo.${p.reason}`, { n: LOOKUP_CODE_LENGTH }));
      setView(null);
      setError(null);
      return;
    }
    setTypo(null);
    void look(p.code, true);
  };

  return (
    <>
      <h1>{t('site.lookup.title')}</h1>
      <p className="lead">{t('site.lookup.lead')}</p>
      <form className="form" onSubmit={submit} noValidate role="search" aria-label={t('site.lookup.title')}>
        <div className="field">
          <label htmlFor="lookup-code">{t('site.lookup.code')}</label>
          <span className="hint" id="lookup-code-hint">
            {t('site.lookup.codeHint', { n: LOOKUP_CODE_LENGTH })}
          </span>
          <input
            id="lookup-code"
            type="text"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            aria-describedby={`lookup-code-hint${typo ? ' lookup-code-err' : ''}`}
            aria-invalid={typo ? true : undefined}
            className="code-input"
            data-testid="lookup-input"
          />
          {typo && (
            <span className="err" id="lookup-code-err" role="alert" data-testid="lookup-typo">
              {typo}
            </span>
          )}
        </div>
        <button type="submit" className="btn btn-primary" disabled={loading} data-testid="lookup-send">
          {loading ? t('site.common.loading') : t('site.lookup.send')}
        </button>
      </form>
      <p className="meta">
        {t('site.lookup.rateOther')}{' '}
        <Link to={href('/danh-gia')} data-testid="lookup-rate-other">
          {t('site.lookup.rateOtherLink')}
        </Link>
        .
      </p>
      <div ref={resultRef} tabIndex={-1} className="section">
        <ErrorNotice error={error} />
        {view && <CaseView code={view.code} view={view.view} onRated={() => void look(view.code, false)} />}
      </div>
    </>
  );
}
