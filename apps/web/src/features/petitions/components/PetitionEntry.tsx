import { Alert, Checkbox, Flex, Form, Input, InputNumber, Radio, Select, Spin, Tag, Typography } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { GROUP_PETITIONERS_MIN } from '@danvan/domain';
import {
  PETITION_CHANNELS,
  PETITION_CHANNEL_LABELS,
  PETITION_FIELDS,
  PETITION_FIELD_LABELS,
  PETITION_KINDS,
  PETITION_KIND_LABELS,
} from '@danvan/contracts';
import { useI18n } from '../../../i18n/index.tsx';
import { formatDate } from '../../../shared/format.ts';
import { useDebounced } from '../../../shared/hooks.ts';
import { enumOptions, EnumTag } from '../../../shared/components/EnumTag.tsx';
import { Field, FormRow } from '../../../shared/components/Field.tsx';
import { FormModal } from '../../../shared/components/FormModal.tsx';
import { UnitSelect } from '../../../shared/components/UnitSelect.tsx';
import { api, type CreatePetitionBody, type DuplicateCandidate, type PetitionDetail } from '../api.ts';
import { DateInput } from '../../../shared/components/DateInput.tsx';
import { VOCAB } from './fields.tsx';

type Decision = 'link' | 'dismiss';

/** The candidates the duplicate check found, each with the officer's choice (link or dismiss). */
export function DuplicateList({
  items,
  decisions,
  onDecide,
  loading,
}: {
  items: DuplicateCandidate[];
  decisions: Record<number, Decision | undefined>;
  onDecide?: (petitionId: number, d: Decision) => void;
  loading?: boolean;
}) {
  const { t } = useI18n();
  if (loading && items.length === 0)
    return (
      <Typography.Text type="secondary">
        <Spin size="small" /> {t('petitions.dupChecking')}
      </Typography.Text>
    );
  if (items.length === 0) return null;
  return (
    <Flex vertical gap={8} data-testid="petition-duplicates">
      {items.map((d) => {
        const decided = decisions[d.petitionId] ?? d.decision ?? undefined;
        return (
          <Flex
            key={d.petitionId}
            gap={8}
            wrap
            align="center"
            justify="space-between"
            style={{ border: '1px solid #f0f0f0', borderRadius: 6, padding: '6px 10px' }}
            data-testid="petition-duplicate"
          >
            <div style={{ minWidth: 0, flex: 1 }}>
              <Link to={`/don-thu/${d.petitionId}`} target="_blank">
                {d.subject}
              </Link>
              <div style={{ fontSize: 12 }}>
                <Typography.Text type="secondary">
                  {formatDate(d.receivedOn)} · {d.unitName} ·{' '}
                  {t(d.reason === 'person' ? 'petitions.dupReason.person' : 'petitions.dupReason.content')} ·{' '}
                  {t('petitions.dupScore', { score: Math.round(d.score * 100) })}
                </Typography.Text>{' '}
                <EnumTag vocab={VOCAB.kind} value={d.kind} testId="duplicate-kind" />{' '}
                <EnumTag vocab={VOCAB.status} value={d.status} testId="duplicate-status" />
              </div>
            </div>
            {onDecide ? (
              <Radio.Group
                size="small"
                optionType="button"
                value={decided}
                onChange={(e) => onDecide(d.petitionId, e.target.value as Decision)}
                options={[
                  { value: 'link', label: t('petitions.dupLink') },
                  { value: 'dismiss', label: t('petitions.dupDismiss') },
                ]}
              />
            ) : (
              <Tag>
                {decided === 'link'
                  ? t('petitions.dupLinked')
                  : decided === 'dismiss'
                    ? t('petitions.dupDismissed')
                    : t('petitions.dupUndecided')}
              </Tag>
            )}
          </Flex>
        );
      })}
    </Flex>
  );
}

type EntryForm = Omit<CreatePetitionBody, 'duplicateDecisions'>;

/**
 * The entry form of a petition (tiếp nhận đơn): channel, kinds (several kinds are split into one case
 * each), field, petitioners (5 or more: a group petition), content; for a tố cáo the denouncer's
 * identity, sent once to the vault. While typing, the duplicate check shows earlier petitions of the
 * same person or with similar content; the officer links or dismisses each.
 */
