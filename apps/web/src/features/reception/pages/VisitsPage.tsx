import { FileAddOutlined, FileWordOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { Alert, Checkbox, Form, Input, InputNumber, Select, Space, Tag, Tooltip, Typography } from 'antd';
import {
  PETITION_FIELD_LABELS,
  PETITION_FIELDS,
  RECEPTION_KIND_LABELS,
  RECEPTION_KINDS,
  RECEPTION_OUTCOME_LABELS,
  RECEPTION_OUTCOMES,
  type CreateReceptionVisit,
  type ReceptionVisit,
} from '@danvan/contracts';
import { isMassDelegation } from '@danvan/domain';
import { useI18n } from '../../../i18n/index.tsx';
import { formatDate, todayIso } from '../../../shared/format.ts';
import { downloadFile } from '../../../shared/http.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { useMe, usePermission } from '../../../shared/session.ts';
import { enumLabel, enumOptions } from '../../../shared/components/EnumTag.tsx';
import { Field, FormRow } from '../../../shared/components/Field.tsx';
import { UnitSelect } from '../../../shared/components/UnitSelect.tsx';
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
import { DateInput } from '../../../shared/components/DateInput.tsx';
import { TimeInput } from '../components/fields.tsx';

type Chair = 'officer' | 'head' | 'deputy';
type FormValues = Omit<CreateReceptionVisit, 'headInPerson' | 'deputyOnBehalf'> & { chair: Chair };

const chairOf = (v: ReceptionVisit): Chair =>
  v.headInPerson ? 'head' : v.deputyOnBehalf ? 'deputy' : 'officer';

function toBody(v: FormValues): CreateReceptionVisit {
  const { chair, ...rest } = v;
  return {
    ...rest,
    headInPerson: chair === 'head',
    deputyOnBehalf: chair === 'deputy',
    onlineNoticeSentOn: rest.online ? (rest.onlineNoticeSentOn ?? null) : null,
  };
}

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
  const save = useReceptionMutation((v: FormValues) => {
    const body = toBody(v);
    if (!editing) return api.createVisit(body);
    const { unitId: _u, receiverUserId: _r, ...rest } = body;
    return api.updateVisit(editing.id, { ...rest, expectedVersion: editing.version });
  });
  const label = (labels: Parameters<typeof enumLabel>[0], code: string) => enumLabel(labels, code, i18n);

  return (
    <RegisterFrame
      title={t('reception.visits.title')}
      subtitle={t('reception.visits.subtitle')}
      canCreate={visits.data?.can?.create ?? false}
      create={{ label: t('reception.visits.create'), onClick: dialogs.create, testId: 'visit-create' }}
      exportPath="/reception/visits/export.xlsx"
      exportQuery={filter}
      modals={
        <RowFormModal<FormValues, ReceptionVisit>
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
          <FormRow>
            <Field name="unitId" label={t('reception.unit')} need width="grow">
              <UnitSelect disabled={!!editing} />
            </Field>
            <Field name="kind" label={t('reception.visits.kind')} need width={260}>
              <Select
                data-testid="visit-kind"
                options={enumOptions(RECEPTION_KIND_LABELS, RECEPTION_KINDS, i18n)}
              />
            </Field>
          </FormRow>
          <FormRow>
            <Field name="receivedOn" label={t('reception.visits.receivedOn')} need width={180}>
              <DateInput />
            </Field>
            <Field name="receivedTime" label={t('reception.visits.receivedTime')} need width={130}>
              <TimeInput />
            </Field>
            <Field name="place" label={t('reception.visits.place')} need="text" width="grow">
              <Input maxLength={500} data-testid="visit-place" />
            </Field>
          </FormRow>
          <FormRow>
            <Field name="receiverName" label={t('reception.visits.receiverName')} need="text" width="grow">
              <Input maxLength={200} />
            </Field>
            <Field name="receiverTitle" label={t('reception.visits.receiverTitle')} width="grow">
              <Input maxLength={200} />
            </Field>
            <Field
              name="chair"
              label={t('reception.visits.chair')}
              width={260}
              tooltip={t('reception.visits.deputyHint')}
            >
              <Select
                options={(['officer', 'head', 'deputy'] as const).map((c) => ({
                  value: c,
                  label: t(`reception.visits.chair${c[0].toUpperCase()}${c.slice(1)}`),
                }))}
              />
            </Field>
          </FormRow>
          <FormRow>
            <Field name="visitorsCount" label={t('reception.visits.visitorsCount')} need width={150}>
              <InputNumber
                min={1}
                max={10000}
                precision={0}
                style={{ width: '100%' }}
                data-testid="visit-count"
              />
            </Field>
            <Field
              name="representativeName"
              label={t('reception.visits.representativeName')}
              need="text"
              width="grow"
            >
              <Input maxLength={200} data-testid="visit-representative" />
            </Field>
            <Field name="idNumber" label={t('reception.visits.idNumber')} width={200}>
              <Input maxLength={30} inputMode="numeric" />
            </Field>
          </FormRow>
          <Form.Item noStyle shouldUpdate={(a, b) => a.visitorsCount !== b.visitorsCount}>
            {({ getFieldValue }) =>
              isMassDelegation(Number(getFieldValue('visitorsCount') ?? 0)) ? (
                <Alert
                  type="warning"
                  showIcon
                  style={{ marginBottom: 12 }}
                  data-testid="visit-mass-hint"
                  title={t('reception.visits.massDelegation')}
                />
              ) : null
            }
          </Form.Item>
          <Field name="address" label={t('reception.visits.address')}>
            <Input maxLength={500} />
          </Field>
          <Field name="content" label={t('reception.visits.content')} need="text">
            <Input.TextArea autoSize={{ minRows: 3 }} maxLength={20000} data-testid="visit-content" />
          </Field>
          <FormRow>
            <Field name="field" label={t('reception.visits.field')} need width="grow">
              <Select
                data-testid="visit-field"
                options={enumOptions(PETITION_FIELD_LABELS, PETITION_FIELDS, i18n)}
              />
            </Field>
            <Field name="outcome" label={t('reception.visits.outcome')} need width="grow">
              <Select
                data-testid="visit-outcome"
                options={enumOptions(RECEPTION_OUTCOME_LABELS, RECEPTION_OUTCOMES, i18n)}
              />
            </Field>
          </FormRow>
          <Form.Item noStyle shouldUpdate={(a, b) => a.outcome !== b.outcome}>
            {({ getFieldValue }) =>
              getFieldValue('outcome') === 'refused' ? (
                <Field name="refusalReason" label={t('reception.visits.refusalReason')} need="text">
                  <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} />
                </Field>
              ) : null
            }
          </Form.Item>
          <Field name="outcomeNote" label={t('reception.visits.outcomeNote')}>
            <Input.TextArea autoSize={{ minRows: 1 }} maxLength={5000} />
          </Field>
          <Field name="conclusion" label={t('reception.visits.conclusion')}>
            <Input.TextArea autoSize={{ minRows: 2 }} maxLength={20000} />
          </Field>
          <FormRow>
            <Field name="online" valuePropName="checked" width={200}>
              <Checkbox>{t('reception.visits.online')}</Checkbox>
            </Field>
            <Form.Item noStyle shouldUpdate={(a, b) => a.online !== b.online}>
              {({ getFieldValue }) =>
                getFieldValue('online') ? (
                  <Field
                    name="onlineNoticeSentOn"
                    label={t('reception.visits.onlineNoticeSentOn')}
                    width={240}
                  >
                    <DateInput />
                  </Field>
                ) : null
              }
            </Form.Item>
          </FormRow>
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
        columns={[
          {
            title: t('reception.visits.receivedAt'),
            width: 130,
            render: (_, v) => (
              <div>
                {formatDate(v.receivedOn)}
                <div style={{ fontSize: 12, color: 'var(--ant-color-text-description)' }}>
                  {v.receivedTime}
                </div>
              </div>
            ),
          },
          {
            title: t('reception.visits.visitors'),
            width: 240,
            render: (_, v) => (
              <div data-testid="visit-visitors">
                <Typography.Text strong>{v.representativeName}</Typography.Text>
                <div>
                  <Space size={4} wrap>
                    <span style={{ fontSize: 12, color: 'var(--ant-color-text-description)' }}>
                      {t('reception.visits.people', { n: v.visitorsCount })}
                    </span>
                    {v.massDelegation && (
                      <Tag color="red" data-testid="mass-delegation">
                        {t('reception.visits.massDelegation')}
                      </Tag>
                    )}
                    {v.online && (
                      <Tooltip
                        title={
                          v.onlineNoticeDueBy
                            ? t('reception.visits.onlineNoticeDueBy', {
                                date: formatDate(v.onlineNoticeDueBy),
                              })
                            : undefined
                        }
                      >
                        <Tag color={v.onlineNoticeLate ? 'orange' : 'blue'} data-testid="online-notice">
                          {v.onlineNoticeLate
                            ? t('reception.visits.onlineNoticeLate')
                            : t('reception.visits.onlineSession')}
                        </Tag>
                      </Tooltip>
                    )}
                  </Space>
                </div>
              </div>
            ),
          },
          {
            title: t('reception.visits.content'),
            width: 320,
            render: (_, v) => (
              <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ marginBottom: 0 }}>
                {v.content}
              </Typography.Paragraph>
            ),
          },
          {
            title: t('reception.visits.field'),
            width: 140,
            render: (_, v) => (
              <Tag data-testid="visit-field-tag">{label(PETITION_FIELD_LABELS, v.field)}</Tag>
            ),
          },
          {
            title: t('reception.visits.outcome'),
            width: 200,
            render: (_, v) => (
              <div>
                {label(RECEPTION_OUTCOME_LABELS, v.outcome)}
                {v.petitionId && (
                  <div>
                    <Tag color="blue">{t('reception.visits.petition')}</Tag>
                  </div>
                )}
              </div>
            ),
          },
          {
            title: t('reception.visits.receiver'),
            width: 200,
            render: (_, v) => (
              <div>
                {v.receiverName}
                <div style={{ fontSize: 12, color: 'var(--ant-color-text-description)' }}>
                  {v.headInPerson
                    ? t('reception.visits.chairHead')
                    : v.deputyOnBehalf
                      ? t('reception.visits.chairDeputy')
                      : v.receiverTitle}
                </div>
              </div>
            ),
          },
          {
            title: t('reception.visits.kind'),
            width: 170,
            render: (_, v) => label(RECEPTION_KIND_LABELS, v.kind),
          },
        ]}
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
