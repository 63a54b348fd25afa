import { FileAddOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Flex, Form, Input, List, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { AnswerItem } from '@danvan/contracts';
import { formatDate, todayIso } from '../../../shared/format.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { usePermission } from '../../../shared/session.ts';
import { EnumTag } from '../../../shared/components/EnumTag.tsx';
import { Field, FormRow } from '../../../shared/components/Field.tsx';
import { RegisterFrame, RegisterTable, param, useUrlState } from '../../../shared/register/index.ts';
import { api, useAnswersMutation, useItems } from '../api.ts';
import { BulkBar } from '../components/BulkBar.tsx';
import { ItemDialogs, useItemDialogs } from '../components/ItemDialogs.tsx';
import { VOCAB } from '../components/fields.tsx';
import { itemPath } from '../components/itemColumns.tsx';
import { useAnswersI18n } from '../components/i18n.ts';

/** One item with its own answer box: write, save, next. */
function AnswerCard({
  item,
  picked,
  onPick,
}: {
  item: AnswerItem;
  picked: boolean;
  onPick: (on: boolean) => void;
}) {
  const { t } = useAnswersI18n();
  const notify = useNotify();
  const [form] = Form.useForm<{ text: string; answerDocument?: string }>();
  const answer = useAnswersMutation((v: { text: string; answerDocument?: string }) =>
    api.answer(item.id, {
      expectedVersion: item.version,
      text: v.text,
      answerDocument: v.answerDocument ?? '',
      answeredOn: todayIso(),
    }),
  );
  const [busy, setBusy] = useState(false);
  return (
    <List.Item style={{ display: 'block', padding: '8px 0' }}>
      <Card size="small" data-testid="answer-card">
        <Flex gap={8} align="flex-start" wrap>
          <Checkbox
            checked={picked}
            onChange={(e) => onPick(e.target.checked)}
            aria-label={t('answers.bulk.pick', { n: item.number })}
          />
          <div style={{ flex: 1, minWidth: 0 }}>
            <Flex gap={6} wrap align="center">
              <Typography.Text strong>{t('answers.item.numberedText', { n: item.number })}</Typography.Text>
              <EnumTag vocab={VOCAB.status} value={item.status} />
              {item.compliance === 'overdue' && <EnumTag vocab={VOCAB.compliance} value={item.compliance} />}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('answers.many.due', { date: item.dueDate ? formatDate(item.dueDate) : '—' })}
              </Typography.Text>
            </Flex>
            <div>
              <Link to={itemPath(item.id)} style={{ fontSize: 12 }}>
                {item.sourceTitle}
              </Link>
            </div>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '6px 0' }}>
              {item.text}
            </Typography.Paragraph>
            {item.status === 'not_satisfied' && item.verdictComment && (
              <Typography.Paragraph type="warning" style={{ margin: '0 0 6px' }}>
                {t('answers.many.notSatisfied', { comment: item.verdictComment })}
              </Typography.Paragraph>
            )}
            {/* named per item: one page holds a form per card, and a field's id (its label's target) must be unique */}
            <Form
              form={form}
              name={`answer-${item.id}`}
              layout="vertical"
              disabled={busy}
              onFinish={(v) => {
                setBusy(true);
                answer
                  .mutateAsync(v)
                  .then(() => notify.success(t('answers.done.answered')), notify.error)
                  .finally(() => setBusy(false));
              }}
            >
              <Field name="text" label={t('answers.item.answerText')} need="text">
                <Input.TextArea
                  autoSize={{ minRows: 2, maxRows: 10 }}
                  maxLength={20000}
                  data-testid="many-text"
                />
              </Field>
              <FormRow>
                <Field name="answerDocument" label={t('answers.item.answerDocument')} width="grow">
                  <Input maxLength={100} />
                </Field>
                <Form.Item style={{ alignSelf: 'flex-end' }}>
                  <Button type="primary" htmlType="submit" loading={busy} data-testid="many-save">
                    {item.status === 'not_satisfied'
                      ? t('answers.action.reAnswer')
                      : t('answers.action.answer')}
                  </Button>
                </Form.Item>
              </FormRow>
            </Form>
          </div>
        </Flex>
      </Card>
    </List.Item>
  );
}

/**
 * One page to answer many items, for the answering unit: every item assigned to the user's units
 * that waits for an answer, each with its own answer box; select several to answer them at once
 * with one text or a template.
 */
export default function AnswerManyPage() {
  const { t } = useAnswersI18n();
  const dialogs = useItemDialogs();
  const mayTemplate = usePermission('answers:answer');
  const state = useUrlState({ q: param.search() }, { pageSize: 100 });
  const list = useItems({
    mine: 'true',
    q: state.filters.q || undefined,
    page: state.page,
    pageSize: state.pageSize,
  });
  const [picked, setPicked] = useState<AnswerItem[]>([]);
  const rows = (list.data?.items ?? []).filter((r) => r.can.answer);
  const data = list.data ? { ...list.data, items: rows, total: rows.length, page: 1 } : undefined;
  return (
    <RegisterFrame
      title={t('answers.many.title')}
      subtitle={t('answers.many.subtitle')}
      headerExtra={
        mayTemplate && (
          <Button
            icon={<FileAddOutlined />}
            onClick={() => dialogs.show('template', [])}
            data-testid="template-create"
          >
            {t('answers.template.create')}
          </Button>
        )
      }
      modals={<ItemDialogs state={dialogs} onDone={() => setPicked([])} />}
    >
      <RegisterTable
        state={state}
        query={{ ...list, data }}
        rowKey="id"
        labelled
        filters={[
          {
            type: 'search',
            key: 'q',
            label: t('common.search'),
            placeholder: t('answers.items.search'),
            width: 300,
          },
        ]}
        empty={t('answers.many.empty')}
        above={
          <BulkBar
            rows={picked}
            dialogs={dialogs}
            onClear={() => setPicked([])}
            pageRows={rows}
            onPick={setPicked}
          />
        }
        columns={[]}
        renderItem={(r) => (
          <AnswerCard
            key={`${r.id}-${r.version}`}
            item={r}
            picked={picked.some((p) => p.id === r.id)}
            onPick={(on) => setPicked((cur) => (on ? [...cur, r] : cur.filter((p) => p.id !== r.id)))}
          />
        )}
      />
    </RegisterFrame>
  );
}
