import {
  ArrowLeftOutlined,
  CalculatorOutlined,
  CheckOutlined,
  EditOutlined,
  SendOutlined,
} from '@ant-design/icons';
import { App, Button, Card, Flex, Input, InputNumber, Skeleton, Tabs } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { PublishRound, Round, UpdateRound } from '@danvan/contracts';
import { formatDate, todayIso } from '../../../shared/format.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { isApiError } from '../../../shared/http.ts';
import { PageHeader } from '../../../shared/components/PageHeader.tsx';
import { ErrorAlert } from '../../../shared/components/ErrorAlert.tsx';
import { EnumTag } from '../../../shared/components/EnumTag.tsx';
import { ExportButton } from '../../../shared/components/ExportButton.tsx';
import { Field, FormRow } from '../../../shared/components/Field.tsx';
import { FormModal } from '../../../shared/components/FormModal.tsx';
import { NotFoundPage } from '../../../app/pages.tsx';
import { api, useRound, useScoringMutation } from '../api.ts';
import { ComplianceTab } from '../components/ComplianceTab.tsx';
import { RankingTab } from '../components/RankingTab.tsx';
import { DateInput } from '../../../shared/components/DateInput.tsx';
import { VOCAB } from '../components/vocab.tsx';
import { useScoringI18n } from '../components/i18n.ts';

const TABS = ['don-vi', 'xep-hang'] as const;

/**
 * A round: the units' compliance (who has not submitted, where each stands), the ranking per group
 * with the cap's effect, the decision .docx; edit the deadline and the decision's details; publish.
 */
