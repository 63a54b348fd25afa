import { useState } from 'react';
import type { PortalReceipt } from '@danvan/contracts';
import { portalApi } from '../api.ts';
import { useSiteI18n } from '../i18n.ts';
import { usePageTitle } from '../router.tsx';
import { ErrorNotice, Loading, useData } from '../components/ui.tsx';
import { Receipt, type AttachResult } from '../components/Receipt.tsx';
import { SubmitForm } from '../components/submit/SubmitForm.tsx';

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
