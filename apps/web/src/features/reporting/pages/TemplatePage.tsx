import { CopyOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Select, Space, Table, Tag, Tree, Typography } from 'antd';
import type { TreeDataNode } from 'antd';
import { useNavigate, useParams } from 'react-router';
import type { TemplateIndicator, TemplateRule, TemplateSection } from '@danvan/contracts';
import { useI18n } from '../../../i18n/index.tsx';
import { usePermission } from '../../../shared/session.ts';
import { PageHeader } from '../../../shared/components/PageHeader.tsx';
import { ErrorAlert } from '../../../shared/components/ErrorAlert.tsx';
import { FullPageSpin } from '../../../app/guards.tsx';
import { useTemplate } from '../api.ts';

const toTree = (list: TemplateSection[]): TreeDataNode[] =>
  list.map((s) => ({
    key: s.code,
    title: (
      <div style={{ padding: '2px 0' }}>
        <strong>
          {s.number}. {s.title}
        </strong>
        {s.guidance && (
          <div style={{ fontSize: 12, color: 'var(--ant-color-text-description)', whiteSpace: 'pre-line' }}>
            {s.guidance}
          </div>
        )}
      </div>
    ),
    children: toTree(s.children),
  }));

/** One template: its outline, indicators (rule, source) and validation rules; versions; edit or copy. */
export default function TemplatePage() {
  const { id } = useParams();
  const { t } = useI18n();
  const nav = useNavigate();
  const canBuild = usePermission('reporting:templates');
  const q = useTemplate(Number(id));
  if (q.isLoading) return <FullPageSpin />;
  if (!q.data) return <ErrorAlert error={q.error} onRetry={() => q.refetch()} />;
  const x = q.data;
  const codes = (list: TemplateSection[]): string[] => list.flatMap((s) => [s.code, ...codes(s.children)]);
  const names = new Map(x.indicators.map((i) => [i.code, i.name]));
  const nameOf = (code: string | null | undefined) => (code ? names.get(code) || code : '—');
  return (
    <div>
      <PageHeader
        title={x.name}
        subtitle={`${x.code} · ${t('reporting.templates.version')} ${x.version}`}
        extra={
          <>
            {x.builtin && <Tag color="blue">{t('reporting.templates.builtin')}</Tag>}
            {x.frozen && <Tag>{t('reporting.templates.frozen')}</Tag>}
            {x.versions.length > 1 && (
              <Select
                size="small"
                value={x.id}
                style={{ width: 160 }}
                onChange={(v) => nav(`/bao-cao/de-cuong/${v}`)}
                options={x.versions.map((v) => ({
                  value: v.id,
                  label: `${t('reporting.templates.version')} ${v.version}`,
                }))}
              />
            )}
            {x.can.edit && (
              <Button icon={<EditOutlined />} onClick={() => nav(`/bao-cao/de-cuong/${x.id}/sua`)}>
                {t('reporting.templates.edit')}
              </Button>
            )}
            {canBuild && (
              <Button icon={<CopyOutlined />} onClick={() => nav(`/bao-cao/de-cuong/moi?from=${x.id}`)}>
                {t('reporting.templates.copy')}
              </Button>
            )}
          </>
        }
      />
      <Card size="small" style={{ marginBottom: 12 }}>
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t('reporting.templates.legalBasis')}>
            {x.legalBasis || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('reporting.templates.description')}>
            {x.description || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('reporting.templates.owner')}>
            {x.ownerUnitName ?? t('reporting.templates.builtin')}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card
        size="small"
        title={`${t('reporting.templates.sections')} (${x.sectionCount})`}
        style={{ marginBottom: 12 }}
      >
        <Tree
          blockNode
          selectable={false}
          defaultExpandedKeys={codes(x.sections)}
          treeData={toTree(x.sections)}
        />
      </Card>
      <Card
        size="small"
        title={`${t('reporting.templates.indicators')} (${x.indicators.length})`}
        style={{ marginBottom: 12 }}
      >
        <Table<TemplateIndicator>
          size="small"
          rowKey="code"
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          dataSource={x.indicators}
          columns={[
            { title: t('reporting.templates.section'), dataIndex: 'sectionCode', width: 70 },
            {
              title: t('reporting.templates.indicatorName'),
              dataIndex: 'name',
              render: (_, i) => (
                <div>
                  <div>{i.name || i.code}</div>
                  {/* the stable key used in formulas: secondary, for whoever writes the rules */}
                  <Typography.Text
                    type="secondary"
                    style={{ fontSize: 12, fontFamily: 'monospace' }}
                    title={t('common.indicatorCode')}
                  >
                    {i.code}
                  </Typography.Text>
                </div>
              ),
            },
            { title: t('reporting.templates.unit'), dataIndex: 'unit', width: 90 },
            {
              title: t('reporting.templates.aggregation'),
              width: 220,
              render: (_, i) =>
                i.aggregation === 'ratio'
                  ? `${t('reporting.agg.ratio')}: ${nameOf(i.numerator)} / ${nameOf(i.denominator)}`
                  : t(`reporting.agg.${i.aggregation}`),
            },
            {
              title: t('reporting.templates.provider'),
              width: 200,
              render: (_, i) =>
                i.providerKey ? (
                  <Tag color={i.providerLabel ? 'blue' : 'default'}>{i.providerLabel ?? i.providerKey}</Tag>
                ) : (
                  t('reporting.source.entered')
                ),
            },
          ]}
        />
      </Card>
      <Card size="small" title={`${t('reporting.templates.rules')} (${x.rules.length})`}>
        <Table<TemplateRule>
          size="small"
          rowKey="code"
          pagination={false}
          dataSource={x.rules}
          columns={[
            {
              title: t('reporting.templates.expression'),
              dataIndex: 'expression',
              width: 380,
              render: (e: string) => <Typography.Text code>{e}</Typography.Text>,
            },
            { title: t('reporting.templates.message'), dataIndex: 'message' },
            {
              title: t('reporting.templates.severity'),
              dataIndex: 'severity',
              width: 120,
              render: (s: string) => (
                <Space>
                  {s === 'error' ? (
                    <Tag color="red">{t('reporting.templates.error')}</Tag>
                  ) : (
                    <Tag color="gold">{t('reporting.templates.warning')}</Tag>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
    </div>
  );
}
