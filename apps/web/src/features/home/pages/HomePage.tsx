import { Card, Col, Flex, List, Row, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/index.tsx';
import { useMe, usePermissions } from '../../../shared/session.ts';
import { features } from '../../../app/features.ts';
import { menuEntries } from '../../../app/menu.tsx';
import { BrandMark } from '../../../app/layout/BrandMark.tsx';
import { usePageTitle } from '../../../shared/components/PageHeader.tsx';

export default function HomePage() {
  const { t, roleLabel } = useI18n();
  const { data: me } = useMe();
  const can = usePermissions();
  usePageTitle(t('menu.home'));
  if (!me) return null;
  const shortcuts = menuEntries(features).filter((e) => e.path !== '/' && can(e.permission));
  return (
    <Flex vertical gap={16}>
      <Card>
        <Flex gap={16} align="center">
          <BrandMark size={48} />
          <div style={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere' }}>
            <Typography.Title level={1} style={{ margin: 0, fontSize: 20 }}>
              {t('home.welcome', { name: me.fullName })}
            </Typography.Title>
            <Typography.Text type="secondary">{t('home.intro')}</Typography.Text>
          </div>
        </Flex>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card title={t('home.yourRoles')} size="small">
            <List
              size="small"
              dataSource={me.assignments}
              locale={{ emptyText: t('org.noRoots') }}
              renderItem={(a) => (
                <List.Item>
                  <Flex vertical>
                    <span>
                      <Tag color={a.id === me.activeAssignmentId ? 'blue' : undefined}>
                        {roleLabel(a.role)}
                      </Tag>
                    </span>
                    <Typography.Text style={{ marginTop: 4 }}>{a.unitName}</Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {a.includeSubtree ? t('home.subtree') : t('home.thisUnitOnly')}
                    </Typography.Text>
                  </Flex>
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card title={t('home.shortcuts')} size="small">
            <Row gutter={[12, 12]}>
              {shortcuts.map((e) => (
                <Col span={12} key={e.key}>
                  {/* a link: reached with Tab, opened with Enter, and announced as one */}
                  <Link to={e.path} className="dv-shortcut">
                    <Card
                      size="small"
                      hoverable
                      styles={{ body: { display: 'flex', gap: 10, alignItems: 'center', minWidth: 0 } }}
                    >
                      <span style={{ fontSize: 20, color: '#1a4f8b' }} aria-hidden>
                        {e.icon}
                      </span>
                      <span>{t(e.labelKey)}</span>
                    </Card>
                  </Link>
                </Col>
              ))}
            </Row>
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}
