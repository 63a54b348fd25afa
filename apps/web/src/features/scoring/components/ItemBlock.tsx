import { EditOutlined, MessageOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Button, Flex, Tag, Typography, theme } from 'antd';
import type { ReactNode } from 'react';
import type { AssessmentDetail, AssessmentItem } from '@danvan/contracts';
import { needsReason } from '@danvan/domain';
import { EnumTag } from '../../../shared/components/EnumTag.tsx';
import { EvidenceLinkView } from './EvidenceLink.tsx';
import { VOCAB } from './vocab.tsx';
import { useScoringI18n } from './i18n.ts';

export type ItemAction = 'self' | 'appraise' | 'explain' | 'files';

/** A label and its value on one line that wraps on a phone. */
function Line({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div data-testid={testId}>
      <Typography.Text type="secondary">{label}: </Typography.Text>
      {children}
    </div>
  );
}

/**
 * One criterion of an assessment, laid out for a phone as well as a laptop: what it asks, its
 * proposal from live data (marked, with its evidence link), the unit's score and reason, the
 * evidence, the appraisal, the explanation and the result; the actions the assessment's `can` allows.
 */
export function ItemBlock({
  a,
  item,
  onAction,
}: {
  a: AssessmentDetail;
  item: AssessmentItem;
  onAction: (action: ItemAction, item: AssessmentItem) => void;
}) {
  const { t, num } = useScoringI18n();
  const { token } = theme.useToken();
  const self = item.scoredBy === 'self';
  const adjusted = item.appraisedScore !== null && needsReason(item.appraisedScore, item.selfScore);
  const explainable = a.can.explain && (adjusted || !!item.appraisalComment);
  return (
    <div
      data-testid="criterion"
      data-code={item.criterionCode}
      style={{ padding: '12px 0', borderTop: `1px solid ${token.colorBorderSecondary}` }}
    >
      <Flex justify="space-between" gap={8} wrap>
        <div style={{ flex: '1 1 320px', minWidth: 0 }}>
          <Typography.Text strong>
            {item.criterionCode}. {item.name}
          </Typography.Text>
          <Flex gap={4} wrap style={{ marginTop: 4 }}>
            {item.kind !== 'score' && <EnumTag vocab={VOCAB.kind} value={item.kind} />}
            <EnumTag vocab={VOCAB.scoredBy} value={item.scoredBy} />
            <Tag>{t('scoring.assessment.maxN', { n: num(item.maxPoints) })}</Tag>
          </Flex>
        </div>
        <Flex gap={4} wrap align="flex-start">
          {a.can.draft && self && (
            <Button
              size="small"
              icon={<EditOutlined />}
              onClick={() => onAction('self', item)}
              data-testid="item-score"
            >
              {t('scoring.assessment.score')}
            </Button>
          )}
          {a.can.appraise && (
            <Button
              size="small"
              icon={<EditOutlined />}
              onClick={() => onAction('appraise', item)}
              data-testid="item-appraise"
            >
              {t('scoring.assessment.appraise')}
            </Button>
          )}
          {explainable && (
            <Button
              size="small"
              icon={<MessageOutlined />}
              onClick={() => onAction('explain', item)}
              data-testid="item-explain"
            >
              {t('scoring.assessment.explain')}
            </Button>
          )}
          <Button
            size="small"
            icon={<PaperClipOutlined />}
            onClick={() => onAction('files', item)}
            data-testid="item-files"
          >
            {t('scoring.assessment.files')}
          </Button>
        </Flex>
      </Flex>
      {item.guidance && (
        <Typography.Paragraph
          type="secondary"
          style={{ fontSize: 12, margin: '6px 0 0' }}
          ellipsis={{
            rows: 2,
            expandable: 'collapsible',
            symbol: (open) => (open ? t('scoring.assessment.less') : t('scoring.assessment.more')),
          }}
        >
          {t('scoring.sets.guidanceText', { text: item.guidance })}
        </Typography.Paragraph>
      )}
      {item.evidenceRequired && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '2px 0 0' }}>
          {t('scoring.sets.evidenceText', { text: item.evidenceRequired })}
        </Typography.Paragraph>
      )}
      {item.proposal && (
        <div
          data-testid="item-proposal"
          style={{
            marginTop: 8,
            padding: '6px 10px',
            background: token.colorInfoBg,
            border: `1px solid ${token.colorInfoBorder}`,
            borderRadius: token.borderRadius,
          }}
        >
          <Flex gap={8} wrap align="center">
            <Tag color="blue" data-testid="proposed-tag">
              {t('scoring.assessment.proposed')}
            </Tag>
            {item.proposal.score === null ? (
              <Tag data-testid="proposed-no-data">{t('scoring.assessment.noData')}</Tag>
            ) : (
              <Typography.Text strong data-testid="proposed-score">
                {t('scoring.assessment.pointsN', { n: num(item.proposal.score) })}
              </Typography.Text>
            )}
            <span>{item.proposal.description}</span>
          </Flex>
          <div style={{ marginTop: 4 }}>
            <EvidenceLinkView link={item.proposal.evidence} testId="proposal-evidence" />
          </div>
        </div>
      )}
      <Flex vertical gap={2} style={{ marginTop: 8 }}>
        {self && (
          <Line label={t('scoring.assessment.selfScore')} testId="item-self">
            <Typography.Text strong>{num(item.selfScore)}</Typography.Text>
            {item.proposal && item.selfFromProposal && (
              <Typography.Text type="secondary"> ({t('scoring.assessment.fromProposal')})</Typography.Text>
            )}
            {item.selfReason && (
              <div data-testid="item-reason">
                <Typography.Text type="secondary">{t('scoring.assessment.reason')}: </Typography.Text>
                {item.selfReason}
              </div>
            )}
          </Line>
        )}
        {item.evidenceLinks.length > 0 && (
          <Line label={t('scoring.assessment.evidenceLinks')}>
            <Flex vertical gap={2}>
              {item.evidenceLinks.map((l, i) => (
                <EvidenceLinkView key={`${l.path}-${i}`} link={l} testId="item-evidence-link" />
              ))}
            </Flex>
          </Line>
        )}
        {item.appraisedScore !== null && (
          <Line label={t('scoring.assessment.appraisedScore')} testId="item-appraised">
            <Typography.Text strong type={adjusted ? 'danger' : undefined}>
              {num(item.appraisedScore)}
            </Typography.Text>
            {adjusted && (
              <Tag color="orange" style={{ marginLeft: 8 }}>
                {t('scoring.assessment.adjusted')}
              </Tag>
            )}
            {item.appraisalComment && <div>{item.appraisalComment}</div>}
          </Line>
        )}
        {item.explanation && (
          <Line label={t('scoring.assessment.explanation')} testId="item-explanation">
            {item.explanation}
          </Line>
        )}
        {item.finalScore !== null && (
          <Line label={t('scoring.assessment.finalScore')} testId="item-final">
            <Typography.Text strong>{num(item.finalScore)}</Typography.Text>
            {item.decisionComment && <div>{item.decisionComment}</div>}
          </Line>
        )}
      </Flex>
    </div>
  );
}
