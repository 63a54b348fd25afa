import { GlobalOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Radio, Tag, Typography } from 'antd';
import { useState } from 'react';
import {
  PETITION_FIELD_LABELS,
  PUBLICATION_STATE_LABELS,
  type PetitionPublicationInfo,
  type PublishPetitionAnswer,
} from '@danvan/contracts';
import { formatDate, todayIso } from '../../../shared/format.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { useMe, usePermission } from '../../../shared/session.ts';
import { FormModal } from '../../../shared/components/FormModal.tsx';
import { Field } from '../../../shared/components/Field.tsx';
import { enumLabel } from '../../../shared/components/EnumTag.tsx';
import { api, usePetitionPublication, usePortalMutation } from '../api.ts';
import { usePortalI18n } from './i18n.ts';

type Values = Omit<PublishPetitionAnswer, 'petitionId'>;

/** How the answer will look on the citizens' portal ("Trả lời đã công khai"). */
function Preview({ info, values }: { info: PetitionPublicationInfo; values: Partial<Values> }) {
  const { i18n, t } = usePortalI18n();
  const me = useMe();
  return (
    <Card size="small" title={t('portal.publish.preview')} data-testid="publish-preview">
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('portal.publish.previewHint')}
      </Typography.Paragraph>
      {values.state && <Tag color="green">{enumLabel(PUBLICATION_STATE_LABELS, values.state, i18n)}</Tag>}
      <Typography.Title level={3} style={{ fontSize: 16, marginTop: 8 }}>
        {values.title || '—'}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {me.data?.activeUnit?.name} · {enumLabel(PETITION_FIELD_LABELS, info.field, i18n)} ·{' '}
        {formatDate(todayIso())}
      </Typography.Paragraph>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
        {values.text || '—'}
      </Typography.Paragraph>
    </Card>
  );
}

function PublishDialog({
  info,
  open,
  onClose,
}: {
  info: PetitionPublicationInfo;
  open: boolean;
  onClose: () => void;
}) {
  const { i18n, t } = usePortalI18n();
  const notify = useNotify();
  const [form] = Form.useForm<Values>();
  const values = Form.useWatch([], form) ?? {};
  const publish = usePortalMutation((v: Values) => api.publish({ ...v, petitionId: info.petitionId }));
  return (
    <FormModal<Values>
      open={open}
      form={form}
      title={t('portal.publish.dialogTitle')}
      width={760}
      okText={t('portal.publish.submit')}
      onCancel={onClose}
      initialValues={{
        title: info.subject,
        text: info.decisionSummary ?? '',
        state: info.allowedStates.length === 1 ? info.allowedStates[0] : undefined,
      }}
      onSubmit={async (v) => {
        await publish.mutateAsync(v);
        notify.success(t('portal.publish.done'));
        onClose();
      }}
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('portal.publish.intro')} />
      <Field name="state" label={t('portal.publish.state')} need>
        <Radio.Group data-testid="publish-state">
          {info.allowedStates.map((s) => (
            <Radio key={s} value={s} data-testid={`publish-state-${s}`}>
              {enumLabel(PUBLICATION_STATE_LABELS, s, i18n)}
            </Radio>
          ))}
        </Radio.Group>
      </Field>
      <Field name="title" label={t('portal.publish.titleField')} need="text">
        <Input maxLength={300} data-testid="publish-title" />
      </Field>
      <Field
        name="text"
        label={t('portal.publish.textField')}
        need="text"
        extra={
          <Flex gap={8} wrap align="center">
            <span>{t('portal.publish.textHint')}</span>
            {info.decisionSummary && (
              <Button
                size="small"
                onClick={() => form.setFieldValue('text', info.decisionSummary ?? '')}
                data-testid="publish-use-decision"
              >
                {t('portal.publish.useDecision')}
              </Button>
            )}
          </Flex>
        }
      >
        <Input.TextArea rows={8} maxLength={20000} data-testid="publish-text" />
      </Field>
      <Preview info={info} values={values} />
    </FormModal>
  );
}

/**
 * "Công khai trả lời" on a resolved petition's page: what of the answer goes to the citizens' portal
 * (the unit's own text, anonymised, in an honest state the outcome allows), with a preview; or, once
 * published, when and by whom, and the link to the portal. Shown to those who may read publications.
 */
export function PublishAnswerAction({ petitionId, status }: { petitionId: number; status?: string }) {
  const { t } = usePortalI18n();
  const allowed = usePermission('portal:read');
  const q = usePetitionPublication(petitionId, status, allowed);
  const [open, setOpen] = useState(false);
  const info = q.data;
  if (!info) return null;
  const pub = info.publication && !info.publication.withdrawnAt ? info.publication : null;
  // nothing to say on a matter that cannot be published (a tố cáo, not resolved yet): the card appears
  // when the answer may be published or has been
  if (!pub && !info.can.publish) return null;
  return (
    <Card size="small" title={t('portal.publish.cardTitle')} data-testid="petition-publication">
      {pub ? (
        <Flex vertical gap={4}>
          <span data-testid="publication-state">
            <Tag color="green">{t('portal.publications.live')}</Tag>
            {t('portal.publish.published', { date: formatDate(pub.publishedAt) })}
            {pub.publishedByName ? ` ${t('portal.publish.publishedBy', { name: pub.publishedByName })}` : ''}
          </span>
          <Typography.Text strong>{pub.title}</Typography.Text>
          <a href="/cong-dan/tra-loi" target="_blank" rel="noopener">
            <GlobalOutlined /> {t('portal.publications.viewOnPortal')}
          </a>
        </Flex>
      ) : (
        <Flex vertical gap={8} align="flex-start">
          <Typography.Text type="secondary">{t('portal.publish.anonymised')}</Typography.Text>
          <Button
            type="primary"
            icon={<GlobalOutlined />}
            onClick={() => setOpen(true)}
            data-testid="publish-open"
          >
            {t('portal.publish.action')}
          </Button>
        </Flex>
      )}
      {info.publication?.withdrawnAt && (
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          {t('portal.publish.withdrawnNote', {
            date: formatDate(info.publication.withdrawnAt),
            reason: info.publication.withdrawReason ?? '',
          })}
        </Typography.Paragraph>
      )}
      {info.can.publish && <PublishDialog info={info} open={open} onClose={() => setOpen(false)} />}
    </Card>
  );
}
