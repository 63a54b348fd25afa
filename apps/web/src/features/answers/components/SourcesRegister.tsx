import { EyeOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { AnswerSource, AnswerSourceKind } from '@danvan/contracts';
import { ANSWER_SOURCE_KIND_LABELS } from '@danvan/contracts';
import { formatDate, formatPercent } from '../../../shared/format.ts';
import { EnumTag, enumLabel } from '../../../shared/components/EnumTag.tsx';
import { RegisterPage, param, useUrlState, type RegisterColumn } from '../../../shared/register/index.ts';
import { useSources } from '../api.ts';
import { VOCAB } from './fields.tsx';
import { useAnswersI18n } from './i18n.ts';
import { CreateSourceModal } from './SourceForms.tsx';
import { sourcePath } from './sources.ts';

/** The day a source is dated by, as its register shows it. */
function sourceDate(s: AnswerSource): string {
  if (s.dialogue) return formatDate(s.dialogue.heldOn ?? s.dialogue.scheduledOn);
  if (s.council) return formatDate(s.council.sessionOn);
  if (s.consultation) return `${formatDate(s.consultation.opensOn)} – ${formatDate(s.consultation.closesOn)}`;
  return formatDate(s.receivedOn);
}

/**
 * The register of one capability's sources (dialogues, the Front's documents, council sessions,
 * consultations): search, kind, unit and year in the address; how many items each holds, how many
 * are answered and overdue; filing a new one opens it.
 */
export function SourcesRegister({
  kinds,
  title,
  subtitle,
  empty,
  testId,
}: {
  kinds: readonly AnswerSourceKind[];
  title: string;
  subtitle: string;
  empty: string;
  testId: string;
}) {
  const { i18n, t } = useAnswersI18n();
  const nav = useNavigate();
  const state = useUrlState(
    { q: param.search(), kind: param.oneOf(kinds, kinds[0]), unitId: param.int(), year: param.int() },
    { pageSize: 20 },
  );
  const f = state.filters;
  const list = useSources({
    q: f.q || undefined,
    kind: f.kind,
    unitId: f.unitId,
    year: f.year,
    page: state.page,
    pageSize: state.pageSize,
  });
  const [creating, setCreating] = useState<AnswerSourceKind | null>(null);
  const many = kinds.length > 1;

  const columns: RegisterColumn<AnswerSource>[] = [
    {
      title: t('answers.source.title'),
      width: 360,
      render: (_, s) => (
        <div>
          <div>
            <Link to={sourcePath(s.kind, s.id)} data-testid="source-link">
              {s.title}
            </Link>
          </div>
          {(s.documentNumber || s.summary) && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {[s.documentNumber, s.addressee?.name].filter(Boolean).join(' · ')}
            </Typography.Text>
          )}
        </div>
      ),
    },
    { title: t('answers.source.unit'), dataIndex: 'unitName', width: 220 },
    { title: t('answers.source.date'), width: 130, render: (_, s) => sourceDate(s) },
    ...(kinds.includes('dialogue')
      ? [
          {
            title: t('answers.dialogue.state'),
            width: 130,
            render: (_: unknown, s: AnswerSource) =>
              s.dialogue && <EnumTag vocab={VOCAB.dialogue} value={s.dialogue.state} />,
          },
        ]
      : []),
    {
      title: t('answers.source.progress'),
      width: 200,
      render: (_, s) => (
        <Flex vertical gap={2}>
          <span data-testid="source-progress">
            {t('answers.source.answeredOf', { answered: s.counts.answered, total: s.counts.total })}
            {s.counts.answeredRate !== null && ` (${formatPercent(s.counts.answeredRate, i18n.lang)})`}
          </span>
          {s.counts.overdue > 0 && (
            <Typography.Text type="danger" style={{ fontSize: 12 }}>
              {t('answers.source.overdue', { n: s.counts.overdue })}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
  ];

  const canCreate = list.data?.can?.create ?? false;
  return (
    <RegisterPage
      title={title}
      subtitle={subtitle}
      canCreate={canCreate}
      create={{
        label: t(`answers.create.${f.kind}`),
        onClick: () => setCreating(f.kind),
        testId: `${testId}-create`,
      }}
      state={state}
      query={list}
      rowKey="id"
      labelled
      filters={[
        {
          type: 'search',
          key: 'q',
          label: t('common.search'),
          placeholder: t('answers.source.search'),
          width: 260,
        },
        ...(many
          ? [
              {
                type: 'segmented' as const,
                key: 'kind' as const,
                label: t('answers.source.kind'),
                options: kinds.map((k) => ({
                  value: k,
                  label: enumLabel(ANSWER_SOURCE_KIND_LABELS, k, i18n),
                })),
              },
            ]
          : []),
        { type: 'unit', key: 'unitId', label: t('answers.source.unitFilter'), width: 240 },
        { type: 'year', key: 'year', label: t('answers.source.year'), width: 120 },
      ]}
      empty={empty}
      table={{ onRow: (s) => ({ onDoubleClick: () => nav(sourcePath(s.kind, s.id)) }) }}
      columns={columns}
      actions={[
        {
          key: 'open',
          icon: <EyeOutlined />,
          label: t('answers.source.open'),
          onClick: (s) => nav(sourcePath(s.kind, s.id)),
          testId: 'row-open',
        },
      ]}
      modals={
        creating && (
          <CreateSourceModal
            kind={creating}
            open
            onClose={() => setCreating(null)}
            onCreated={(s) => {
              setCreating(null);
              nav(sourcePath(s.kind, s.id));
            }}
          />
        )
      }
    />
  );
}