export default function RoundPage() {
  const { t } = useScoringI18n();
  const notify = useNotify();
  const nav = useNavigate();
  const params = useParams();
  const id = Number(params.id);
  const tab = (TABS as readonly string[]).includes(params.tab ?? '') ? params.tab! : 'don-vi';
  const q = useRound(id);
  const [dialog, setDialog] = useState<null | 'edit' | 'publish'>(null);
  const update = useScoringMutation((v: UpdateRound) => api.updateRound(id, v));
  const publish = useScoringMutation((v: PublishRound) => api.publishRound(id, v));
  const openRound = useScoringMutation((version: number) => api.openRound(id, version));
  const propose = useScoringMutation((version: number) => api.proposeRound(id, version));
  const { modal } = App.useApp();

  if (q.error && isApiError(q.error) && q.error.status === 404) return <NotFoundPage />;
  const r: Round | undefined = q.data;
  if (!r)
    return (
      <>
        <ErrorAlert error={q.error} onRetry={() => q.refetch()} />
        <Skeleton active />
      </>
    );
  const close = () => setDialog(null);
  const c = r.counts;
  return (
    <>
      <Link to="/cham-diem/dot">
        <ArrowLeftOutlined /> {t('scoring.rounds.back')}
      </Link>
      <PageHeader
        title={
          <Flex gap={8} align="center" wrap>
            <span data-testid="round-title">{r.name}</span>
            <EnumTag vocab={VOCAB.roundState} value={r.state} />
          </Flex>
        }
        documentTitle={r.name}
        subtitle={
          <>
            <Link to={`/cham-diem/bo-tieu-chi/${r.setId}`}>{r.setName}</Link> ·{' '}
            {t('scoring.rounds.deadlineText', { date: formatDate(r.submitDeadline), days: r.explainDays })}
            {r.decisionNumber &&
              ` · ${t('scoring.rounds.decisionText', { number: r.decisionNumber, date: formatDate(r.decisionDate) })}`}
          </>
        }
        extra={
          <>
            {r.can.decisionDocx && (
              <ExportButton
                path={`/scoring/rounds/${r.id}/decision.docx`}
                fallbackName="quyet-dinh.docx"
                data-testid="decision-docx"
              >
                {t('scoring.rounds.decisionDocx')}
              </ExportButton>
            )}
            {r.can.update && (
              <Button icon={<EditOutlined />} onClick={() => setDialog('edit')} data-testid="round-edit">
                {t('common.edit')}
              </Button>
            )}
            {r.can.open && (
              <Button
                type="primary"
                icon={<SendOutlined />}
                loading={openRound.isPending}
                data-testid="round-open"
                onClick={() =>
                  modal.confirm({
                    title: t('scoring.rounds.openConfirm'),
                    content: t('scoring.rounds.openHint', { date: formatDate(r.submitDeadline) }),
                    okText: t('scoring.rounds.openRound'),
                    cancelText: t('common.cancel'),
                    onOk: () =>
                      openRound
                        .mutateAsync(r.version)
                        .then(() => notify.success(t('scoring.rounds.opened')), notify.error),
                  })
                }
              >
                {t('scoring.rounds.openRound')}
              </Button>
            )}
            {r.can.propose && (
              <Button
                icon={<CalculatorOutlined />}
                loading={propose.isPending}
                data-testid="round-propose"
                onClick={() =>
                  modal.confirm({
                    title: t('scoring.rounds.proposeConfirm'),
                    content: t('scoring.rounds.proposeHint'),
                    okText: t('scoring.rounds.propose'),
                    cancelText: t('common.cancel'),
                    onOk: () =>
                      propose.mutateAsync(r.version).then(
                        (out) =>
                          notify.success(
                            t('scoring.rounds.proposed', {
                              units: out.units,
                              criteria: out.criteria,
                              proposals: out.proposals,
                              noData: out.noData,
                              changed: out.changed,
                            }),
                          ),
                        notify.error,
                      ),
                  })
                }
              >
                {t('scoring.rounds.propose')}
              </Button>
            )}
            {r.can.publish && (
              <Button
                type="primary"
                icon={<CheckOutlined />}
                onClick={() => setDialog('publish')}
                data-testid="round-publish"
              >
                {t('scoring.rounds.publish')}
              </Button>
            )}
          </>
        }
      />
      <Card size="small" style={{ marginBottom: 16 }} data-testid="round-counts">
        {t('scoring.rounds.countsText', {
          total: c.participants,
          notStarted: c.notStarted,
          draft: c.draft,
          submitted: c.submitted,
          appraised: c.appraised + c.explained,
          decided: c.decided,
        })}
      </Card>
      <Tabs
        activeKey={tab}
        onChange={(k) => nav(`/cham-diem/dot/${r.id}/${k}`)}
        items={[
          { key: 'don-vi', label: t('scoring.rounds.tabUnits'), children: <ComplianceTab round={r} /> },
          { key: 'xep-hang', label: t('scoring.rounds.tabRanking'), children: <RankingTab round={r} /> },
        ]}
      />

      <FormModal<Omit<UpdateRound, 'version'>>
        open={dialog === 'edit'}
        title={t('scoring.rounds.editTitle')}
        width={640}
        onCancel={close}
        initialValues={{
          name: r.name,
          submitDeadline: r.submitDeadline,
          explainDays: r.explainDays,
          decisionNumber: r.decisionNumber,
          decisionDate: r.decisionDate,
          signerName: r.signerName,
          signerPosition: r.signerPosition,
        }}
        onSubmit={(v) =>
          update.mutateAsync({ ...v, version: r.version }).then(() => {
            notify.success(t('scoring.rounds.saved'));
            close();
          })
        }
      >
        <Field name="name" label={t('scoring.rounds.name')} need="text">
          <Input maxLength={500} />
        </Field>
        <FormRow>
          <Field name="submitDeadline" label={t('scoring.rounds.deadline')} need width="grow">
            <DateInput />
          </Field>
          <Field name="explainDays" label={t('scoring.rounds.explainDays')} need width="grow">
            <InputNumber min={0} max={90} style={{ width: '100%' }} />
          </Field>
        </FormRow>
        <FormRow>
          <Field name="decisionNumber" label={t('scoring.rounds.decisionNumber')} width="grow">
            <Input maxLength={100} />
          </Field>
          <Field name="decisionDate" label={t('scoring.rounds.decisionDate')} width="grow">
            <DateInput />
          </Field>
        </FormRow>
        <FormRow>
          <Field name="signerName" label={t('scoring.rounds.signerName')} width="grow">
            <Input maxLength={200} />
          </Field>
          <Field name="signerPosition" label={t('scoring.rounds.signerPosition')} width="grow">
            <Input maxLength={200} />
          </Field>
        </FormRow>
      </FormModal>

      <FormModal<Omit<PublishRound, 'version'>>
        open={dialog === 'publish'}
        title={t('scoring.rounds.publishTitle')}
        okText={t('scoring.rounds.publish')}
        onCancel={close}
        initialValues={{ decisionNumber: r.decisionNumber, decisionDate: r.decisionDate ?? todayIso() }}
        extraTop={<p>{t('scoring.rounds.publishHint')}</p>}
        onSubmit={(v) =>
          publish.mutateAsync({ ...v, version: r.version }).then(() => {
            notify.success(t('scoring.rounds.published'));
            close();
          })
        }
      >
        <FormRow>
          <Field name="decisionNumber" label={t('scoring.rounds.decisionNumber')} need="text" width="grow">
            <Input maxLength={100} data-testid="publish-number" />
          </Field>
          <Field name="decisionDate" label={t('scoring.rounds.decisionDate')} need width="grow">
            <DateInput />
          </Field>
        </FormRow>
      </FormModal>
    </>
  );
}
