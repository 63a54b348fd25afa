import { FileAddOutlined, FileWordOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import {
  PETITION_FIELD_LABELS,
  PETITION_FIELDS,
  RECEPTION_KIND_LABELS,
  RECEPTION_KINDS,
  RECEPTION_OUTCOME_LABELS,
  RECEPTION_OUTCOMES,
  type ReceptionVisit,
} from '@danvan/contracts';
import { useI18n } from '../../../i18n/index.tsx';
import { formatDate, todayIso } from '../../../shared/format.ts';
import { downloadFile } from '../../../shared/http.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { useMe, usePermission } from '../../../shared/session.ts';
import {
  RegisterFrame,
  RegisterTable,
  RowFormModal,
  param,
  rowActions,
  useRowDialogs,
  useUrlState,
} from '../../../shared/register/index.ts';
import { api, useReceptionMutation, useVisits } from '../api.ts';
import { chairOf, toBody, VisitFormFields, type VisitFormValues } from '../components/VisitFormFields.tsx';
import { visitColumns } from '../components/visitColumns.tsx';

/** The reception log (sổ tiếp công dân): filters in the address, export, the form of a visit. */
export default function VisitsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const notify = useNotify();
  const navigate = useNavigate();
  const canHandlePetitions = usePermission('petitions:handle');
  const me = useMe();
  const unit = me.data?.activeUnit ?? null;
  const state = useUrlState(
    {
      q: param.search(),
      kind: param.oneOf(RECEPTION_KINDS),
      field: param.oneOf(PETITION_FIELDS),
      outcome: param.oneOf(RECEPTION_OUTCOMES),
      unitId: param.int(),
      from: param.text(),
      to: param.text(),
      mass: param.flag(),
    },
    { pageSize: 20 },
  );
  const f = state.filters;
  const filter = {
    q: f.q || undefined,
    kind: f.kind,
    field: f.field,
    outcome: f.outcome,
    unitId: f.unitId,
    from: f.from || undefined,
    to: f.to || undefined,
    mass: f.mass ? 'true' : undefined,
  };
  const visits = useVisits({ ...filter, page: state.page, pageSize: state.pageSize });
  const dialogs = useRowDialogs<ReceptionVisit>();
  const editing = dialogs.editing;
  const save = useReceptionMutation((v: VisitFormValues) => {
    const body = toBody(v);
    if (!editing) return api.createVisit(body);
    const { unitId: _u, receiverUserId: _r, ...rest } = body;
    return api.updateVisit(editing.id, { ...rest, expectedVersion: editing.version });
  });

  return (
    <RegisterFrame
      title={t('reception.visits.title')}
      subtitle={t('reception.visits.subtitle')}
      canCreate={visits.data?.can?.create ?? false}
      create={{ label: t('reception.visits.create'), onClick: dialogs.create, testId: 'visit-create' }}
      exportPath="/reception/visits/export.xlsx"
      exportQuery={filter}
      modals={
        <RowFormModal<VisitFormValues, ReceptionVisit>
          dialogs={dialogs}
          title={(v) => (v ? t('reception.visits.editTitle') : t('reception.visits.createTitle'))}
          width={760}
          initialValues={
            editing
              ? { ...editing, chair: chairOf(editing) }
              : {
                  unitId: unit?.id,
                  kind: 'regular',
                  receivedOn: todayIso(),
                  receivedTime: '08:00',
                  chair: 'officer',
                  visitorsCount: 1,
                  receiverName: me.data?.fullName ?? '',
                  receiverTitle: '',
                  idNumber: '',
                  address: '',
                  refusalReason: '',
                  outcomeNote: '',
                  conclusion: '',
                  online: false,
                }
          }
          save={save.mutateAsync}
          savedText={t('reception.visits.saved')}
          thenFiles={false}
        >
          <VisitFormFields editing={!!editing} />
        </RowFormModal>
      }
    >
      <RegisterTable
        state={state}
        query={visits}
        rowKey="id"
        labelled
        filters={[
          {
            type: 'search',
            key: 'q',
            label: t('common.search'),
            placeholder: t('reception.visits.search'),
            width: 280,
          },
          { type: 'unit', key: 'unitId', label: t('reception.unit'), width: 240 },
          {
            type: 'enum',
            key: 'kind',
            label: t('reception.visits.kind'),
            labels: RECEPTION_KIND_LABELS,
            codes: RECEPTION_KINDS,
            width: 220,
          },
          {
            type: 'enum',
            key: 'field',
            label: t('reception.visits.field'),
            labels: PETITION_FIELD_LABELS,
            codes: PETITION_FIELDS,
            width: 180,
            testId: 'filter-field',
          },
          {
            type: 'enum',
            key: 'outcome',
            label: t('reception.visits.outcome'),
            labels: RECEPTION_OUTCOME_LABELS,
            codes: RECEPTION_OUTCOMES,
            width: 220,
          },
          {
            type: 'dateRange',
            key: 'from',
            to: 'to',
            label: t('reception.visits.dateRange'),
            placeholders: [t('reception.visits.from'), t('reception.visits.to')],
            width: 260,
          },
          { type: 'check', key: 'mass', text: t('reception.visits.massOnly') },
        ]}
        empty={t('reception.visits.empty')}
        table={{ size: 'small', scroll: { x: 1100 } }}
        columns={visitColumns(i18n)}
        actions={[
          {
            // a visit whose outcome is a petition received, not yet made a petition: open the petition
            // entry pre-filled from the visit (petitions feature, /don-thu/moi?visit=ID)
            key: 'petition',
            icon: <FileAddOutlined />,
            label: t('reception.visits.createPetition'),
            visible: (v) => canHandlePetitions && v.outcome === 'petition_received' && !v.petitionId,
            onClick: (v) => navigate(`/don-thu/moi?visit=${v.id}`),
            testId: 'row-create-petition',
          },
          {
            key: 'conclusion',
            icon: <FileWordOutlined />,
            label: t('reception.visits.conclusionDoc'),
            visible: (v) => v.can.conclusion,
            onClick: (v) =>
              downloadFile(`/reception/visits/${v.id}/conclusion.docx`).catch((e: unknown) =>
                notify.error(e),
              ),
            testId: 'row-conclusion',
          },
          rowActions.files(t, dialogs.openFiles, t('reception.visits.files')),
          rowActions.edit(t, dialogs.edit, (v) => v.can.update),
        ]}
        files={{
          entity: 'reception_visit',
          row: dialogs.files,
          onClose: dialogs.closeFiles,
          id: (v) => v.id,
          title: (v) => `${v.representativeName} — ${formatDate(v.receivedOn)}`,
          canWrite: (v) => v.can.attach,
        }}
      />
    </RegisterFrame>
  );
}
