import { Tag, Tooltip } from 'antd';
import { useT } from '../../../i18n/index.tsx';

/** The "cần kiểm tra" mark: a value not confirmed against the official text. */
export function NeedsCheckTag({ show }: { show: boolean }) {
  const t = useT();
  if (!show) return null;
  return (
    <Tooltip title={t('legal.needsCheckHint')}>
      <Tag color="warning" data-testid="needs-check">
        {t('legal.needsCheck')}
      </Tag>
    </Tooltip>
  );
}
