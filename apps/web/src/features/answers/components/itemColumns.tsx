import {
  CheckCircleOutlined,
  CloseCircleOutlined,
  EditOutlined,
  EyeOutlined,
  PlayCircleOutlined,
  SendOutlined,
  StopOutlined,
} from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { Link } from 'react-router';
import type { AnswerItem } from '@danvan/contracts';
import type { I18n } from '../../../i18n/index.tsx';
import { formatDate } from '../../../shared/format.ts';
import { EnumTag } from '../../../shared/components/EnumTag.tsx';
import type { RegisterColumn, RowAction } from '../../../shared/register/index.ts';
import type { ItemDialogsState } from './ItemDialogs.tsx';
import { VOCAB } from './fields.tsx';
import type { AnswersMessageKey } from './i18n.ts';

type T = (key: AnswersMessageKey, params?: Record<string, string | number>) => string;

/** The page of an item. */
export const itemPath = (id: number) => `/tra-loi/${id}`;

/** The columns of an items table; `source` adds the source's title (the register of every item). */
export function itemColumns(
  t: T,
  _i18n: I18n,
  opts: { source?: boolean } = {},
): RegisterColumn<AnswerItem>[] {
  return [
    { title: t('answers.item.number'), width: 60, dataIndex: 'number' },
    {
      title: t('answers.item.text'),
      width: 380,
      render: (_, r) => (
        <div>
          {/* a block of its own: a link inside a line of other text needs more than its colour (axe link-in-text-block) */}
          <div>
            <Link to={itemPath(r.id)} data-testid="item-link">
              <Typography.Text ellipsis={{ tooltip: r.text }} style={{ maxWidth: 360, color: 'inherit' }}>
                {r.text}
              </Typography.Text>
            </Link>
          </div>
          {opts.source && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {r.sourceTitle}
            </Typography.Text>
          )}
        </div>
      ),
    },
    ...(opts.source
      ? [
          {
            title: t('answers.source.kind'),
            width: 170,
            render: (_: unknown, r: AnswerItem) => <EnumTag vocab={VOCAB.kind} value={r.sourceKind} />,
          },
        ]
      : []),
    {
      title: t('answers.item.field'),
      width: 150,
      render: (_, r) => <EnumTag vocab={VOCAB.field} value={r.field} />,
    },
    {
      title: t('answers.item.responsible'),
      width: 200,
      render: (_, r) =>
        r.responsibleUnit ? (
          <div>
            <div>{r.responsibleUnit.name}</div>
            {r.ownerName && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {r.ownerName}
              </Typography.Text>
            )}
          </div>
        ) : (
          <Typography.Text type="secondary">{t('answers.item.unassigned')}</Typography.Text>
        ),
    },
    {
      title: t('answers.item.dueDate'),
      width: 110,
      sortKey: 'dueDate',
      sortValue: (r) => r.dueDate,
      render: (_, r) => (r.dueDate ? formatDate(r.dueDate) : '—'),
    },
    {
      title: t('answers.item.status'),
      width: 190,
      render: (_, r) => (
        <Flex vertical gap={4} align="flex-start">
          <EnumTag vocab={VOCAB.status} value={r.status} />
          {r.compliance !== 'pending' && <EnumTag vocab={VOCAB.compliance} value={r.compliance} />}
        </Flex>
      ),
    },
  ];
}

/** The row actions of an item, each shown by its `can` flag. */
export function itemActions(
  t: T,
  dialogs: ItemDialogsState,
  open: (r: AnswerItem) => void,
): RowAction<AnswerItem>[] {
  return [
    { key: 'open', icon: <EyeOutlined />, label: t('answers.item.open'), onClick: open, testId: 'row-open' },
    {
      key: 'answer',
      icon: <EditOutlined />,
      label: t('answers.action.answer'),
      visible: (r) => r.can.answer,
      onClick: (r) => dialogs.show('answer', [r]),
      testId: 'row-answer',
    },
    {
      key: 'judge',
      icon: <CheckCircleOutlined />,
      label: t('answers.action.judge'),
      visible: (r) => r.can.judge,
      onClick: (r) => dialogs.show('judge', [r]),
      testId: 'row-judge',
    },
    {
      key: 'start',
      icon: <PlayCircleOutlined />,
      label: t('answers.action.start'),
      visible: (r) => r.can.start,
      onClick: (r) => dialogs.show('start', [r]),
      menu: true,
    },
    {
      key: 'assign',
      icon: <SendOutlined />,
      label: t('answers.action.assign'),
      visible: (r) => r.can.assign,
      onClick: (r) => dialogs.show('assign', [r]),
      menu: true,
    },
    {
      key: 'decline',
      icon: <StopOutlined />,
      label: t('answers.action.decline'),
      visible: (r) => r.can.decline,
      onClick: (r) => dialogs.show('decline', [r]),
      menu: true,
    },
    {
      key: 'close',
      icon: <CloseCircleOutlined />,
      label: t('answers.action.close'),
      visible: (r) => r.can.close,
      onClick: (r) => dialogs.show('close', [r]),
      menu: true,
    },
  ];
}
