import { EyeOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import type { CreateSituation, Situation } from '@danvan/contracts';
import {
  SITUATION_LEVEL_CODES,
  SITUATION_LEVEL_LABELS,
  SITUATION_STATE_CODES,
  SITUATION_STATE_LABELS,
  SITUATION_TOPIC_CODES,
  SITUATION_TOPIC_LABELS,
} from '@danvan/contracts';
import { useI18n } from '../../../i18n/index.tsx';
import { formatDate, todayIso } from '../../../shared/format.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { useMe } from '../../../shared/session.ts';
import { EnumTag } from '../../../shared/components/EnumTag.tsx';
import {
  RegisterPage,
  RowFormModal,
  param,
  rowActions,
  useRowDialogs,
  useUrlState,
} from '../../../shared/register/index.ts';
import { api, useSituations, useSituationsMutation } from '../api.ts';
import { VOCAB } from '../components/fields.tsx';
import { FollowUpList, SituationFields } from '../components/SituationFields.tsx';

/** The register of situation notes: filters in the URL, record a note with its follow-up actions. */
export default function SituationsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const notify = useNotify();
  const nav = useNavigate();
  const me = useMe();
  const unit = me.data?.activeUnit ?? null;
  const state = useUrlState(
    {
      q: param.search(),
      topic: param.oneOf(SITUATION_TOPIC_CODES),
      level: param.oneOf(SITUATION_LEVEL_CODES),
      state: param.oneOf(SITUATION_STATE_CODES),
      unitId: param.int(),
      from: param.text(),
      to: param.text(),
      overdue: param.flag(),
    },
    { pageSize: 20 },
  );
  const dialogs = useRowDialogs<Situation>();
  const query = state.filters;
  const list = useSituations({ ...query, page: state.page, pageSize: state.pageSize });
  const save = useSituationsMutation((v: CreateSituation) => api.create(v));
  const remove = useSituationsMutation((id: number) => api.remove(id));

  return (
    <RegisterPage
      title={t('situations.title')}
      subtitle={t('situations.subtitle')}
      canCreate={list.data?.can?.create ?? false}
      create={{ label: t('situations.create'), onClick: dialogs.create, testId: 'situation-create' }}
      exportPath="/situations/export.xlsx"
      exportQuery={query}
      state={state}
      query={list}
      rowKey="id"
      labelled
      filters={[
        {
          type: 'search',
          key: 'q',
          label: t('common.search'),
          placeholder: t('situations.search'),
          width: 320,
        },
        {
          type: 'enum',
          key: 'topic',
          label: t('situations.topic'),
          labels: SITUATION_TOPIC_LABELS,
          codes: SITUATION_TOPIC_CODES,
          width: 190,
          testId: 'filter-topic',
        },
        {
          type: 'enum',
          key: 'level',
          label: t('situations.level'),
          labels: SITUATION_LEVEL_LABELS,
          codes: SITUATION_LEVEL_CODES,
          width: 150,
        },
        {
          type: 'enum',
          key: 'state',
          label: t('situations.state'),
          labels: SITUATION_STATE_LABELS,
          codes: SITUATION_STATE_CODES,
          width: 150,
        },
        { type: 'unit', key: 'unitId', label: t('situations.unitFilter'), width: 240 },
        { type: 'dateRange', key: 'from', to: 'to', label: t('situations.dateRange'), width: 260 },
        { type: 'check', key: 'overdue', text: t('situations.onlyOverdue') },
      ]}
      empty={t('situations.empty')}
      table={{
        onRow: (s) => ({ onDoubleClick: () => nav(`/tinh-hinh-nhan-dan/${s.id}`) }),
      }}
      columns={[
        { title: t('situations.notedOn'), width: 110, render: (_, s) => formatDate(s.notedOn) },
        {
          title: t('situations.place'),
          width: 320,
          render: (_, s) => (
            <div>
              {/* a block of its own: a link inside a line of other text needs more than its colour (axe link-in-text-block) */}
              <div>
                <Link to={`/tinh-hinh-nhan-dan/${s.id}`} data-testid="situation-link">
                  {s.place}
                </Link>
              </div>
              <Typography.Paragraph
                type="secondary"
                style={{ fontSize: 12, margin: 0 }}
                ellipsis={{ rows: 2, tooltip: s.summary }}
              >
                {s.summary}
              </Typography.Paragraph>
            </div>
          ),
        },
        {
          title: t('situations.topic'),
          width: 150,
          render: (_, s) => <EnumTag vocab={VOCAB.topic} value={s.topic} />,
        },
        {
          title: t('situations.level'),
          width: 120,
          render: (_, s) => <EnumTag vocab={VOCAB.level} value={s.level} />,
        },
        {
          title: t('situations.followUps'),
          width: 170,
          render: (_, s) =>
            s.followUps.length === 0 ? (
              <Typography.Text type="secondary">{t('situations.noFollowUps')}</Typography.Text>
            ) : (
              <Flex vertical gap={2} data-testid="situation-follow-ups">
                <span>
                  {t('situations.followUpCount', { open: s.openFollowUps, total: s.followUps.length })}
                </span>
                {s.overdueFollowUps > 0 && (
                  <Typography.Text type="danger" style={{ fontSize: 12 }}>
                    {t('situations.overdueCount', { count: s.overdueFollowUps })}
                  </Typography.Text>
                )}
              </Flex>
            ),
        },
        {
          title: t('situations.state'),
          width: 130,
          render: (_, s) => <EnumTag vocab={VOCAB.state} value={s.state} />,
        },
        { title: t('situations.unit'), dataIndex: 'unitName', width: 200 },
      ]}
      actions={[
        {
          key: 'open',
          icon: <EyeOutlined />,
          label: t('situations.open'),
          onClick: (s) => nav(`/tinh-hinh-nhan-dan/${s.id}`),
          testId: 'row-open',
        },
        rowActions.remove<Situation>(
          t,
          (s) => remove.mutateAsync(s.id).then(() => notify.success(t('situations.deleted')), notify.error),
          t('situations.deleteConfirm'),
          (s) => s.can.delete,
        ),
      ]}
      modals={
        <RowFormModal<CreateSituation, Situation>
          dialogs={dialogs}
          title={() => t('situations.createTitle')}
          width={720}
          initialValues={{
            unitId: unit?.id,
            topic: 'hot_spot',
            level: 'normal',
            notedOn: todayIso(),
            source: '',
            followUps: [],
          }}
          save={save.mutateAsync}
          savedText={t('situations.saved')}
        >
          <SituationFields editing={false} />
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {t('situations.followUps')}
          </Typography.Title>
          <FollowUpList />
        </RowFormModal>
      }
    />
  );
}
