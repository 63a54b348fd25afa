import { CheckOutlined, EyeInvisibleOutlined, StopOutlined } from '@ant-design/icons';
import { Input, Typography } from 'antd';
import { useState } from 'react';
import type { AnswerSourceDetail, ConsultationComment, ModerateConsultationComment } from '@danvan/contracts';
import { COMMENT_STATES, COMMENT_STATE_LABELS } from '@danvan/contracts';
import { formatDateTime } from '../../../shared/format.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { EnumTag } from '../../../shared/components/EnumTag.tsx';
import { Field } from '../../../shared/components/Field.tsx';
import { FormModal } from '../../../shared/components/FormModal.tsx';
import { RegisterTable, param, useLocalState } from '../../../shared/register/index.ts';
import { api, useAnswersMutation, useComments } from '../api.ts';
import { VOCAB } from './fields.tsx';
import { useAnswersI18n } from './i18n.ts';

type Decision = ModerateConsultationComment['decision'];

/**
 * The comments citizens sent on the portal, for the agency's moderators: the queue awaiting a
 * decision first; publish, reject or hide one with the reason recorded; how many times each was
 * reported.
 */
export function CommentsModeration({ source }: { source: AnswerSourceDetail }) {
  const { t } = useAnswersI18n();
  const notify = useNotify();
  const state = useLocalState({ state: param.oneOf(COMMENT_STATES, 'pending') }, { pageSize: 20 });
  const list = useComments(source.id, {
    state: state.filters.state,
    page: state.page,
    pageSize: state.pageSize,
  });
  const [open, setOpen] = useState<{ row: ConsultationComment; decision: Decision } | null>(null);
  const moderate = useAnswersMutation((v: { row: ConsultationComment; decision: Decision; reason: string }) =>
    api.moderate(v.row.id, { expectedVersion: v.row.version, decision: v.decision, reason: v.reason }),
  );
  const label = (d: Decision) => t(`answers.moderation.${d}`);
  return (
    <>
      <RegisterTable
        card={{ title: t('answers.moderation.title') }}
        state={state}
        query={list}
        rowKey="id"
        labelled
        filters={[
          {
            type: 'enum',
            key: 'state',
            label: t('answers.moderation.state'),
            labels: COMMENT_STATE_LABELS,
            codes: COMMENT_STATES,
            width: 220,
            testId: 'filter-comment-state',
          },
        ]}
        empty={t('answers.moderation.empty')}
        columns={[
          {
            title: t('answers.moderation.author'),
            width: 160,
            render: (_, c) => c.authorName || t('answers.moderation.anonymous'),
          },
          {
            title: t('answers.moderation.text'),
            width: 420,
            render: (_, c) => (
              <Typography.Paragraph
                style={{ margin: 0, whiteSpace: 'pre-wrap' }}
                ellipsis={{ rows: 4, expandable: true }}
              >
                {c.text}
              </Typography.Paragraph>
            ),
          },
          {
            title: t('answers.moderation.submittedAt'),
            width: 140,
            render: (_, c) => formatDateTime(c.submittedAt),
          },
          {
            title: t('answers.moderation.state'),
            width: 170,
            render: (_, c) => (
              <div>
                <EnumTag vocab={VOCAB.comment} value={c.state} />
                {c.reports > 0 && (
                  <div style={{ fontSize: 12 }}>{t('answers.moderation.reports', { n: c.reports })}</div>
                )}
                {c.moderation.length > 0 && c.moderation[c.moderation.length - 1].reason && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {c.moderation[c.moderation.length - 1].reason}
                  </Typography.Text>
                )}
              </div>
            ),
          },
        ]}
        actions={[
          {
            key: 'publish',
            icon: <CheckOutlined />,
            label: label('publish'),
            visible: (c) => c.can.moderate && c.state !== 'published',
            onClick: (c) => setOpen({ row: c, decision: 'publish' }),
            testId: 'comment-publish',
          },
          {
            key: 'reject',
            icon: <StopOutlined />,
            label: label('reject'),
            visible: (c) => c.can.moderate && c.state === 'pending',
            onClick: (c) => setOpen({ row: c, decision: 'reject' }),
            testId: 'comment-reject',
          },
          {
            key: 'hide',
            icon: <EyeInvisibleOutlined />,
            label: label('hide'),
            visible: (c) => c.can.moderate && c.state === 'published',
            onClick: (c) => setOpen({ row: c, decision: 'hide' }),
            danger: true,
            testId: 'comment-hide',
          },
        ]}
      />
      <FormModal<{ reason?: string }>
        open={open !== null}
        title={open ? label(open.decision) : ''}
        okText={open ? label(open.decision) : undefined}
        okDanger={open?.decision !== 'publish'}
        onCancel={() => setOpen(null)}
        extraTop={
          open && (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{open.row.text}</Typography.Paragraph>
          )
        }
        onSubmit={(v) =>
          open
            ? moderate.mutateAsync({ ...open, reason: v.reason ?? '' }).then(() => {
                notify.success(t('answers.moderation.done'));
                setOpen(null);
              })
            : Promise.resolve()
        }
      >
        <Field
          name="reason"
          label={t('answers.moderation.reason')}
          need={open?.decision !== 'publish' ? 'text' : undefined}
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={2000}
            data-testid="moderation-reason"
          />
        </Field>
      </FormModal>
    </>
  );
}
