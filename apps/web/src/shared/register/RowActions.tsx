import { MoreOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Flex, Popconfirm, Tooltip } from 'antd';
import { useI18n } from '../../i18n/index.tsx';
import type { RowAction } from './types.ts';

/** The actions of one row: icon buttons, then the "more" menu; destructive ones ask first. */
export function ActionsCell<T>({ row, actions }: { row: T; actions: RowAction<T>[] }) {
  const { t } = useI18n();
  const { modal } = App.useApp();
  const shown = actions.filter((a) => !a.visible || a.visible(row));
  const inline = shown.filter((a) => !a.menu);
  const menu = shown.filter((a) => a.menu);
  const confirmText = (a: RowAction<T>) => (typeof a.confirm === 'function' ? a.confirm(row) : a.confirm);
  return (
    <Flex gap={4} justify="flex-end">
      {inline.map((a) => {
        const button = (
          <Button
            size="small"
            type="text"
            danger={a.danger}
            icon={a.icon}
            aria-label={a.label}
            data-testid={a.testId}
            onClick={a.confirm ? undefined : () => a.onClick(row)}
          />
        );
        return a.confirm ? (
          <Popconfirm
            key={a.key}
            title={confirmText(a)}
            okText={a.confirmOk ?? a.label}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: a.danger }}
            onConfirm={() => Promise.resolve(a.onClick(row))}
          >
            <Tooltip title={a.label}>{button}</Tooltip>
          </Popconfirm>
        ) : (
          <Tooltip key={a.key} title={a.label}>
            {button}
          </Tooltip>
        );
      })}
      {menu.length > 0 && (
        <Dropdown
          trigger={['click']}
          menu={{
            items: menu.map((a) => ({ key: a.key, icon: a.icon, label: a.label, danger: a.danger })),
            onClick: ({ key }) => {
              const a = menu.find((x) => x.key === key);
              if (!a) return;
              if (!a.confirm) return void a.onClick(row);
              modal.confirm({
                title: a.label,
                content: confirmText(a),
                okText: a.confirmOk ?? a.label,
                okButtonProps: { danger: a.danger },
                cancelText: t('common.cancel'),
                onOk: () => Promise.resolve(a.onClick(row)),
              });
            },
          }}
        >
          <Button size="small" icon={<MoreOutlined />} aria-label={t('common.actions')} />
        </Dropdown>
      )}
    </Flex>
  );
}
