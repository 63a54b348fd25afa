import { Button, Flex, Typography } from 'antd';
import { useNavigate } from 'react-router';
import type { Round } from '@danvan/contracts';
import { ROUND_STATE_CODES, ROUND_STATE_LABELS } from '@danvan/contracts';
import { formatDate } from '../../../shared/format.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { useMe } from '../../../shared/session.ts';
import { EnumTag } from '../../../shared/components/EnumTag.tsx';
import { RegisterPage, param, useUrlState } from '../../../shared/register/index.ts';
import { api, useAssessments, useRounds, useScoringMutation } from '../api.ts';
import { VOCAB } from '../components/vocab.tsx';
import { useScoringI18n } from '../components/i18n.ts';

/** The working unit's own assessment in a round: its state and the button to open or start it. */
function UnitLine({ round, unitId }: { round: Round; unitId: number }) {
  const { t, num } = useScoringI18n();
  const nav = useNavigate();
  const notify = useNotify();
  const mine = useAssessments({ roundId: round.id, unitId, pageSize: 5 });
  const own = mine.data?.items.find((a) => a.unitId === unitId);
  const start = useScoringMutation((_: void) => api.openAssessment(round.id, unitId));
  if (mine.isLoading) return null;
  if (own)
    return (
      <Flex gap={8} align="center" wrap>
        <EnumTag vocab={VOCAB.assessmentState} value={own.state} />
        <span>
          {t('scoring.self.totalOf', {
            total: num(own.finalTotal ?? own.appraisedTotal ?? own.selfTotal),
            max: num(own.maxTotal),
          })}
        </span>
        <Button
          size="small"
          type="primary"
          onClick={() => nav(`/cham-diem/ban-cham/${own.id}`)}
          data-testid="assessment-open"
        >
          {t('scoring.self.open')}
        </Button>
      </Flex>
    );
  if (round.state !== 'open' || !mine.data?.can?.create)
    return <Typography.Text type="secondary">{t('scoring.self.notStarted')}</Typography.Text>;
  return (
    <Button
      size="small"
      type="primary"
      loading={start.isPending}
      data-testid="assessment-start"
      onClick={() =>
        start.mutate(undefined, {
          onSuccess: (a) => nav(`/cham-diem/ban-cham/${a.id}`),
          onError: notify.error,
        })
      }
    >
      {t('scoring.self.start')}
    </Button>
  );
}

/** "Tự chấm điểm": the rounds the working unit takes part in, with its self-assessment in each. */
export default function SelfAssessmentsPage() {
  const { t } = useScoringI18n();
  const me = useMe();
  const unit = me.data?.activeUnit ?? null;
  const state = useUrlState({ year: param.int(), state: param.oneOf(ROUND_STATE_CODES) });
  const rounds = useRounds({ ...state.filters, page: state.page, pageSize: state.pageSize });
  return (
    <RegisterPage
      title={t('scoring.self.title')}
      subtitle={unit ? t('scoring.self.subtitle', { unit: unit.name }) : t('scoring.self.noUnit')}
      state={state}
      query={rounds}
      rowKey="id"
      labelled
      filters={[
        { type: 'year', key: 'year', label: t('scoring.rounds.year'), width: 110 },
        {
          type: 'enum',
          key: 'state',
          label: t('scoring.rounds.state'),
          labels: ROUND_STATE_LABELS,
          codes: ROUND_STATE_CODES,
          width: 220,
        },
      ]}
      empty={t('scoring.self.empty')}
      columns={[
        {
          title: t('scoring.rounds.name'),
          width: 300,
          render: (_, r) => (
            <div style={{ whiteSpace: 'normal' }}>
              <Typography.Text strong>{r.name}</Typography.Text>
              <div style={{ fontSize: 12, color: 'var(--ant-color-text-description)' }}>{r.setName}</div>
            </div>
          ),
        },
        {
          title: t('scoring.rounds.deadline'),
          width: 120,
          render: (_, r) => <span data-testid="round-deadline">{formatDate(r.submitDeadline)}</span>,
        },
        {
          title: t('scoring.self.mine'),
          key: 'mine',
          width: 340,
          render: (_, r) => (unit ? <UnitLine round={r} unitId={unit.id} /> : null),
        },
      ]}
    />
  );
}
