import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, Select, Typography } from 'antd';
import type { AnswerSourceKind, NewAnswerItem } from '@danvan/contracts';
import { ANSWER_FIELDS, ANSWER_FIELD_LABELS, ANSWER_ITEM_NOUNS } from '@danvan/contracts';
import { enumLabel, enumOptions } from '../../../shared/components/EnumTag.tsx';
import { Field, FormRow } from '../../../shared/components/Field.tsx';
import { AnswerUnitSelect } from './AnswerUnitSelect.tsx';
import { DateInput } from '../../../shared/components/DateInput.tsx';
import { useAnswersI18n } from './i18n.ts';

/** A new item as the form holds it (the contract's input, every field filled by the form). */
export type NewItemForm = NewAnswerItem;

export const emptyItem = (responsibleUnitId: number | null = null): NewItemForm => ({
  text: '',
  field: 'khac',
  origin: '',
  responsibleUnitId,
  coordinatingUnitIds: [],
  ownerName: '',
  dueDate: null,
});

/**
 * The numbered items a source brings (a dialogue's commitments, the Front's recommendations, a
 * session's voter petitions), one card each: the text, the field, the responsible unit and its due
 * date; what each kind adds (a commitment's owner, a petition's origin).
 */
export function NewItemsEditor({
  name = 'items',
  kind,
  defaultUnit,
  minItems = 0,
}: {
  name?: string;
  kind: AnswerSourceKind;
  defaultUnit?: { id: number; name: string } | null;
  minItems?: number;
}) {
  const { i18n, t } = useAnswersI18n();
  const noun = enumLabel(ANSWER_ITEM_NOUNS, kind, i18n);
  const known = defaultUnit ? [defaultUnit] : [];
  return (
    <Form.List
      name={name}
      rules={
        minItems > 0
          ? [
              {
                validator: async (_r, v: unknown[] | undefined) => {
                  if (!v || v.length < minItems)
                    throw new Error(t('answers.items.atLeast', { n: minItems, noun }));
                },
              },
            ]
          : undefined
      }
    >
      {(fields, { add, remove }, { errors }) => (
        <Flex vertical gap={8} data-testid="new-items">
          <Typography.Text strong>{noun}</Typography.Text>
          {fields.map((f, i) => (
            <Card
              key={f.key}
              size="small"
              title={t('answers.items.numbered', { n: i + 1 })}
              extra={
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('answers.items.remove', { n: i + 1 })}
                  onClick={() => remove(f.name)}
                />
              }
              data-testid="new-item"
            >
              <Field name={[f.name, 'text']} label={t('answers.item.text')} need="text">
                <Input.TextArea
                  autoSize={{ minRows: 2, maxRows: 8 }}
                  maxLength={10000}
                  data-testid="new-item-text"
                />
              </Field>
              <FormRow>
                <Field name={[f.name, 'field']} label={t('answers.item.field')} need width={220}>
                  <Select options={enumOptions(ANSWER_FIELD_LABELS, ANSWER_FIELDS, i18n)} />
                </Field>
                <Field
                  name={[f.name, 'responsibleUnitId']}
                  label={t('answers.item.responsible')}
                  width="grow"
                >
                  <AnswerUnitSelect known={known} testId="new-item-unit" />
                </Field>
                <Field name={[f.name, 'dueDate']} label={t('answers.item.dueDate')} width={170}>
                  <DateInput testId="new-item-due" />
                </Field>
              </FormRow>
              <FormRow>
                {kind === 'dialogue' && (
                  <Field name={[f.name, 'ownerName']} label={t('answers.item.owner')} width="grow">
                    <Input maxLength={200} data-testid="new-item-owner" />
                  </Field>
                )}
                {kind === 'council_session' && (
                  <Field name={[f.name, 'origin']} label={t('answers.item.origin')} width="grow">
                    <Input maxLength={500} />
                  </Field>
                )}
                <Field
                  name={[f.name, 'coordinatingUnitIds']}
                  label={t('answers.item.coordinating')}
                  width="grow"
                >
                  <AnswerUnitSelect mode="multiple" />
                </Field>
              </FormRow>
            </Card>
          ))}
          <Form.ErrorList errors={errors} />
          <Button
            icon={<PlusOutlined />}
            onClick={() => add(emptyItem(defaultUnit?.id ?? null))}
            data-testid="new-item-add"
          >
            {t('answers.items.add', { noun: noun.toLowerCase() })}
          </Button>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('answers.items.dueHint')}
          </Typography.Text>
        </Flex>
      )}
    </Form.List>
  );
}
