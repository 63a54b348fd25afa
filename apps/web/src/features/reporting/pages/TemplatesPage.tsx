import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { TemplateSummary } from '@danvan/contracts';
import { useI18n } from '../../../i18n/index.tsx';
import { formatDate } from '../../../shared/format.ts';
import { usePermission } from '../../../shared/session.ts';
import { PageHeader } from '../../../shared/components/PageHeader.tsx';
import { EmptyState } from '../../../shared/components/EmptyState.tsx';
import { ErrorAlert } from '../../../shared/components/ErrorAlert.tsx';
import { useTemplates } from '../api.ts';

/** Report templates: the built-in 1432/BNV-CTTN outline and the coordinators' own, with versions. */
export default function TemplatesPage() {
  const { t } = useI18n();
  const nav = useNavigate();
  const canBuild = usePermission('reporting:templates');
  const [all, setAll] = useState(false);
  const list = useTemplates(all);
  return (
    <div>
      <PageHeader
        title={t('reporting.templates.title')}
        subtitle={t('reporting.templates.subtitle')}
        extra={
          <>
            <Switch checked={all} onChange={setAll} aria-label={t('reporting.templates.versions')} />
            <span>{t('reporting.templates.versions')}</span>
            {canBuild && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => nav('/bao-cao/de-cuong/moi')}>
                {t('reporting.templates.create')}
              </Button>
            )}
          </>
        }
      />
      <ErrorAlert error={list.error} onRetry={() => list.refetch()} />
      <Card>
        <Table<TemplateSummary>
          rowKey="id"
          loading={list.isLoading}
          dataSource={list.data ?? []}
          pagination={false}
          locale={{ emptyText: <EmptyState description={t('reporting.templates.empty')} /> }}
          columns={[
            {
              title: t('reporting.templates.name'),
              dataIndex: 'name',
              render: (n: string, x) => (
                <div>
                  <Link to={`/bao-cao/de-cuong/${x.id}`}>{n}</Link>
                  <div style={{ fontSize: 12, color: '#888' }}>
                    {x.code} · {t('reporting.templates.version')} {x.version}
                  </div>
                </div>
              ),
            },
            {
              title: '',
              width: 220,
              render: (_, x) => (
                <>
                  {x.builtin && <Tag color="blue">{t('reporting.templates.builtin')}</Tag>}
                  {x.frozen && <Tag>{t('reporting.templates.frozen')}</Tag>}
                </>
              ),
            },
            {
              title: t('reporting.templates.sections'),
              dataIndex: 'sectionCount',
              width: 70,
              align: 'right',
            },
            {
              title: t('reporting.templates.indicators'),
              dataIndex: 'indicatorCount',
              width: 90,
              align: 'right',
            },
            { title: t('reporting.templates.rules'), dataIndex: 'ruleCount', width: 120, align: 'right' },
            {
              title: t('reporting.templates.owner'),
              dataIndex: 'ownerUnitName',
              width: 220,
              render: (v: string | null) => v ?? <Typography.Text type="secondary">—</Typography.Text>,
            },
            { title: '', dataIndex: 'createdAt', width: 110, render: (v: string) => formatDate(v) },
          ]}
        />
      </Card>
    </div>
  );
}
