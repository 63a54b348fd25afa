import { SaveOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Input } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { TemplateSection } from '@danvan/contracts';
import { useI18n } from '../../../i18n/index.tsx';
import { useMe } from '../../../shared/session.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { PageHeader } from '../../../shared/components/PageHeader.tsx';
import { ErrorAlert } from '../../../shared/components/ErrorAlert.tsx';
import { UnitSelect } from '../../../shared/components/UnitSelect.tsx';
import { FullPageSpin } from '../../../app/guards.tsx';
import { api, useProviders, useReportingMutation, useTemplate } from '../api.ts';
import { IndicatorsCard, nextKey, type Ind } from '../components/template/IndicatorsCard.tsx';
import { RulesCard, type Rule } from '../components/template/RulesCard.tsx';
import { SectionsEditor, emptySection } from '../components/template/SectionsEditor.tsx';

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
        key: nextKey(),
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
    setRules(s.rules.map((r) => ({ ...r, key: nextKey() })));
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
      <IndicatorsCard
        indicators={indicators}
        setIndicators={setIndicators}
        sections={sections}
        providers={providers.data ?? []}
      />
      <RulesCard rules={rules} setRules={setRules} />
    </div>
  );
}