export function PetitionEntryModal({
  open,
  title,
  initialValues,
  extraTop,
  onClose,
  onSaved,
}: {
  open: boolean;
  title: ReactNode;
  initialValues: Partial<EntryForm>;
  extraTop?: ReactNode;
  onClose: () => void;
  onSaved: (created: PetitionDetail[]) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [form] = Form.useForm<EntryForm>();
  const kinds = Form.useWatch('kinds', form) ?? [];
  const channel = Form.useWatch('channel', form);
  const count = Form.useWatch('petitionersCount', form) ?? 1;
  const unitId = Form.useWatch('unitId', form);
  const name = Form.useWatch('representativeName', form);
  const idNumber = Form.useWatch('idNumber', form);
  const content = Form.useWatch('content', form);
  const denouncerName = Form.useWatch(['identity', 'fullName'], form);
  const denunciation = kinds.includes('to_cao');
  const onlyDenunciation = denunciation && kinds.length === 1;

  const [decisions, setDecisions] = useState<Record<number, Decision | undefined>>({});
  const [candidates, setCandidates] = useState<DuplicateCandidate[]>([]);
  const [checking, setChecking] = useState(false);
  const probe = useDebounced(
    JSON.stringify({ unitId, name, idNumber, content, denouncerName, denunciation }),
    600,
  );

  useEffect(() => {
    if (!open) {
      setDecisions({});
      setCandidates([]);
    }
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const p = JSON.parse(probe) as {
      unitId?: number;
      name?: string;
      idNumber?: string;
      content?: string;
      denouncerName?: string;
      denunciation: boolean;
    };
    const text = (p.content ?? '').trim();
    if (!p.unitId || (text.length < 20 && !p.name?.trim() && !p.idNumber?.trim() && !p.denouncerName?.trim()))
      return;
    let live = true;
    setChecking(true);
    api
      .duplicates({
        unitId: p.unitId,
        representativeName: p.name?.trim() || null,
        idNumber: p.idNumber?.trim() || null,
        content: text,
        identity:
          p.denunciation && p.denouncerName && p.denouncerName.trim().length >= 2
            ? { fullName: p.denouncerName.trim() }
            : null,
      })
      .then(
        (list) => live && setCandidates(list),
        () => live && setCandidates([]),
      )
      .finally(() => live && setChecking(false));
    return () => {
      live = false;
    };
  }, [probe, open]);

  const transferred = channel === 'transferred' || channel === 'front' || channel === 'council';

  return (
    <FormModal<EntryForm>
      open={open}
      form={form}
      title={title}
      width={820}
      onCancel={onClose}
      initialValues={initialValues}
      extraTop={extraTop}
      onSubmit={async (v) => {
        const body: CreatePetitionBody = {
          ...v,
          petitionersCount: v.petitionersCount ?? 1,
          complex: !!v.complex,
          remoteArea: !!v.remoteArea,
          identity: denunciation && v.identity?.fullName ? v.identity : null,
          identityPaperRef: denunciation ? v.identityPaperRef || null : null,
          duplicateDecisions: Object.entries(decisions)
            .filter((e): e is [string, Decision] => !!e[1])
            .map(([petitionId, decision]) => ({ petitionId: Number(petitionId), decision })),
        };
        const created = await api.create(body);
        onSaved(created);
      }}
    >
      <Field name="visitId" hidden>
        <Input />
      </Field>
      <FormRow>
        <Field name="unitId" label={t('petitions.unit')} need width="grow">
          <UnitSelect />
        </Field>
        <Field name="receivedOn" label={t('petitions.receivedOn')} need width={180}>
          <DateInput />
        </Field>
      </FormRow>
      <FormRow>
        <Field name="channel" label={t('petitions.channel')} need width="grow">
          <Select
            data-testid="petition-channel-select"
            options={enumOptions(PETITION_CHANNEL_LABELS, PETITION_CHANNELS, i18n)}
          />
        </Field>
        <Field name="field" label={t('petitions.field')} need width="grow">
          <Select
            data-testid="petition-field-select"
            options={enumOptions(PETITION_FIELD_LABELS, PETITION_FIELDS, i18n)}
          />
        </Field>
      </FormRow>
      <Field name="kinds" label={t('petitions.kinds')} need extra={t('petitions.kindsHint')}>
        <Select
          mode="multiple"
          data-testid="petition-kinds-select"
          options={enumOptions(PETITION_KIND_LABELS, PETITION_KINDS, i18n)}
        />
      </Field>
      {transferred && (
        <Field name="sourceBody" label={t('petitions.sourceBody')}>
          <Input maxLength={300} />
        </Field>
      )}
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('petitions.petitioners')}
      </Typography.Title>
      <FormRow>
        <Field
          name="petitionersCount"
          label={t('petitions.petitionersCount')}
          need
          width={200}
          extra={
            count >= GROUP_PETITIONERS_MIN ? (
              <Typography.Text type="warning" data-testid="petition-group-hint">
                {t('petitions.groupHint', { min: GROUP_PETITIONERS_MIN })}
              </Typography.Text>
            ) : undefined
          }
        >
          <InputNumber
            min={1}
            max={100000}
            precision={0}
            style={{ width: '100%' }}
            data-testid="petition-count"
          />
        </Field>
        {!onlyDenunciation && (
          <Field name="representativeName" label={t('petitions.representativeName')} width="grow">
            <Input maxLength={200} data-testid="petition-representative" />
          </Field>
        )}
      </FormRow>
      {!onlyDenunciation && (
        <FormRow>
          <Field name="idNumber" label={t('petitions.idNumber')} width={220}>
            <Input maxLength={30} />
          </Field>
          <Field name="address" label={t('petitions.address')} width="grow">
            <Input maxLength={500} />
          </Field>
        </FormRow>
      )}
      {denunciation && (
        <div
          style={{ border: '1px dashed #d48806', borderRadius: 6, padding: '8px 12px', marginBottom: 16 }}
          data-testid="petition-denouncer"
        >
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {t('petitions.denouncerTitle')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('petitions.denouncerHint')}</Typography.Paragraph>
          <FormRow>
            <Field name={['identity', 'fullName']} label={t('petitions.fullName')} width="grow">
              <Input maxLength={200} autoComplete="off" data-testid="denouncer-name" />
            </Field>
            <Field name={['identity', 'idNumber']} label={t('petitions.idNumber')} width={200}>
              <Input maxLength={30} autoComplete="off" />
            </Field>
          </FormRow>
          <FormRow>
            <Field name={['identity', 'address']} label={t('petitions.address')} width="grow">
              <Input maxLength={500} autoComplete="off" />
            </Field>
            <Field name={['identity', 'phone']} label={t('petitions.phone')} width={180}>
              <Input maxLength={30} autoComplete="off" />
            </Field>
          </FormRow>
          <Field name="identityPaperRef" label={t('petitions.paperRef')}>
            <Input maxLength={200} />
          </Field>
        </div>
      )}
      <Field name="subject" label={t('petitions.subject')} need="text">
        <Input maxLength={300} data-testid="petition-subject" />
      </Field>
      <Field name="content" label={t('petitions.content')} need="text">
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 10 }}
          maxLength={20000}
          data-testid="petition-content"
        />
      </Field>
      <Field name="addressedTo" label={t('petitions.addressedTo')}>
        <Input maxLength={300} />
      </Field>
      <Flex gap={16} wrap>
        <Field name="complex" valuePropName="checked">
          <Checkbox>{t('petitions.complex')}</Checkbox>
        </Field>
        <Field name="remoteArea" valuePropName="checked">
          <Checkbox>{t('petitions.remoteArea')}</Checkbox>
        </Field>
      </Flex>
      {(candidates.length > 0 || checking) && (
        <Alert
          type="warning"
          showIcon
          message={t('petitions.duplicates')}
          description={
            <Flex vertical gap={8}>
              <span>{t('petitions.duplicatesHint')}</span>
              <DuplicateList
                items={candidates}
                decisions={decisions}
                loading={checking}
                onDecide={(id, d) => setDecisions((m) => ({ ...m, [id]: d }))}
              />
            </Flex>
          }
        />
      )}
    </FormModal>
  );
}
