import { Alert, Button, Form, Skeleton, Space } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { CreatePlan, UnitSelector } from '@danvan/contracts';
import { useT } from '../../../i18n/index.tsx';
import { applyFieldErrors } from '../../../shared/errors.ts';
import { todayIso } from '../../../shared/format.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { useMe, usePermission } from '../../../shared/session.ts';
import { PageHeader } from '../../../shared/components/PageHeader.tsx';
import { ErrorAlert } from '../../../shared/components/ErrorAlert.tsx';
import { api, usePlan, usePlansMutation } from '../api.ts';
import { MissingList } from '../components/MissingList.tsx';
import {
  CascadeCard,
  GeneralCard,
  LinksCard,
  PurposesCard,
  SectionsCard,
  SignerCard,
  type PlanForm,
} from '../components/PlanEditorForm.tsx';

const EMPTY_SELECTOR: UnitSelector = { groups: [], kinds: [], unitIds: [] };
const isEmpty = (s?: UnitSelector | null) => !s || (!s.groups.length && !s.kinds.length && !s.unitIds.length);

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
        <GeneralCard planId={planId} unitId={unitId} year={year} parent={parent.data} />
        <PurposesCard />
        <SectionsCard />
        <SignerCard />
        <LinksCard unitId={unitId} />
        {canManage && <CascadeCard />}
      </Form>
    </div>
  );
}
