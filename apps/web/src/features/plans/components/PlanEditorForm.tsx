import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import type { Plan, PlanSection, UnitSelector } from '@danvan/contracts';
import { useT } from '../../../i18n/index.tsx';
import { UnitSelect } from '../../../shared/components/UnitSelect.tsx';
import { useMovements, usePlans, useThemes } from '../api.ts';
import { DateInput } from '../../../shared/components/DateInput.tsx';
import { DocSelect, UnitSelectorInput } from './fields.tsx';

/** The values of the plan editor's form. */
export interface PlanForm {
  unitId: number;
  year: number;
  numberSymbol: string;
  title: string;
  parentPlanId?: number | null;
  issuerName?: string;
  issuerParent?: string | null;
  place?: string;
  basis: string;
  purposes: string[];
  requirements: string[];
  sections: PlanSection[];
  closing: string;
  recipients: string[];
  signerAuthority: string;
  signerPosition: string;
  signerName: string;
  themeId?: number | null;
  movementIds: number[];
  guidingDocumentIds: number[];
  requiredSelector?: UnitSelector | null;
  requiredDue?: string | null;
}

const card = { style: { marginBottom: 16 } };

/** Short text fields side by side (under each other on a phone); `md` is a field's share of 24. */
function TextRow({
  fields,
}: {
  fields: { name: keyof PlanForm; label: string; md: number; maxLength: number; placeholder?: string }[];
}) {
  return (
    <Row gutter={16}>
      {fields.map((f) => (
        <Col key={f.name} xs={24} md={f.md}>
          <Form.Item name={f.name} label={f.label}>
            <Input maxLength={f.maxLength} placeholder={f.placeholder} />
          </Form.Item>
        </Col>
      ))}
    </Row>
  );
}

/** A remove button for one entry of a list of the form. */
function RemoveButton({ onClick, style }: { onClick: () => void; style?: CSSProperties }) {
  const t = useT();
  return (
    <Button
      type="text"
      danger
      icon={<DeleteOutlined />}
      onClick={onClick}
      style={style}
      aria-label={t('common.remove')}
    />
  );
}

/** The "add one more" button under a list of the form. */
function AddButton({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <Button type="dashed" icon={<PlusOutlined />} onClick={onClick} style={{ alignSelf: 'flex-start' }}>
      {children}
    </Button>
  );
}

/** A list of paragraphs (purposes, requirements) as text areas. */
function ParagraphList({
  name,
  label,
  addLabel,
}: {
  name: 'purposes' | 'requirements';
  label: string;
  addLabel: string;
}) {
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <Flex vertical gap={8}>
          {fields.map((f, i) => (
            <Flex key={f.key} gap={8} align="flex-start">
              <Typography.Text style={{ paddingTop: 6, minWidth: 20 }}>{i + 1}.</Typography.Text>
              <Form.Item name={f.name} style={{ flex: 1, marginBottom: 0 }}>
                <Input.TextArea
                  aria-label={`${label} ${i + 1}`}
                  autoSize={{ minRows: 2, maxRows: 8 }}
                  maxLength={5000}
                />
              </Form.Item>
              <RemoveButton onClick={() => remove(f.name)} />
            </Flex>
          ))}
          <AddButton onClick={() => add('')}>{addLabel}</AddButton>
        </Flex>
      )}
    </Form.List>
  );
}

