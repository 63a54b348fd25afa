import { Alert, Skeleton } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { useI18n } from '../../../i18n/index.tsx';
import { formatDate, todayIso } from '../../../shared/format.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { PageHeader } from '../../../shared/components/PageHeader.tsx';
import { ErrorAlert } from '../../../shared/components/ErrorAlert.tsx';
import { useVisitDraft } from '../api.ts';
import { PetitionEntryModal } from '../components/PetitionEntry.tsx';

/**
 * "Tạo đơn từ lượt tiếp" (don-thu/moi?visit=ID): the entry form filled in from the reception visit
 * (GET /petitions/visit-draft/:visitId), channel "qua tiếp công dân".
 */
export default function NewPetitionPage() {
  const { t } = useI18n();
  const nav = useNavigate();
  const notify = useNotify();
  const [params] = useSearchParams();
  const visitId = Number(params.get('visit')) || undefined;
  const draft = useVisitDraft(visitId);
  const d = draft.data;

  return (
    <>
      <PageHeader title={t('petitions.fromVisitTitle')} />
      {!visitId && <Alert type="info" showIcon message={t('petitions.fromVisitMissing')} />}
      <ErrorAlert error={draft.error} onRetry={() => draft.refetch()} />
      {visitId && !d && !draft.error && <Skeleton active />}
      {d && (
        <PetitionEntryModal
          open
          title={t('petitions.fromVisitTitle')}
          extraTop={
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              message={t('petitions.fromVisitHint', { date: formatDate(d.receivedOn) })}
            />
          }
          initialValues={{
            unitId: d.unitId,
            visitId: d.visitId,
            receivedOn: d.receivedOn > todayIso() ? todayIso() : d.receivedOn,
            channel: 'reception_visit',
            kinds: [],
            field: d.field ?? undefined,
            petitionersCount: d.petitionersCount,
            representativeName: d.representativeName,
            idNumber: d.idNumber,
            address: d.address,
            content: d.content,
            subject: d.content.length > 300 ? `${d.content.slice(0, 297)}…` : d.content,
          }}
          onClose={() => nav('/don-thu')}
          onSaved={(created) => {
            notify.success(t('petitions.saved'));
            nav(created[0] ? `/don-thu/${created[0].id}` : '/don-thu');
          }}
        />
      )}
    </>
  );
}
