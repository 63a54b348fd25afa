import { StopOutlined } from '@ant-design/icons';
import { Input, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { PORTAL_SECTION_KEYS } from '@danvan/domain';
import {
  PETITION_FIELD_LABELS,
  PUBLICATION_STATES,
  PUBLICATION_STATE_LABELS,
  type PortalPublication,
} from '@danvan/contracts';
import { formatDate } from '../../../shared/format.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { FormModal } from '../../../shared/components/FormModal.tsx';
import { Field } from '../../../shared/components/Field.tsx';
import { enumLabel } from '../../../shared/components/EnumTag.tsx';
import { RegisterPage, param, useUrlState } from '../../../shared/register/index.ts';
import { api, usePortalMutation, usePublications } from '../api.ts';
import { usePortalI18n } from '../components/i18n.ts';

const STATE_COLORS: Record<string, string> = {
  resolved: 'green',
  resolved_in_part: 'blue',
  not_competent: 'orange',
  closed_unresolved: 'default',
};

/** What the unit (and the units below it) has published on the citizens' portal; withdraw with a reason. */
export default function PublicationsPage() {
  const { i18n, t } = usePortalI18n();
  const notify = useNotify();
  const state = useUrlState(
    {
      unitId: param.int(),
      section: param.oneOf(PORTAL_SECTION_KEYS),
      state: param.oneOf(PUBLICATION_STATES),
      withdrawn: param.flag(),
    },
    { pageSize: 20 },
  );
  const f = state.filters;
  const list = usePublications({
    unitId: f.unitId,
    section: f.section,
    state: f.state,
    withdrawn: f.withdrawn ? '1' : undefined,
    page: state.page,
    pageSize: state.pageSize,
  });
  const [withdrawing, setWithdrawing] = useState<PortalPublication | null>(null);
  const withdraw = usePortalMutation((a: { id: number; reason: string; version: number }) =>
    api.withdraw(a.id, { reason: a.reason, expectedVersion: a.version }),
  );

  return (
    <RegisterPage
      title={t('portal.publications.title')}
      subtitle={t('portal.publications.subtitle')}
      state={state}
      query={list}
      rowKey="id"
      labelled
      filters={[
        { type: 'unit', key: 'unitId', label: t('portal.publications.unit'), width: 260 },
        {
          type: 'enum',
          key: 'section',
          label: t('portal.publications.section'),
          labels: 'portal.publications.sections',
          codes: PORTAL_SECTION_KEYS,
          width: 240,
        },
        {
          type: 'enum',
          key: 'state',
          label: t('portal.publications.state'),
          labels: PUBLICATION_STATE_LABELS,
          codes: PUBLICATION_STATES,
          width: 220,
          testId: 'filter-state',
        },
        { type: 'check', key: 'withdrawn', text: t('portal.publications.withdrawn') },
      ]}
      empty={t('portal.publications.empty')}
      columns={[
        {
          title: t('portal.publications.titleCol'),
          width: 360,
          render: (_, p) => (
            <div data-testid="publication-row">
              <div>
                <Typography.Text strong>{p.title}</Typography.Text>
              </div>
              <Typography.Paragraph
                type="secondary"
                style={{ fontSize: 12, margin: 0 }}
                ellipsis={{ rows: 2, tooltip: p.text }}
              >
                {p.text}
              </Typography.Paragraph>
            </div>
          ),
        },
        { title: t('portal.publications.unit'), dataIndex: 'unitName', width: 200 },
        {
          title: t('portal.publications.section'),
          width: 180,
          render: (_, p) => enumLabel('portal.publications.sections', p.section, i18n),
        },
        {
          title: t('portal.publications.field'),
          width: 150,
          render: (_, p) => (p.field ? enumLabel(PETITION_FIELD_LABELS, p.field, i18n) : '—'),
        },
        {
          title: t('portal.publications.state'),
          width: 170,
          render: (_, p) => (
            <div>
              {p.state && (
                <Tag color={STATE_COLORS[p.state]}>{enumLabel(PUBLICATION_STATE_LABELS, p.state, i18n)}</Tag>
              )}
              <div style={{ fontSize: 12 }}>
                {p.withdrawnAt ? (
                  <Typography.Text type="danger">
                    {t('portal.publications.withdrawnAt', { date: formatDate(p.withdrawnAt) })}
                  </Typography.Text>
                ) : (
                  t('portal.publications.live')
                )}
              </div>
            </div>
          ),
        },
        {
          title: t('portal.publications.publishedAt'),
          width: 160,
          render: (_, p) => (
            <div>
              {formatDate(p.publishedAt)}
              {p.publishedByName && (
                <div className="dv-muted" style={{ fontSize: 12 }}>
                  {p.publishedByName}
                </div>
              )}
            </div>
          ),
        },
        {
          title: t('portal.publications.source'),
          width: 130,
          render: (_, p) =>
            p.sourceKind === 'petition' ? (
              <div>
                <Link to={`/don-thu/${p.sourceId}`}>
                  {t('portal.publications.petition', { id: p.sourceId })}
                </Link>
              </div>
            ) : (
              p.sourceModule
            ),
        },
      ]}
      actions={[
        {
          key: 'withdraw',
          icon: <StopOutlined />,
          label: t('portal.publications.withdraw'),
          danger: true,
          visible: (p) => p.can.withdraw && !p.withdrawnAt,
          onClick: (p) => setWithdrawing(p),
          testId: 'row-withdraw',
        },
      ]}
      modals={
        <FormModal<{ reason: string }>
          open={withdrawing !== null}
          title={t('portal.publications.withdrawTitle')}
          okText={t('portal.publications.withdraw')}
          okDanger
          onCancel={() => setWithdrawing(null)}
          onSubmit={async (v) => {
            await withdraw.mutateAsync({
              id: withdrawing!.id,
              reason: v.reason,
              version: withdrawing!.version,
            });
            notify.success(t('portal.publications.withdrawn_ok'));
            setWithdrawing(null);
          }}
        >
          {withdrawing && <Typography.Paragraph strong>{withdrawing.title}</Typography.Paragraph>}
          <Field name="reason" label={t('portal.publications.withdrawReason')} need="text">
            <Input.TextArea rows={3} maxLength={1000} data-testid="withdraw-reason" />
          </Field>
        </FormModal>
      }
    />
  );
}
