import { Input, Select } from 'antd';
import {
  TRAINING_FORMAT_CODES,
  TRAINING_FORMAT_LABELS,
  TRAINING_KIND_CODES,
  TRAINING_KIND_LABELS,
} from '@danvan/contracts';
import { enumOptions } from '../../../shared/components/EnumTag.tsx';
import { Field, FormRow } from '../../../shared/components/Field.tsx';
import { UnitSelect } from '../../../shared/components/UnitSelect.tsx';
import { DateInput } from '../../../shared/components/DateInput.tsx';
import { useTrainingI18n } from './i18n.ts';

/** The fields of a course (create and edit; the organiser is fixed once recorded). */
export function CourseFields({ editing }: { editing: boolean }) {
  const { i18n, t } = useTrainingI18n();
  return (
    <>
      <Field name="unitId" label={t('training.unit')} need>
        <UnitSelect disabled={editing} />
      </Field>
      <Field name="topic" label={t('training.topic')} need="text">
        <Input maxLength={500} data-testid="course-topic" />
      </Field>
      <FormRow>
        <Field name="kind" label={t('training.kind')} need width="grow">
          <Select options={enumOptions(TRAINING_KIND_LABELS, TRAINING_KIND_CODES, i18n)} />
        </Field>
        <Field name="format" label={t('training.format')} need width="grow">
          <Select options={enumOptions(TRAINING_FORMAT_LABELS, TRAINING_FORMAT_CODES, i18n)} />
        </Field>
      </FormRow>
      <FormRow>
        <Field name="startOn" label={t('training.startOn')} need width="grow">
          <DateInput />
        </Field>
        <Field name="endOn" label={t('training.endOn')} need width="grow">
          <DateInput />
        </Field>
      </FormRow>
      <Field name="place" label={t('training.place')}>
        <Input maxLength={500} />
      </Field>
      <Field name="lecturers" label={t('training.lecturers')}>
        <Input maxLength={1000} />
      </Field>
      <Field name="content" label={t('training.content')}>
        <Input.TextArea autoSize={{ minRows: 3 }} maxLength={10000} />
      </Field>
    </>
  );
}
