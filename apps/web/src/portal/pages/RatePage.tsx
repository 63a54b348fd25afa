import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { PortalServiceRatingInput, PublicUnit } from '@danvan/contracts';
import { isApiError } from '../../shared/http.ts';
import { portalApi, type PortalRatingReceipt } from '../api.ts';
import { useSiteI18n } from '../i18n.ts';
import { addDaysIso, formatDate, formatDateTime, todayVn } from '../format.ts';
import { label } from '../labels.ts';
import { href, Link, usePageTitle, useLocation } from '../router.tsx';
import { AltchaField, describedBy, FormSummary, Field, focusAltcha } from '../components/ui.tsx';
import { UnitPicker } from '../components/UnitPicker.tsx';

/** How far back a visit or a service may be rated (the server's SERVICE_RATING_DAYS). */
const DAYS_BACK = 90;
const SUBJECTS = ['visit', 'service'] as const;
const SCORES = [1, 2, 3, 4, 5] as const;

type Subject = (typeof SUBJECTS)[number];
type FieldKey = 'unit' | 'subject' | 'on' | 'score' | 'comment' | 'altcha';
type Errors = Partial<Record<FieldKey, string>>;

/** The server's field paths → the form's fields. */
const PATHS: Record<string, FieldKey> = {
  unitId: 'unit',
  subject: 'subject',
  on: 'on',
  score: 'score',
  comment: 'comment',
  altcha: 'altcha',
};

function RateForm({ onDone }: { onDone: (r: PortalRatingReceipt, on: string) => void }) {
  const { t, lang } = useSiteI18n();
  const { query } = useLocation();
  const today = todayVn();
  const earliest = addDaysIso(today, -DAYS_BACK);
  const preset = Number(query.get('unitId'));
  const presetSubject = query.get('subject');
  const [unit, setUnit] = useState<PublicUnit | null>(() =>
    Number.isInteger(preset) && preset > 0 && query.get('unitName')
      ? { id: preset, name: query.get('unitName')!, kind: '', parentId: null, parentName: null, depth: 0 }
      : null,
  );
  const [subject, setSubject] = useState<Subject | null>(
    presetSubject === 'visit' || presetSubject === 'service' ? presetSubject : null,
  );
  const [on, setOn] = useState(today);
  const [score, setScore] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [altcha, setAltcha] = useState<string | null>(null);
  const [resetKey, setResetKey] = useState(0);
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  const clear = (k: FieldKey) => setErrors((e) => (e[k] ? { ...e, [k]: undefined } : e));
  const err = (k: FieldKey) => errors[k] ?? null;
  const errorCount = Object.values(errors).filter(Boolean).length;

  const validate = (): Errors => {
    const e: Errors = {};
    if (!unit) e.unit = t('site.rate.err.unit');
    if (!subject) e.subject = t('site.rate.err.subject');
    if (!on || on > today || on < earliest)
      e.on = t('site.rate.err.on', { from: formatDate(earliest), to: formatDate(today) });
    if (score === null) e.score = t('site.rate.err.score');
    if (!altcha) e.altcha = t('site.rate.err.altcha');
    return e;
  };

  const focusFirst = (e: Errors) => {
    const first = Object.keys(e)[0];
    if (!first) return;
    if (first === 'altcha') return focusAltcha('r-altcha');
    const el =
      document.getElementById(`r-${first}`) ??
      document.querySelector<HTMLElement>(`[data-field="${first}"] input`);
    el?.focus();
  };

  async function submit(ev: FormEvent) {
    ev.preventDefault();
    setFailure(null);
    const e = validate();
    setErrors(e);
    if (Object.keys(e).length) {
      focusFirst(e);
      return;
    }
    const body: PortalServiceRatingInput = {
      unitId: unit!.id,
      subject: subject!,
      on,
      score: score!,
      comment: comment.trim() || null,
      altcha: altcha!,
    };
    setSending(true);
    try {
      const receipt = await portalApi.rateService(body);
      onDone(receipt, on);
    } catch (error) {
      // a solved challenge is good once: a refused rating asks for a new one
      setResetKey((k) => k + 1);
      setAltcha(null);
      const fieldErrors: Errors = {};
      if (isApiError(error))
        for (const fe of error.errors) {
          const k = PATHS[fe.path];
          if (k && !fieldErrors[k]) fieldErrors[k] = fe.message;
        }
      setErrors(fieldErrors);
      setFailure(error);
      summaryRef.current?.focus();
    } finally {
      setSending(false);
    }
  }

  return (
    <form className="form" onSubmit={submit} noValidate data-testid="rate-form">
      <FormSummary
        focusRef={summaryRef}
        errorCount={errorCount}
        fixText={t('site.rate.fixErrors', { n: errorCount })}
        failure={failure}
      />

      <fieldset>
        <legend>{t('site.rate.where')}</legend>
        <UnitPicker
          id="r-unit"
          label={t('site.rate.unit')}
          hint={t('site.rate.unitHint')}
          value={unit}
          onChange={(u) => {
            setUnit(u);
            clear('unit');
          }}
          error={err('unit')}
          required
        />
      </fieldset>

      <fieldset data-field="subject" aria-describedby={err('subject') ? 'r-subject-err' : undefined}>
        <legend>
          {t('site.rate.subject')} <span className="muted">({t('site.common.required')})</span>
        </legend>
        {SUBJECTS.map((s, i) => (
          <label key={s} className="choice">
            <input
              id={i === 0 ? 'r-subject' : undefined}
              type="radio"
              name="subject"
              value={s}
              checked={subject === s}
              onChange={() => {
                setSubject(s);
                clear('subject');
              }}
              data-testid={`rate-subject-${s}`}
            />
            <span>
              <strong>{label('subject', s, lang)}</strong>
              <br />
              <span className="meta">{t(`site.rate.subjectHint.${s}`)}</span>
            </span>
          </label>
        ))}
        {err('subject') && (
          <span className="err" id="r-subject-err" role="alert">
            {err('subject')}
          </span>
        )}
      </fieldset>

      <Field
        id="r-on"
        label={subject === 'service' ? t('site.rate.onService') : t('site.rate.onVisit')}
        hint={t('site.rate.onHint', { from: formatDate(earliest), to: formatDate(today) })}
        error={err('on')}
        required
      >
        <input
          id="r-on"
          type="date"
          min={earliest}
          max={today}
          value={on}
          onChange={(e) => {
            setOn(e.target.value);
            clear('on');
          }}
          {...describedBy('r-on', true, err('on'))}
          data-testid="rate-on"
        />
      </Field>

      <fieldset
        className="stars"
        data-field="score"
        aria-describedby={err('score') ? 'r-score-err' : undefined}
      >
        <legend>
          {t('site.rate.score')} <span className="muted">({t('site.common.required')})</span>
        </legend>
        {SCORES.map((s, i) => (
          <label key={s}>
            <input
              id={i === 0 ? 'r-score' : undefined}
              type="radio"
              name="score"
              value={s}
              checked={score === s}
              onChange={() => {
                setScore(s);
                clear('score');
              }}
              data-testid={`rate-score-${s}`}
            />
            <span>
              {s} – {label('score', s, lang)}
            </span>
          </label>
        ))}
      </fieldset>
      {err('score') && (
        <span className="err" id="r-score-err" role="alert">
          {err('score')}
        </span>
      )}

      <Field
        id="r-comment"
        label={t('site.rate.comment')}
        hint={t('site.rate.commentHint')}
        error={err('comment')}
      >
        <textarea
          id="r-comment"
          maxLength={2000}
          value={comment}
          onChange={(e) => {
            setComment(e.target.value);
            clear('comment');
          }}
          {...describedBy('r-comment', true, err('comment'))}
          data-testid="rate-comment"
        />
      </Field>

      <AltchaField
        id="r-altcha"
        label={t('site.rate.altcha')}
        hint={t('site.rate.altchaHint')}
        error={err('altcha')}
        resetKey={resetKey}
        onPayload={(p) => {
          setAltcha(p);
          if (p) clear('altcha');
        }}
      />

      <button type="submit" className="btn btn-primary btn-block" disabled={sending} data-testid="rate-send">
        {sending ? t('site.common.sending') : t('site.rate.send')}
      </button>
    </form>
  );
}

