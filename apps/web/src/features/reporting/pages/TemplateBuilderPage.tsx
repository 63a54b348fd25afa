import { DeleteOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Flex, Input, Select, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { TemplateIndicatorInput, TemplateRuleInput, TemplateSection } from '@danvan/contracts';
import { useI18n } from '../../../i18n/index.tsx';
import { useMe } from '../../../shared/session.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { PageHeader } from '../../../shared/components/PageHeader.tsx';
import { ErrorAlert } from '../../../shared/components/ErrorAlert.tsx';
import { UnitSelect } from '../../../shared/components/UnitSelect.tsx';
import { FullPageSpin } from '../../../app/guards.tsx';
import { api, useProviders, useReportingMutation, useTemplate } from '../api.ts';

type Ind = TemplateIndicatorInput & { key: number };
type Rule = TemplateRuleInput & { key: number };
let seq = 1;

const emptySection = (code: string, number: string): TemplateSection => ({
  code,
  number,
  title: '',
  guidance: '',
  hasNarrative: true,
  children: [],
});

function flatCodes(list: TemplateSection[]): string[] {
  return list.flatMap((s) => [s.code, ...flatCodes(s.children)]);
}

/** Edits a tree of sections: code, number, title, guidance, whether it has text; children. */
function SectionsEditor({
  value,
  onChange,
  depth = 0,
}: {
  value: TemplateSection[];
  onChange: (v: TemplateSection[]) => void;
  depth?: number;
}) {
  const { t } = useI18n();
  const set = (i: number, patch: Partial<TemplateSection>) =>
    onChange(value.map((s, n) => (n === i ? { ...s, ...patch } : s)));
  return (
    <Flex vertical gap={8}>
      {value.map((s, i) => (
        <div
          key={i}
          style={{
            borderInlineStart: depth ? '2px solid #f0f0f0' : undefined,
            paddingInlineStart: depth ? 12 : 0,
          }}
        >
          <Flex gap={8} wrap align="start">
            <Input
              style={{ width: 90 }}
              aria-label={t('reporting.templates.sectionCode')}
              placeholder={t('reporting.templates.sectionCode')}
              value={s.code}
              onChange={(e) => set(i, { code: e.target.value })}
            />
            <Input
              style={{ width: 70 }}
              aria-label={t('reporting.templates.number')}
              placeholder={t('reporting.templates.number')}
              value={s.number}
              onChange={(e) => set(i, { number: e.target.value })}
            />
            <Input
              style={{ flex: '1 1 320px' }}
              aria-label={t('reporting.templates.sectionTitle')}
              placeholder={t('reporting.templates.sectionTitle')}
              value={s.title}
              onChange={(e) => set(i, { title: e.target.value })}
            />
            <Checkbox checked={s.hasNarrative} onChange={(e) => set(i, { hasNarrative: e.target.checked })}>
              {t('reporting.templates.hasNarrative')}
            </Checkbox>
            <Button
              size="small"
              icon={<PlusOutlined />}
              onClick={() =>
                set(i, {
                  children: [
                    ...s.children,
                    emptySection(`${s.code}.${s.children.length + 1}`, String(s.children.length + 1)),
                  ],
                })
              }
            >
              {t('reporting.templates.addChild')}
            </Button>
            <Button
              size="small"
              danger
              icon={<DeleteOutlined />}
              aria-label={t('common.delete')}
              onClick={() => onChange(value.filter((_, n) => n !== i))}
            />
          </Flex>
          <Input.TextArea
            style={{ marginTop: 4 }}
            autoSize={{ minRows: 1, maxRows: 6 }}
            placeholder={t('reporting.templates.guidance')}
            value={s.guidance}
            onChange={(e) => set(i, { guidance: e.target.value })}
          />
          {s.children.length > 0 && (
            <div style={{ marginTop: 8 }}>
              <SectionsEditor
                value={s.children}
                depth={depth + 1}
                onChange={(children) => set(i, { children })}
              />
            </div>
          )}
        </div>
      ))}
      {depth === 0 && (
        <Button
          icon={<PlusOutlined />}
          style={{ alignSelf: 'flex-start' }}
          onClick={() =>
            onChange([...value, emptySection(String(value.length + 1), String(value.length + 1))])
          }
        >
          {t('reporting.templates.addSection')}
        </Button>
      )}
    </Flex>
  );
}

/**
 * Builds a coordinator's own template: outline, indicators (rule, ratio parts, system figure) and
 * validation rules. Editing a template in use saves a new version.
 */
export default function TemplateBuilderPage() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const editId = id ? Number(id) : null;
  const fromId = params.get('from') ? Number(params.get('from')) : null;
  const { t } = useI18n();
  const nav = useNavigate();
  const notify = useNotify();
  const me = useMe();
  const source = useTemplate(editId ?? fromId);
  const providers = useProviders();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [legalBasis, setLegalBasis] = useState('');
  const [description, setDescription] = useState('');
  const [ownerUnitId, setOwner] = useState<number | null>(me.data?.activeUnit?.id ?? null);
  const [sections, setSections] = useState<TemplateSection[]>([emptySection('I', 'I')]);
  const [indicators, setIndicators] = useState<Ind[]>([]);
  const [rules, setRules] = useState<Rule[]>([]);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const s = source.data;
    if (!s) return;
    setName(editId ? s.name : `${s.name} (bản của đơn vị)`);
    setCode(editId ? s.code : '');
    setLegalBasis(s.legalBasis);
    setDescription(s.description);
    setSections(s.sections);
    setIndicators(
      s.indicators.map((i) => ({
        key: seq++,
        code: i.code,
        sectionCode: i.sectionCode,
        name: i.name,
        unit: i.unit,
        type: i.type,
        aggregation: i.aggregation,
        numerator: i.numerator ?? undefined,
        denominator: i.denominator ?? undefined,
        providerKey: i.providerKey ?? undefined,
        definition: i.definition ?? undefined,
        min: i.min ?? undefined,
        max: i.max ?? undefined,
      })),
    );
    setRules(s.rules.map((r) => ({ ...r, key: seq++ })));
    if (editId && s.ownerUnitId) setOwner(s.ownerUnitId);
  }, [source.data, editId]);

  const save = useReportingMutation(async () => {
    const body = {
      name,
      legalBasis,
      description,
      sections,
      indicators: indicators.map(({ key: _k, ...i }) => ({ ...i, providerKey: i.providerKey || undefined })),
      rules: rules.map(({ key: _k, ...r }) => r),
    };
    return editId
      ? api.updateTemplate(editId, body)
      : api.createTemplate({ ...body, code, ownerUnitId: ownerUnitId! });
  });

  if ((editId || fromId) && source.isLoading) return <FullPageSpin />;
  const sectionOptions = flatCodes(sections).map((c) => ({ value: c, label: c }));
  const codeOptions = indicators
    .filter((i) => i.aggregation !== 'ratio')
    .map((i) => ({ value: i.code, label: i.name.trim() || i.code, title: i.code }));
  const setInd = (key: number, patch: Partial<Ind>) =>
    setIndicators((l) => l.map((i) => (i.key === key ? { ...i, ...patch } : i)));
  const setRule = (key: number, patch: Partial<Rule>) =>
    setRules((l) => l.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  return (
    <div>
      <PageHeader
        title={editId ? t('reporting.templates.edit') : t('reporting.templates.create')}
        extra={
          <Button
            type="primary"
            icon={<SaveOutlined />}
            loading={save.isPending}
            onClick={async () => {
              setError(null);
              try {
                const r = await save.mutateAsync(undefined);
                notify.success(
                  editId && r.id !== editId
                    ? t('reporting.templates.newVersion', { v: r.version })
                    : t('reporting.templates.saved'),
                );
                nav(`/bao-cao/de-cuong/${r.id}`);
              } catch (e) {
                setError(e);
              }
            }}
          >
            {t('common.save')}
          </Button>
        }
      />
      {editId && source.data?.frozen && (
        <Alert
          type="info"
          showIcon
          title={t('reporting.templates.editFrozenHint')}
          style={{ marginBottom: 12 }}
        />
      )}
      <ErrorAlert error={error} />
      <Card size="small" style={{ marginBottom: 12 }}>
        <Flex vertical gap={8}>
          <Flex gap={8} wrap>
            <Input
              style={{ width: 220 }}
              disabled={!!editId}
              aria-label={t('reporting.templates.code')}
              placeholder={t('reporting.templates.code')}
              value={code}
              onChange={(e) => setCode(e.target.value)}
            />
            <Input
              style={{ flex: '1 1 400px' }}
              aria-label={t('reporting.templates.name')}
              placeholder={t('reporting.templates.name')}
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          </Flex>
          {!editId && (
            <div style={{ maxWidth: 480 }}>
              <UnitSelect
                value={ownerUnitId}
                onChange={(v) => setOwner((v as number | null) ?? null)}
                aria-label={t('reporting.templates.owner')}
                placeholder={t('reporting.templates.owner')}
              />
            </div>
          )}
          <Input
            aria-label={t('reporting.templates.legalBasis')}
            placeholder={t('reporting.templates.legalBasis')}
            value={legalBasis}
            onChange={(e) => setLegalBasis(e.target.value)}
          />
          <Input.TextArea
            autoSize={{ minRows: 1 }}
            placeholder={t('reporting.templates.description')}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
        </Flex>
      </Card>
      <Card size="small" title={t('reporting.templates.sections')} style={{ marginBottom: 12 }}>
        <SectionsEditor value={sections} onChange={setSections} />
      </Card>
      <Card
        size="small"
        title={t('reporting.templates.indicators')}
        style={{ marginBottom: 12 }}
        extra={
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() =>
              setIndicators((l) => [
                ...l,
                {
                  key: seq++,
                  code: `ct_${l.length + 1}`,
                  sectionCode: flatCodes(sections)[0] ?? '',
                  name: '',
                  unit: '',
                  type: 'integer',
                  aggregation: 'sum',
                },
              ])
            }
          >
            {t('reporting.templates.addIndicator')}
          </Button>
        }
      >
        <Table<Ind>
          size="small"
          rowKey="key"
          pagination={false}
          dataSource={indicators}
          scroll={{ x: 1360 }}
          columns={[
            {
              title: t('reporting.templates.indicatorName'),
              width: 340,
              render: (_, i) => (
                <div>
                  <Input
                    size="small"
                    value={i.name}
                    aria-label={t('reporting.templates.indicatorName')}
                    onChange={(e) => setInd(i.key, { name: e.target.value })}
                  />
                  {/* the code is the indicator's stable key (formulas, ratios, exports): secondary */}
                  <label style={{ display: 'block', marginTop: 4 }}>
                    <Typography.Text type="secondary" style={{ fontSize: 11 }}>
                      {t('common.indicatorCode')}
                    </Typography.Text>
                    <Input
                      size="small"
                      value={i.code}
                      style={{ fontFamily: 'monospace', fontSize: 12 }}
                      onChange={(e) => setInd(i.key, { code: e.target.value })}
                    />
                  </label>
                </div>
              ),
            },
            {
              title: t('reporting.templates.section'),
              width: 100,
              render: (_, i) => (
                <Select
                  size="small"
                  style={{ width: '100%' }}
                  value={i.sectionCode}
                  options={sectionOptions}
                  onChange={(v) => setInd(i.key, { sectionCode: v })}
                />
              ),
            },
            {
              title: t('reporting.templates.unit'),
              width: 100,
              render: (_, i) => (
                <Input
                  size="small"
                  value={i.unit}
                  onChange={(e) => setInd(i.key, { unit: e.target.value })}
                />
              ),
            },
            {
              title: t('reporting.templates.type'),
              width: 120,
              render: (_, i) => (
                <Select
                  size="small"
                  style={{ width: '100%' }}
                  value={i.type}
                  onChange={(v) => setInd(i.key, { type: v })}
                  options={(['integer', 'decimal', 'percent'] as const).map((x) => ({
                    value: x,
                    label: t(`reporting.type.${x}`),
                  }))}
                />
              ),
            },
            {
              title: t('reporting.templates.aggregation'),
              width: 330,
              render: (_, i) => (
                <Space.Compact style={{ width: '100%' }}>
                  <Select
                    size="small"
                    style={{ width: 110 }}
                    value={i.aggregation}
                    onChange={(v) =>
                      setInd(i.key, {
                        aggregation: v,
                        ...(v === 'ratio' ? { type: 'percent', unit: '%' } : {}),
                      })
                    }
                    options={(['sum', 'avg', 'min', 'max', 'last', 'ratio'] as const).map((x) => ({
                      value: x,
                      label: t(`reporting.agg.${x}`),
                    }))}
                  />
                  {i.aggregation === 'ratio' && (
                    <>
                      <Select
                        size="small"
                        style={{ width: 110 }}
                        popupMatchSelectWidth={false}
                        placeholder={t('reporting.templates.numerator')}
                        value={i.numerator}
                        options={codeOptions}
                        onChange={(v) => setInd(i.key, { numerator: v })}
                      />
                      <Select
                        size="small"
                        style={{ width: 110 }}
                        popupMatchSelectWidth={false}
                        placeholder={t('reporting.templates.denominator')}
                        value={i.denominator}
                        options={codeOptions}
                        onChange={(v) => setInd(i.key, { denominator: v })}
                      />
                    </>
                  )}
                </Space.Compact>
              ),
            },
            {
              title: t('reporting.templates.provider'),
              width: 200,
              render: (_, i) =>
                i.aggregation === 'ratio' ? null : (
                  <Select
                    size="small"
                    allowClear
                    style={{ width: '100%' }}
                    placeholder={t('reporting.templates.none')}
                    value={i.providerKey}
                    onChange={(v) => setInd(i.key, { providerKey: v })}
                    options={(providers.data ?? []).map((p) => ({ value: p.key, label: p.label }))}
                  />
                ),
            },
            {
              title: '',
              key: 'actions',
              width: 44,
              fixed: 'right',
              render: (_, i) => (
                <Button
                  size="small"
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('common.delete')}
                  onClick={() => setIndicators((l) => l.filter((x) => x.key !== i.key))}
                />
              ),
            },
          ]}
        />
      </Card>
      <Card
        size="small"
        title={t('reporting.templates.rules')}
        extra={
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() =>
              setRules((l) => [
                ...l,
                { key: seq++, code: `qt_${l.length + 1}`, expression: '', message: '', severity: 'error' },
              ])
            }
          >
            {t('reporting.templates.addRule')}
          </Button>
        }
      >
        <Table<Rule>
          size="small"
          rowKey="key"
          pagination={false}
          dataSource={rules}
          scroll={{ x: 1000 }}
          columns={[
            {
              title: t('reporting.templates.ruleCode'),
              width: 150,
              render: (_, r) => (
                <Input
                  size="small"
                  value={r.code}
                  onChange={(e) => setRule(r.key, { code: e.target.value })}
                />
              ),
            },
            {
              title: t('reporting.templates.expression'),
              width: 340,
              render: (_, r) => (
                <Input
                  size="small"
                  style={{ fontFamily: 'monospace' }}
                  value={r.expression}
                  onChange={(e) => setRule(r.key, { expression: e.target.value })}
                />
              ),
            },
            {
              title: t('reporting.templates.message'),
              render: (_, r) => (
                <Input
                  size="small"
                  value={r.message}
                  onChange={(e) => setRule(r.key, { message: e.target.value })}
                />
              ),
            },
            {
              title: t('reporting.templates.severity'),
              width: 170,
              render: (_, r) => (
                <Select
                  size="small"
                  style={{ width: '100%' }}
                  value={r.severity}
                  onChange={(v) => setRule(r.key, { severity: v })}
                  options={[
                    { value: 'error', label: t('reporting.templates.error') },
                    { value: 'warning', label: t('reporting.templates.warning') },
                  ]}
                />
              ),
            },
            {
              title: '',
              key: 'actions',
              width: 44,
              fixed: 'right',
              render: (_, r) => (
                <Button
                  size="small"
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('common.delete')}
                  onClick={() => setRules((l) => l.filter((x) => x.key !== r.key))}
                />
              ),
            },
          ]}
        />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          + − × / ( ) &lt; &lt;= &gt; &gt;= == != &amp;&amp; || ! · sum(), min(), max(), abs(), if()
        </Typography.Text>
      </Card>
    </div>
  );
}
