import { DownloadOutlined, EyeOutlined, LockOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Grid, Input, List, Modal, Space, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import {
  PROTECTED_IDENTITY_LABELS,
  type ProtectedIdentityView,
  type RevealedIdentity,
} from '@danvan/contracts';
import { useI18n } from '../../i18n/index.tsx';
import { DetailList } from '../../shared/components/DetailList.tsx';
import { FormModal } from '../../shared/components/FormModal.tsx';
import { formatBytes, formatDateTime } from '../../shared/format.ts';
import { useNotify } from '../../shared/hooks.ts';
import { downloadScan, revealIdentity, useVaultState } from './api.ts';

const REASON_MIN = 10;
const FIELDS: (keyof ProtectedIdentityView)[] = [
  'fullName',
  'address',
  'idNumber',
  'phone',
  'email',
  'notes',
];

/**
 * A record's protected denouncer: the tag 'Người tố cáo được bảo vệ danh tính' for everyone who reads
 * the record and, for the handler the record allows, 'Xem danh tính': a reason (at least 10 characters,
 * audited), then the identity in a dialog. Closing the dialog forgets it (it is never cached).
 */
export function ProtectedIdentity({ kind, ownerId }: { kind: string; ownerId: number }) {
  const { t, lang } = useI18n();
  const state = useVaultState(kind, ownerId);
  const [asking, setAsking] = useState(false);
  const [shown, setShown] = useState<{ data: RevealedIdentity; reason: string } | null>(null);
  const s = state.data;
  if (state.isError)
    return (
      <Typography.Text type="secondary">
        <LockOutlined /> {t('vault.loadFailed')}
      </Typography.Text>
    );
  if (!s?.protected) return null;
  return (
    <Space wrap size={[8, 4]} data-testid="protected-identity">
      <Tooltip title={t('vault.protectedHint')}>
        <Tag icon={<LockOutlined />} color="gold">
          {t('vault.protectedTag')}
        </Tag>
      </Tooltip>
      {s.mode === 'paper' && s.paperRef && (
        <Typography.Text type="secondary">{t('vault.paperRef', { ref: s.paperRef })}</Typography.Text>
      )}
      {s.canReveal && (
        <Button size="small" icon={<EyeOutlined />} onClick={() => setAsking(true)}>
          {t('vault.reveal')}
        </Button>
      )}
      <FormModal<{ reason: string }>
        open={asking}
        title={t('vault.revealTitle')}
        okText={t('vault.reveal')}
        onCancel={() => setAsking(false)}
        onSubmit={async ({ reason }) => {
          const data = await revealIdentity(kind, ownerId, reason.trim());
          setAsking(false);
          setShown({ data, reason: reason.trim() });
        }}
        extraTop={
          <Alert type="warning" showIcon title={t('vault.revealIntro')} style={{ marginBottom: 12 }} />
        }
      >
        <Form.Item
          name="reason"
          label={t('vault.reason')}
          rules={[
            { required: true, whitespace: true, message: t('vault.reasonRequired') },
            { min: REASON_MIN, message: t('vault.reasonMin', { min: REASON_MIN }) },
          ]}
        >
          <Input.TextArea rows={3} maxLength={1000} placeholder={t('vault.reasonPlaceholder')} autoFocus />
        </Form.Item>
      </FormModal>
      <IdentityDialog
        kind={kind}
        ownerId={ownerId}
        shown={shown}
        lang={lang}
        onClose={() => setShown(null)}
      />
    </Space>
  );
}

function IdentityDialog({
  kind,
  ownerId,
  shown,
  lang,
  onClose,
}: {
  kind: string;
  ownerId: number;
  shown: { data: RevealedIdentity; reason: string } | null;
  lang: 'vi' | 'en';
  onClose: () => void;
}) {
  const { t } = useI18n();
  const notify = useNotify();
  const phone = Grid.useBreakpoint().sm === false;
  const identity = shown?.data.identity;
  return (
    <Modal
      open={!!shown}
      title={t('vault.identityTitle')}
      onCancel={onClose}
      width={phone ? '100%' : 600}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose}>
          {t('vault.close')}
        </Button>
      }
    >
      {shown && identity && (
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <Alert type="warning" showIcon icon={<LockOutlined />} title={t('vault.confidential')} />
          <DetailList
            labelWidth={150}
            items={[
              ...FIELDS.map((f) => ({
                key: f,
                label: PROTECTED_IDENTITY_LABELS[f][lang],
                children: identity[f] ? (
                  <span style={{ whiteSpace: 'pre-wrap' }}>{identity[f]}</span>
                ) : (
                  <Typography.Text type="secondary">{t('vault.empty')}</Typography.Text>
                ),
              })),
              { key: 'sealedAt', label: t('vault.sealedAt'), children: formatDateTime(shown.data.sealedAt) },
            ]}
          />
          {shown.data.scans.length > 0 && (
            <List
              size="small"
              header={<Typography.Text strong>{t('vault.scans')}</Typography.Text>}
              bordered
              dataSource={shown.data.scans}
              renderItem={(sc) => (
                <List.Item
                  actions={[
                    <Button
                      key="dl"
                      size="small"
                      icon={<DownloadOutlined />}
                      onClick={() => downloadScan(kind, ownerId, sc.id, shown.reason).catch(notify.error)}
                    >
                      {t('vault.download')}
                    </Button>,
                  ]}
                >
                  {sc.fileName} <Typography.Text type="secondary">({formatBytes(sc.size)})</Typography.Text>
                </List.Item>
              )}
            />
          )}
        </Space>
      )}
    </Modal>
  );
}