/** 'Buổi tiếp công dân' → 'buổi tiếp công dân', inside a sentence. */
const lowerFirst = (s: string, lang: string) => s.charAt(0).toLocaleLowerCase(lang) + s.slice(1);

function Thanks({ receipt, on }: { receipt: PortalRatingReceipt; on: string }) {
  const { t, lang } = useSiteI18n();
  const ref = useRef<HTMLDivElement>(null);
  // the form is gone: the focus moves to the thanks, so a screen reader reads it out
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} className="notice notice-ok" role="status" data-testid="rate-done">
      <p style={{ margin: 0 }}>
        {t('site.rate.done', {
          score: receipt.score,
          label: label('score', receipt.score, lang),
          subject: lowerFirst(label('subject', receipt.subject, lang), lang),
          unit: receipt.unitName,
          on: formatDate(on),
          at: formatDateTime(receipt.ratedAt),
        })}
      </p>
      <p className="meta">{t('site.rate.doneNote')}</p>
      <p style={{ marginBottom: 0 }}>
        <Link to={href('/')}>{t('site.notFound.home')}</Link>
      </p>
    </div>
  );
}

/**
 * Rating a reception visit or a unit's service, without an account and without a lookup code: the
 * unit, what is rated, its day (not in the future, at most 90 days back), a score from 1 to 5 and an
 * optional comment, the proof-of-work challenge. The rating counts in the unit's satisfaction index.
 * A link can preset the unit and the subject (?unitId=…&unitName=…&subject=visit).
 */
export default function RatePage() {
  const { t } = useSiteI18n();
  const [done, setDone] = useState<{ receipt: PortalRatingReceipt; on: string } | null>(null);
  usePageTitle(t('site.rate.title'), t('site.brand'));
  return (
    <>
      <h1>{t('site.rate.title')}</h1>
      <p className="lead">{t('site.rate.lead')}</p>
      {done ? (
        <Thanks receipt={done.receipt} on={done.on} />
      ) : (
        <RateForm
          onDone={(receipt, on) => {
            setDone({ receipt, on });
            window.scrollTo(0, 0);
          }}
        />
      )}
    </>
  );
}
