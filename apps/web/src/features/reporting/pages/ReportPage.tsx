import {
  CalculatorOutlined,
  CheckOutlined,
  RollbackOutlined,
  SaveOutlined,
  SendOutlined,
  UnlockOutlined,
} from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  Space,
  Table,
  Timeline,
  Typography,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { FIGURE_MAX } from '@danvan/contracts';
import { isOverride } from '@danvan/domain';
import type { Report, RuleResult, TemplateIndicator, TemplateSection } from '@danvan/contracts';
import { useI18n } from '../../../i18n/index.tsx';
import { formatDate, formatDateTime } from '../../../shared/format.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { PageHeader } from '../../../shared/components/PageHeader.tsx';
import { ErrorAlert } from '../../../shared/components/ErrorAlert.tsx';
import { ExportButton } from '../../../shared/components/ExportButton.tsx';
import { FileAttachments } from '../../../shared/components/FileAttachments.tsx';
import { FormModal } from '../../../shared/components/FormModal.tsx';
import { FullPageSpin } from '../../../app/guards.tsx';
import { ApiError, isApiError } from '../../../shared/http.ts';
import {
  WholeNumberInput,
  numberProblem,
  type NumberLimits,
  type TypedNumber,
} from '../../../shared/components/WholeNumberInput.tsx';
import { api, rk, useReport, useReportingMutation } from '../api.ts';
import { SourceBadge, StatusTag, fmtNum } from '../components/tags.tsx';

type Draft = {
  narratives: Record<string, string>;
  /** A figure as typed: a number, or the text when it is not a valid one (kept, with its message). */
  values: Record<string, { value: TypedNumber; reason?: string }>;
};

/** What a figure may be: whole for an integer indicator, within the indicator's bounds and ±10^15. */
function limitsOf(i: TemplateIndicator): NumberLimits {
  return {
    integer: i.type === 'integer',
    decimals: 2,
    min: i.min ?? -FIGURE_MAX,
    max: i.max ?? FIGURE_MAX,
  };
}

function flatten(list: TemplateSection[], depth = 0): (TemplateSection & { depth: number })[] {
  return list.flatMap((s) => [{ ...s, depth }, ...flatten(s.children, depth + 1)]);
}

function Issues({ items, title, type }: { items: RuleResult[]; title: string; type: 'error' | 'warning' }) {
  if (!items.length) return null;
  return (
    <Alert
      type={type}
      showIcon
      style={{ marginBottom: 12 }}
      title={title}
      data-testid={`report-${type}s`}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {items.map((i) => (
            <li key={i.code}>{i.message}</li>
          ))}
        </ul>
      }
    />
  );
}

