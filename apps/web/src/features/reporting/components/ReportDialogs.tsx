import { Form, Input, Typography } from 'antd';
import type { Report } from '@danvan/contracts';
import { useT } from '../../../i18n/index.tsx';
import { useNotify } from '../../../shared/hooks.ts';
import { FormModal } from '../../../shared/components/FormModal.tsx';
import { api } from '../api.ts';
import type { FlatSection } from './ReportSection.tsx';

export type ReportDialog = 'return' | 'accept' | 'reopen' | null;

/** The reviewer's dialogs: return with comments per section, accept, reopen with a reason. */
export function ReportDialogs({
  r,
  sections,
  dialog,
  onClose,
  refresh,
}: {
  r: Report;
  sections: FlatSection[];
  dialog: ReportDialog;
  onClose: () => void;
  refresh: () => Promise<unknown>;
}) {
  const t = useT();
  const notify = useNotify();
  const done = async (message: string) => {
    await refresh();
    notify.success(message);
    onClose();
  };
  return (
    <>
      <FormModal<{ comment: string } & Record<string, string>>
        open={dialog === 'return'}
        title={t('reporting.report.returnTitle')}
        okText={t('reporting.action.return')}
        width={720}
        onCancel={onClose}
        extraTop={
          <Typography.Paragraph type="secondary">{t('reporting.report.returnHint')}</Typography.Paragraph>
        }
        onSubmit={async (v) => {
          const sectionComments = Object.fromEntries(
            sections.filter((s) => v[`s_${s.code}`]?.trim()).map((s) => [s.code, v[`s_${s.code}`].trim()]),
          );
          await api.returnReport(r.id, { comment: v.comment?.trim() ?? '', sectionComments });
          await done(t('reporting.report.returned'));
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
        onCancel={onClose}
        extraTop={
          <Typography.Paragraph type="secondary">{t('reporting.report.acceptHint')}</Typography.Paragraph>
        }
        onSubmit={async (v) => {
          await api.accept(r.id, { comment: v.comment?.trim() || undefined });
          await done(t('reporting.report.accepted'));
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
        onCancel={onClose}
        onSubmit={async (v) => {
          await api.reopen(r.id, { reason: v.reason.trim() });
          await done(t('reporting.report.reopened'));
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
    </>
  );
}
