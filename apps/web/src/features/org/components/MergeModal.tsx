import { Alert, App, Form, Input, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { OrgUnit } from '@danvan/contracts';
import { useI18n } from '../../../i18n/index.tsx';
import { http } from '../../../shared/http.ts';
import { formatDate, today, toIsoDate } from '../../../shared/format.ts';
import { FormModal } from '../../../shared/components/FormModal.tsx';
import { UnitSelect } from '../../../shared/components/UnitSelect.tsx';
import { blankToNull, DateField, NewUnitFields, useRules, type NewUnitValues } from './fields.tsx';

interface Values {
  sourceIds: number[];
  mode: 'existing' | 'new';
  targetId?: number;
  newTarget?: NewUnitValues & { parentId?: number };
  effectiveDate: Dayjs;
  decision?: string;
}

/** Merges units into an existing successor or a new one, from an effective date. */
export function MergeModal({
  source,
  open,
  onClose,
  onDone,
}: {
  source: OrgUnit | null;
  open: boolean;
  onClose: () => void;
  onDone: (successor: OrgUnit) => void;
}) {
  const { t } = useI18n();
  const rules = useRules();
  const [form] = Form.useForm<Values>();
  const mode = Form.useWatch('mode', form);
  const { modal } = App.useApp();

  /** Names the units and the effect, and asks once more: a merger ends the units and is not undone. */
  const confirmMerge = async (v: Values): Promise<boolean> => {
    const ids = v.mode === 'existing' && v.targetId ? [...v.sourceIds, v.targetId] : v.sourceIds;
    const units = await Promise.all(ids.map((id) => http.get<OrgUnit>(`/org/units/${id}`)));
    const name = (id: number) => units.find((u) => u.id === id)?.name ?? `#${id}`;
    const date = toIsoDate(v.effectiveDate)!;
    const target =
      v.mode === 'existing' && v.targetId
        ? name(v.targetId)
        : t('org.form.newSuccessor', { name: v.newTarget?.name.trim() ?? '' });
    return new Promise((resolve) => {
      modal.confirm({
        title: t('org.form.mergeConfirmTitle'),
        content: t('org.form.mergeConfirm', {
          sources: v.sourceIds.map(name).join(', '),
          target,
          date: formatDate(date),
          end: formatDate(dayjs(date).subtract(1, 'day').format('YYYY-MM-DD')),
          count: v.sourceIds.length,
        }),
        okText: t('org.form.mergeConfirmOk'),
        okButtonProps: { danger: true },
        cancelText: t('common.cancel'),
        onOk: () => resolve(true),
        onCancel: () => resolve(false),
      });
    });
  };
  return (
    <FormModal<Values>
      form={form}
      open={open}
      title={t('org.form.mergeTitle')}
      onCancel={onClose}
      width={720}
      okText={t('org.actions.merge')}
      errorFields={{ org_code_taken: ['newTarget', 'code'] }}
      initialValues={{
        sourceIds: source ? [source.id] : [],
        mode: 'new',
        effectiveDate: today(),
        newTarget: source
          ? {
              code: '',
              name: '',
              kind: source.kind,
              groups: source.groups,
              parentId: source.parentId ?? undefined,
            }
          : undefined,
      }}
      extraTop={<Alert type="info" showIcon title={t('org.form.mergeHint')} style={{ marginBottom: 16 }} />}
      onSubmit={async (v) => {
        const nt = v.newTarget;
        if (!(await confirmMerge(v))) return;
        const successor = await http.post<OrgUnit>('/org/merge', {
          sourceIds: v.sourceIds,
          effectiveDate: toIsoDate(v.effectiveDate),
          decision: blankToNull(v.decision) ?? undefined,
          ...(v.mode === 'existing'
            ? { targetId: v.targetId }
            : {
                newTarget: {
                  code: nt!.code.trim(),
                  name: nt!.name.trim(),
                  shortName: blankToNull(nt!.shortName),
                  adminCode: blankToNull(nt!.adminCode),
                  kind: nt!.kind,
                  groups: nt!.groups ?? [],
                  parentId: nt!.parentId ?? null,
                },
              }),
        });
        onDone(successor);
      }}
    >
      <Form.Item
        name="sourceIds"
        label={t('org.fields.sources')}
        rules={[
          {
            required: true,
            type: 'array',
            min: 1,
            message: t('validation.select', { field: t('org.fields.sources').toLowerCase() }),
          },
        ]}
      >
        <UnitSelect mode="multiple" />
      </Form.Item>
      <Form.Item name="mode" label={t('org.form.successorMode')}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'new', label: t('org.form.createNew') },
            { value: 'existing', label: t('org.form.existing') },
          ]}
        />
      </Form.Item>
      {mode === 'existing' ? (
        <Form.Item
          name="targetId"
          label={t('org.fields.successor')}
          rules={rules.select('org.fields.successor')}
        >
          <UnitSelect />
        </Form.Item>
      ) : (
        <div
          style={{ border: '1px dashed #d0d7e2', borderRadius: 8, padding: '12px 12px 0', marginBottom: 16 }}
        >
          <NewUnitFields prefix={['newTarget']} withShortName={false} />
          <div style={{ display: 'grid', gridTemplateColumns: '2fr 1fr', gap: 12 }}>
            <Form.Item
              name={['newTarget', 'parentId']}
              label={t('org.fields.parent')}
              rules={rules.select('org.fields.parent')}
            >
              <UnitSelect />
            </Form.Item>
            <Form.Item name={['newTarget', 'adminCode']} label={t('org.fields.adminCode')}>
              <Input autoComplete="off" />
            </Form.Item>
          </div>
        </div>
      )}
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 2fr', gap: 12 }}>
        <DateField name="effectiveDate" label={t('org.fields.effectiveDate')} />
        <Form.Item name="decision" label={t('org.fields.decision')}>
          <Input maxLength={300} placeholder={t('org.fields.decisionPlaceholder')} />
        </Form.Item>
      </div>
    </FormModal>
  );
}
