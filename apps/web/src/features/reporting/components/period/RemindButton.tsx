import { Button, Popconfirm } from 'antd';
import { useI18n } from '../../../../i18n/index.tsx';
import { useNotify } from '../../../../shared/hooks.ts';
import { api, useReportingMutation } from '../../api.ts';

/** The coordinator's one-click reminder to every unit that has not sent its report (once a day). */
export function RemindButton({ periodId }: { periodId: number }) {
  const { t } = useI18n();
  const notify = useNotify();
  const remind = useReportingMutation(
    () => api.remindLateUnits(periodId),
    (r) => notify.success(t('reporting.period.reminded', { n: r.reminded })),
  );
  return (
    <Popconfirm
      title={t('reporting.period.remind')}
      description={<div style={{ maxWidth: 360 }}>{t('reporting.period.remindConfirm')}</div>}
      okText={t('reporting.period.remindOk')}
      cancelText={t('common.cancel')}
      onConfirm={() => remind.mutateAsync(undefined).catch(notify.error)}
    >
      <Button loading={remind.isPending}>{t('reporting.period.remind')}</Button>
    </Popconfirm>
  );
}
