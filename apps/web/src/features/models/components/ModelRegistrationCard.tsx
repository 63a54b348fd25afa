import { Card, Typography } from 'antd';
import type { ModelDetail } from '@danvan/contracts';
import { MODEL_LEVEL_LABELS, MODEL_REGISTRATION_KEYS, MODEL_REGISTRATION_LABELS } from '@danvan/contracts';
import { formatDate } from '../../../shared/format.ts';
import { DetailList } from '../../../shared/components/DetailList.tsx';
import { EnumTag, enumLabel } from '../../../shared/components/EnumTag.tsx';
import { VOCAB } from './fields.tsx';
import { useModelsI18n } from './i18n.ts';

/** The model's registration: field, subject, unit, start, recognition or stop, and its content. */
export function ModelRegistrationCard({ m }: { m: ModelDetail }) {
  const { i18n, t } = useModelsI18n();
  return (
    <Card title={t('models.registration')}>
      <DetailList
        items={[
          {
            key: 'field',
            label: t('models.field'),
            children: <EnumTag vocab={VOCAB.field} value={m.field} />,
          },
          {
            key: 'subject',
            label: t('models.subject'),
            children: (
              <>
                <EnumTag vocab={VOCAB.subject} value={m.subject} />
                {m.personName && ` ${m.personName}`}
              </>
            ),
          },
          { key: 'unit', label: t('models.unit'), children: m.unitName },
          {
            key: 'dates',
            label: t('models.startedOn'),
            children: m.startedOn ? formatDate(m.startedOn) : '—',
          },
          ...(m.recognisedLevel
            ? [
                {
                  key: 'recognised',
                  label: t('models.recognised'),
                  children: (
                    <span data-testid="model-recognised">
                      {t('models.recognisedAt', {
                        level: enumLabel(MODEL_LEVEL_LABELS, m.recognisedLevel, i18n),
                        date: formatDate(m.recognisedOn),
                      })}
                      {m.recognitionDecision && ` — ${m.recognitionDecision}`}
                    </span>
                  ),
                },
              ]
            : []),
          ...(m.state === 'stopped'
            ? [
                {
                  key: 'stop',
                  label: t('models.stop'),
                  children: t('models.stopped', { reason: m.stopReason }),
                },
              ]
            : []),
          ...MODEL_REGISTRATION_KEYS.map((k) => ({
            key: k,
            label: enumLabel(MODEL_REGISTRATION_LABELS, k, i18n),
            children: (
              <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                {m.registration[k] || '—'}
              </Typography.Paragraph>
            ),
          })),
        ]}
      />
    </Card>
  );
}
