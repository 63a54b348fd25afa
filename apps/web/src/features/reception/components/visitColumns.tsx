import { Space, Tag, Tooltip, Typography } from 'antd';
import {
  PETITION_FIELD_LABELS,
  RECEPTION_KIND_LABELS,
  RECEPTION_OUTCOME_LABELS,
  type ReceptionVisit,
} from '@danvan/contracts';
import type { I18n } from '../../../i18n/index.tsx';
import { formatDate } from '../../../shared/format.ts';
import { enumLabel } from '../../../shared/components/EnumTag.tsx';
import type { RegisterColumn } from '../../../shared/register/index.ts';

/** The columns of the reception log: when, who came, what about, the outcome, who received them. */
export function visitColumns(i18n: I18n): RegisterColumn<ReceptionVisit>[] {
  const { t } = i18n;
  const label = (labels: Parameters<typeof enumLabel>[0], code: string) => enumLabel(labels, code, i18n);
  return [
    {
      title: t('reception.visits.receivedAt'),
      width: 130,
      render: (_, v) => (
        <div>
          {formatDate(v.receivedOn)}
          <div style={{ fontSize: 12, color: 'var(--ant-color-text-description)' }}>{v.receivedTime}</div>
        </div>
      ),
    },
    {
      title: t('reception.visits.visitors'),
      width: 240,
      render: (_, v) => (
        <div data-testid="visit-visitors">
          <Typography.Text strong>{v.representativeName}</Typography.Text>
          <div>
            <Space size={4} wrap>
              <span style={{ fontSize: 12, color: 'var(--ant-color-text-description)' }}>
                {t('reception.visits.people', { n: v.visitorsCount })}
              </span>
              {v.massDelegation && (
                <Tag color="red" data-testid="mass-delegation">
                  {t('reception.visits.massDelegation')}
                </Tag>
              )}
              {v.online && (
                <Tooltip
                  title={
                    v.onlineNoticeDueBy
                      ? t('reception.visits.onlineNoticeDueBy', {
                          date: formatDate(v.onlineNoticeDueBy),
                        })
                      : undefined
                  }
                >
                  <Tag color={v.onlineNoticeLate ? 'orange' : 'blue'} data-testid="online-notice">
                    {v.onlineNoticeLate
                      ? t('reception.visits.onlineNoticeLate')
                      : t('reception.visits.onlineSession')}
                  </Tag>
                </Tooltip>
              )}
            </Space>
          </div>
        </div>
      ),
    },
    {
      title: t('reception.visits.content'),
      width: 320,
      render: (_, v) => (
        <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ marginBottom: 0 }}>
          {v.content}
        </Typography.Paragraph>
      ),
    },
    {
      title: t('reception.visits.field'),
      width: 140,
      render: (_, v) => <Tag data-testid="visit-field-tag">{label(PETITION_FIELD_LABELS, v.field)}</Tag>,
    },
    {
      title: t('reception.visits.outcome'),
      width: 200,
      render: (_, v) => (
        <div>
          {label(RECEPTION_OUTCOME_LABELS, v.outcome)}
          {v.petitionId && (
            <div>
              <Tag color="blue">{t('reception.visits.petition')}</Tag>
            </div>
          )}
        </div>
      ),
    },
    {
      title: t('reception.visits.receiver'),
      width: 200,
      render: (_, v) => (
        <div>
          {v.receiverName}
          <div style={{ fontSize: 12, color: 'var(--ant-color-text-description)' }}>
            {v.headInPerson
              ? t('reception.visits.chairHead')
              : v.deputyOnBehalf
                ? t('reception.visits.chairDeputy')
                : v.receiverTitle}
          </div>
        </div>
      ),
    },
    {
      title: t('reception.visits.kind'),
      width: 170,
      render: (_, v) => label(RECEPTION_KIND_LABELS, v.kind),
    },
  ];
}
