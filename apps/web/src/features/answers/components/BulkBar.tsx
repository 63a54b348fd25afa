import { EditOutlined, GlobalOutlined, SendOutlined } from '@ant-design/icons';
import { Button, Flex, Popconfirm, Typography } from 'antd';
import type { AnswerItem } from '@danvan/contracts';
import { useNotify } from '../../../shared/hooks.ts';
import { api, useAnswersMutation, versions } from '../api.ts';
import type { ItemDialogsState } from './ItemDialogs.tsx';
import { useAnswersI18n } from './i18n.ts';

/**
 * What can be done to the selected items at once: assign them to a unit, answer them with one text
 * or a template, publish or withdraw their answers on the portal. A button shows when every selected
 * item allows it.
 */
export function BulkBar({
  rows,
  dialogs,
  onClear,
  pageRows,
  onPick,
}: {
  rows: AnswerItem[];
  dialogs: ItemDialogsState;
  onClear: () => void;
  /** The rows shown, for "select the whole page" (the table's own select-all sits in an aria-hidden measure row). */
  pageRows?: AnswerItem[];
  onPick?: (rows: AnswerItem[]) => void;
}) {
  const { t } = useAnswersI18n();
  const notify = useNotify();
  const publish = useAnswersMutation((published: boolean) =>
    api.publish({ items: versions(rows), published }),
  );
  const pickPage =
    pageRows && onPick && pageRows.some((r) => !rows.some((x) => x.id === r.id)) ? (
      <Button
        size="small"
        onClick={() => onPick([...rows, ...pageRows.filter((r) => !rows.some((x) => x.id === r.id))])}
        data-testid="bulk-pick-page"
      >
        {t('answers.bulk.pickPage')}
      </Button>
    ) : null;
  if (!rows.length)
    return pickPage ? (
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        {pickPage}
      </Flex>
    ) : null;
  const all = (f: (r: AnswerItem) => boolean) => rows.every(f);
  const n = rows.length;
  return (
    <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }} data-testid="bulk-bar">
      <Typography.Text>{t('answers.bulk.selected', { n })}</Typography.Text>
      {pickPage}
      {all((r) => r.can.assign) && (
        <Button
          icon={<SendOutlined />}
          onClick={() => dialogs.show('assign', rows)}
          data-testid="bulk-assign"
        >
          {t('answers.action.assign')}
        </Button>
      )}
      {all((r) => r.can.answer) && (
        <Button
          icon={<EditOutlined />}
          onClick={() => dialogs.show('bulkAnswer', rows)}
          data-testid="bulk-answer"
        >
          {t('answers.bulk.answer')}
        </Button>
      )}
      {all((r) => r.can.publish) && (
        <Popconfirm
          title={t('answers.bulk.publishConfirm', { n })}
          okText={t('answers.action.publish')}
          cancelText={t('common.cancel')}
          onConfirm={() =>
            publish.mutateAsync(!all((r) => r.published)).then(() => {
              notify.success(t('answers.done.published', { n }));
              onClear();
            }, notify.error)
          }
        >
          <Button icon={<GlobalOutlined />} data-testid="bulk-publish">
            {all((r) => r.published) ? t('answers.action.unpublish') : t('answers.action.publish')}
          </Button>
        </Popconfirm>
      )}
      <Button type="link" onClick={onClear}>
        {t('answers.bulk.clear')}
      </Button>
    </Flex>
  );
}
