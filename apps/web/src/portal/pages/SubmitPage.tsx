import { useRef, useState, type FormEvent } from 'react';
import type { PortalReceipt, PortalSubmission, PortalTerms, PublicUnit } from '@danvan/contracts';
import { isApiError } from '../../shared/http.ts';
import { portalApi } from '../api.ts';
import { useSiteI18n, type SiteT } from '../i18n.ts';
import { formatBytes } from '../format.ts';
import { usePageTitle, useLocation } from '../router.tsx';
import {
  AltchaField,
  describedBy,
  ErrorNotice,
  FormSummary,
  errorText,
  Field,
  focusAltcha,
  Loading,
  useData,
} from '../components/ui.tsx';
import { UnitPicker } from '../components/UnitPicker.tsx';
import { checkFiles } from '../components/files.ts';
import { Receipt, type AttachResult } from '../components/Receipt.tsx';

type Errors = Partial<Record<FieldKey, string>>;
type FieldKey =
  | 'unit'
  | 'kind'
  | 'field'
  | 'subject'
  | 'content'
  | 'files'
  | 'fullName'
  | 'phone'
  | 'email'
  | 'address'
  | 'idNumber'
  | 'consent'
  | 'altcha';

/** The server's field paths → the form's fields. */
const PATHS: Record<string, FieldKey> = {
  unitId: 'unit',
  kind: 'kind',
  field: 'field',
  subject: 'subject',
  content: 'content',
  'contact.fullName': 'fullName',
  'contact.phone': 'phone',
  'contact.email': 'email',
  'contact.address': 'address',
  'contact.idNumber': 'idNumber',
  'consent.accepted': 'consent',
  'consent.version': 'consent',
  altcha: 'altcha',
};

const PHONE = /^\+?[0-9 .()-]{8,20}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface Form {
  unit: PublicUnit | null;
  kind: string;
  field: string;
  subject: string;
  content: string;
  files: File[];
  fullName: string;
  phone: string;
  email: string;
  address: string;
  idNumber: string;
  consent: boolean;
}

function validate(f: Form, terms: PortalTerms, altcha: string | null, t: SiteT): Errors {
  const e: Errors = {};
  if (!f.unit) e.unit = t('site.submit.err.unit');
  if (!f.kind) e.kind = t('site.submit.err.kind');
  if (!f.field) e.field = t('site.submit.err.field');
  if (!f.subject.trim()) e.subject = t('site.submit.err.subject');
  if (f.content.trim().length < 20) e.content = t('site.submit.err.content', { min: 20 });
  if (f.fullName.trim().length < 2) e.fullName = t('site.submit.err.fullName');
  if (!f.phone.trim() && !f.email.trim()) e.phone = t('site.submit.err.contact');
  if (f.phone.trim() && !PHONE.test(f.phone.trim())) e.phone = t('site.submit.err.phone');
  if (f.email.trim() && !EMAIL.test(f.email.trim())) e.email = t('site.submit.err.email');
  if (f.kind === 'to_cao' && !f.address.trim()) e.address = t('site.submit.err.address');
  const fileErr = filesError(f.files, terms, t);
  if (fileErr) e.files = fileErr;
  if (!f.consent) e.consent = t('site.submit.err.consent');
  if (!altcha) e.altcha = t('site.submit.err.altcha');
  return e;
}

function filesError(files: File[], terms: PortalTerms, t: SiteT): string | null {
  if (files.length > terms.files.maxFiles)
    return t('site.submit.err.tooManyFiles', { n: terms.files.maxFiles });
  const bad = checkFiles(files, terms.files)[0];
  if (!bad) return null;
  return t(`site.submit.err.file.${bad.reason}`, {
    name: bad.file.name,
    max: formatBytes(terms.files.maxBytes, 'vi'),
  });
}

const EMPTY: Form = {
  unit: null,
  kind: '',
  field: '',
  subject: '',
  content: '',
  files: [],
  fullName: '',
  phone: '',
  email: '',
  address: '',
  idNumber: '',
  consent: false,
};

