import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Flex, Form, Input, InputNumber, Select } from 'antd';
import {
  CRITERION_KIND_CODES,
  CRITERION_KIND_LABELS,
  SCORED_BY_CODES,
  SCORED_BY_LABELS,
} from '@danvan/contracts';
import { Field, FormRow } from '../../../shared/components/Field.tsx';
import { enumOptions } from '../../../shared/components/EnumTag.tsx';
import type { CriteriaContent } from '@danvan/contracts';
import { useBandSchemes, useProposers } from '../api.ts';
import { useScoringI18n } from './i18n.ts';

/** The form's tree back to the contract's: a cleared proposer is null, empty texts are ''. */
export function cleanContent(c: CriteriaContent): CriteriaContent {
  return {
    groups: (c.groups ?? []).map((g) => ({
      ...g,
      criteria: (g.criteria ?? []).map((x) => ({
        ...x,
        guidance: x.guidance ?? '',
        evidenceRequired: x.evidenceRequired ?? '',
        proposerKey: x.proposerKey ?? null,
      })),
    })),
  };
}

/** A points box: 0 to 100 in steps of 0,25, Vietnamese decimal comma. */
export function PointsInput(props: {
  id?: string;
  value?: number | null;
  onChange?: (v: number | null) => void;
  max?: number;
  disabled?: boolean;
  'data-testid'?: string;
  'aria-label'?: string;
}) {
  return (
    <InputNumber
      min={0}
      max={props.max ?? 100}
      step={0.25}
      decimalSeparator=","
      style={{ width: '100%' }}
      {...props}
      value={props.value ?? null}
      onChange={(v) => props.onChange?.(typeof v === 'number' ? v : null)}
    />
  );
}

/** The set's own fields: name, band scheme, legal basis, "to be checked". */
export function CriteriaSetFields({ withYear }: { withYear?: boolean }) {
  const { t } = useScoringI18n();
  const schemes = useBandSchemes();
  return (
    <>
      <FormRow>
        <Field name="name" label={t('scoring.sets.name')} need="text" width="grow">
          <Input maxLength={500} data-testid="set-name" />
        </Field>
        {withYear && (
          <Field name="year" label={t('scoring.sets.year')} need width={120}>
            <InputNumber min={1990} max={2100} style={{ width: '100%' }} />
          </Field>
        )}
      </FormRow>
      <Field name="bandSchemeId" label={t('scoring.sets.bandScheme')} need>
        <Select
          loading={schemes.isLoading}
          options={(schemes.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))}
        />
      </Field>
      <Field name="basis" label={t('scoring.sets.basis')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
      </Field>
      <Field name="needsCheck" valuePropName="checked">
        <Checkbox>{t('scoring.sets.needsCheck')}</Checkbox>
      </Field>
    </>
  );
}

/**
 * The criteria tree as a form: groups (code, name, maximum) and their criteria (code, name, kind,
 * who scores it, maximum, guidance, evidence required, the live measure that proposes its score).
 * The server checks that the tree adds up and puts its findings on these fields.
 */
export function CriteriaTreeFields() {
  const { i18n, t } = useScoringI18n();
  const proposers = useProposers();
  const proposerOptions = (proposers.data?.items ?? []).map((p) => ({
    value: p.key,
    label: p.available ? p.label : t('scoring.sets.proposerLater', { label: p.label }),
  }));
  return (
    <Form.List name={['content', 'groups']}>
      {(groups, g) => (
        <Flex vertical gap={12}>
          {groups.map((grp, gi) => (
            <Card
              key={grp.key}
              size="small"
              title={t('scoring.sets.groupN', { n: gi + 1 })}
              extra={
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('scoring.sets.removeGroup')}
                  onClick={() => g.remove(grp.name)}
                />
              }
            >
              <FormRow>
                <Field name={[grp.name, 'code']} label={t('scoring.sets.code')} need="text" width={110}>
                  <Input maxLength={20} />
                </Field>
                <Field name={[grp.name, 'name']} label={t('scoring.sets.groupName')} need="text" width="grow">
                  <Input maxLength={1000} />
                </Field>
                <Field name={[grp.name, 'maxPoints']} label={t('scoring.sets.maxPoints')} need width={120}>
                  <PointsInput max={1000} />
                </Field>
              </FormRow>
              <Form.List name={[grp.name, 'criteria']}>
                {(items, c) => (
                  <Flex vertical gap={8}>
                    {items.map((it, ci) => (
                      <Card
                        key={it.key}
                        size="small"
                        type="inner"
                        title={t('scoring.sets.criterionN', { n: ci + 1 })}
                        extra={
                          <Button
                            type="text"
                            danger
                            icon={<DeleteOutlined />}
                            aria-label={t('scoring.sets.removeCriterion')}
                            onClick={() => c.remove(it.name)}
                          />
                        }
                      >
                        <FormRow>
                          <Field
                            name={[it.name, 'code']}
                            label={t('scoring.sets.code')}
                            need="text"
                            width={110}
                          >
                            <Input maxLength={20} />
                          </Field>
                          <Field
                            name={[it.name, 'name']}
                            label={t('scoring.sets.criterion')}
                            need="text"
                            width="grow"
                          >
                            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
                          </Field>
                        </FormRow>
                        <FormRow>
                          <Field name={[it.name, 'kind']} label={t('scoring.sets.kind')} need width={150}>
                            <Select
                              options={enumOptions(CRITERION_KIND_LABELS, CRITERION_KIND_CODES, i18n)}
                            />
                          </Field>
                          <Field
                            name={[it.name, 'scoredBy']}
                            label={t('scoring.sets.scoredBy')}
                            need
                            width={190}
                          >
                            <Select options={enumOptions(SCORED_BY_LABELS, SCORED_BY_CODES, i18n)} />
                          </Field>
                          <Field
                            name={[it.name, 'maxPoints']}
                            label={t('scoring.sets.maxPoints')}
                            need
                            width={120}
                          >
                            <PointsInput />
                          </Field>
                          <Field
                            name={[it.name, 'proposerKey']}
                            label={t('scoring.sets.proposer')}
                            width="grow"
                          >
                            <Select allowClear options={proposerOptions} loading={proposers.isLoading} />
                          </Field>
                        </FormRow>
                        <Field name={[it.name, 'guidance']} label={t('scoring.sets.guidance')}>
                          <Input.TextArea autoSize={{ minRows: 1, maxRows: 5 }} maxLength={5000} />
                        </Field>
                        <Field
                          name={[it.name, 'evidenceRequired']}
                          label={t('scoring.sets.evidenceRequired')}
                        >
                          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
                        </Field>
                      </Card>
                    ))}
                    <Button
                      icon={<PlusOutlined />}
                      onClick={() =>
                        c.add({
                          code: '',
                          name: '',
                          kind: 'score',
                          scoredBy: 'self',
                          maxPoints: 0,
                          guidance: '',
                          evidenceRequired: '',
                          proposerKey: null,
                        })
                      }
                    >
                      {t('scoring.sets.addCriterion')}
                    </Button>
                  </Flex>
                )}
              </Form.List>
            </Card>
          ))}
          <Button
            icon={<PlusOutlined />}
            onClick={() => g.add({ code: '', name: '', maxPoints: 0, criteria: [] })}
          >
            {t('scoring.sets.addGroup')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}
