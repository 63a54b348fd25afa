import { Alert, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import type { OrgUnit } from '@danvan/contracts';
import { useI18n } from '../../../i18n/index.tsx';
import { http } from '../../../shared/http.ts';
import { today, toIsoDate } from '../../../shared/format.ts';
import { FormModal } from '../../../shared/components/FormModal.tsx';
import { UnitSelect } from '../../../shared/components/UnitSelect.tsx';
import {
  blankToNull,
  DateField,
  GroupsSelect,
  KindSelect,
  NewUnitFields,
  useRules,
  type NewUnitValues,
} from './fields.tsx';

interface ModalProps {
  unit: OrgUnit;
  open: boolean;
  onClose: () => void;
  onDone: (unit: OrgUnit) => void;
}

type CreateValues = NewUnitValues & { validFrom: Dayjs };

/** A new unit under `unit`. */
export function CreateChildModal({ unit, open, onClose, onDone }: ModalProps) {
  const { t } = useI18n();
  return (
    <FormModal<CreateValues>
      open={open}
      title={t('org.form.createTitle', { parent: unit.name })}
      onCancel={onClose}
      initialValues={{ validFrom: today(), groups: [] }}
      okText={t('common.create')}
      width={640}
      errorFields={{ org_code_taken: 'code' }}
      onSubmit={async (v) => {
        const created = await http.post<OrgUnit>('/org/units', {
          code: v.code.trim(),
          name: v.name.trim(),
          shortName: blankToNull(v.shortName),
          adminCode: blankToNull(v.adminCode),
          kind: v.kind,
          groups: v.groups ?? [],
          parentId: unit.id,
          validFrom: toIsoDate(v.validFrom),
        });
        onDone(created);
      }}
    >
      <NewUnitFields />
      <DateField name="validFrom" label={t('org.fields.validFrom')} />
    </FormModal>
  );
}

interface EditValues {
  name: string;
  shortName?: string;
  adminCode?: string;
  kind: string;
  groups?: string[];
  effectiveDate: Dayjs;
}

/** Edits a unit; a new name is a rename from the effective date (the old name stays in history). */
export function EditUnitModal({ unit, open, onClose, onDone }: ModalProps) {
  const { t } = useI18n();
  const rules = useRules();
  return (
    <FormModal<EditValues>
      open={open}
      title={t('org.form.editTitle')}
      onCancel={onClose}
      width={640}
      initialValues={{
        name: unit.name,
        shortName: unit.shortName ?? '',
        adminCode: unit.adminCode ?? '',
        kind: unit.kind,
        groups: unit.groups,
        effectiveDate: today(),
      }}
      onSubmit={async (v) => {
        const renamed = v.name.trim() !== unit.name;
        const saved = await http.patch<OrgUnit>(`/org/units/${unit.id}`, {
          ...(renamed ? { name: v.name.trim() } : {}),
          shortName: blankToNull(v.shortName),
          adminCode: blankToNull(v.adminCode),
          kind: v.kind,
          groups: v.groups ?? [],
          effectiveDate: toIsoDate(v.effectiveDate),
        });
        onDone(saved);
      }}
    >
      <Alert type="info" showIcon title={t('org.form.renameHint')} style={{ marginBottom: 16 }} />
      <Form.Item name="name" label={t('org.fields.name')} rules={rules.name}>
        <Input />
      </Form.Item>
      <div style={{ display: 'grid', gridTemplateColumns: '2fr 1fr', gap: 12 }}>
        <Form.Item name="shortName" label={t('org.fields.shortName')}>
          <Input />
        </Form.Item>
        <Form.Item name="adminCode" label={t('org.fields.adminCode')}>
          <Input />
        </Form.Item>
      </div>
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 12 }}>
        <Form.Item name="kind" label={t('org.fields.kind')} rules={rules.select('org.fields.kind')}>
          <KindSelect />
        </Form.Item>
        <Form.Item name="groups" label={t('org.fields.groups')}>
          <GroupsSelect />
        </Form.Item>
      </div>
      <DateField name="effectiveDate" label={t('org.fields.effectiveDate')} />
    </FormModal>
  );
}

/** Moves a unit (with its subtree) under another parent. */
export function MoveUnitModal({ unit, open, onClose, onDone }: ModalProps) {
  const { t } = useI18n();
  const rules = useRules();
  return (
    <FormModal<{ newParentId: number; effectiveDate: Dayjs }>
      open={open}
      title={t('org.form.moveTitle', { name: unit.name })}
      onCancel={onClose}
      initialValues={{ effectiveDate: today() }}
      okText={t('org.actions.move')}
      onSubmit={async (v) => {
        onDone(
          await http.post<OrgUnit>(`/org/units/${unit.id}/move`, {
            newParentId: v.newParentId,
            effectiveDate: toIsoDate(v.effectiveDate),
          }),
        );
      }}
    >
      <Form.Item
        name="newParentId"
        label={t('org.fields.newParent')}
        rules={rules.select('org.fields.newParent')}
      >
        <UnitSelect excludeIds={[unit.id, ...(unit.parentId ? [unit.parentId] : [])]} />
      </Form.Item>
      <DateField name="effectiveDate" label={t('org.fields.effectiveDate')} />
    </FormModal>
  );
}

/** Ends a unit's operation from a date (it keeps its records). */
export function DeactivateUnitModal({ unit, open, onClose, onDone }: ModalProps) {
  const { t } = useI18n();
  return (
    <FormModal<{ validTo: Dayjs; reason: string }>
      open={open}
      title={t('org.form.deactivateTitle', { name: unit.name })}
      onCancel={onClose}
      okText={t('org.actions.deactivate')}
      okDanger
      initialValues={{ validTo: today() }}
      extraTop={
        <Alert type="warning" showIcon title={t('org.form.deactivateHint')} style={{ marginBottom: 16 }} />
      }
      onSubmit={async (v) => {
        onDone(
          await http.post<OrgUnit>(`/org/units/${unit.id}/deactivate`, {
            validTo: toIsoDate(v.validTo),
            reason: v.reason.trim(),
          }),
        );
      }}
    >
      <DateField name="validTo" label={t('org.fields.endDate')} />
      <Form.Item
        name="reason"
        label={t('org.fields.reason')}
        rules={[
          {
            required: true,
            whitespace: true,
            message: t('validation.required', { field: t('org.fields.reason') }),
          },
          { min: 3, message: t('validation.minLength', { field: t('org.fields.reason'), min: 3 }) },
        ]}
      >
        <Input.TextArea rows={3} maxLength={1000} showCount />
      </Form.Item>
    </FormModal>
  );
}
