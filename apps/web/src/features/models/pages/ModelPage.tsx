import { ArrowLeftOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Skeleton } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { ModelDetail } from '@danvan/contracts';
import { formatDate } from '../../../shared/format.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { isApiError } from '../../../shared/http.ts';
import { PageHeader } from '../../../shared/components/PageHeader.tsx';
import { ErrorAlert } from '../../../shared/components/ErrorAlert.tsx';
import { EnumTag } from '../../../shared/components/EnumTag.tsx';
import { FileAttachments } from '../../../shared/components/FileAttachments.tsx';
import { NotFoundPage } from '../../../app/pages.tsx';
import { api, useCriteria, useModel, useModelsMutation, type TransitionBody } from '../api.ts';
import { VOCAB } from '../components/fields.tsx';
import { ModelDialogs, type ModelDialog } from '../components/ModelDialogs.tsx';
import { ModelRegistrationCard } from '../components/ModelRegistrationCard.tsx';
import { ModelEvaluationsCard, ModelResultsCard } from '../components/ModelResultsCards.tsx';
import { useModelsI18n } from '../components/i18n.ts';

/** One model: its registration content, results, evaluations, files; the transitions `can` allows. */
export default function ModelPage() {
  const { t } = useModelsI18n();
  const notify = useNotify();
  const id = Number(useParams().id);
  const model = useModel(id);
  const [dialog, setDialog] = useState<ModelDialog>(null);
  const criteria = useCriteria(dialog === 'evaluate');
  const move = useModelsMutation((v: TransitionBody) => api.transition(id, v));

  if (model.error && isApiError(model.error) && model.error.status === 404) return <NotFoundPage />;
  const m: ModelDetail | undefined = model.data;
  if (!m)
    return (
      <>
        <ErrorAlert error={model.error} onRetry={() => model.refetch()} />
        <Skeleton active />
      </>
    );
  const close = () => setDialog(null);
  const transition = (action: TransitionBody['action'], extra: object = {}) =>
    move.mutateAsync({ action, body: { expectedVersion: m.version, ...extra } } as TransitionBody);

  return (
    <>
      <Link to="/mo-hinh">
        <ArrowLeftOutlined /> {t('models.back')}
      </Link>
      <PageHeader
        title={
          <Flex gap={8} align="center" wrap>
            <span data-testid="model-title">{m.name}</span>
            <EnumTag vocab={VOCAB.state} value={m.state} />
          </Flex>
        }
        subtitle={`${m.unitName} · ${formatDate(m.registeredOn)}`}
        extra={
          <Flex gap={8} wrap>
            {m.can.start && (
              <Button
                type="primary"
                data-testid="model-start"
                onClick={() =>
                  transition('start').then(() => notify.success(t('models.transitioned')), notify.error)
                }
              >
                {t('models.start')}
              </Button>
            )}
            {m.can.addResult && (
              <Button
                icon={<PlusOutlined />}
                onClick={() => setDialog('result')}
                data-testid="model-add-result"
              >
                {t('models.addResult')}
              </Button>
            )}
            {m.can.evaluate && (
              <Button type="primary" onClick={() => setDialog('evaluate')} data-testid="model-evaluate">
                {t('models.evaluate')}
              </Button>
            )}
            {m.can.recognise && (
              <Button type="primary" onClick={() => setDialog('recognise')} data-testid="model-recognise">
                {t('models.recognise')}
              </Button>
            )}
            {m.can.resume && (
              <Button onClick={() => setDialog('resume')} data-testid="model-resume">
                {t('models.resume')}
              </Button>
            )}
            {m.can.replicate && (
              <Button onClick={() => setDialog('replicate')} data-testid="model-replicate">
                {t('models.replicate')}
              </Button>
            )}
            {m.can.update && (
              <Button icon={<EditOutlined />} onClick={() => setDialog('edit')} data-testid="model-edit">
                {t('common.edit')}
              </Button>
            )}
            {m.can.stop && (
              <Button danger onClick={() => setDialog('stop')} data-testid="model-stop">
                {t('models.stop')}
              </Button>
            )}
          </Flex>
        }
      />
      <Flex vertical gap={16}>
        <ModelRegistrationCard m={m} />
        <ModelResultsCard m={m} />
        <ModelEvaluationsCard m={m} />
        <Card title={t('models.files')}>
          <FileAttachments entity="model" entityId={m.id} canWrite={m.can.update || m.can.addResult} />
        </Card>
      </Flex>

      <ModelDialogs
        id={id}
        m={m}
        dialog={dialog}
        criteria={criteria.data}
        transition={transition}
        onClose={close}
      />
    </>
  );
}
