import { Alert, Col, Input, Row, Typography } from 'antd';
import type { CompilationSection, SectionSynthesis, TemplateSection } from '@danvan/contracts';
import { useT } from '../../../i18n/index.tsx';
import { ExcerptsPanel } from './ExcerptsPanel.tsx';
import { SynthesisTables } from './SynthesisTables.tsx';

export type FlatSection = TemplateSection & { depth: number };

/**
 * One section of a report: heading, guidance, the reviewer's comment, the text (editable or read),
 * the figures (`children`), and for the province's report the compilation's synthesis and, beside
 * the text, the units' own texts to insert.
 */
export function ReportSection({
  s,
  text,
  canEdit,
  onText,
  comment,
  synthesis,
  excerpts,
  children,
}: {
  s: FlatSection;
  text: string;
  canEdit: boolean;
  onText: (text: string) => void;
  comment?: string;
  synthesis?: SectionSynthesis;
  excerpts?: CompilationSection['narratives'];
  children?: React.ReactNode;
}) {
  const t = useT();
  const heading = `${s.number}. ${s.title}`;
  const beside = canEdit && s.hasNarrative && !!excerpts?.length;
  const editor = s.hasNarrative ? (
    canEdit ? (
      <Input.TextArea
        aria-label={heading}
        autoSize={{ minRows: 2, maxRows: 14 }}
        placeholder={t('reporting.report.narrativePlaceholder')}
        value={text}
        onChange={(e) => onText(e.target.value)}
      />
    ) : (
      <Typography.Paragraph style={{ whiteSpace: 'pre-line' }}>{text || '—'}</Typography.Paragraph>
    )
  ) : (
    // a heading-only section shows the generated text of the compilation, if any
    !!synthesis?.paragraphs.length && (
      <Typography.Paragraph style={{ whiteSpace: 'pre-line' }}>
        {synthesis.paragraphs.join('\n')}
      </Typography.Paragraph>
    )
  );
  const insert = (x: { text: string }) =>
    onText(text.trim() ? `${text.trimEnd()}\n${x.text.trim()}` : x.text.trim());
  return (
    <section
      style={{ marginBottom: 20, marginInlineStart: Math.min(s.depth, 2) * 16 }}
      data-testid={`section-${s.code}`}
    >
      <Typography.Title
        level={Math.min(2 + s.depth, 5) as 2 | 3 | 4 | 5}
        style={{ marginBottom: 4, fontSize: 16, fontWeight: s.depth === 0 ? 700 : 600 }}
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
      {beside ? (
        <Row gutter={12}>
          <Col xs={24} lg={14}>
            {editor}
          </Col>
          <Col xs={24} lg={10}>
            <ExcerptsPanel excerpts={excerpts!} onInsert={insert} />
          </Col>
        </Row>
      ) : (
        editor
      )}
      {children}
      {synthesis && <SynthesisTables tables={synthesis.tables} />}
    </section>
  );
}
