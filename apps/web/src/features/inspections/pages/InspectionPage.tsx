import { ArrowLeftOutlined, EditOutlined, FileWordOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Skeleton } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { InspectionDetail } from '@danvan/contracts';
import { formatDate } from '../../../shared/format.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { downloadFile, isApiError } from '../../../shared/http.ts';
import { PageHeader } from '../../../shared/components/PageHeader.tsx';
import { ErrorAlert } from '../../../shared/components/ErrorAlert.tsx';
import { EnumTag } from '../../../shared/components/EnumTag.tsx';
import { FileAttachments } from '../../../shared/components/FileAttachments.tsx';
import { NotFoundPage } from '../../../app/pages.tsx';
import { useInspection, useReference } from '../api.ts';
import { InspectionDetailsCard } from '../components/InspectionDetailsCard.tsx';
import { InspectionDialogs, type InspectionDialog } from '../components/InspectionDialogs.tsx';
import { RecommendationsCard } from '../components/RecommendationsCard.tsx';
import { ViolationsCard } from '../components/ViolationsCard.tsx';
import { VOCAB } from '../components/fields.tsx';
import { useInspectionsI18n } from '../components/i18n.ts';

/** One inspection: team, findings, violations, recommendations tracked to completion, the conclusion. */
export default function InspectionPage() {
  const { t } = useInspectionsI18n();
  const notify = useNotify();
  const id = Number(useParams().id);
  const q = useInspection(id);
  const ref = useReference();
  const [dialog, setDialog] = useState<InspectionDialog>(null);

  if (q.error && isApiError(q.error) && q.error.status === 404) return <NotFoundPage />;
  const r: InspectionDetail | undefined = q.data;
  if (!r)
    return (
      <>
        <ErrorAlert error={q.error} onRetry={() => q.refetch()} />
        <Skeleton active />
      </>
    );
  const close = () => setDialog(null);

  return (
    <>
      <Link to="/thanh-tra">
        <ArrowLeftOutlined /> {t('inspections.back')}
      </Link>
      <PageHeader
        title={
          <Flex gap={8} align="center" wrap>
            <span data-testid="inspection-heading">{r.title}</span>
            <EnumTag vocab={VOCAB.state} value={r.state} />
          </Flex>
        }
        subtitle={`${r.unitName} · ${r.conductorUnitName} · ${formatDate(r.startOn)}`}
        extra={
          <Flex gap={8} wrap>
            {r.can.conclude && (
              <Button
                type="primary"
                onClick={() => setDialog({ kind: 'conclude' })}
                data-testid="inspection-conclude"
              >
                {t('inspections.conclude')}
              </Button>
            )}
            {r.state === 'concluded' && (
              <Button
                icon={<FileWordOutlined />}
                onClick={() =>
                  downloadFile(`/inspections/${r.id}/conclusion.docx`).then(
                    (name) => notify.success(t('export.done', { name })),
                    notify.error,
                  )
                }
                data-testid="inspection-docx"
              >
                {t('inspections.conclusionDocx')}
              </Button>
            )}
            {r.can.update && (
              <Button
                icon={<EditOutlined />}
                onClick={() => setDialog({ kind: 'edit' })}
                data-testid="inspection-edit"
              >
                {t('common.edit')}
              </Button>
            )}
          </Flex>
        }
      />
      <Flex vertical gap={16}>
        <InspectionDetailsCard r={r} />
        <ViolationsCard
          r={r}
          onAdd={() => setDialog({ kind: 'violation' })}
          onEdit={(row) => setDialog({ kind: 'editViolation', row })}
        />
        <RecommendationsCard
          r={r}
          onAdd={() => setDialog({ kind: 'recommendation' })}
          onFollow={(row) => setDialog({ kind: 'follow', row })}
        />
        <Card title={t('inspections.files')}>
          <FileAttachments entity="inspection" entityId={r.id} canWrite={r.can.update} />
        </Card>
      </Flex>

      <InspectionDialogs id={id} r={r} dialog={dialog} rules={ref.data?.rules} onClose={close} />
    </>
  );
}
