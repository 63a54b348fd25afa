import type { PortalReceipt, PortalTerms } from '@danvan/contracts';
import { useSiteI18n } from '../../i18n.ts';
import { AltchaField, FormSummary } from '../ui.tsx';
import { UnitPicker } from '../UnitPicker.tsx';
import type { AttachResult } from '../Receipt.tsx';
import { ContactFieldset } from './ContactFieldset.tsx';
import { PrivacyFieldset } from './PrivacyFieldset.tsx';
import { WhatFieldset } from './WhatFieldset.tsx';
import { useSubmitForm } from './useSubmitForm.ts';

/** The submission form: the unit, the kind, what it is about, the contact, the consent, the challenge. */
export function SubmitForm({
  terms,
  onDone,
}: {
  terms: PortalTerms;
  onDone: (r: PortalReceipt, files: AttachResult[]) => void;
}) {
  const { t, lang } = useSiteI18n();
  const {
    form,
    set,
    clear,
    err,
    errorCount,
    setAltcha,
    resetKey,
    sending,
    failure,
    summaryRef,
    fileInput,
    addFiles,
    removeFile,
    submit,
  } = useSubmitForm(terms, onDone);

  const isDenunciation = form.kind === 'to_cao';

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

      <WhatFieldset
        form={form}
        set={set}
        err={err}
        terms={terms}
        fileInput={fileInput}
        addFiles={addFiles}
        removeFile={removeFile}
      />

      <ContactFieldset form={form} set={set} err={err} />

      <PrivacyFieldset form={form} set={set} err={err} terms={terms} />

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
