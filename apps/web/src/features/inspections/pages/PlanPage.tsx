import { ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Input, Select, Skeleton, Table } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { CreateInspection, CreatePlanItem, InspectionPlanItem } from '@danvan/contracts';
import { INSPECTION_KIND_CODES, INSPECTION_KIND_LABELS } from '@danvan/contracts';
import { todayIso } from '../../../shared/format.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { isApiError } from '../../../shared/http.ts';
import { PageHeader } from '../../../shared/components/PageHeader.tsx';
import { ErrorAlert } from '../../../shared/components/ErrorAlert.tsx';
import { EnumTag, enumOptions } from '../../../shared/components/EnumTag.tsx';
import { FormModal } from '../../../shared/components/FormModal.tsx';
import { Field, FormRow } from '../../../shared/components/Field.tsx';
import { UnitSelect } from '../../../shared/components/UnitSelect.tsx';
import { NotFoundPage } from '../../../app/pages.tsx';
import { api, useInspectionsMutation, usePlan } from '../api.ts';
import { InspectionFields } from '../components/InspectionFields.tsx';
import { VOCAB } from '../components/fields.tsx';
import { useInspectionsI18n } from '../components/i18n.ts';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** One plan: the units to inspect by month, each item's status, and recording the planned inspection. */
export default function PlanPage() {
  const { i18n, t } = useInspectionsI18n();
  const notify = useNotify();
  const nav = useNavigate();
  const id = Number(useParams().id);
  const q = usePlan(id);
  const [adding, setAdding] = useState(false);
  const [carrying, setCarrying] = useState<InspectionPlanItem | null>(null);
  const add = useInspectionsMutation((v: CreatePlanItem) => api.addPlanItem(id, v));
  const create = useInspectionsMutation((v: CreateInspection) => api.create(v));
  const p = (k: string, params?: Record<string, string | number>) =>
    t(`inspections.plans.${k}` as never, params);

  if (q.error && isApiError(q.error) && q.error.status === 404) return <NotFoundPage />;
  const plan = q.data;
  if (!plan)
    return (
      <>
        <ErrorAlert error={q.error} onRetry={() => q.refetch()} />
        <Skeleton active />
      </>
    );
  const c = plan.compliance;
  return (
    <>
      <Link to="/thanh-tra/ke-hoach">
        <ArrowLeftOutlined /> {p('back')}
      </Link>
      <PageHeader
        title={plan.title}
        subtitle={`${plan.unitName} · ${plan.year}`}
        extra={
          plan.can.update && (
            <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="plan-add-item">
              {p('addItem')}
            </Button>
          )
        }
      />
      <Alert
        style={{ marginBottom: 12 }}
        type={c.overdue ? 'warning' : 'info'}
        showIcon
        data-testid="plan-compliance"
        title={`${p('progressValue', { done: c.concluded, planned: c.planned })}${c.overdue ? ` · ${p('overdue', { n: c.overdue })}` : ''}`}
      />
      <Card title={p('items')}>
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={plan.planItems}
          locale={{ emptyText: p('noItems') }}
          columns={[
            { title: t('inspections.unit'), dataIndex: 'unitName' },
            { title: p('month'), width: 120, render: (_, i) => p('monthValue', { m: i.month }) },
            {
              title: t('inspections.kind'),
              width: 160,
              render: (_, i) => <EnumTag vocab={VOCAB.kind} value={i.kind} />,
            },
            { title: p('itemContent'), dataIndex: 'content' },
            {
              title: p('status'),
              width: 220,
              render: (_, i) => <EnumTag vocab={VOCAB.itemStatus} value={i.status} />,
            },
            {
              title: '',
              width: 180,
              render: (_, i) =>
                i.inspectionId ? (
                  <Link to={`/thanh-tra/${i.inspectionId}`}>{t('inspections.open')}</Link>
                ) : (
                  plan.can.update && (
                    <Button size="small" onClick={() => setCarrying(i)} data-testid="plan-carry-out">
                      {p('carryOut')}
                    </Button>
                  )
                ),
            },
          ]}
        />
      </Card>

      <FormModal<CreatePlanItem>
        open={adding}
        title={p('itemTitle')}
        width={600}
        onCancel={() => setAdding(false)}
        initialValues={{ kind: 'check', content: '' }}
        onSubmit={(v) =>
          add.mutateAsync({ ...v, expectedVersion: plan.version }).then(() => {
            notify.success(p('itemSaved'));
            setAdding(false);
          })
        }
      >
        <Field name="unitId" label={t('inspections.unit')} need>
          <UnitSelect />
        </Field>
        <FormRow>
          <Field name="month" label={p('month')} need width="grow">
            <Select options={MONTHS.map((m) => ({ value: m, label: p('monthValue', { m }) }))} />
          </Field>
          <Field name="kind" label={t('inspections.kind')} need width="grow">
            <Select options={enumOptions(INSPECTION_KIND_LABELS, INSPECTION_KIND_CODES, i18n)} />
          </Field>
        </FormRow>
        <Field name="content" label={p('itemContent')}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} />
        </Field>
      </FormModal>

      <FormModal<CreateInspection>
        open={!!carrying}
        title={t('inspections.createTitle')}
        width={760}
        onCancel={() => setCarrying(null)}
        initialValues={
          carrying
            ? {
                unitId: carrying.unitId,
                conductorUnitId: plan.unitId,
                planItemId: carrying.id,
                kind: carrying.kind,
                mode: 'planned',
                scope: carrying.content,
                startOn: todayIso(),
                team: [],
                findings: '',
              }
            : {}
        }
        onSubmit={(v) =>
          create.mutateAsync({ ...v, planItemId: carrying!.id }).then((r) => {
            notify.success(t('inspections.saved'));
            setCarrying(null);
            nav(`/thanh-tra/${r.id}`);
          })
        }
      >
        <InspectionFields editing={false} planned />
      </FormModal>
    </>
  );
}
