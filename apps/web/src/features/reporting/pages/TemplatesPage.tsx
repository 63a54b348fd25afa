import { Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useI18n } from '../../../i18n/index.tsx';
import { formatDate } from '../../../shared/format.ts';
import { RegisterPage, param, useUrlState } from '../../../shared/register/index.ts';
import { useTemplates } from '../api.ts';

/** Report templates: the built-in 1432/BNV-CTTN outline and the coordinators' own, with versions. */
export default function TemplatesPage() {
  const { t } = useI18n();
  const nav = useNavigate();
  const state = useUrlState({ q: param.search(), all: param.flag() });
  const list = useTemplates(state.filters.all);
  const q = state.filters.q.toLocaleLowerCase('vi');
  return (
    <RegisterPage
      title={t('reporting.templates.title')}
      subtitle={t('reporting.templates.subtitle')}
      canCreate={list.data?.can?.create ?? false}
      create={{ label: t('reporting.templates.create'), onClick: () => nav('/bao-cao/de-cuong/moi') }}
      state={state}
      query={list}
      rowKey="id"
      filters={[
        { type: 'search', key: 'q', placeholder: t('reporting.templates.name'), width: 320 },
        { type: 'check', key: 'all', text: t('reporting.templates.versions') },
      ]}
      clientFilter={(x) =>
        !q || x.name.toLocaleLowerCase('vi').includes(q) || x.code.toLocaleLowerCase('vi').includes(q)
      }
      empty={t('reporting.templates.empty')}
      columns={[
        {
          title: t('reporting.templates.name'),
          dataIndex: 'name',
          sortKey: 'name',
          sortValue: (x) => x.name,
          render: (n: string, x) => (
            <div>
              <Link to={`/bao-cao/de-cuong/${x.id}`}>{n}</Link>
              <div style={{ fontSize: 12, color: 'var(--ant-color-text-description)' }}>
                {x.code} · {t('reporting.templates.version')} {x.version}
              </div>
            </div>
          ),
        },
        {
          title: '',
          key: 'tags',
          width: 220,
          render: (_, x) => (
            <>
              {x.builtin && <Tag color="blue">{t('reporting.templates.builtin')}</Tag>}
              {x.frozen && <Tag>{t('reporting.templates.frozen')}</Tag>}
            </>
          ),
        },
        { title: t('reporting.templates.sections'), dataIndex: 'sectionCount', width: 70, align: 'right' },
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
        {
          title: '',
          dataIndex: 'createdAt',
          width: 110,
          sortKey: 'created',
          sortValue: (x) => x.createdAt,
          render: (v: string) => formatDate(v),
        },
      ]}
    />
  );
}
