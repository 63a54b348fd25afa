import { CheckCircleOutlined, DeleteOutlined, EditOutlined, FileWordOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Form,
  Input,
  Popconfirm,
  Skeleton,
  Space,
  Tabs,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { UnitSelector } from '@danvan/contracts';
import { useT } from '../../../i18n/index.tsx';
import { formatDate, todayIso } from '../../../shared/format.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { PageHeader } from '../../../shared/components/PageHeader.tsx';
import { ErrorAlert } from '../../../shared/components/ErrorAlert.tsx';
import { ExportButton } from '../../../shared/components/ExportButton.tsx';
import { FormModal } from '../../../shared/components/FormModal.tsx';
import { FileAttachments } from '../../../shared/components/FileAttachments.tsx';
import { NotFoundPage } from '../../../app/pages.tsx';
import { api, usePlan, usePlansMutation } from '../api.ts';
import { PlanStatusTag } from '../components/tags.tsx';
import { DateInput } from '../../../shared/components/DateInput.tsx';
import { UnitSelectorInput } from '../components/fields.tsx';
import { PlanContent } from '../components/PlanContent.tsx';
import { MissingList } from '../components/MissingList.tsx';
import { TasksTab } from '../components/TasksTab.tsx';
import { ComplianceTab } from '../components/ComplianceTab.tsx';
import { MatrixTab } from '../components/MatrixTab.tsx';

const TABS = {
  '': 'content',
  'nhiem-vu': 'tasks',
  'tinh-hinh': 'compliance',
  'ma-tran': 'matrix',
  tep: 'files',
} as const;
const SLUGS: Record<string, string> = {
  content: '',
  tasks: 'nhiem-vu',
  compliance: 'tinh-hinh',
  matrix: 'ma-tran',
  files: 'tep',
};

/** One plan: its content, tasks, compliance of the units required, the matrix, its files; issue and export. */
export default function PlanPage() {
  const t = useT();
  const nav = useNavigate();
  const notify = useNotify();
  const { id, tab = '' } = useParams();
  const planId = Number(id);
  const plan = usePlan(planId);
  const [issuing, setIssuing] = useState(false);
  const [requirement, setRequirement] = useState(false);
  const issue = usePlansMutation((v: { numberSymbol?: string; issuedOn?: string }) =>
    api.issuePlan(planId, v),
  );
  const remove = usePlansMutation(() => api.deletePlan(planId));
  const adjust = usePlansMutation((v: { requiredSelector: UnitSelector; requiredDue: string }) =>
    api.updatePlan(planId, v),
  );

  if (plan.error && (plan.error as { status?: number }).status === 404) return <NotFoundPage />;
  if (!plan.data)
    return plan.error ? (
      <ErrorAlert error={plan.error} onRetry={() => plan.refetch()} />
    ) : (
      <Skeleton active />
    );
  const p = plan.data;
  const missing = p.status === 'draft' ? (p.issueMissing ?? []) : [];
  const active = TABS[tab as keyof typeof TABS] ?? 'content';

  return (
    <div>
      <PageHeader
        documentTitle={`${p.numberSymbol ? t('plans.plan.numbered', { number: p.numberSymbol }) : t('plans.status.draft')}: ${p.title}`}
        title={
          <Space wrap>
            <span>
              {p.numberSymbol
                ? t('plans.plan.numbered', { number: p.numberSymbol })
                : t('plans.status.draft')}
            </span>
            <PlanStatusTag status={p.status} />
          </Space>
        }
        subtitle={
          <span>
            {p.title} — {p.unitName}
            {p.issuedOn &&
              ` · ${t('plans.plan.issuedBy', { date: formatDate(p.issuedOn), name: p.issuedByName ?? '' }).replace(/,\s*$/, '')}`}
          </span>
        }
        extra={
          <>
            <ExportButton path={`/plans/${p.id}/document.docx`} icon={<FileWordOutlined />}>
              {t('plans.plan.docx')}
            </ExportButton>
            {p.can.update && (
              <Button icon={<EditOutlined />} onClick={() => nav(`/ke-hoach/${p.id}/sua`)}>
                {t('common.edit')}
              </Button>
            )}
            {p.can.updateRequirement && p.status === 'issued' && p.requiredDue && (
              <Button onClick={() => setRequirement(true)}>{t('plans.plan.editRequirement')}</Button>
            )}
            {p.can.delete && (
              <Popconfirm
                title={t('plans.plan.deleteConfirm')}
                okText={t('common.delete')}
                cancelText={t('common.cancel')}
                okButtonProps={{ danger: true }}
                onConfirm={() =>
                  remove.mutateAsync(undefined).then(() => {
                    notify.success(t('plans.plan.deleted'));
                    nav('/ke-hoach');
                  }, notify.error)
                }
              >
                <Button danger icon={<DeleteOutlined />}>
                  {t('common.delete')}
                </Button>
              </Popconfirm>
            )}
            {p.can.issue && (
              <Tooltip title={missing.length ? t('plans.plan.missingHint') : undefined}>
                <Button
                  type="primary"
                  icon={<CheckCircleOutlined />}
                  onClick={() => setIssuing(true)}
                  disabled={missing.length > 0}
                  data-testid="plan-issue"
                >
                  {t('plans.plan.issue')}
                </Button>
              </Tooltip>
            )}
          </>
        }
      />
      {p.can.issue && missing.length > 0 && (
        <Alert
          style={{ marginBottom: 12 }}
          type="warning"
          showIcon
          data-testid="plan-missing"
          title={t('plans.plan.missingTitle', { count: missing.length })}
          description={<MissingList items={missing} />}
        />
      )}
      {p.parentPlanId && (
        <Typography.Paragraph>
          <Link to={`/ke-hoach/${p.parentPlanId}`}>
            {t('plans.plan.parent', { title: p.parentPlanTitle ?? '' })}
          </Link>
        </Typography.Paragraph>
      )}
      {p.requiredDue && (
        <Alert
          style={{ marginBottom: 12 }}
          type="info"
          showIcon
          title={t('plans.plan.requirement', { count: p.requiredCount, date: formatDate(p.requiredDue) })}
        />
      )}
      <Tabs
        destroyOnHidden
        activeKey={active}
        onChange={(k) => nav(`/ke-hoach/${p.id}${SLUGS[k] ? `/${SLUGS[k]}` : ''}`)}
        items={[
          { key: 'content', label: t('plans.plan.tabs.content'), children: <PlanContent plan={p} /> },
          {
            key: 'tasks',
            label: `${t('plans.plan.tabs.tasks')} (${p.taskCount})`,
            children: (
              <Card>
                <TasksTab plan={p} />
              </Card>
            ),
          },
          ...(p.can.viewCompliance
            ? [
                {
                  key: 'compliance',
                  label: t('plans.plan.tabs.compliance'),
                  children: (
                    <Card>
                      <ComplianceTab plan={p} />
                    </Card>
                  ),
                },
              ]
            : []),
          ...(p.status === 'issued' && p.taskCount > 0
            ? [
                {
                  key: 'matrix',
                  label: t('plans.plan.tabs.matrix'),
                  children: (
                    <Card>
                      <MatrixTab plan={p} />
                    </Card>
                  ),
                },
              ]
            : []),
          {
            key: 'files',
            label: t('plans.plan.tabs.files'),
            children: (
              <Card title={t('plans.plan.signedFile')}>
                <FileAttachments entity="plan" entityId={p.id} canWrite={p.can.attach} />
              </Card>
            ),
          },
        ]}
      />

      <FormModal<{ numberSymbol: string; issuedOn: string }>
        open={issuing}
        title={t('plans.plan.issueTitle')}
        okText={t('plans.plan.issue')}
        onCancel={() => setIssuing(false)}
        initialValues={{ numberSymbol: p.numberSymbol, issuedOn: todayIso() }}
        extraTop={
          <Alert type="warning" showIcon title={t('plans.plan.issueHint')} style={{ marginBottom: 12 }} />
        }
        onSubmit={(v) =>
          issue.mutateAsync(v).then(() => {
            notify.success(t('plans.plan.issued'));
            setIssuing(false);
          })
        }
      >
        <Form.Item
          name="numberSymbol"
          label={t('plans.editor.number')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={100} placeholder="…/KH-UBND" />
        </Form.Item>
        <Form.Item name="issuedOn" label={t('plans.plan.issuedOn')} rules={[{ required: true }]}>
          <DateInput />
        </Form.Item>
      </FormModal>

      <FormModal<{ requiredSelector: UnitSelector; requiredDue: string }>
        open={requirement}
        title={t('plans.plan.editRequirement')}
        onCancel={() => setRequirement(false)}
        initialValues={{
          requiredSelector: p.requiredSelector ?? undefined,
          requiredDue: p.requiredDue ?? undefined,
        }}
        onSubmit={(v) =>
          adjust.mutateAsync(v).then(() => {
            notify.success(t('plans.editor.saved'));
            setRequirement(false);
          })
        }
      >
        <Form.Item name="requiredSelector" label={t('plans.editor.cascade')}>
          <UnitSelectorInput />
        </Form.Item>
        <Form.Item name="requiredDue" label={t('plans.editor.requiredDue')} rules={[{ required: true }]}>
          <DateInput />
        </Form.Item>
      </FormModal>
    </div>
  );
}
