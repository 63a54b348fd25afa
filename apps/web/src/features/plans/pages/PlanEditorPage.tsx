import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Col,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Skeleton,
  Space,
  Typography,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { CreatePlan, PlanSection, UnitSelector } from '@danvan/contracts';
import { useT } from '../../../i18n/index.tsx';
import { applyFieldErrors } from '../../../shared/errors.ts';
import { todayIso } from '../../../shared/format.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { useMe, usePermission } from '../../../shared/session.ts';
import { PageHeader } from '../../../shared/components/PageHeader.tsx';
import { ErrorAlert } from '../../../shared/components/ErrorAlert.tsx';
import { UnitSelect } from '../../../shared/components/UnitSelect.tsx';
import { api, useMovements, usePlan, usePlans, usePlansMutation, useThemes } from '../api.ts';
import { DateInput, DocSelect, UnitSelectorInput } from '../components/fields.tsx';
import { MissingList } from '../components/MissingList.tsx';

interface PlanForm {
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

const EMPTY_SELECTOR: UnitSelector = { groups: [], kinds: [], unitIds: [] };
const isEmpty = (s?: UnitSelector | null) => !s || (!s.groups.length && !s.kinds.length && !s.unitIds.length);

/** A list of paragraphs (purposes, requirements) as text areas. */
function ParagraphList({ name, addLabel }: { name: 'purposes' | 'requirements'; addLabel: string }) {
  const t = useT();
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <Flex vertical gap={8}>
          {fields.map((f, i) => (
            <Flex key={f.key} gap={8} align="flex-start">
              <Typography.Text style={{ paddingTop: 6, minWidth: 20 }}>{i + 1}.</Typography.Text>
              <Form.Item name={f.name} style={{ flex: 1, marginBottom: 0 }}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={5000} />
              </Form.Item>
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                onClick={() => remove(f.name)}
                aria-label={t('common.remove')}
              />
            </Flex>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add('')}
            style={{ alignSelf: 'flex-start' }}
          >
            {addLabel}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}

/** Drafting a plan (new, or a draft being edited): content, signer, links, and the cascade requirement. */
export default function PlanEditorPage() {
  const t = useT();
  const nav = useNavigate();
  const notify = useNotify();
  const { id } = useParams();
  const planId = id ? Number(id) : null;
  const [params] = useSearchParams();
  const parentFromUrl = params.get('parent') ? Number(params.get('parent')) : null;
  const me = useMe();
  const canManage = usePermission('plans:manage');
  const existing = usePlan(planId);
  const parent = usePlan(parentFromUrl);
  const [form] = Form.useForm<PlanForm>();
  const unitId = Form.useWatch('unitId', form);
  const year = Form.useWatch('year', form);
  const [error, setError] = useState<unknown>(null);
  const themes = useThemes({ unitId: unitId || undefined });
  const movements = useMovements({ unitId: unitId || undefined, activeOnly: true });
  const parents = usePlans({ status: 'issued', pageSize: 100, year: year || undefined });

  const initial = useMemo<Partial<PlanForm> | null>(() => {
    if (planId) {
      const p = existing.data;
      if (!p) return null;
      return {
        ...p,
        parentPlanId: p.parentPlanId,
        themeId: p.themeId,
        movementIds: p.movements.map((m) => m.id),
        guidingDocumentIds: p.guidingDocuments.map((d) => d.id),
        requiredSelector: p.requiredSelector ?? EMPTY_SELECTOR,
      };
    }
    if (parentFromUrl && !parent.data) return null;
    const y = parent.data?.year ?? Number(todayIso().slice(0, 4));
    return {
      unitId: me.data?.activeUnit?.id,
      year: y,
      numberSymbol: '',
      title: parent.data ? `Triển khai, thực hiện công tác dân vận chính quyền năm ${y}` : '',
      parentPlanId: parentFromUrl,
      basis: parent.data
        ? `Thực hiện Kế hoạch số ${parent.data.numberSymbol} ngày ${parent.data.issuedOn?.split('-').reverse().join('/') ?? ''} của ${parent.data.unitName} về ${parent.data.title.charAt(0).toLowerCase()}${parent.data.title.slice(1)};`
        : '',
      purposes: [''],
      requirements: [''],
      sections: [
        { number: 'II', title: 'NỘI DUNG', body: '' },
        { number: 'III', title: 'TỔ CHỨC THỰC HIỆN', body: '' },
      ],
      closing: '',
      recipients: [],
      signerAuthority: '',
      signerPosition: '',
      signerName: '',
      movementIds: [],
      guidingDocumentIds: [],
      requiredSelector: EMPTY_SELECTOR,
      requiredDue: null,
    };
  }, [planId, existing.data, parentFromUrl, parent.data, me.data]);

  useEffect(() => {
    if (initial) form.setFieldsValue(initial as PlanForm);
  }, [initial, form]);

  const save = usePlansMutation((v: PlanForm) => {
    const body = {
      ...v,
      purposes: (v.purposes ?? []).filter((s) => s?.trim()),
      requirements: (v.requirements ?? []).filter((s) => s?.trim()),
      sections: v.sections ?? [],
      recipients: v.recipients ?? [],
      movementIds: v.movementIds ?? [],
      guidingDocumentIds: v.guidingDocumentIds ?? [],
      parentPlanId: v.parentPlanId ?? null,
      themeId: v.themeId ?? null,
      requiredSelector: canManage && !isEmpty(v.requiredSelector) ? v.requiredSelector : null,
      requiredDue: canManage && !isEmpty(v.requiredSelector) ? (v.requiredDue ?? null) : null,
    };
    if (planId) {
      const { unitId: _u, ...rest } = body;
      return api.updatePlan(planId, rest);
    }
    return api.createPlan(body as CreatePlan);
  });

  const submit = async () => {
    let v: PlanForm;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setError(null);
    try {
      const p = await save.mutateAsync(v);
      notify.success(planId ? t('plans.editor.saved') : t('plans.editor.created'));
      nav(`/ke-hoach/${p.id}`);
    } catch (e) {
      const rest = applyFieldErrors(form, e);
      setError(rest.length || !(e as { errors?: unknown[] }).errors?.length ? e : null);
    }
  };

  if (!initial) return <Skeleton active />;
  return (
    <div>
      <PageHeader
        title={planId ? t('plans.editor.editTitle') : t('plans.editor.createTitle')}
        extra={
          <Space>
            <Button onClick={() => nav(-1)}>{t('common.cancel')}</Button>
            <Button type="primary" onClick={submit} loading={save.isPending} data-testid="plan-save">
              {t('common.save')}
            </Button>
          </Space>
        }
      />
      <ErrorAlert error={existing.error ?? error} />
      {planId && existing.data?.status === 'draft' && !!existing.data.issueMissing?.length && (
        <Alert
          style={{ marginBottom: 16 }}
          type="warning"
          showIcon
          data-testid="plan-missing"
          title={t('plans.editor.missingTitle', { count: existing.data.issueMissing.length })}
          description={<MissingList items={existing.data.issueMissing} />}
        />
      )}
      <Form<PlanForm> form={form} layout="vertical" disabled={save.isPending} onFinish={submit}>
        <Card title={t('plans.editor.general')} style={{ marginBottom: 16 }}>
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
          <Form.Item
            name="title"
            label={t('plans.editor.title')}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input.TextArea
              autoSize={{ minRows: 1, maxRows: 4 }}
              maxLength={1000}
              placeholder={t('plans.editor.titlePlaceholder')}
            />
          </Form.Item>
          <Form.Item
            name="parentPlanId"
            label={t('plans.editor.parent')}
            extra={t('plans.editor.parentHint')}
          >
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              data-testid="parent-plan"
              options={(parents.data?.items ?? [])
                .filter((p) => p.id !== planId && p.unitId !== unitId)
                .concat(
                  parent.data && !parents.data?.items.some((p) => p.id === parent.data!.id)
                    ? [parent.data]
                    : [],
                )
                .map((p) => ({ value: p.id, label: `${p.numberSymbol} — ${p.title} (${p.unitName})` }))}
            />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} md={10}>
              <Form.Item name="issuerParent" label={t('plans.editor.issuerParent')}>
                <Input maxLength={300} />
              </Form.Item>
            </Col>
            <Col xs={24} md={9}>
              <Form.Item name="issuerName" label={t('plans.editor.issuerName')}>
                <Input maxLength={300} />
              </Form.Item>
            </Col>
            <Col xs={24} md={5}>
              <Form.Item name="place" label={t('plans.editor.place')}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="basis" label={t('plans.editor.basis')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
          </Form.Item>
        </Card>

        <Card title="I. MỤC ĐÍCH, YÊU CẦU" style={{ marginBottom: 16 }}>
          <Typography.Title level={5}>{t('plans.editor.purposes')}</Typography.Title>
          <ParagraphList name="purposes" addLabel={t('plans.editor.addPurpose')} />
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('plans.editor.requirements')}
          </Typography.Title>
          <ParagraphList name="requirements" addLabel={t('plans.editor.addRequirement')} />
        </Card>

        <Card title={t('plans.editor.sections')} style={{ marginBottom: 16 }}>
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
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        onClick={() => remove(f.name)}
                        style={{ marginTop: 30 }}
                        aria-label={t('common.remove')}
                      />
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
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => add({ number: '', title: '', body: '' })}
                  style={{ alignSelf: 'flex-start' }}
                >
                  {t('plans.editor.addSection')}
                </Button>
              </Flex>
            )}
          </Form.List>
          <Form.Item name="closing" label={t('plans.editor.closing')} style={{ marginTop: 16 }}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
          </Form.Item>
        </Card>

