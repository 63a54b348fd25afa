import { Button, Flex, Form, Input, Select } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  FOLLOW_UP_STATE_CODES,
  FOLLOW_UP_STATE_LABELS,
  SITUATION_LEVEL_CODES,
  SITUATION_LEVEL_LABELS,
  SITUATION_STATE_CODES,
  SITUATION_STATE_LABELS,
  SITUATION_TOPIC_CODES,
  SITUATION_TOPIC_LABELS,
} from '@danvan/contracts';
import { useI18n } from '../../../i18n/index.tsx';
import { Field, FormRow } from '../../../shared/components/Field.tsx';
import { UnitSelect } from '../../../shared/components/UnitSelect.tsx';
import { enumOptions } from '../../../shared/components/EnumTag.tsx';
import { DateInput } from '../../../shared/components/DateInput.tsx';

/** The fields of a note: unit (when new), place, topic, level, date, content, source; state when editing. */
export function SituationFields({ editing }: { editing: boolean }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <>
      {!editing && (
        <Field name="unitId" label={t('situations.unit')} need>
          <UnitSelect />
        </Field>
      )}
      <FormRow>
        <Field name="place" label={t('situations.place')} need="text" width="grow">
          <Input maxLength={300} placeholder={t('situations.placeExample')} data-testid="situation-place" />
        </Field>
        <Field name="notedOn" label={t('situations.notedOn')} need width={170}>
          <DateInput />
        </Field>
      </FormRow>
      <Field name="placeUnitId" label={t('situations.placeUnit')} extra={t('situations.placeUnitHint')}>
        <UnitSelect />
      </Field>
      <FormRow>
        <Field name="topic" label={t('situations.topic')} need width="grow">
          <Select
            options={enumOptions(SITUATION_TOPIC_LABELS, SITUATION_TOPIC_CODES, i18n)}
            data-testid="situation-topic-select"
          />
        </Field>
        <Field name="level" label={t('situations.level')} need width="grow">
          <Select options={enumOptions(SITUATION_LEVEL_LABELS, SITUATION_LEVEL_CODES, i18n)} />
        </Field>
        {editing && (
          <Field name="state" label={t('situations.state')} need width="grow">
            <Select options={enumOptions(SITUATION_STATE_LABELS, SITUATION_STATE_CODES, i18n)} />
          </Field>
        )}
      </FormRow>
      <Field name="summary" label={t('situations.summary')} need="text">
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={10000} />
      </Field>
      <Field name="source" label={t('situations.source')}>
        <Input maxLength={500} />
      </Field>
    </>
  );
}

/** The fields of one follow-up action (in the note's form, `prefix` is its place in the list). */
export function FollowUpFields({ prefix = [] }: { prefix?: (string | number)[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const n = (k: string) => [...prefix, k];
  return (
    <>
      <Field name={n('action')} label={t('situations.action')} need="text">
        <Input.TextArea
          autoSize={{ minRows: 1, maxRows: 4 }}
          maxLength={2000}
          data-testid="follow-up-action"
        />
      </Field>
      <FormRow>
        <Field name={n('assignee')} label={t('situations.assignee')} need="text" width="grow">
          <Input maxLength={300} data-testid="follow-up-assignee" />
        </Field>
        <Field name={n('dueDate')} label={t('situations.dueDate')} need width={170}>
          <DateInput />
        </Field>
        <Field name={n('state')} label={t('situations.followUpState')} width={170}>
          <Select options={enumOptions(FOLLOW_UP_STATE_LABELS, FOLLOW_UP_STATE_CODES, i18n)} />
        </Field>
      </FormRow>
    </>
  );
}

/** The follow-up actions decided when the note is recorded (any number, each removable). */
export function FollowUpList() {
  const { t } = useI18n();
  return (
    <Form.List name="followUps">
      {(fields, { add, remove }) => (
        <Flex vertical gap={8}>
          {fields.map((f) => (
            <div
              key={f.key}
              style={{ border: '1px solid #f0f0f0', borderRadius: 6, padding: '8px 12px 0' }}
              data-testid="follow-up-row"
            >
              <Flex justify="flex-end">
                <Button
                  size="small"
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('situations.removeFollowUp')}
                  onClick={() => remove(f.name)}
                />
              </Flex>
              <FollowUpFields prefix={[f.name]} />
            </div>
          ))}
          <Button
            icon={<PlusOutlined />}
            onClick={() => add({ state: 'not_started' })}
            data-testid="add-follow-up-row"
          >
            {t('situations.addFollowUp')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}
