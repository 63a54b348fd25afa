import { StopOutlined } from '@ant-design/icons';
import { Alert, Checkbox, Flex, Input, InputNumber, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { CreateTimeLimitRule, RuleConditions, TimeLimitRule } from '@danvan/contracts';
import { TIME_LIMIT_UNIT_CODES, TIME_LIMIT_UNIT_LABELS } from '@danvan/contracts';
import { useI18n } from '../../../i18n/index.tsx';
import { formatDate } from '../../../shared/format.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { Field, FormRow } from '../../../shared/components/Field.tsx';
import { FormModal } from '../../../shared/components/FormModal.tsx';
import { enumOptions } from '../../../shared/components/EnumTag.tsx';
import {
  RegisterPage,
  param,
  rowActions,
  useRowDialogs,
  useUrlState,
} from '../../../shared/register/index.ts';
import { api, useLegalMutation, useRules } from '../api.ts';
import { DateInput } from '../../../shared/components/DateInput.tsx';
import { NeedsCheckTag } from '../components/fields.tsx';

type Tri = 'any' | 'yes' | 'no';
type FormValues = Omit<CreateTimeLimitRule, 'conditions'> & {
  complex: Tri;
  remoteArea: Tri;
  secondInstance: Tri;
  extension?: number | null;
};

const toTri = (v: boolean | null | undefined): Tri => (v === true ? 'yes' : v === false ? 'no' : 'any');
const fromTri = (v: Tri): boolean | undefined => (v === 'yes' ? true : v === 'no' ? false : undefined);

function conditionsOf(v: FormValues): RuleConditions {
  const c: RuleConditions = {};
  const complex = fromTri(v.complex);
  const remoteArea = fromTri(v.remoteArea);
  const secondInstance = fromTri(v.secondInstance);
  if (complex !== undefined) c.complex = complex;
  if (remoteArea !== undefined) c.remoteArea = remoteArea;
  if (secondInstance !== undefined) c.secondInstance = secondInstance;
  if (v.extension) c.extension = v.extension;
  return c;
}

/** The register of legal time limits: versions, conditions, basis, the "cần kiểm tra" mark. */
export default function RulesPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const notify = useNotify();
  const state = useUrlState(
    { q: param.search(), includeRetired: param.flag(), needsCheck: param.flag() },
    { pageSize: 50 },
  );
  const { q, includeRetired, needsCheck } = state.filters;
  const rules = useRules({
    q: q || undefined,
    includeRetired: includeRetired || undefined,
    needsCheck: needsCheck || undefined,
    page: state.page,
    pageSize: state.pageSize,
  });
  const dialogs = useRowDialogs<TimeLimitRule>();
  const editing = dialogs.editing;
  const [retiring, setRetiring] = useState<TimeLimitRule | null>(null);
  const save = useLegalMutation((v: FormValues) => {
    const { complex: _c, remoteArea: _r, secondInstance: _s, extension: _e, code, ...rest } = v;
    const body = { ...rest, conditions: conditionsOf(v) };
    return editing ? api.updateRule(editing.id, body) : api.createRule({ ...body, code });
  });
  const retire = useLegalMutation((v: { effectiveTo: string; reason: string }) =>
    api.retireRule(retiring!.id, v),
  );
  const units = enumOptions(TIME_LIMIT_UNIT_LABELS, TIME_LIMIT_UNIT_CODES, i18n);
  const tri = [
    { value: 'any', label: t('legal.rules.any') },
    { value: 'yes', label: t('legal.rules.yes') },
    { value: 'no', label: t('legal.rules.no') },
  ];

  const conditionTags = (c: RuleConditions) => {
    const tags: string[] = [];
    const one = (v: boolean | null | undefined, label: string) => {
      if (v === true) tags.push(label);
      if (v === false) tags.push(`${t('legal.rules.no')}: ${label.toLowerCase()}`);
    };
    one(c.secondInstance, t('legal.rules.secondInstance'));
    one(c.complex, t('legal.rules.complex'));
    one(c.remoteArea, t('legal.rules.remoteArea'));
    if (c.extension) tags.push(t('legal.rules.extension', { n: c.extension }));
    return tags.length ? (
      tags.map((x) => <Tag key={x}>{x}</Tag>)
    ) : (
      <Typography.Text type="secondary">{t('legal.rules.anyCondition')}</Typography.Text>
    );
  };

  return (
    <RegisterPage
      title={t('legal.rules.title')}
      subtitle={t('legal.rules.subtitle')}
      canCreate={rules.data?.can?.create ?? false}
      create={{ label: t('legal.rules.create'), onClick: dialogs.create, testId: 'rules-create' }}
      state={state}
      query={rules}
      rowKey="id"
      filters={[
        {
          type: 'search',
          key: 'q',
          placeholder: t('legal.rules.search'),
          width: 360,
          testId: 'rules-search',
        },
        { type: 'check', key: 'needsCheck', text: t('legal.rules.onlyNeedsCheck') },
        { type: 'check', key: 'includeRetired', text: t('legal.rules.includeRetired') },
      ]}
      empty={t('legal.rules.empty')}
      columns={[
        {
          title: t('legal.rules.name'),
          width: 380,
          render: (_, r) => (
            <div>
              <Flex gap={6} wrap align="center">
                <span>{r.name}</span>
                <NeedsCheckTag show={r.needsCheck} />
                {r.usedAt && <Tag color="blue">{t('legal.rules.used')}</Tag>}
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {r.code} · {t('legal.rules.version', { n: r.version })}
              </Typography.Text>
            </div>
          ),
        },
        { title: t('legal.rules.limit'), width: 150, render: (_, r) => <b>{r.limitText}</b> },
        { title: t('legal.rules.conditions'), width: 220, render: (_, r) => conditionTags(r.conditions) },
        { title: t('legal.rules.basis'), width: 280, dataIndex: 'basisText' },
        {
          title: t('legal.rules.effective'),
          width: 200,
          render: (_, r) =>
            `${formatDate(r.effectiveFrom)} – ${r.effectiveTo ? formatDate(r.effectiveTo) : t('legal.rules.openEnded')}`,
        },
      ]}
      actions={[
        rowActions.edit(t, dialogs.edit, (r) => r.can.update),
        {
          key: 'retire',
          icon: <StopOutlined />,
          label: t('legal.rules.retire'),
          onClick: (r) => setRetiring(r),
          visible: (r) => r.can.retire,
          menu: true,
          testId: 'row-retire',
        },
      ]}
      modals={
        <>
          <FormModal<FormValues>
            open={dialogs.formOpen}
            title={editing ? t('legal.rules.editTitle') : t('legal.rules.createTitle')}
            width={760}
            onCancel={dialogs.closeForm}
            extraTop={
              editing?.usedAt ? <Alert type="info" showIcon message={t('legal.rules.usedHint')} /> : undefined
            }
            initialValues={
              editing
                ? {
                    code: editing.code,
                    name: editing.name,
                    value: editing.value,
                    unit: editing.unit,
                    basis: {
                      law: editing.basis.law,
                      article: editing.basis.article ?? '',
                      clause: editing.basis.clause ?? '',
                    },
                    effectiveFrom: editing.effectiveFrom,
                    effectiveTo: editing.effectiveTo,
                    needsCheck: editing.needsCheck,
                    note: editing.note ?? '',
                    complex: toTri(editing.conditions.complex),
                    remoteArea: toTri(editing.conditions.remoteArea),
                    secondInstance: toTri(editing.conditions.secondInstance),
                    extension: editing.conditions.extension ?? null,
                  }
                : {
                    unit: 'calendar_days',
                    complex: 'any',
                    remoteArea: 'any',
                    secondInstance: 'any',
                    needsCheck: false,
                  }
            }
            onSubmit={(v) =>
              save.mutateAsync(v).then(() => {
                notify.success(t('legal.rules.saved'));
                dialogs.saved();
              })
            }
          >
            <FormRow>
              <Field name="code" label={t('legal.rules.code')} need width="grow" style={{ minWidth: 240 }}>
                <Input maxLength={100} disabled={!!editing} placeholder="khieu_nai.giai_quyet" />
              </Field>
              <Field name="value" label={t('legal.rules.value')} need width={120}>
                <InputNumber min={1} max={3650} precision={0} style={{ width: '100%' }} />
              </Field>
              <Field name="unit" label={t('legal.rules.unit')} need width={220}>
                <Select options={units} />
              </Field>
            </FormRow>
            <Field name="name" label={t('legal.rules.name')} need="text">
              <Input maxLength={300} />
            </Field>
            <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>
              {t('legal.rules.conditions')}
            </Typography.Text>
            <FormRow>
              <Field name="secondInstance" label={t('legal.rules.secondInstance')} width={160}>
                <Select options={tri} />
              </Field>
              <Field name="complex" label={t('legal.rules.complex')} width={160}>
                <Select options={tri} />
              </Field>
              <Field name="remoteArea" label={t('legal.rules.remoteArea')} width={160}>
                <Select options={tri} />
              </Field>
              <Field name="extension" label={t('legal.rules.extensionLabel')} width={130}>
                <InputNumber min={1} max={9} precision={0} style={{ width: '100%' }} />
              </Field>
            </FormRow>
            <FormRow>
              <Field
                name={['basis', 'law']}
                label={t('legal.rules.law')}
                need="text"
                width="grow"
                style={{ minWidth: 260 }}
              >
                <Input maxLength={300} placeholder={t('legal.rules.lawPlaceholder')} />
              </Field>
              <Field name={['basis', 'article']} label={t('legal.rules.article')} width={100}>
                <Input maxLength={20} />
              </Field>
              <Field name={['basis', 'clause']} label={t('legal.rules.clause')} width={100}>
                <Input maxLength={20} />
              </Field>
            </FormRow>
            <FormRow>
              <Field
                name="effectiveFrom"
                label={editing?.usedAt ? t('legal.rules.newVersionFrom') : t('legal.rules.effectiveFrom')}
                need
                width={240}
              >
                <DateInput />
              </Field>
              <Field name="effectiveTo" label={t('legal.rules.effectiveTo')} width={200}>
                <DateInput />
              </Field>
            </FormRow>
            <Field name="note" label={t('legal.rules.note')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
            </Field>
            <Field name="needsCheck" valuePropName="checked">
              <Checkbox>{t('legal.needsCheck')}</Checkbox>
            </Field>
          </FormModal>
          <FormModal<{ effectiveTo: string; reason: string }>
            open={!!retiring}
            title={t('legal.rules.retireTitle')}
            okText={t('legal.rules.retire')}
            okDanger
            onCancel={() => setRetiring(null)}
            onSubmit={(v) =>
              retire.mutateAsync(v).then(() => {
                notify.success(t('legal.rules.retired'));
                setRetiring(null);
              })
            }
          >
            <Typography.Paragraph>{retiring?.name}</Typography.Paragraph>
            <Field name="effectiveTo" label={t('legal.rules.retireTo')} need>
              <DateInput />
            </Field>
            <Field name="reason" label={t('legal.rules.reason')} need="text" rules={[{ min: 3 }]}>
              <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} />
            </Field>
          </FormModal>
        </>
      }
    />
  );
}
