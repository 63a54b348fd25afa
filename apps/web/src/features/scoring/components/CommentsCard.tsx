import { Button, Card, Empty, Flex, Form, Input, List, Typography } from 'antd';
import type { AssessmentDetail } from '@danvan/contracts';
import { formatDateTime } from '../../../shared/format.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { api, useScoringMutation } from '../api.ts';
import { useScoringI18n } from './i18n.ts';

/** The comments of Ban Dân vận on an assessment; a form to add one when `can.comment`. */
export function CommentsCard({ a }: { a: AssessmentDetail }) {
  const { t } = useScoringI18n();
  const notify = useNotify();
  const [form] = Form.useForm<{ text: string }>();
  const add = useScoringMutation((text: string) => api.comment(a.id, { text }));
  if (!a.can.comment && a.comments.length === 0) return null;
  return (
    <Card title={t('scoring.comments.title')} data-testid="comments">
      {a.comments.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('scoring.comments.empty')} />
      ) : (
        <List
          dataSource={a.comments}
          rowKey="id"
          renderItem={(c) => (
            <List.Item>
              <div>
                <Typography.Text strong>{c.authorName}</Typography.Text>{' '}
                <Typography.Text type="secondary">
                  {c.authorUnitName} · {formatDateTime(c.createdAt)}
                </Typography.Text>
                <div style={{ whiteSpace: 'pre-wrap' }} data-testid="comment-text">
                  {c.text}
                </div>
              </div>
            </List.Item>
          )}
        />
      )}
      {a.can.comment && (
        <Form
          form={form}
          layout="vertical"
          onFinish={(v) =>
            add.mutateAsync(v.text).then(() => {
              form.resetFields();
              notify.success(t('scoring.comments.added'));
            }, notify.error)
          }
        >
          <Form.Item
            name="text"
            label={t('scoring.comments.new')}
            rules={[{ required: true, whitespace: true, message: t('scoring.comments.required') }]}
          >
            <Input.TextArea
              autoSize={{ minRows: 2, maxRows: 6 }}
              maxLength={5000}
              data-testid="comment-input"
            />
          </Form.Item>
          <Flex justify="flex-end">
            <Button type="primary" htmlType="submit" loading={add.isPending} data-testid="comment-add">
              {t('scoring.comments.add')}
            </Button>
          </Flex>
        </Form>
      )}
    </Card>
  );
}
