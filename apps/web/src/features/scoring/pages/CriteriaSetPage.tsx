import { ArrowLeftOutlined, CheckOutlined, EditOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Skeleton, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { CriteriaContent, CriteriaSet, UpdateCriteriaSet } from '@danvan/contracts';
import { formatDate } from '../../../shared/format.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { isApiError } from '../../../shared/http.ts';
import { PageHeader } from '../../../shared/components/PageHeader.tsx';
import { ErrorAlert } from '../../../shared/components/ErrorAlert.tsx';
import { DetailList } from '../../../shared/components/DetailList.tsx';
import { EnumTag } from '../../../shared/components/EnumTag.tsx';
import { FormModal } from '../../../shared/components/FormModal.tsx';
import { NotFoundPage } from '../../../app/pages.tsx';
import { api, useCriteriaSet, useProposers, useScoringMutation } from '../api.ts';
import { CriteriaSetFields, CriteriaTreeFields, cleanContent } from '../components/CriteriaEditor.tsx';
import { VOCAB } from '../components/vocab.tsx';
import { useScoringI18n } from '../components/i18n.ts';

type Criterion = CriteriaContent['groups'][number]['criteria'][number];
type EditForm = Omit<UpdateCriteriaSet, 'version'>;

/**
 * One criteria set: its tree of groups and criteria (maximum points, guidance, evidence, bonuses and
 * deductions, who scores it), its band scheme; edit a draft, issue it; once used, an edit makes a new
 * version and the page moves to it.
 */
export default function CriteriaSetPage() {
  const { t, num } = useScoringI18n();
  const notify = useNotify();
  const { modal } = App.useApp();
  const nav = useNavigate();
  const id = Number(useParams().id);
  const q = useCriteriaSet(id);
  const proposers = useProposers();
  const [editing, setEditing] = useState(false);
  const update = useScoringMutation((v: UpdateCriteriaSet) => api.updateSet(id, v));
  const issue = useScoringMutation((version: number) => api.issueSet(id, version));

  if (q.error && isApiError(q.error) && q.error.status === 404) return <NotFoundPage />;
  const s: CriteriaSet | undefined = q.data;
  if (!s)
    return (
      <>
        <ErrorAlert error={q.error} onRetry={() => q.refetch()} />
        <Skeleton active />
      </>
    );
  const frozen = s.usedAt !== null;
  const proposerLabel = (key: string | null) =>
    key ? (proposers.data?.items.find((p) => p.key === key)?.label ?? key) : '';

  return (
    <>
      <Link to="/cham-diem/bo-tieu-chi">
        <ArrowLeftOutlined /> {t('scoring.sets.back')}
      </Link>
      <PageHeader
        title={
          <Flex gap={8} align="center" wrap>
            <span data-testid="set-title">{s.name}</span>
            <EnumTag vocab={VOCAB.setState} value={s.state} />
          </Flex>
        }
        documentTitle={s.name}
        subtitle={`${s.unitName} · ${t('scoring.sets.yearN', { year: s.year })} · ${t('scoring.sets.versionN', { n: s.setVersion })}`}
        extra={
          <>
            {s.can.issue && (
              <Button
                type="primary"
                icon={<CheckOutlined />}
                data-testid="set-issue"
                loading={issue.isPending}
                onClick={() =>
                  modal.confirm({
                    title: t('scoring.sets.issueConfirm'),
                    content: t('scoring.sets.issueHint'),
                    okText: t('scoring.sets.issue'),
                    cancelText: t('common.cancel'),
                    onOk: () =>
                      issue
                        .mutateAsync(s.version)
                        .then(() => notify.success(t('scoring.sets.issued')), notify.error),
                  })
                }
              >
                {t('scoring.sets.issue')}
              </Button>
            )}
            {s.can.update && (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="set-edit">
                {frozen ? t('scoring.sets.newVersion') : t('common.edit')}
              </Button>
            )}
          </>
        }
      />
      <Flex vertical gap={16}>
        {s.needsCheck && <Alert type="warning" showIcon title={t('scoring.sets.needsCheckNote')} />}
        {frozen && s.state !== 'superseded' && (
          <Alert type="info" showIcon title={t('scoring.sets.frozen', { date: formatDate(s.usedAt) })} />
        )}
        <Card title={t('scoring.sets.summary')}>
          <DetailList
            items={[
              {
                key: 'points',
                label: t('scoring.sets.points'),
                children: (
                  <span data-testid="set-points">
                    {t('scoring.sets.pointsValue', {
                      total: num(s.maxTotal),
                      self: num(s.selfPoints),
                      superior: num(s.superiorPoints),
                    })}
                  </span>
                ),
              },
              { key: 'count', label: t('scoring.sets.criteriaCount'), children: s.criteriaCount },
              {
                key: 'bands',
                label: t('scoring.sets.bandScheme'),
                children: <Link to="/cham-diem/thang-xep-loai">{s.bandSchemeName}</Link>,
              },
              { key: 'basis', label: t('scoring.sets.basis'), children: s.basis || '—' },
              ...(s.previousVersionId
                ? [
                    {
                      key: 'prev',
                      label: t('scoring.sets.previous'),
                      children: (
                        <Link to={`/cham-diem/bo-tieu-chi/${s.previousVersionId}`}>
                          {t('scoring.sets.versionN', { n: s.setVersion - 1 })}
                        </Link>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </Card>
        {s.content.groups.map((g) => (
          <Card
            key={g.code}
            title={
              <span style={{ whiteSpace: 'normal' }}>
                {g.code}. {g.name}
              </span>
            }
            extra={t('scoring.sets.maxN', { n: num(g.maxPoints) })}
            data-testid="set-group"
          >
            <Table<Criterion>
              rowKey="code"
              size="small"
              pagination={false}
              dataSource={g.criteria}
              scroll={{ x: 'max-content' }}
              columns={[
                { title: t('scoring.sets.code'), dataIndex: 'code', width: 70 },
                {
                  title: t('scoring.sets.criterion'),
                  width: 460,
                  render: (_, c) => (
                    <div style={{ whiteSpace: 'normal' }}>
                      <div>{c.name}</div>
                      {c.guidance && (
                        <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: 0 }}>
                          {t('scoring.sets.guidanceText', { text: c.guidance })}
                        </Typography.Paragraph>
                      )}
                      {c.evidenceRequired && (
                        <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: 0 }}>
                          {t('scoring.sets.evidenceText', { text: c.evidenceRequired })}
                        </Typography.Paragraph>
                      )}
                      {c.proposerKey && (
                        <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: 0 }}>
                          {t('scoring.sets.proposerText', { text: proposerLabel(c.proposerKey) })}
                        </Typography.Paragraph>
                      )}
                    </div>
                  ),
                },
                {
                  title: t('scoring.sets.kind'),
                  width: 130,
                  render: (_, c) => <EnumTag vocab={VOCAB.kind} value={c.kind} />,
                },
                {
                  title: t('scoring.sets.scoredBy'),
                  width: 170,
                  render: (_, c) => <EnumTag vocab={VOCAB.scoredBy} value={c.scoredBy} />,
                },
                {
                  title: t('scoring.sets.maxPoints'),
                  width: 90,
                  align: 'right',
                  render: (_, c) => num(c.maxPoints),
                },
              ]}
            />
          </Card>
        ))}
      </Flex>

      <FormModal<EditForm>
        open={editing}
        title={frozen ? t('scoring.sets.newVersionTitle') : t('scoring.sets.editTitle')}
        width={980}
        onCancel={() => setEditing(false)}
        extraTop={
          frozen ? (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              title={t('scoring.sets.newVersionHint')}
            />
          ) : null
        }
        initialValues={{
          name: s.name,
          bandSchemeId: s.bandSchemeId,
          basis: s.basis,
          needsCheck: s.needsCheck,
          content: s.content,
        }}
        onSubmit={(v) =>
          update
            .mutateAsync({ ...v, content: cleanContent(v.content as CriteriaContent), version: s.version })
            .then((next) => {
              notify.success(next.id !== s.id ? t('scoring.sets.versionCreated') : t('scoring.sets.saved'));
              setEditing(false);
              if (next.id !== s.id) nav(`/cham-diem/bo-tieu-chi/${next.id}`);
            })
        }
      >
        <CriteriaSetFields />
        <CriteriaTreeFields />
      </FormModal>
    </>
  );
}
