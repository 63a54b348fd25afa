import { useSiteI18n } from '../../i18n.ts';
import { describedBy, Field } from '../ui.tsx';
import type { FieldsetProps } from './form.ts';

/** The contact: name, phone or email, the address (required for a denunciation), the ID number. */
export function ContactFieldset({ form, set, err }: FieldsetProps) {
  const { t } = useSiteI18n();
  const isDenunciation = form.kind === 'to_cao';
  return (
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
  );
}
