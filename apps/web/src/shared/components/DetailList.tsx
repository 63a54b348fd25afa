import { Descriptions, type DescriptionsProps } from 'antd';

/** A record's details as label–value lines, one a row, bordered (a unit, a user, a history). */
export function DetailList({
  items,
  labelWidth = 170,
}: {
  items: DescriptionsProps['items'];
  labelWidth?: number;
}) {
  return (
    <Descriptions size="small" column={1} bordered styles={{ label: { width: labelWidth } }} items={items} />
  );
}
