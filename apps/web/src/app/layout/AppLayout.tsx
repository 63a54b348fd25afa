import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, Menu, Typography, type MenuProps } from 'antd';
import { useMemo, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useI18n } from '../../i18n/index.tsx';
import { usePermissions } from '../../shared/session.ts';
import { features } from '../features.ts';
import { PermissionGate } from '../guards.tsx';
import { activeEntry, GROUP_ORDER, menuEntries } from '../menu.tsx';
import { NotificationBell } from '../../features/notifications/components/NotificationBell.tsx';
import { UnitSwitcher } from './UnitSwitcher.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { UserMenu } from './UserMenu.tsx';
import { BrandMark } from './BrandMark.tsx';

const ALL_ENTRIES = menuEntries(features);
const COLLAPSE_KEY = 'dv.siderCollapsed';

/** The signed-in frame: side menu (what the user may open), header (unit, bell, language, account). */
export function AppLayout() {
  const { t } = useI18n();
  const can = usePermissions();
  const navigate = useNavigate();
  const location = useLocation();
  const [collapsed, setCollapsed] = useState(() => localStorage.getItem(COLLAPSE_KEY) === '1');

  const entries = useMemo(() => ALL_ENTRIES.filter((e) => can(e.permission)), [can]);
  const active = activeEntry(entries, location.pathname);

  const items: MenuProps['items'] = useMemo(() => {
    const groups = [...new Set(entries.map((e) => e.group ?? 'main'))].sort(
      (a, b) => (GROUP_ORDER.indexOf(a) + 1 || 99) - (GROUP_ORDER.indexOf(b) + 1 || 99),
    );
    return groups.map((g) => ({
      type: 'group' as const,
      key: `group:${g}`,
      label: t(`menuGroups.${g}`),
      children: entries
        .filter((e) => (e.group ?? 'main') === g)
        .map((e) => ({ key: e.key, icon: e.icon, label: t(e.labelKey) })),
    }));
  }, [entries, t]);

  const toggle = () => {
    localStorage.setItem(COLLAPSE_KEY, collapsed ? '0' : '1');
    setCollapsed(!collapsed);
  };

  return (
    <Layout style={{ height: '100vh' }}>
      <Layout.Sider
        width={252}
        collapsedWidth={64}
        collapsed={collapsed}
        trigger={null}
        style={{ overflow: 'auto', height: '100vh' }}
      >
        <div className="dv-sider-brand" title={t('app.name')}>
          <BrandMark size={30} />
          {!collapsed && <span className="dv-sider-brand-text">{t('app.brand')}</span>}
        </div>
        <nav aria-label="menu">
          <Menu
            theme="dark"
            mode="inline"
            selectedKeys={active ? [active.key] : []}
            items={items}
            onClick={({ key }) => {
              const e = entries.find((x) => x.key === key);
              if (e) navigate(e.path);
            }}
            style={{ borderInlineEnd: 0, paddingBottom: 16 }}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            display: 'flex',
            alignItems: 'center',
            gap: 12,
            borderBottom: '1px solid #e5e9ef',
            borderTop: '3px solid #c62828',
            lineHeight: 'normal',
          }}
        >
          <Button
            type="text"
            icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
            onClick={toggle}
            aria-label={collapsed ? t('header.expand') : t('header.collapse')}
          />
          <Typography.Text
            strong
            ellipsis
            style={{ flex: 1, minWidth: 0, fontSize: 15, color: '#1a3557' }}
            title={t('app.name')}
          >
            {t('app.name')}
          </Typography.Text>
          <Flex align="center" gap={8} style={{ flexShrink: 0 }}>
            <UnitSwitcher />
            <NotificationBell />
            <LanguageSwitch />
            <UserMenu />
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ overflow: 'auto', padding: '16px 20px 24px' }} id="dv-content">
          <main>
            <PermissionGate>
              <Outlet />
            </PermissionGate>
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
