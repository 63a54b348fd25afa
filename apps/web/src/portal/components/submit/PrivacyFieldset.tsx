import type { PortalTerms } from '@danvan/contracts';
import { useSiteI18n } from '../../i18n.ts';
import type { FieldsetProps } from './form.ts';

/** What is public and what is not, the legal basis, and the consent to the processing of personal data. */
export function PrivacyFieldset({ form, set, err, terms }: FieldsetProps & { terms: PortalTerms }) {
  const { t, lang } = useSiteI18n();
  return (
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
  );
}
