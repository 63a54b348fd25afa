import {
  CalculatorOutlined,
  CheckOutlined,
  RollbackOutlined,
  SaveOutlined,
  SendOutlined,
  UnlockOutlined,
} from '@ant-design/icons';
import { Alert, App, Button, Card, Space, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import type { Report, RuleResult, TemplateSection } from '@danvan/contracts';
import { useI18n } from '../../../i18n/index.tsx';
import { formatDate } from '../../../shared/format.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { PageHeader } from '../../../shared/components/PageHeader.tsx';
import { ErrorAlert } from '../../../shared/components/ErrorAlert.tsx';
import { ExportButton } from '../../../shared/components/ExportButton.tsx';
import { FullPageSpin } from '../../../app/guards.tsx';
import { ApiError, isApiError } from '../../../shared/http.ts';
import { numberProblem, type TypedNumber } from '../../../shared/components/WholeNumberInput.tsx';
import { api, rk, useCompilation, useReport, useReportingMutation } from '../api.ts';
import { StatusTag } from '../components/tags.tsx';
import { CompileButton } from '../components/CompileButton.tsx';
import { Issues, ReportActivity } from '../components/ReportActivity.tsx';
import { ReportDialogs, type ReportDialog } from '../components/ReportDialogs.tsx';
import { ReportIndicatorTable, limitsOf, type DraftValue } from '../components/ReportIndicatorTable.tsx';
import { ReportSection, type FlatSection } from '../components/ReportSection.tsx';
import { SynthesisTables } from '../components/SynthesisTables.tsx';

type Draft = { narratives: Record<string, string>; values: Record<string, DraftValue> };

function flatten(list: TemplateSection[], depth = 0): FlatSection[] {
  return list.flatMap((s) => [{ ...s, depth }, ...flatten(s.children, depth + 1)]);
}

/**
 * The report: sections with guidance and text, figures with their sources, validation, workflow,
 * history. The province's report also shows its compilation's synthesis, the units' texts beside each
 * section to insert, and "Tổng hợp" when the server allows compiling again.
 */
export default function ReportPage() {
  const { id } = useParams();
  const reportId = Number(id);
  const i18n = useI18n();
  const { t } = i18n;
  const notify = useNotify();
  const { modal } = App.useApp();
  const q = useReport(reportId);
  const qc = useQueryClient();
  const refresh = () => qc.invalidateQueries({ queryKey: rk.all });
  const r = q.data;
  const [draft, setDraft] = useState<Draft>({ narratives: {}, values: {} });
  const [dirty, setDirty] = useState(false);
  const [warnings, setWarnings] = useState<RuleResult[] | null>(null);
  const [submitErrors, setSubmitErrors] = useState<RuleResult[]>([]);
  const [dialog, setDialog] = useState<ReportDialog>(null);
  const province = r?.level === 'province';
  // the units' texts, section by section: sources the coordinator picks from for the province's report
  const compilation = useCompilation(
    r?.periodId ?? 0,
    { includeSubmitted: r?.synthesis?.includeSubmitted ?? false },
    !!r && province && r.can.edit && r.period.can.review,
  );

  const reset = (rep: Report) => {
    setDraft({
      narratives: { ...rep.narratives },
      values: Object.fromEntries(
        rep.values.map((v) => [v.code, { value: v.value, reason: v.overrideReason ?? undefined }]),
      ),
    });
    setDirty(false);
  };
  useEffect(() => {
    if (r) reset(r);
  }, [r?.id, r?.version]);

  const sections = useMemo(() => (r ? flatten(r.template.sections) : []), [r]);
  const valueOf = useMemo(() => new Map(r?.values.map((v) => [v.code, v]) ?? []), [r]);
  const synthesisOf = useMemo(() => new Map(r?.synthesis?.sections.map((s) => [s.code, s]) ?? []), [r]);
  const excerptsOf = useMemo(
    () => new Map(compilation.data?.sections.map((s) => [s.code, s.narratives]) ?? []),
    [compilation.data],
  );

  const save = useReportingMutation(() =>
    api.save(reportId, {
      narratives: draft.narratives,
      values: r!.template.indicators
        .filter((i) => i.aggregation !== 'ratio' && draft.values[i.code] !== undefined)
        .map((i) => ({
          code: i.code,
          value: draft.values[i.code].value as number | null,
          overrideReason: draft.values[i.code].reason,
        })),
      expectedVersion: r!.version,
    }),
  );
  const doSave = async (quiet = false) => {
    // a figure typed wrong (−5, 2,5 in a whole-number field, beyond the limit) is never sent
    // rounded or clamped: the field shows why, and nothing is saved until it is corrected
    const wrong = (r?.template.indicators ?? []).flatMap((i) => {
      const typed = draft.values[i.code]?.value;
      const untouched = typed === (valueOf.get(i.code)?.value ?? null);
      const problem = i.aggregation === 'ratio' || untouched ? null : numberProblem(typed, limitsOf(i), i18n);
      return problem
        ? [
            {
              path: `values.${i.code}`,
              label: i.name,
              message: `${i.name}: ${problem.charAt(0).toLocaleLowerCase('vi')}${problem.slice(1)}`,
            },
          ]
        : [];
    });
    if (wrong.length)
      throw new ApiError({
        status: 400,
        code: 'validation_failed',
        detail: `${t('validation.number.fix')} ${wrong.map((w) => w.message).join(' ')}`,
        errors: wrong,
      });
    const res = await save.mutateAsync(undefined);
    setWarnings(res.warnings);
    setSubmitErrors([]);
    if (!quiet)
      notify.success(
        res.warnings.length
          ? t('reporting.report.savedWithWarnings', { n: res.warnings.length })
          : t('reporting.report.saved'),
      );
    return res;
  };
  const submit = useReportingMutation((v: number) => api.submit(reportId, { expectedVersion: v }));
  const recompute = useReportingMutation(
    () => api.recompute(reportId),
    () => notify.success(t('reporting.report.recomputed')),
  );

  if (q.isLoading) return <FullPageSpin />;
  if (!r) return <ErrorAlert error={q.error} onRetry={() => q.refetch()} />;
  const can = r.can;
  const resubmit = r.status === 'returned';

  const onSubmit = () =>
    modal.confirm({
      title: resubmit ? t('reporting.action.resubmit') : t('reporting.action.submit'),
      content: t('reporting.report.submitConfirm'),
      okText: resubmit ? t('reporting.action.resubmit') : t('reporting.action.submit'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          const version = dirty ? (await doSave(true)).report.version : r.version;
          await submit.mutateAsync(version);
          setSubmitErrors([]);
          notify.success(t('reporting.report.submitted'));
        } catch (e) {
          if (isApiError(e) && e.code === 'rule_violation')
            setSubmitErrors(
              e.errors.map((x) => ({ code: x.path, message: x.message, severity: 'error' as const })),
            );
          notify.error(e);
        }
      },
    });

  const setValue = (code: string, value: TypedNumber) => {
    setDraft((d) => ({ ...d, values: { ...d.values, [code]: { ...d.values[code], value } } }));
    setDirty(true);
  };
  const setReason = (code: string, reason: string) => {
    setDraft((d) => ({ ...d, values: { ...d.values, [code]: { ...d.values[code], reason } } }));
    setDirty(true);
  };
  const setText = (code: string, text: string) => {
    setDraft((d) => ({ ...d, narratives: { ...d.narratives, [code]: text } }));
    setDirty(true);
  };

  const period = r.period;
  const shownWarnings = (warnings ?? r.violations).filter(
    (w) => w.severity === 'warning' || !submitErrors.length,
  );
  const info = (title: string) => <Alert type="info" showIcon title={title} style={{ marginBottom: 12 }} />;
  return (
    <div>
      <PageHeader
        documentTitle={`${period.name} · ${r.unitName}`}
        title={
          <Space wrap>
            <span>{period.name}</span>
            <StatusTag status={r.status} />
          </Space>
        }
        subtitle={
          <span>
            {r.unitName} · {province ? t('reporting.level.province') : t('reporting.level.unit')} ·{' '}
            {r.deadline ? t('reporting.report.deadline', { date: formatDate(r.deadline) }) : null} ·{' '}
            <Link to={`/bao-cao/ky/${period.id}`}>{t('reporting.menu.periods')}</Link>
          </span>
        }
        extra={
          <>
            {can.compile && (
              <CompileButton
                periodId={r.periodId}
                includeSubmitted={r.synthesis?.includeSubmitted}
                before={dirty ? () => doSave(true) : undefined}
              />
            )}
            {can.recompute && (
              <Button
                icon={<CalculatorOutlined />}
                loading={recompute.isPending}
                onClick={() => recompute.mutate(undefined, { onError: notify.error })}
              >
                {t('reporting.action.recompute')}
              </Button>
            )}
            {can.edit && (
              <Button
                icon={<SaveOutlined />}
                loading={save.isPending}
                onClick={() => doSave().catch(notify.error)}
              >
                {t('reporting.action.save')}
              </Button>
            )}
            {can.submit && (
              <Button type="primary" icon={<SendOutlined />} loading={submit.isPending} onClick={onSubmit}>
                {resubmit ? t('reporting.action.resubmit') : t('reporting.action.submit')}
              </Button>
            )}
            {can.return && (
              <Button icon={<RollbackOutlined />} onClick={() => setDialog('return')}>
                {t('reporting.action.return')}
              </Button>
            )}
            {can.accept && (
              <Button type="primary" icon={<CheckOutlined />} onClick={() => setDialog('accept')}>
                {t('reporting.action.accept')}
              </Button>
            )}
            {can.reopen && (
              <Button icon={<UnlockOutlined />} onClick={() => setDialog('reopen')}>
                {t('reporting.action.reopen')}
              </Button>
            )}
            <ExportButton path={`/reporting/reports/${r.id}/export.docx`}>
              {t('reporting.report.downloadDocx')}
            </ExportButton>
            <ExportButton path={`/reporting/reports/${r.id}/export.xlsx`}>
              {t('reporting.report.downloadXlsx')}
            </ExportButton>
          </>
        }
      />
      {dirty && info(t('reporting.report.unsaved'))}
      {r.status === 'accepted' && (
        <Alert type="success" showIcon title={t('reporting.report.locked')} style={{ marginBottom: 12 }} />
      )}
      {r.status === 'submitted' && !can.accept && info(t('reporting.report.readOnly'))}
      {(r.status === 'draft' || r.status === 'returned') &&
        period.status === 'open' &&
        !can.edit &&
        info(t('reporting.report.unitOnly'))}
      {r.reviewComments?.general && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('reporting.report.reviewComments')}
          description={r.reviewComments.general}
          data-testid="review-comment"
        />
      )}
      <Issues items={submitErrors} title={t('reporting.report.errors')} type="error" />
      {!submitErrors.length && (
        <Issues
          items={(warnings ?? r.violations).filter((w) => w.severity === 'error')}
          title={t('reporting.report.errors')}
          type="error"
        />
      )}
      <Issues
        items={shownWarnings.filter((w) => w.severity === 'warning')}
        title={t('reporting.report.warnings')}
        type="warning"
      />

      {r.synthesis && (
        <Card
          size="small"
          title={t('reporting.report.overview')}
          style={{ marginBottom: 12 }}
          data-testid="overview"
        >
          {r.synthesis.overview.paragraphs.map((p) => (
            <Typography.Paragraph key={p} style={{ marginBottom: 4 }}>
              {p}
            </Typography.Paragraph>
          ))}
          <SynthesisTables tables={r.synthesis.overview.tables} />
        </Card>
      )}
      <Card>
        {sections.map((s) => {
          const inds = r.template.indicators.filter((i) => i.sectionCode === s.code);
          return (
            <ReportSection
              key={s.code}
              s={s}
              text={(can.edit ? draft.narratives[s.code] : r.narratives[s.code]) ?? ''}
              canEdit={can.edit}
              onText={(text) => setText(s.code, text)}
              comment={r.reviewComments?.sections?.[s.code]}
              synthesis={synthesisOf.get(s.code)}
              excerpts={excerptsOf.get(s.code)}
            >
              {inds.length > 0 && (
                <ReportIndicatorTable
                  indicators={inds}
                  valueOf={valueOf}
                  draft={draft.values}
                  canEdit={can.edit}
                  onValue={setValue}
                  onReason={setReason}
                />
              )}
            </ReportSection>
          );
        })}
      </Card>

      <ReportActivity r={r} />
      <ReportDialogs
        r={r}
        sections={sections}
        dialog={dialog}
        onClose={() => setDialog(null)}
        refresh={refresh}
      />
    </div>
  );
}
