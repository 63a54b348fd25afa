import { ApartmentOutlined } from '@ant-design/icons';
import { Flex, Select, Tooltip, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Me } from '@danvan/contracts';
import { useI18n } from '../../i18n/index.tsx';
import { http } from '../../shared/http.ts';
import { ME_KEY, useMe } from '../../shared/session.ts';
import { useNotify } from '../../shared/hooks.ts';

/** The unit the user works as (one per role assignment); switching reloads every page's data. */
export function UnitSwitcher({ compact = false }: { compact?: boolean }) {
  const { t, roleLabel } = useI18n();
  const { data: me } = useMe();
  const qc = useQueryClient();
  const notify = useNotify();
  const switchUnit = useMutation({
    mutationFn: (assignmentId: number) => http.post<Me>('/auth/switch-unit', { assignmentId }),
    onSuccess: (next) => {
      qc.setQueryData(ME_KEY, next);
      qc.invalidateQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
      notify.success(t('header.unitSwitched', { unit: next.activeUnit?.name ?? '' }));
    },
    onError: notify.error,
  });
  if (!me || me.assignments.length === 0) return null;
  if (me.assignments.length === 1) {
    const a = me.assignments[0];
    return (
      <Tooltip title={`${roleLabel(a.role)} — ${a.unitName}`}>
        <Flex
          align="center"
          gap={6}
          style={{ maxWidth: 300, minWidth: 0, flex: compact ? '1 1 auto' : undefined, color: '#44546a' }}
        >
          <ApartmentOutlined />
          <Typography.Text ellipsis style={{ maxWidth: 270, minWidth: 0 }} data-testid="active-unit">
            {a.unitName}
          </Typography.Text>
        </Flex>
      </Tooltip>
    );
  }
  return (
    <Select<number>
      aria-label={t('header.switchUnit')}
      data-testid="unit-switcher"
      value={me.activeAssignmentId ?? undefined}
      loading={switchUnit.isPending}
      onChange={(v) => switchUnit.mutate(v)}
      style={compact ? { flex: '1 1 auto', minWidth: 0, maxWidth: 300 } : { width: 300 }}
      prefix={compact ? undefined : <ApartmentOutlined />}
      popupMatchSelectWidth={compact ? false : 380}
      styles={compact ? { popup: { root: { maxWidth: 'calc(100vw - 16px)', minWidth: 260 } } } : undefined}
      options={me.assignments.map((a) => ({
        value: a.id,
        label: a.unitName,
        title: `${roleLabel(a.role)} — ${a.unitName}`,
        role: roleLabel(a.role),
      }))}
      optionRender={(o) => (
        <Flex vertical style={{ lineHeight: 1.3 }}>
          <span style={{ whiteSpace: 'normal' }}>{o.label}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {(o.data as { role: string }).role}
          </Typography.Text>
        </Flex>
      )}
    />
  );
}
