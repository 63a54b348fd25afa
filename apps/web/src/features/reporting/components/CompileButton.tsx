import { Button, Checkbox, Flex, Popconfirm } from 'antd';
import { useState } from 'react';
import type { Report } from '@danvan/contracts';
import { useT } from '../../../i18n/index.tsx';
import { useNotify } from '../../../shared/hooks.ts';
import { api, useReportingMutation } from '../api.ts';

/**
 * "Tổng hợp": compiles (or refreshes) the province's report from the units' reports. Shown only where
 * the server's `can.compile` says so; `before` runs first (e.g. saving the editor's changes).
 */
export function CompileButton({
  periodId,
  includeSubmitted: initial = false,
  before,
  onDone,
  primary,
}: {
  periodId: number;
  includeSubmitted?: boolean;
  before?: () => Promise<unknown>;
  onDone?: (r: Report) => void;
  primary?: boolean;
}) {
  const t = useT();
  const notify = useNotify();
  const [includeSubmitted, setIncludeSubmitted] = useState(initial);
  const [overwrite, setOverwrite] = useState(false);
  const compile = useReportingMutation(
    () => api.compile(periodId, { includeSubmitted, overwriteNarratives: overwrite }),
    (r) => {
      notify.success(t('reporting.period.compiled'));
      onDone?.(r);
    },
  );
  return (
    <Popconfirm
      title={t('reporting.period.compileTitle')}
      description={
        <Flex vertical gap={4} style={{ maxWidth: 380 }}>
          <span>{t('reporting.period.compileConfirm')}</span>
          <Checkbox checked={includeSubmitted} onChange={(e) => setIncludeSubmitted(e.target.checked)}>
            {t('reporting.period.includeSubmitted')}
          </Checkbox>
          <Checkbox checked={overwrite} onChange={(e) => setOverwrite(e.target.checked)}>
            {t('reporting.period.overwrite')}
          </Checkbox>
        </Flex>
      }
      okText={t('reporting.period.compile')}
      cancelText={t('common.cancel')}
      onConfirm={async () => {
        try {
          await before?.();
          await compile.mutateAsync(undefined);
        } catch (e) {
          notify.error(e);
        }
      }}
    >
      <Button type={primary ? 'primary' : 'default'} loading={compile.isPending} data-testid="compile">
        {t('reporting.period.compile')}
      </Button>
    </Popconfirm>
  );
}
