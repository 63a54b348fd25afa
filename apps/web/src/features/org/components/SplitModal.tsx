import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import type { OrgUnit } from '@danvan/contracts';
import { useI18n } from '../../../i18n/index.tsx';
import { http } from '../../../shared/http.ts';
import { today, toIsoDate } from '../../../shared/format.ts';
import { FormModal } from '../../../shared/components/FormModal.tsx';
import { blankToNull, DateField, NewUnitFields, type NewUnitValues } from './fields.tsx';

type Part = NewUnitValues;
interface Values {
  parts: Part[];
  effectiveDate: Dayjs;
  decision?: string;
}

/** Splits a unit into two or more new units from an effective date. */
export function SplitModal({
  unit,
  open,
  onClose,
  onDone,
}: {
  unit: OrgUnit;
  open: boolean;
  onClose: () => void;
  onDone: (parts: OrgUnit[]) => void;
}) {
  const { t } = useI18n();
  const blank = (): Part => ({ code: '', name: '', kind: unit.kind, groups: unit.groups });
  return (
    <FormModal<Values>
      open={open}
      title={t('org.form.splitTitle', { name: unit.name })}
      onCancel={onClose}
      width={760}
      okText={t('org.actions.split')}
      initialValues={{ parts: [blank(), blank()], effectiveDate: today() }}
      extraTop={<Alert type="info" showIcon title={t('org.form.splitHint')} style={{ marginBottom: 16 }} />}
      onSubmit={async (v) => {
        const parts = await http.post<OrgUnit[]>('/org/split', {
          sourceId: unit.id,
          effectiveDate: toIsoDate(v.effectiveDate),
          decision: blankToNull(v.decision) ?? undefined,
          parts: v.parts.map((p) => ({
            code: p.code.trim(),
            name: p.name.trim(),
            shortName: blankToNull(p.shortName),
            adminCode: blankToNull(p.adminCode),
            kind: p.kind,
            groups: p.groups ?? [],
            parentId: unit.parentId,
          })),
        });
        onDone(parts);
      }}
    >
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 2fr', gap: 12 }}>
        <DateField name="effectiveDate" label={t('org.fields.effectiveDate')} />
        <Form.Item name="decision" label={t('org.fields.decision')}>
          <Input maxLength={300} />
        </Form.Item>
      </div>
      <Form.List
        name="parts"
        rules={[
          {
            validator: async (_, parts: Part[]) => {
              if (!parts || parts.length < 2) throw new Error(t('validation.minItems', { min: 2 }));
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((f, i) => (
              <Card
                key={f.key}
                size="small"
                title={t('org.form.part', { n: i + 1 })}
                style={{ marginBottom: 12 }}
                extra={
                  fields.length > 2 ? (
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      onClick={() => remove(f.name)}
                      aria-label={t('common.remove')}
                    />
                  ) : null
                }
              >
                <NewUnitFields prefix={['parts', f.name]} withShortName={false} />
              </Card>
            ))}
            <Form.ErrorList errors={errors} />
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(blank())} block>
              {t('org.form.addPart')}
            </Button>
          </>
        )}
      </Form.List>
    </FormModal>
  );
}
