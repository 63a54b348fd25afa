import { DatePicker, Form, Input, Select } from 'antd';
import { UNIT_KINDS } from '@danvan/domain';
import { useI18n } from '../../../i18n/index.tsx';
import { DATE_FORMAT, todayIso } from '../../../shared/format.ts';
import { useGroups } from '../api.ts';

/** Unit kinds in Vietnamese (or English); kinds that ended (the district tier) only when asked. */
export function KindSelect(props: {
  value?: string;
  onChange?: (v: string) => void;
  id?: string;
  withEnded?: boolean;
}) {
  const { lang } = useI18n();
  const today = todayIso();
  const { withEnded, ...rest } = props;
  return (
    <Select
      {...rest}
      showSearch={{ optionFilterProp: 'label' }}
      options={UNIT_KINDS.filter(
        (k) => withEnded || !k.validTo || k.validTo >= today || k.code === props.value,
      ).map((k) => ({ value: k.code, label: lang === 'vi' ? k.nameVi : k.nameEn }))}
    />
  );
}

export function GroupsSelect(props: { value?: string[]; onChange?: (v: string[]) => void; id?: string }) {
  const groups = useGroups();
  return (
    <Select
      {...props}
      mode="multiple"
      allowClear
      loading={groups.isLoading}
      showSearch={{ optionFilterProp: 'label' }}
      options={(groups.data ?? []).map((g) => ({ value: g.code, label: g.name }))}
    />
  );
}

export function useRules() {
  const { t } = useI18n();
  const label = (k: string) => t(k).toLowerCase();
  return {
    required: (k: string) => [
      { required: true, whitespace: true, message: t('validation.required', { field: t(k) }) },
    ],
    select: (k: string) => [{ required: true, message: t('validation.select', { field: label(k) }) }],
    name: [
      {
        required: true,
        whitespace: true,
        message: t('validation.required', { field: t('org.fields.name') }),
      },
      { min: 2, message: t('validation.minLength', { field: t('org.fields.name'), min: 2 }) },
      { max: 300 },
    ],
    code: [
      {
        required: true,
        whitespace: true,
        message: t('validation.required', { field: t('org.fields.code') }),
      },
      { pattern: /^[A-Za-z0-9_.-]+$/, message: t('validation.code') },
      { max: 50 },
    ],
  };
}

/** Code + name + kind + groups: the fields of a new unit (names under `prefix` in the form). */
/** The values of NewUnitFields: a unit about to be made (a child, a merge's successor, a part of a split). */
export interface NewUnitValues {
  code: string;
  name: string;
  shortName?: string;
  adminCode?: string;
  kind: string;
  groups?: string[];
}

export function NewUnitFields({ prefix = [] as (string | number)[], withShortName = true }) {
  const { t } = useI18n();
  const rules = useRules();
  const n = (k: string) => [...prefix, k];
  return (
    <>
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 2fr', gap: 12 }}>
        <Form.Item name={n('code')} label={t('org.fields.code')} rules={rules.code}>
          <Input placeholder="XA_..." autoComplete="off" />
        </Form.Item>
        <Form.Item name={n('name')} label={t('org.fields.name')} rules={rules.name}>
          <Input autoComplete="off" />
        </Form.Item>
      </div>
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 12 }}>
        <Form.Item name={n('kind')} label={t('org.fields.kind')} rules={rules.select('org.fields.kind')}>
          <KindSelect />
        </Form.Item>
        <Form.Item name={n('groups')} label={t('org.fields.groups')}>
          <GroupsSelect />
        </Form.Item>
      </div>
      {withShortName && (
        <div style={{ display: 'grid', gridTemplateColumns: '2fr 1fr', gap: 12 }}>
          <Form.Item name={n('shortName')} label={t('org.fields.shortName')}>
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name={n('adminCode')} label={t('org.fields.adminCode')}>
            <Input autoComplete="off" />
          </Form.Item>
        </div>
      )}
    </>
  );
}

export function DateField({
  name,
  label,
  required = true,
}: {
  name: string | (string | number)[];
  label: string;
  required?: boolean;
}) {
  const { t } = useI18n();
  return (
    <Form.Item
      name={name}
      label={label}
      rules={
        required ? [{ required: true, message: t('validation.select', { field: label.toLowerCase() }) }] : []
      }
    >
      <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} allowClear={!required} />
    </Form.Item>
  );
}

/** Empty strings become null (optional text fields). */
export function blankToNull(v: string | null | undefined): string | null {
  const s = (v ?? '').trim();
  return s ? s : null;
}
