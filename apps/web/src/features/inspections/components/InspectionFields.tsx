import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Select } from 'antd';
import {
  INSPECTION_KIND_CODES,
  INSPECTION_KIND_LABELS,
  INSPECTION_MODE_CODES,
  INSPECTION_MODE_LABELS,
} from '@danvan/contracts';
import { enumOptions } from '../../../shared/components/EnumTag.tsx';
import { Field, FormRow } from '../../../shared/components/Field.tsx';
import { UnitSelect } from '../../../shared/components/UnitSelect.tsx';
import { DateInput } from '../../../shared/components/DateInput.tsx';
import { useInspectionsI18n } from './i18n.ts';

/** The fields of an inspection (create and edit; the units are fixed once recorded). */
export function InspectionFields({ editing, planned }: { editing: boolean; planned?: boolean }) {
  const { i18n, t } = useInspectionsI18n();
  return (
    <>
      <FormRow>
        <Field name="unitId" label={t('inspections.unit')} need width="grow">
          <UnitSelect disabled={editing || planned} />
        </Field>
        <Field name="conductorUnitId" label={t('inspections.conductor')} need width="grow">
          <UnitSelect disabled={editing || planned} />
        </Field>
      </FormRow>
      <Field name="title" label={t('inspections.titleField')} need="text">
        <Input maxLength={500} data-testid="inspection-title" />
      </Field>
      <FormRow>
        <Field name="kind" label={t('inspections.kind')} need width="grow">
          <Select options={enumOptions(INSPECTION_KIND_LABELS, INSPECTION_KIND_CODES, i18n)} />
        </Field>
        <Field name="mode" label={t('inspections.mode')} need width="grow">
          <Select
            disabled={planned}
            options={enumOptions(INSPECTION_MODE_LABELS, INSPECTION_MODE_CODES, i18n)}
          />
        </Field>
        <Field name="decisionNumber" label={t('inspections.decisionNumber')} width="grow">
          <Input maxLength={100} />
        </Field>
      </FormRow>
      <FormRow>
        <Field name="startOn" label={t('inspections.startOn')} need width="grow">
          <DateInput />
        </Field>
        <Field name="endOn" label={t('inspections.endOn')} width="grow">
          <DateInput />
        </Field>
      </FormRow>
      <Form.List name="team">
        {(fields, { add, remove }) => (
          <Form.Item label={t('inspections.team')}>
            {fields.map((f) => (
              <Flex key={f.key} gap={8} align="start">
                <Form.Item
                  name={[f.name, 'name']}
                  rules={[{ required: true, whitespace: true }]}
                  style={{ flex: 1 }}
                >
                  <Input
                    maxLength={200}
                    placeholder={t('inspections.memberName')}
                    aria-label={t('inspections.memberName')}
                  />
                </Form.Item>
                <Form.Item name={[f.name, 'role']} style={{ width: 180 }}>
                  <Input
                    maxLength={100}
                    placeholder={t('inspections.memberRole')}
                    aria-label={t('inspections.memberRole')}
                  />
                </Form.Item>
                <Button
                  icon={<DeleteOutlined />}
                  aria-label={t('common.delete')}
                  onClick={() => remove(f.name)}
                />
              </Flex>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({ name: '', role: '' })}>
              {t('inspections.addMember')}
            </Button>
          </Form.Item>
        )}
      </Form.List>
      <Field name="scope" label={t('inspections.scope')}>
        <Input.TextArea autoSize={{ minRows: 2 }} maxLength={5000} />
      </Field>
      <Field name="findings" label={t('inspections.findings')}>
        <Input.TextArea autoSize={{ minRows: 3 }} maxLength={20000} data-testid="inspection-findings" />
      </Field>
    </>
  );
}
