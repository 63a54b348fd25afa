import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Input } from 'antd';
import type { TemplateSection } from '@danvan/contracts';
import { useI18n } from '../../../../i18n/index.tsx';

export const emptySection = (code: string, number: string): TemplateSection => ({
  code,
  number,
  title: '',
  guidance: '',
  hasNarrative: true,
  children: [],
});

export function flatCodes(list: TemplateSection[]): string[] {
  return list.flatMap((s) => [s.code, ...flatCodes(s.children)]);
}

/** Edits a tree of sections: code, number, title, guidance, whether it has text; children. */
export function SectionsEditor({
  value,
  onChange,
  depth = 0,
}: {
  value: TemplateSection[];
  onChange: (v: TemplateSection[]) => void;
  depth?: number;
}) {
  const { t } = useI18n();
  const set = (i: number, patch: Partial<TemplateSection>) =>
    onChange(value.map((s, n) => (n === i ? { ...s, ...patch } : s)));
  return (
    <Flex vertical gap={8}>
      {value.map((s, i) => (
        <div
          key={i}
          style={{
            borderInlineStart: depth ? '2px solid #f0f0f0' : undefined,
            paddingInlineStart: depth ? 12 : 0,
          }}
        >
          <Flex gap={8} wrap align="start">
            <Input
              style={{ width: 90 }}
              aria-label={t('reporting.templates.sectionCode')}
              placeholder={t('reporting.templates.sectionCode')}
              value={s.code}
              onChange={(e) => set(i, { code: e.target.value })}
            />
            <Input
              style={{ width: 70 }}
              aria-label={t('reporting.templates.number')}
              placeholder={t('reporting.templates.number')}
              value={s.number}
              onChange={(e) => set(i, { number: e.target.value })}
            />
            <Input
              style={{ flex: '1 1 320px' }}
              aria-label={t('reporting.templates.sectionTitle')}
              placeholder={t('reporting.templates.sectionTitle')}
              value={s.title}
              onChange={(e) => set(i, { title: e.target.value })}
            />
            <Checkbox checked={s.hasNarrative} onChange={(e) => set(i, { hasNarrative: e.target.checked })}>
              {t('reporting.templates.hasNarrative')}
            </Checkbox>
            <Button
              size="small"
              icon={<PlusOutlined />}
              onClick={() =>
                set(i, {
                  children: [
                    ...s.children,
                    emptySection(`${s.code}.${s.children.length + 1}`, String(s.children.length + 1)),
                  ],
                })
              }
            >
              {t('reporting.templates.addChild')}
            </Button>
            <Button
              size="small"
              danger
              icon={<DeleteOutlined />}
              aria-label={t('common.delete')}
              onClick={() => onChange(value.filter((_, n) => n !== i))}
            />
          </Flex>
          <Input.TextArea
            style={{ marginTop: 4 }}
            autoSize={{ minRows: 1, maxRows: 6 }}
            placeholder={t('reporting.templates.guidance')}
            value={s.guidance}
            onChange={(e) => set(i, { guidance: e.target.value })}
          />
          {s.children.length > 0 && (
            <div style={{ marginTop: 8 }}>
              <SectionsEditor
                value={s.children}
                depth={depth + 1}
                onChange={(children) => set(i, { children })}
              />
            </div>
          )}
        </div>
      ))}
      {depth === 0 && (
        <Button
          icon={<PlusOutlined />}
          style={{ alignSelf: 'flex-start' }}
          onClick={() =>
            onChange([...value, emptySection(String(value.length + 1), String(value.length + 1))])
          }
        >
          {t('reporting.templates.addSection')}
        </Button>
      )}
    </Flex>
  );
}