/** Who issues the plan, its number, title, the superior plan it carries out, and its basis. */
export function GeneralCard({
  planId,
  unitId,
  year,
  parent,
}: {
  planId: number | null;
  unitId?: number;
  year?: number;
  parent?: Plan;
}) {
  const t = useT();
  const parents = usePlans({ status: 'issued', pageSize: 100, year: year || undefined });
  const options = (parents.data?.items ?? [])
    .filter((p) => p.id !== planId && p.unitId !== unitId)
    .concat(parent && !parents.data?.items.some((p) => p.id === parent.id) ? [parent] : [])
    .map((p) => ({ value: p.id, label: `${p.numberSymbol} — ${p.title} (${p.unitName})` }));
  return (
    <Card title={t('plans.editor.general')} {...card}>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="unitId" label={t('plans.editor.unit')} rules={[{ required: true }]}>
            <UnitSelect disabled={!!planId} />
          </Form.Item>
        </Col>
        <Col xs={12} md={4}>
          <Form.Item name="year" label={t('plans.editor.year')} rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item
            name="numberSymbol"
            label={t('plans.editor.number')}
            extra={t('plans.editor.numberHint')}
          >
            <Input maxLength={100} placeholder="…/KH-UBND" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="title" label={t('plans.editor.title')} rules={[{ required: true, whitespace: true }]}>
        <Input.TextArea
          autoSize={{ minRows: 1, maxRows: 4 }}
          maxLength={1000}
          placeholder={t('plans.editor.titlePlaceholder')}
        />
      </Form.Item>
      <Form.Item name="parentPlanId" label={t('plans.editor.parent')} extra={t('plans.editor.parentHint')}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          data-testid="parent-plan"
          options={options}
        />
      </Form.Item>
      <TextRow
        fields={[
          { name: 'issuerParent', label: t('plans.editor.issuerParent'), md: 10, maxLength: 300 },
          { name: 'issuerName', label: t('plans.editor.issuerName'), md: 9, maxLength: 300 },
          { name: 'place', label: t('plans.editor.place'), md: 5, maxLength: 100 },
        ]}
      />
      <Form.Item name="basis" label={t('plans.editor.basis')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
      </Form.Item>
    </Card>
  );
}

/** I. Purposes and requirements. */
export function PurposesCard() {
  const t = useT();
  return (
    <Card title="I. MỤC ĐÍCH, YÊU CẦU" {...card}>
      <Typography.Title level={2} style={{ fontSize: 16 }}>
        {t('plans.editor.purposes')}
      </Typography.Title>
      <ParagraphList
        name="purposes"
        label={t('plans.editor.purposes')}
        addLabel={t('plans.editor.addPurpose')}
      />
      <Typography.Title level={2} style={{ marginTop: 16, fontSize: 16 }}>
        {t('plans.editor.requirements')}
      </Typography.Title>
      <ParagraphList
        name="requirements"
        label={t('plans.editor.requirements')}
        addLabel={t('plans.editor.addRequirement')}
      />
    </Card>
  );
}

/** The numbered parts of the plan (II. NỘI DUNG, III. TỔ CHỨC THỰC HIỆN …) and its closing. */
export function SectionsCard() {
  const t = useT();
  return (
    <Card title={t('plans.editor.sections')} {...card}>
      <Form.List name="sections">
        {(fields, { add, remove }) => (
          <Flex vertical gap={12}>
            {fields.map((f) => (
              <Card key={f.key} size="small" type="inner">
                <Flex gap={8} align="flex-start">
                  <Form.Item
                    name={[f.name, 'number']}
                    label={t('plans.editor.sectionNumber')}
                    rules={[{ required: true, pattern: /^[IVXLC]+(\.\d+)*$/, message: 'I, II, II.1…' }]}
                    style={{ width: 110, marginBottom: 8 }}
                  >
                    <Input maxLength={20} />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'title']}
                    label={t('plans.editor.sectionTitle')}
                    rules={[{ required: true, whitespace: true }]}
                    style={{ flex: 1, marginBottom: 8 }}
                  >
                    <Input maxLength={1000} />
                  </Form.Item>
                  <RemoveButton onClick={() => remove(f.name)} style={{ marginTop: 30 }} />
                </Flex>
                <Form.Item
                  name={[f.name, 'body']}
                  label={t('plans.editor.sectionBody')}
                  style={{ marginBottom: 0 }}
                >
                  <Input.TextArea autoSize={{ minRows: 3, maxRows: 14 }} maxLength={20000} />
                </Form.Item>
              </Card>
            ))}
            <AddButton onClick={() => add({ number: '', title: '', body: '' })}>
              {t('plans.editor.addSection')}
            </AddButton>
          </Flex>
        )}
      </Form.List>
      <Form.Item name="closing" label={t('plans.editor.closing')} style={{ marginTop: 16 }}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
      </Form.Item>
    </Card>
  );
}

/** Who signs, and to whom the plan is sent. */
export function SignerCard() {
  const t = useT();
  return (
    <Card title={t('plans.editor.signer')} {...card}>
      <TextRow
        fields={[
          {
            name: 'signerAuthority',
            label: t('plans.editor.signerAuthority'),
            md: 8,
            maxLength: 100,
            placeholder: 'KT. CHỦ TỊCH',
          },
          {
            name: 'signerPosition',
            label: t('plans.editor.signerPosition'),
            md: 8,
            maxLength: 200,
            placeholder: 'PHÓ CHỦ TỊCH',
          },
          { name: 'signerName', label: t('plans.editor.signerName'), md: 8, maxLength: 200 },
        ]}
      />
      <Form.Item
        name="recipients"
        label={t('plans.editor.recipients')}
        extra={t('plans.editor.recipientsHint')}
      >
        <Select mode="tags" open={false} tokenSeparators={[';']} />
      </Form.Item>
    </Card>
  );
}

/** The year's theme, the movements and the guiding documents the plan carries out. */
export function LinksCard({ unitId }: { unitId?: number }) {
  const t = useT();
  const themes = useThemes({ unitId: unitId || undefined });
  const movements = useMovements({ unitId: unitId || undefined, activeOnly: true });
  return (
    <Card title={t('plans.editor.links')} {...card}>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="themeId" label={t('plans.editor.theme')}>
            <Select
              allowClear
              loading={themes.isLoading}
              options={(themes.data ?? []).map((th) => ({ value: th.id, label: `${th.year}: ${th.name}` }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="movementIds" label={t('plans.editor.movements')}>
            <Select
              mode="multiple"
              allowClear
              loading={movements.isLoading}
              options={(movements.data ?? []).map((m) => ({ value: m.id, label: m.name }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="guidingDocumentIds" label={t('plans.editor.documents')}>
        <DocSelect unitId={unitId} />
      </Form.Item>
    </Card>
  );
}

/** Which units below must issue their own plan, and by when (coordinators only). */
export function CascadeCard() {
  const t = useT();
  return (
    <Card title={t('plans.editor.cascade')} {...card}>
      <Typography.Paragraph type="secondary">{t('plans.editor.cascadeHint')}</Typography.Paragraph>
      <Form.Item name="requiredSelector">
        <UnitSelectorInput />
      </Form.Item>
      <Form.Item name="requiredDue" label={t('plans.editor.requiredDue')} style={{ maxWidth: 240 }}>
        <DateInput />
      </Form.Item>
    </Card>
  );
}