/** The report: sections with guidance and text, figures with their sources, validation, workflow, history. */
export default function ReportPage() {
  const { id } = useParams();
  const reportId = Number(id);
  const i18n = useI18n();
  const { t, lang } = i18n;
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
  const [dialog, setDialog] = useState<'return' | 'accept' | 'reopen' | null>(null);

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

  const indicatorTable = (list: TemplateIndicator[]) => (
    <Table<TemplateIndicator>
      size="small"
      rowKey="code"
      pagination={false}
      dataSource={list}
      style={{ marginTop: 8 }}
      columns={[
        {
          title: t('reporting.report.indicator'),
          dataIndex: 'name',
          render: (n: string, i) => <span title={i.definition ?? undefined}>{n}</span>,
        },
        { title: t('reporting.report.unitOfMeasure'), dataIndex: 'unit', width: 100 },
        {
          title: t('reporting.report.value'),
          width: 280,
          render: (_, i) => {
            const v = valueOf.get(i.code);
            const d = draft.values[i.code];
            if (!can.edit || i.aggregation === 'ratio')
              return <strong data-testid={`value-${i.code}`}>{fmtNum(v?.value, lang)}</strong>;
            // the domain's rule: departing from a computed figure is an override that needs a reason
            const differs = isOverride(v, (d?.value ?? null) as number | null);
            return (
              <Flex vertical gap={4}>
                <WholeNumberInput
                  aria-label={i.name}
                  data-testid={`value-${i.code}`}
                  value={d?.value ?? null}
                  limits={limitsOf(i)}
                  showError
                  style={{ width: 200 }}
                  onChange={(x) => setValue(i.code, x)}
                />
                {differs && (
                  <Input
                    size="small"
                    aria-label={`${t('reporting.report.overrideReason')}: ${i.name}`}
                    placeholder={t('reporting.report.overrideReasonHint')}
                    value={d?.reason ?? ''}
                    onChange={(e) => setReason(i.code, e.target.value)}
                  />
                )}
              </Flex>
            );
          },
        },
        {
          title: t('reporting.report.source'),
          width: 150,
          render: (_, i) => <SourceBadge v={valueOf.get(i.code)} />,
        },
      ]}
    />
  );

  const period = r.period;
  const shownWarnings = (warnings ?? r.violations).filter(
    (w) => w.severity === 'warning' || !submitErrors.length,
  );
  return (
    <div>
      <PageHeader
        title={
          <Space wrap>
            <span>{period.name}</span>
            <StatusTag status={r.status} />
          </Space>
        }
        subtitle={
          <span>
            {r.unitName} ·{' '}
            {r.level === 'province' ? t('reporting.level.province') : t('reporting.level.unit')} ·{' '}
            {r.deadline ? t('reporting.report.deadline', { date: formatDate(r.deadline) }) : null} ·{' '}
            <Link to={`/bao-cao/ky/${period.id}`}>{t('reporting.menu.periods')}</Link>
          </span>
        }
        extra={
          <>
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
      {dirty && (
        <Alert type="info" showIcon title={t('reporting.report.unsaved')} style={{ marginBottom: 12 }} />
      )}
      {r.status === 'accepted' && (
        <Alert type="success" showIcon title={t('reporting.report.locked')} style={{ marginBottom: 12 }} />
      )}
      {r.status === 'submitted' && !can.accept && (
        <Alert type="info" showIcon title={t('reporting.report.readOnly')} style={{ marginBottom: 12 }} />
      )}
      {(r.status === 'draft' || r.status === 'returned') && period.status === 'open' && !can.edit && (
        <Alert type="info" showIcon title={t('reporting.report.unitOnly')} style={{ marginBottom: 12 }} />
      )}
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

      <Card>
        {sections.map((s) => {
          const inds = r.template.indicators.filter((i) => i.sectionCode === s.code);
          const comment = r.reviewComments?.sections?.[s.code];
          const heading = `${s.number}. ${s.title}`;
          return (
            <section
              key={s.code}
              style={{ marginBottom: 20, marginInlineStart: Math.min(s.depth, 2) * 16 }}
              data-testid={`section-${s.code}`}
            >
              <Typography.Title
                level={s.depth === 0 ? 5 : 5}
                style={{ marginBottom: 4, fontWeight: s.depth === 0 ? 700 : 600 }}
              >
                {heading}
              </Typography.Title>
              {s.guidance && (
                <Typography.Paragraph
                  type="secondary"
                  style={{ whiteSpace: 'pre-line', fontSize: 13, marginBottom: 6 }}
                >
                  {s.guidance}
                </Typography.Paragraph>
              )}
              {comment && (
                <Alert
                  type="warning"
                  style={{ marginBottom: 6 }}
                  title={`${t('reporting.report.sectionComment')}: ${comment}`}
                />
              )}
              {s.hasNarrative &&
                (can.edit ? (
                  <Input.TextArea
                    aria-label={heading}
                    autoSize={{ minRows: 2, maxRows: 14 }}
                    placeholder={t('reporting.report.narrativePlaceholder')}
                    value={draft.narratives[s.code] ?? ''}
                    onChange={(e) => {
                      const text = e.target.value;
                      setDraft((d) => ({ ...d, narratives: { ...d.narratives, [s.code]: text } }));
                      setDirty(true);
                    }}
                  />
                ) : (
                  <Typography.Paragraph style={{ whiteSpace: 'pre-line' }}>
                    {r.narratives[s.code] || '—'}
                  </Typography.Paragraph>
                ))}
              {inds.length > 0 && indicatorTable(inds)}
            </section>
          );
        })}
      </Card>

      <Flex gap={16} wrap style={{ marginTop: 16 }}>
        <Card title={t('reporting.report.attachments')} style={{ flex: '1 1 420px' }}>
          <FileAttachments entity="report" entityId={r.id} canWrite={can.attach} compact />
        </Card>
        <Card title={t('reporting.report.history')} style={{ flex: '1 1 420px' }}>
          <Timeline
            items={r.history.map((h) => ({
              key: h.id,
              content: (
                <div>
                  <strong>{t(`reporting.report.events.${h.action}`)}</strong> — {h.actorName} ·{' '}
                  {formatDateTime(h.at)}
                  {h.comment && <div style={{ whiteSpace: 'pre-line' }}>{h.comment}</div>}
                  {h.sectionComments &&
                    Object.entries(h.sectionComments).map(([code, c]) => (
                      <div key={code} style={{ fontSize: 12, color: '#8c6d1f' }}>
                        {code}: {c}
                      </div>
                    ))}
                </div>
              ),
            }))}
          />
        </Card>
      </Flex>

      <Descriptions size="small" style={{ marginTop: 12 }} column={3}>
        <Descriptions.Item label={t('reporting.periods.template')}>{r.template.name}</Descriptions.Item>
        <Descriptions.Item label={t('reporting.periods.cutoff')}>
          {formatDate(period.cutoffDate)}
        </Descriptions.Item>
        <Descriptions.Item label={t('reporting.report.version', { v: r.version })}>
          {r.submittedAt ? formatDateTime(r.submittedAt) : '—'}
        </Descriptions.Item>
      </Descriptions>

      <FormModal<{ comment: string } & Record<string, string>>
        open={dialog === 'return'}
        title={t('reporting.report.returnTitle')}
        okText={t('reporting.action.return')}
        width={720}
        onCancel={() => setDialog(null)}
        extraTop={
          <Typography.Paragraph type="secondary">{t('reporting.report.returnHint')}</Typography.Paragraph>
        }
        onSubmit={async (v) => {
          const sectionComments = Object.fromEntries(
            sections.filter((s) => v[`s_${s.code}`]?.trim()).map((s) => [s.code, v[`s_${s.code}`].trim()]),
          );
          await api.returnReport(reportId, { comment: v.comment?.trim() ?? '', sectionComments });
          await refresh();
          notify.success(t('reporting.report.returned'));
          setDialog(null);
        }}
      >
        <Form.Item name="comment" label={t('reporting.report.generalComment')}>
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
        {sections
          .filter((s) => s.hasNarrative || r.template.indicators.some((i) => i.sectionCode === s.code))
          .map((s) => (
            <Form.Item
              key={s.code}
              name={`s_${s.code}`}
              label={`${s.number}. ${s.title.length > 90 ? s.title.slice(0, 90) + '…' : s.title}`}
            >
              <Input.TextArea autoSize={{ minRows: 1 }} />
            </Form.Item>
          ))}
      </FormModal>
      <FormModal<{ comment?: string }>
        open={dialog === 'accept'}
        title={t('reporting.report.acceptTitle')}
        okText={t('reporting.action.accept')}
        onCancel={() => setDialog(null)}
        extraTop={
          <Typography.Paragraph type="secondary">{t('reporting.report.acceptHint')}</Typography.Paragraph>
        }
        onSubmit={async (v) => {
          await api.accept(reportId, { comment: v.comment?.trim() || undefined });
          await refresh();
          notify.success(t('reporting.report.accepted'));
          setDialog(null);
        }}
      >
        <Form.Item name="comment" label={t('reporting.report.comment')}>
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
      </FormModal>
      <FormModal<{ reason: string }>
        open={dialog === 'reopen'}
        title={t('reporting.report.reopenTitle')}
        okText={t('reporting.action.reopen')}
        okDanger
        onCancel={() => setDialog(null)}
        onSubmit={async (v) => {
          await api.reopen(reportId, { reason: v.reason.trim() });
          await refresh();
          notify.success(t('reporting.report.reopened'));
          setDialog(null);
        }}
      >
        <Form.Item
          name="reason"
          label={t('reporting.report.reason')}
          rules={[
            {
              required: true,
              min: 5,
              message: t('validation.minLength', { field: t('reporting.report.reason'), min: 5 }),
            },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
      </FormModal>
    </div>
  );
}
