import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import type { Me } from '@danvan/contracts';
import { useI18n } from '../../../i18n/index.tsx';
import { http, takeSessionExpiredFlag } from '../../../shared/http.ts';
import { errorParts } from '../../../shared/errors.ts';
import { useMe, useResetSession } from '../../../shared/session.ts';
import { usePageTitle } from '../../../shared/components/usePageTitle.ts';
import { BrandMark } from '../../../app/layout/BrandMark.tsx';
import { LANGUAGES } from '../../../app/layout/languages.ts';
import './login.css';

/**
 * The login page is the first thing every officer downloads, so it is built from plain elements and
 * its own small stylesheet (login.css), not from antd: with antd's form, inputs, alerts and theme it
 * weighed about 300 kB gzipped; the signed-in app (and antd) loads after it (app/router.tsx).
 */

/** Only same-site paths are followed after login (no open redirect). */
function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/login')) return '/';
  return next;
}

type FieldName = 'username' | 'password';

export default function LoginPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const reset = useResetSession();
  const me = useMe();
  const [expired] = useState(takeSessionExpiredFlag);
  const loggedOut = (location.state as { loggedOut?: boolean } | null)?.loggedOut;
  const meta = useQuery({
    queryKey: ['meta'],
    queryFn: () => http.get<{ demo: boolean; version: string }>('/meta'),
    staleTime: Infinity,
  });
  const login = useMutation({
    mutationFn: (v: { username: string; password: string }) => http.post<Me>('/auth/login', v),
    onSuccess: (user) => {
      reset(user);
      navigate(safeNext(params.get('next')), { replace: true });
    },
  });
  const [values, setValues] = useState({ username: '', password: '' });
  const [missing, setMissing] = useState<FieldName[]>([]);
  const username = useRef<HTMLInputElement>(null);
  const password = useRef<HTMLInputElement>(null);
  const fields = { username, password };

  usePageTitle(t('auth.loginTitle'));
  // a refused login puts the focus back on the password (the form was disabled while sending, so the
  // focus had fallen to the page), with the error as the field's description
  useEffect(() => {
    if (login.isError) password.current?.select();
  }, [login.isError, login.failureCount, login.error]);

  if (me.data && !login.isPending) return <Navigate to={safeNext(params.get('next'))} replace />;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const empty = (['username', 'password'] as const).filter((f) =>
      f === 'username' ? !values.username.trim() : !values.password,
    );
    setMissing(empty);
    // sent with a field left empty: the cursor goes to the first one, which its message describes
    if (empty.length > 0) {
      fields[empty[0]].current?.focus();
      return;
    }
    login.mutate({ username: values.username, password: values.password });
  };

  const error = login.error ? errorParts(login.error, i18n) : null;
  const field = (name: FieldName, type: string, autoComplete: string) => {
    const label = t(`auth.${name}`);
    const isMissing = missing.includes(name);
    const described = [isMissing && `login-${name}-error`, name === 'password' && error && 'login-error']
      .filter(Boolean)
      .join(' ');
    return (
      <div className="dv-login-field">
        <label htmlFor={`login-${name}`}>{label}</label>
        <input
          id={`login-${name}`}
          ref={fields[name]}
          name={name}
          type={type}
          autoComplete={autoComplete}
          autoFocus={name === 'username'}
          value={values[name]}
          disabled={login.isPending}
          aria-invalid={isMissing || undefined}
          aria-describedby={described || undefined}
          onChange={(e) => {
            const value = e.target.value;
            setValues((v) => ({ ...v, [name]: value }));
            if (isMissing) setMissing((m) => m.filter((f) => f !== name));
          }}
        />
        {isMissing && (
          <div id={`login-${name}-error`} className="dv-login-field-error" role="alert">
            {t('validation.required', { field: label })}
          </div>
        )}
      </div>
    );
  };

  return (
    <main className="dv-login">
      <div className="dv-login-brand">
        <BrandMark size={64} />
        <h1>{t('app.name')}</h1>
      </div>
      <div className="dv-login-panel">
        <div className="dv-login-head">
          <h2>{t('auth.loginTitle')}</h2>
          <LanguageButtons />
        </div>
        <p className="dv-login-muted">{t('auth.loginSubtitle')}</p>
        {expired && <div className="dv-login-note dv-login-note-warning">{t('auth.sessionExpired')}</div>}
        {loggedOut && !expired && <div className="dv-login-note">{t('auth.loggedOut')}</div>}
        {error && (
          <div id="login-error" className="dv-login-note dv-login-note-error" role="alert">
            <strong>{error.title}</strong>
            {error.detail && <div>{error.detail}</div>}
          </div>
        )}
        <form onSubmit={submit} noValidate>
          {field('username', 'text', 'username')}
          {field('password', 'password', 'current-password')}
          <button
            type="submit"
            className="dv-login-submit"
            disabled={login.isPending}
            aria-busy={login.isPending}
          >
            {login.isPending && <span className="dv-login-spinner" aria-hidden="true" />}
            {t('auth.submit')}
          </button>
        </form>
        {meta.data?.demo && (
          <div className="dv-login-note dv-login-demo">
            <strong>{t('auth.demoTitle')}</strong>
            <div>{t('auth.demoHint', { password: 'Danvan@2026' })}</div>
          </div>
        )}
      </div>
      <p className="dv-login-footer">
        © {new Date().getFullYear()} · {t('app.footer')}
        {meta.data?.version ? ` · v${meta.data.version}` : ''}
      </p>
    </main>
  );
}

/** The language of the page: two buttons, the current one pressed (the header's switch is antd's). */
function LanguageButtons() {
  const { lang, setLang, t } = useI18n();
  return (
    <div className="dv-login-lang" role="group" aria-label={t('header.language')}>
      {LANGUAGES.map((o) => (
        <button
          key={o.value}
          type="button"
          title={o.title}
          lang={o.value}
          aria-pressed={lang === o.value}
          onClick={() => setLang(o.value)}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
