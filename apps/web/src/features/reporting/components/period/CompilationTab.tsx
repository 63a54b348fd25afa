import { Alert, Button, Card, Checkbox, Descriptions, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../../../i18n/index.tsx';
import { ErrorAlert } from '../../../../shared/components/ErrorAlert.tsx';
import { FullPageSpin } from '../../../../app/guards.tsx';
import { useCompilation } from '../../api.ts';
import { CompileButton } from '../CompileButton.tsx';
import { ExcerptsPanel } from '../ExcerptsPanel.tsx';
import { StatusTag, fmtNum } from '../tags.tsx';

/**
 * The province's compilation: per section the rolled-up figures and the units' texts (the sources
 * the province's report quotes from); "Tổng hợp" whenever the server allows compiling.
 */
export function CompilationTab({ periodId }: { periodId: number }) {
  const { t, lang } = useI18n();
  const nav = useNavigate();
  const [includeSubmitted, setIncludeSubmitted] = useState(false);
  const c = useCompilation(periodId, { includeSubmitted });
  if (c.isLoading) return <FullPageSpin />;
  if (!c.data) return <ErrorAlert error={c.error} onRetry={() => c.refetch()} />;
  const x = c.data;
  const byCode = new Map(x.rollup.indicators.map((i) => [i.code, i]));
  return (
    <Flex vertical gap={12}>
      <Alert type="info" showIcon title={t('reporting.period.compilationHint')} />
      <Flex gap={12} wrap align="center">
        <Checkbox checked={includeSubmitted} onChange={(e) => setIncludeSubmitted(e.target.checked)}>
          {t('reporting.period.includeSubmitted')}
        </Checkbox>
        {x.can.compile && (
          <CompileButton
            primary
            key={String(includeSubmitted)}
            periodId={periodId}
            includeSubmitted={includeSubmitted}
            onDone={(r) => nav(`/bao-cao/${r.id}`)}
          />
        )}
        {x.report && (
          <Button onClick={() => nav(`/bao-cao/${x.report!.id}`)}>
            {t('reporting.period.openProvinceReport')} <StatusTag status={x.report.status} />
          </Button>
        )}
        <Typography.Text type="secondary">
          {t('reporting.period.reportsCounted', { n: x.rollup.reportsCounted })}
        </Typography.Text>
      </Flex>
      {x.sections.map((s) => {
        const inds = x.rollup.indicators.filter((i) => i.sectionCode === s.code);
        if (!inds.length && !s.hasNarrative) return null;
        return (
          <Card
            key={s.code}
            size="small"
            title={`${s.number}. ${s.title}`}
            style={{ marginInlineStart: s.depth * 16 }}
          >
            {inds.length > 0 && (
              <Descriptions size="small" column={1} bordered style={{ marginBottom: 8 }}>
                {inds.map((i) => (
                  <Descriptions.Item key={i.code} label={`${i.name} (${i.unit})`}>
                    {fmtNum(byCode.get(i.code)?.value ?? null, lang)}
                  </Descriptions.Item>
                ))}
              </Descriptions>
            )}
            {s.hasNarrative &&
              (s.narratives.length ? (
                <ExcerptsPanel excerpts={s.narratives} />
              ) : (
                <Typography.Text type="secondary">{t('reporting.period.noNarratives')}</Typography.Text>
              ))}
          </Card>
        );
      })}
    </Flex>
  );
}
