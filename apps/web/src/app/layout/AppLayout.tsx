import { MenuFoldOutlined, MenuOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Drawer, Flex, Grid, Layout, Menu, Typography, type MenuProps } from 'antd';
import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
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
import { a11yKey } from '../messages.ts';

const ALL_ENTRIES = menuEntries(features);
const COLLAPSE_KEY = 'dv.siderCollapsed';

/** Below antd's `lg` breakpoint (992 px: phones, tablets upright) the menu is a drawer. */
export function useCompactLayout(): boolean {
  const screens = Grid.useBreakpoint();
  return screens.lg === false;
}

/**
 * The signed-in frame: side menu (what the user may open), header (unit, bell, language, account).
 * On a narrow screen the menu moves into a drawer opened from the header's menu button.
 */
export function AppLayout() {
  const { t } = useI18n();
  const can = usePermissions();
  const navigate = useNavigate();
  const location = useLocation();
  const compact = useCompactLayout();
  const [collapsed, setCollapsed] = useState(() => localStorage.getItem(COLLAPSE_KEY) === '1');
  const [drawerOpen, setDrawerOpen] = useState(false);

  const entries = useMemo(() => ALL_ENTRIES.filter((e) => can(e.permission)), [can]);
  const active = activeEntry(entries, location.pathname);

  // a page opened from the drawer (or by a link) closes it; so does widening the window
  useEffect(() => setDrawerOpen(false), [location.pathname, compact]);
  // a new address starts with the bare brand as its title; the page's PageHeader (usePageTitle, an
  // effect, so it runs after this layout effect) then names it, once it has loaded
  const brandTitle = t('app.brand');
  useLayoutEffect(() => {
    document.title = brandTitle;
  }, [location.pathname, brandTitle]);

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

  const menu = (
    <nav aria-label="menu">
      <Menu
        theme="dark"
        mode="inline"
        selectedKeys={active ? [active.key] : []}
        items={items}
        onClick={({ key }) => {
          const e = entries.find((x) => x.key === key);
          if (e) navigate(e.path);
          setDrawerOpen(false);
        }}
        style={{ borderInlineEnd: 0, paddingBottom: 16 }}
      />
    </nav>
  );

  const brand = (showText: boolean) => (
    <div className="dv-sider-brand" title={t('app.name')}>
      <BrandMark size={30} />
      {showText && <span className="dv-sider-brand-text">{t('app.brand')}</span>}
    </div>
  );

  return (
    <Layout style={{ height: '100vh' }}>
      {/* the first stop of the Tab key: past the menu and the header, straight to the page */}
      <a
        className="dv-skip-link"
        href="#dv-content"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('dv-content')?.focus();
        }}
      >
        {t(a11yKey('skipToContent'))}
      </a>
      {!compact && (
        <Layout.Sider
          width={252}
          collapsedWidth={64}
          collapsed={collapsed}
          trigger={null}
          style={{ overflow: 'auto', height: '100vh' }}
        >
          {brand(!collapsed)}
          {menu}
        </Layout.Sider>
      )}
      {compact && (
        <Drawer
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          placement="left"
          size={280}
          closable={false}
          title={null}
          rootClassName="dv-menu-drawer"
          styles={{ body: { padding: 0, background: '#0e2a47' }, section: { background: '#0e2a47' } }}
          aria-label={t('header.menu')}
          data-testid="menu-drawer"
        >
          {brand(true)}
          {menu}
          <Flex align="center" gap={8} style={{ padding: '12px 24px', color: 'rgba(255,255,255,0.65)' }}>
            <span>{t('header.language')}</span>
            <LanguageSwitch />
          </Flex>
        </Drawer>
      )}
      <Layout style={{ minWidth: 0 }}>
        <Layout.Header
          style={{
            display: 'flex',
            alignItems: 'center',
            gap: compact ? 4 : 12,
            borderBottom: '1px solid #e5e9ef',
            borderTop: '3px solid #c62828',
            lineHeight: 'normal',
            paddingInline: compact ? 4 : 16,
            minWidth: 0,
          }}
        >
          {compact ? (
            <Button
              type="text"
              icon={<MenuOutlined />}
              onClick={() => setDrawerOpen(true)}
              aria-label={t('header.openMenu')}
              aria-expanded={drawerOpen}
              data-testid="menu-button"
              style={{ flexShrink: 0 }}
            />
          ) : (
            <Button
              type="text"
              icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
              onClick={toggle}
              aria-label={collapsed ? t('header.expand') : t('header.collapse')}
            />
          )}
          {!compact && (
            <Typography.Text
              strong
              ellipsis
              style={{ flex: 1, minWidth: 0, fontSize: 15, color: '#1a3557' }}
              title={t('app.name')}
            >
              {t('app.name')}
            </Typography.Text>
          )}
          <Flex
            align="center"
            justify="flex-end"
            gap={compact ? 2 : 8}
            style={compact ? { flex: 1, minWidth: 0 } : { flexShrink: 0 }}
          >
            <UnitSwitcher compact={compact} />
            <NotificationBell />
            {!compact && <LanguageSwitch />}
            <UserMenu compact={compact} />
          </Flex>
        </Layout.Header>
        <Layout.Content
          style={{ overflow: 'auto', padding: compact ? '12px 10px 20px' : '16px 20px 24px', minWidth: 0 }}
          id="dv-content"
          tabIndex={-1}
        >
          {/* Layout.Content is the page's one <main> landmark; the skip link focuses it */}
          <PermissionGate>
            <Outlet />
          </PermissionGate>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
