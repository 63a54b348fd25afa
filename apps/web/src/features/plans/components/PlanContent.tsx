import { Card, Descriptions, Typography } from 'antd';
import type { Plan } from '@danvan/contracts';
import { useT } from '../../../i18n/index.tsx';
import { formatDate } from '../../../shared/format.ts';
import { EmptyState } from '../../../shared/components/EmptyState.tsx';

const paragraphs = (text: string) =>
  text
    .split(/\n+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** The plan as it reads: basis, I. purposes and requirements, the numbered sections, signer, recipients. */
export function PlanContent({ plan }: { plan: Plan }) {
  const t = useT();
  const hasPurposes = plan.purposes.length > 0 || plan.requirements.length > 0;
  const sections = plan.sections.filter((s) => !(hasPurposes && s.number === 'I'));
  const empty = !hasPurposes && !sections.length && !plan.basis;
  return (
    <div>
      <Card style={{ marginBottom: 16 }}>
        <div
          className="plan-document"
          style={{ maxWidth: 860, margin: '0 auto', fontSize: 15, lineHeight: 1.6 }}
        >
          <Typography.Title level={2} style={{ textAlign: 'center', marginBottom: 0, fontSize: 20 }}>
            KẾ HOẠCH
          </Typography.Title>
          <Typography.Paragraph strong style={{ textAlign: 'center' }}>
            {plan.title}
          </Typography.Paragraph>
          {empty && <EmptyState description={t('plans.plan.noContent')} />}
          {paragraphs(plan.basis).map((p, i) => (
            <Typography.Paragraph key={`b${i}`} style={{ textIndent: '1cm', textAlign: 'justify' }}>
              {p}
            </Typography.Paragraph>
          ))}
          {hasPurposes && (
            <>
              <Typography.Paragraph strong>I. MỤC ĐÍCH, YÊU CẦU</Typography.Paragraph>
              {plan.purposes.length > 0 && <Typography.Paragraph strong>1. Mục đích</Typography.Paragraph>}
              {plan.purposes.flatMap(paragraphs).map((p, i) => (
                <Typography.Paragraph key={`p${i}`} style={{ textIndent: '1cm', textAlign: 'justify' }}>
                  {p}
                </Typography.Paragraph>
              ))}
              {plan.requirements.length > 0 && (
                <Typography.Paragraph strong>{plan.purposes.length ? 2 : 1}. Yêu cầu</Typography.Paragraph>
              )}
              {plan.requirements.flatMap(paragraphs).map((p, i) => (
                <Typography.Paragraph key={`r${i}`} style={{ textIndent: '1cm', textAlign: 'justify' }}>
                  {p}
                </Typography.Paragraph>
              ))}
            </>
          )}
          {sections.map((s, i) => {
            const parts = s.number.split('.');
            return (
              <div key={`s${i}`}>
                <Typography.Paragraph strong>
                  {parts.length === 1
                    ? `${s.number}. ${s.title.toLocaleUpperCase('vi-VN')}`
                    : `${parts.slice(1).join('.')}. ${s.title}`}
                </Typography.Paragraph>
                {paragraphs(s.body).map((p, j) => (
                  <Typography.Paragraph key={j} style={{ textIndent: '1cm', textAlign: 'justify' }}>
                    {p}
                  </Typography.Paragraph>
                ))}
              </div>
            );
          })}
          {paragraphs(plan.closing).map((p, i) => (
            <Typography.Paragraph key={`c${i}`} style={{ textIndent: '1cm', textAlign: 'justify' }}>
              {p}
            </Typography.Paragraph>
          ))}
        </div>
      </Card>
      <Card>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('plans.plan.signer')}>
            {[plan.signerAuthority, plan.signerPosition, plan.signerName].filter(Boolean).join(' — ') || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('plans.plan.recipients')}>
            {plan.recipients.join('; ') || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('plans.plan.theme')}>{plan.themeName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('plans.plan.movements')}>
            {plan.movements.map((m) => m.name).join('; ') || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('plans.plan.documents')} span={2}>
            {plan.guidingDocuments.length
              ? plan.guidingDocuments.map((d) => (
                  <div key={d.id}>
                    {d.numberSymbol} ({formatDate(d.issuedOn)}) — {d.title}
                  </div>
                ))
              : '—'}
          </Descriptions.Item>
        </Descriptions>
      </Card>
    </div>
  );
}