        <Card title={t('plans.editor.signer')} style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="signerAuthority" label={t('plans.editor.signerAuthority')}>
                <Input maxLength={100} placeholder="KT. CHỦ TỊCH" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="signerPosition" label={t('plans.editor.signerPosition')}>
                <Input maxLength={200} placeholder="PHÓ CHỦ TỊCH" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="signerName" label={t('plans.editor.signerName')}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            name="recipients"
            label={t('plans.editor.recipients')}
            extra={t('plans.editor.recipientsHint')}
          >
            <Select mode="tags" open={false} tokenSeparators={[';']} />
          </Form.Item>
        </Card>

        <Card title={t('plans.editor.links')} style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="themeId" label={t('plans.editor.theme')}>
                <Select
                  allowClear
                  loading={themes.isLoading}
                  options={(themes.data ?? []).map((th) => ({
                    value: th.id,
                    label: `${th.year}: ${th.name}`,
                  }))}
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

        {canManage && (
          <Card title={t('plans.editor.cascade')} style={{ marginBottom: 16 }}>
            <Typography.Paragraph type="secondary">{t('plans.editor.cascadeHint')}</Typography.Paragraph>
            <Form.Item name="requiredSelector">
              <UnitSelectorInput />
            </Form.Item>
            <Form.Item name="requiredDue" label={t('plans.editor.requiredDue')} style={{ maxWidth: 240 }}>
              <DateInput />
            </Form.Item>
          </Card>
        )}
      </Form>
    </div>
  );
}