function SubmitForm({
  terms,
  onDone,
}: {
  terms: PortalTerms;
  onDone: (r: PortalReceipt, files: AttachResult[]) => void;
}) {
  const { t, lang } = useSiteI18n();
  const { query } = useLocation();
  const preset = Number(query.get('unitId'));
  const [form, setForm] = useState<Form>(() => ({
    ...EMPTY,
    unit:
      Number.isInteger(preset) && preset > 0 && query.get('unitName')
        ? { id: preset, name: query.get('unitName')!, kind: '', parentId: null, parentName: null, depth: 0 }
        : null,
  }));
  const [errors, setErrors] = useState<Errors>({});
  const [altcha, setAltcha] = useState<string | null>(null);
  const [resetKey, setResetKey] = useState(0);
  const [sending, setSending] = useState<null | 'submit' | 'files'>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const clear = (k: FieldKey) => setErrors((e) => (e[k] ? { ...e, [k]: undefined } : e));
  const set = <K extends keyof Form>(k: K, v: Form[K]) => {
    setForm((f) => ({ ...f, [k]: v }));
    clear(k);
  };

  const addFiles = (list: FileList | null) => {
    if (!list) return;
    const next = [...form.files, ...Array.from(list)];
    set('files', next);
    const err = filesError(next, terms, t);
    setErrors((e) => ({ ...e, files: err ?? undefined }));
    if (fileInput.current) fileInput.current.value = '';
  };

  const focusFirst = (e: Errors) => {
    const first = Object.keys(e)[0];
    if (!first) return;
    if (first === 'altcha') return focusAltcha('f-altcha');
    const el =
      document.getElementById(`f-${first}`) ??
      document.querySelector<HTMLElement>(`[data-field="${first}"] input`);
    el?.focus();
  };

  async function submit(ev: FormEvent) {
    ev.preventDefault();
    setFailure(null);
    const e = validate(form, terms, altcha, t);
    setErrors(e);
    if (Object.keys(e).length) {
      focusFirst(e);
      return;
    }
    const body: PortalSubmission = {
      unitId: form.unit!.id,
      kind: form.kind as PortalSubmission['kind'],
      field: form.field as PortalSubmission['field'],
      subject: form.subject.trim(),
      content: form.content.trim(),
      contact: {
        fullName: form.fullName.trim(),
        phone: form.phone.trim() || null,
        email: form.email.trim() || null,
        address: form.address.trim() || null,
        idNumber: form.idNumber.trim() || null,
      },
      consent: { accepted: true, version: terms.consentVersion },
      altcha: altcha!,
    };
    setSending('submit');
    let receipt: PortalReceipt;
    try {
      receipt = await portalApi.submit(body);
    } catch (err) {
      setSending(null);
      // a solved challenge is good once: a refused submission asks for a new one
      setResetKey((k) => k + 1);
      setAltcha(null);
      const fieldErrors: Errors = {};
      if (isApiError(err))
        for (const fe of err.errors) {
          const k = PATHS[fe.path];
          if (k && !fieldErrors[k]) fieldErrors[k] = fe.message;
        }
      setErrors(fieldErrors);
      setFailure(err);
      summaryRef.current?.focus();
      return;
    }
    // the files follow with the code, one request each
    setSending('files');
    const results: AttachResult[] = [];
    for (const file of form.files) {
      try {
        await portalApi.attach(receipt.code, file);
        results.push({ name: file.name, ok: true });
      } catch (err) {
        results.push({ name: file.name, ok: false, message: errorText(err, t) });
      }
    }
    setSending(null);
    onDone(receipt, results);
  }

  const isDenunciation = form.kind === 'to_cao';
  const err = (k: FieldKey) => errors[k] ?? null;
  const errorCount = Object.values(errors).filter(Boolean).length;

  return (
    <form className="form" onSubmit={submit} noValidate data-testid="submit-form">
      <FormSummary
        focusRef={summaryRef}
        errorCount={errorCount}
        fixText={t('site.submit.fixErrors', { n: errorCount })}
        failure={failure}
      />

      <fieldset>
        <legend>{t('site.submit.where')}</legend>
        <UnitPicker
          id="f-unit"
          label={t('site.submit.unit')}
          hint={t('site.submit.unitHint')}
          value={form.unit}
          onChange={(u) => set('unit', u)}
          error={err('unit')}
          required
        />
      </fieldset>

      <fieldset data-field="kind" aria-describedby={err('kind') ? 'f-kind-err' : undefined}>
        <legend>
          {t('site.submit.kind')} <span className="muted">({t('site.common.required')})</span>
        </legend>
        {terms.kinds.map((k, i) => (
          <label key={k.code} className="choice">
            <input
              id={i === 0 ? 'f-kind' : undefined}
              type="radio"
              name="kind"
              value={k.code}
              checked={form.kind === k.code}
              onChange={() => set('kind', k.code)}
              data-testid={`kind-${k.code}`}
            />
            <span>
              <strong>{k.label[lang]}</strong>
              <br />
              <span className="meta">{t(`site.submit.kindHint.${k.code}`)}</span>
            </span>
          </label>
        ))}
        {err('kind') && (
          <span className="err" id="f-kind-err" role="alert">
            {err('kind')}
          </span>
        )}
        {isDenunciation && (
          <div className="notice notice-warn" data-testid="denunciation-notice">
            {t('site.submit.denunciationNotice')}
          </div>
        )}
      </fieldset>

      <fieldset>
        <legend>{t('site.submit.what')}</legend>
        <div className="form">
          <Field id="f-field" label={t('site.submit.field')} error={err('field')} required>
            <select
              id="f-field"
              value={form.field}
              onChange={(e) => set('field', e.target.value)}
              {...describedBy('f-field', false, err('field'))}
              data-testid="field-select"
            >
              <option value="">{t('site.submit.chooseField')}</option>
              {terms.fields.map((f) => (
                <option key={f.code} value={f.code}>
                  {f.label[lang]}
                </option>
              ))}
            </select>
          </Field>
          <Field
            id="f-subject"
            label={t('site.submit.subject')}
            hint={t('site.submit.subjectHint')}
            error={err('subject')}
            required
          >
            <input
              id="f-subject"
              type="text"
              maxLength={300}
              value={form.subject}
              onChange={(e) => set('subject', e.target.value)}
              {...describedBy('f-subject', true, err('subject'))}
              data-testid="subject"
            />
          </Field>
          <Field
            id="f-content"
            label={t('site.submit.content')}
            hint={t('site.submit.contentHint', { n: form.content.trim().length })}
            error={err('content')}
            required
          >
            <textarea
              id="f-content"
              maxLength={20000}
              value={form.content}
              onChange={(e) => set('content', e.target.value)}
              {...describedBy('f-content', true, err('content'))}
              data-testid="content"
            />
          </Field>
          <div className="field" data-field="files">
            <label htmlFor="f-files">{t('site.submit.files')}</label>
            <span className="hint" id="f-files-hint">
              {t('site.submit.filesHint', {
                n: terms.files.maxFiles,
                max: formatBytes(terms.files.maxBytes, lang),
              })}
            </span>
            <input
              id="f-files"
              ref={fileInput}
              type="file"
              multiple
              accept={terms.files.accept.join(',')}
              onChange={(e) => addFiles(e.target.files)}
              {...describedBy('f-files', true, err('files'))}
              data-testid="files"
            />
            {err('files') && (
              <span className="err" id="f-files-err" role="alert">
                {err('files')}
              </span>
            )}
            {form.files.length > 0 && (
              <ul className="files" aria-label={t('site.submit.chosenFiles')} data-testid="chosen-files">
                {form.files.map((f, i) => (
                  <li key={`${f.name}-${i}`}>
                    <span>
                      {f.name} <span className="meta">({formatBytes(f.size, lang)})</span>
                    </span>
                    <button
                      type="button"
                      className="linkish"
                      onClick={() => {
                        const next = form.files.filter((_, j) => j !== i);
                        set('files', next);
                        setErrors((e) => ({ ...e, files: filesError(next, terms, t) ?? undefined }));
                      }}
                    >
                      {t('site.submit.removeFile')}
                      <span className="visually-hidden">: {f.name}</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('site.submit.contact')}</legend>
        <p className="hint">{t('site.submit.contactHint')}</p>
        <div className="form">
          <Field id="f-fullName" label={t('site.submit.fullName')} error={err('fullName')} required>
            <input
              id="f-fullName"
              type="text"
              autoComplete="name"
              value={form.fullName}
              onChange={(e) => set('fullName', e.target.value)}
              {...describedBy('f-fullName', false, err('fullName'))}
              data-testid="fullName"
            />
          </Field>
          <Field
            id="f-phone"
            label={t('site.submit.phone')}
            hint={t('site.submit.phoneHint')}
            error={err('phone')}
          >
            <input
              id="f-phone"
              type="tel"
              autoComplete="tel"
              inputMode="tel"
              value={form.phone}
              onChange={(e) => set('phone', e.target.value)}
              {...describedBy('f-phone', true, err('phone'))}
              data-testid="phone"
            />
          </Field>
          <Field id="f-email" label={t('site.submit.email')} error={err('email')}>
            <input
              id="f-email"
              type="email"
              autoComplete="email"
              value={form.email}
              onChange={(e) => set('email', e.target.value)}
              {...describedBy('f-email', false, err('email'))}
              data-testid="email"
            />
          </Field>
          <Field
            id="f-address"
            label={t('site.submit.address')}
            hint={isDenunciation ? t('site.submit.addressRequired') : undefined}
            error={err('address')}
            required={isDenunciation}
          >
            <input
              id="f-address"
              type="text"
              autoComplete="street-address"
              value={form.address}
              onChange={(e) => set('address', e.target.value)}
              {...describedBy('f-address', isDenunciation, err('address'))}
              data-testid="address"
            />
          </Field>
          <Field id="f-idNumber" label={t('site.submit.idNumber')} error={err('idNumber')}>
            <input
              id="f-idNumber"
              type="text"
              inputMode="numeric"
              value={form.idNumber}
              onChange={(e) => set('idNumber', e.target.value)}
              {...describedBy('f-idNumber', false, err('idNumber'))}
              data-testid="idNumber"
            />
          </Field>
        </div>
      </fieldset>

      <fieldset data-testid="privacy">
        <legend>{t('site.submit.privacy')}</legend>
        <h2 className="h3">{t('site.submit.whatIsPublic')}</h2>
        <ul data-testid="what-is-public">
          {terms.whatIsPublic[lang].map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
        <h2 className="h3">{t('site.submit.whatIsNotPublic')}</h2>
        <ul data-testid="what-is-not-public">
          {terms.whatIsNotPublic[lang].map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
        <h2 className="h3">{t('site.submit.consentTitle')}</h2>
        <p className="meta">{t('site.submit.legalBasis', { basis: terms.legalBasis })}</p>
        <div id="f-consent-text">
          {terms.consent[lang].map((p) => (
            <p key={p}>{p}</p>
          ))}
        </div>
        <label className="choice" data-field="consent">
          <input
            id="f-consent"
            type="checkbox"
            checked={form.consent}
            onChange={(e) => set('consent', e.target.checked)}
            aria-describedby={['f-consent-text', err('consent') ? 'f-consent-err' : '']
              .filter(Boolean)
              .join(' ')}
            aria-invalid={err('consent') ? true : undefined}
            data-testid="consent"
          />
          <span>
            <strong>{t('site.submit.consent')}</strong>
          </span>
        </label>
        {err('consent') && (
          <span className="err" id="f-consent-err" role="alert">
            {err('consent')}
          </span>
        )}
      </fieldset>

      <AltchaField
        id="f-altcha"
        label={t('site.submit.altcha')}
        hint={t('site.submit.altchaHint')}
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
        disabled={sending !== null}
        data-testid="send"
      >
        {sending === 'submit'
          ? t('site.submit.sending')
          : sending === 'files'
            ? t('site.submit.sendingFiles')
            : t('site.submit.send')}
      </button>
    </form>
  );
}

/**
 * Sending a petition, feedback or recommendation to a unit, without an account: the unit, the kind,
 * the field, the content and files (checked as the server checks them before anything is sent), the
 * contact, the consent to the processing of personal data (Luật 91/2025/QH15) with what is public and
 * what is not, the proof-of-work challenge; then the receipt with the lookup code, shown once.
 */
export default function SubmitPage() {
  const { t } = useSiteI18n();
  const terms = useData((signal) => portalApi.terms(signal), []);
  const [done, setDone] = useState<{ receipt: PortalReceipt; files: AttachResult[] } | null>(null);
  usePageTitle(done ? t('site.receipt.title') : t('site.submit.title'), t('site.brand'));
  if (done) return <Receipt receipt={done.receipt} files={done.files} />;
  return (
    <>
      <h1>{t('site.submit.title')}</h1>
      <p className="lead">{t('site.submit.lead')}</p>
      {terms.error ? <ErrorNotice error={terms.error} onRetry={terms.reload} /> : null}
      {terms.loading && !terms.data ? <Loading /> : null}
      {terms.data && (
        <SubmitForm
          terms={terms.data}
          onDone={(receipt, files) => {
            setDone({ receipt, files });
            window.scrollTo(0, 0);
          }}
        />
      )}
    </>
  );
}
