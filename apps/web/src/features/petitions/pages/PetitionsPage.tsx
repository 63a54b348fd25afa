import { EyeOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import {
  PETITION_FIELDS,
  PETITION_FIELD_LABELS,
  PETITION_FLAGS,
  PETITION_FLAG_LABELS,
  PETITION_KINDS,
  PETITION_KIND_LABELS,
  PETITION_STATUSES,
  PETITION_STATUS_LABELS,
  PROLONGED_BASIS_VI,
} from '@danvan/contracts';
import { useI18n } from '../../../i18n/index.tsx';
import { formatDate, formatNumber, todayIso } from '../../../shared/format.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { useMe } from '../../../shared/session.ts';
import { EnumTag, enumLabel } from '../../../shared/components/EnumTag.tsx';
import { RegisterPage, param, useUrlState } from '../../../shared/register/index.ts';
import { usePetitions } from '../api.ts';
import { VOCAB } from '../components/fields.tsx';
import { ImportPetitionsModal } from '../components/ImportPetitionsModal.tsx';
import { PetitionEntryModal } from '../components/PetitionEntry.tsx';

const DUE_WINDOWS = [0, 3, 7, 15, 30];

/** One flag as a tag; the "kéo dài" tag explains itself with its legal basis. */
export function FlagTag({ flag, basis }: { flag: string; basis?: string }) {
  const tag = <EnumTag vocab={VOCAB.flag} value={flag} />;
  return flag === 'prolonged' ? <Tooltip title={basis ?? PROLONGED_BASIS_VI}>{tag}</Tooltip> : tag;
}

/**
 * The petition register (sổ đơn thư): filters by kind, field, status, flag, unit and deadline window
 * in the address, the number of petitions per status, export, and the entry form.
 */
export default function PetitionsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const notify = useNotify();
  const nav = useNavigate();
  const me = useMe();
  const unit = me.data?.activeUnit ?? null;
  const [entry, setEntry] = useState(false);
  const [importing, setImporting] = useState(false);
  const state = useUrlState(
    {
      q: param.search(),
      kind: param.oneOf(PETITION_KINDS),
      field: param.oneOf(PETITION_FIELDS),
      status: param.oneOf(PETITION_STATUSES),
      flag: param.oneOf(PETITION_FLAGS),
      unitId: param.int(),
      dueWithin: param.int(),
      from: param.text(),
      to: param.text(),
    },
    { pageSize: 20 },
  );
  const f = state.filters;
  const query = {
    q: f.q || undefined,
    kind: f.kind,
    field: f.field,
    status: f.status,
    flag: f.flag,
    unitId: f.unitId,
    dueWithin: f.dueWithin,
    from: f.from || undefined,
    to: f.to || undefined,
  };
  const list = usePetitions({ ...query, page: state.page, pageSize: state.pageSize });
  const counts = list.data?.counts ?? {};
  // the list's can.create is about the listed unit: the import enters petitions at the active unit
  const canImport = !!unit && (list.data?.can?.create ?? false) && (!f.unitId || f.unitId === unit.id);
  const all = Object.values(counts).reduce((a, b) => a + b, 0);

  return (
    <RegisterPage
      title={t('petitions.title')}
      subtitle={t('petitions.subtitle')}
      canCreate={list.data?.can?.create ?? false}
      create={{ label: t('petitions.create'), onClick: () => setEntry(true), testId: 'petition-create' }}
      headerExtra={
        canImport && (
          <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="petition-import">
            {t('petitions.import.action')}
          </Button>
        )
      }
      exportPath="/petitions/export.xlsx"
      exportQuery={query}
      state={state}
      query={list}
      rowKey="id"
      labelled
      above={
        <Flex gap={6} wrap align="center" style={{ marginBottom: 12 }} data-testid="petition-counts">
          <Typography.Text type="secondary">{t('petitions.countsTitle')}:</Typography.Text>
          <Button
            size="small"
            type={!f.status ? 'primary' : 'default'}
            aria-pressed={!f.status}
            onClick={() => state.setFilter('status', undefined)}
          >
            {t('petitions.countsAll')} ({formatNumber(all, i18n.lang)})
          </Button>
          {PETITION_STATUSES.filter((s) => (counts[s] ?? 0) > 0 || f.status === s).map((s) => (
            <Button
              key={s}
              size="small"
              type={f.status === s ? 'primary' : 'default'}
              aria-pressed={f.status === s}
              onClick={() => state.setFilter('status', f.status === s ? undefined : s)}
              data-testid={`petition-count-${s}`}
            >
              {enumLabel(PETITION_STATUS_LABELS, s, i18n)} ({formatNumber(counts[s] ?? 0, i18n.lang)})
            </Button>
          ))}
        </Flex>
      }
      filters={[
        {
          type: 'search',
          key: 'q',
          label: t('common.search'),
          placeholder: t('petitions.search'),
          width: 300,
        },
        {
          type: 'enum',
          key: 'kind',
          label: t('petitions.kind'),
          labels: PETITION_KIND_LABELS,
          codes: PETITION_KINDS,
          width: 150,
          testId: 'filter-kind',
        },
        {
          type: 'enum',
          key: 'field',
          label: t('petitions.field'),
          labels: PETITION_FIELD_LABELS,
          codes: PETITION_FIELDS,
          width: 180,
          testId: 'filter-field',
        },
        {
          type: 'enum',
          key: 'status',
          label: t('petitions.status'),
          labels: PETITION_STATUS_LABELS,
          codes: PETITION_STATUSES,
          width: 200,
          testId: 'filter-status',
        },
        {
          type: 'enum',
          key: 'flag',
          label: t('petitions.flag'),
          labels: PETITION_FLAG_LABELS,
          codes: PETITION_FLAGS,
          width: 150,
          testId: 'filter-flag',
        },
        { type: 'unit', key: 'unitId', label: t('petitions.unitFilter'), width: 240 },
        {
          type: 'select',
          key: 'dueWithin',
          label: t('petitions.dueWithin'),
          width: 160,
          testId: 'filter-due',
          options: DUE_WINDOWS.map((d) => ({ value: d, label: t('petitions.dueWithinDays', { days: d }) })),
        },
        { type: 'dateRange', key: 'from', to: 'to', label: t('petitions.dateRange'), width: 260 },
      ]}
      empty={t('petitions.empty')}
      table={{ onRow: (p) => ({ onDoubleClick: () => nav(`/don-thu/${p.id}`) }) }}
      columns={[
        {
          title: t('petitions.code'),
          width: 120,
          render: (_, p) => (
            <div>
              <Link to={`/don-thu/${p.id}`} data-testid="petition-link">
                {p.code}
              </Link>
              <div className="dv-muted" style={{ fontSize: 12 }}>
                {formatDate(p.receivedOn)}
              </div>
            </div>
          ),
        },
        {
          title: t('petitions.subject'),
          width: 320,
          render: (_, p) => (
            <div>
              <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 2, tooltip: p.subject }}>
                {p.subject}
              </Typography.Paragraph>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {p.protected ? t('petitions.protectedName') : (p.representativeName ?? '—')} ·{' '}
                {t('petitions.peopleCount', { count: p.petitionersCount })}
              </Typography.Text>
            </div>
          ),
        },
        {
          title: t('petitions.kind'),
          width: 110,
          render: (_, p) => <EnumTag vocab={VOCAB.kind} value={p.kind} />,
        },
        {
          title: t('petitions.field'),
          width: 150,
          render: (_, p) => <EnumTag vocab={VOCAB.field} value={p.field} />,
        },
        {
          title: t('petitions.status'),
          width: 170,
          render: (_, p) => <EnumTag vocab={VOCAB.status} value={p.status} />,
        },
        {
          title: t('petitions.dueDate'),
          width: 110,
          render: (_, p) => <span data-testid="petition-due">{p.dueDate ? formatDate(p.dueDate) : '—'}</span>,
        },
        {
          title: t('petitions.flags'),
          width: 160,
          render: (_, p) => (
            <Flex gap={2} wrap>
              {p.flags.map((fl) => (
                <FlagTag key={fl} flag={fl} />
              ))}
            </Flex>
          ),
        },
        { title: t('petitions.unit'), dataIndex: 'unitName', width: 200 },
      ]}
      actions={[
        {
          key: 'open',
          icon: <EyeOutlined />,
          label: t('petitions.open'),
          onClick: (p) => nav(`/don-thu/${p.id}`),
          testId: 'row-open',
        },
      ]}
      modals={
        <>
          {unit && (
            <ImportPetitionsModal
              open={importing}
              unit={unit}
              onClose={() => setImporting(false)}
              onDone={(r) => {
                notify.success(t('petitions.import.done', { created: r.created, skipped: r.skipped }));
                setImporting(false);
                void list.refetch();
              }}
            />
          )}
          <PetitionEntryModal
            open={entry}
            title={t('petitions.createTitle')}
            initialValues={{
              unitId: unit?.id,
              receivedOn: todayIso(),
              channel: 'in_person',
              kinds: [],
              petitionersCount: 1,
            }}
            onClose={() => setEntry(false)}
            onSaved={(created) => {
              notify.success(
                created.length > 1
                  ? t('petitions.savedSplit', { count: created.length })
                  : t('petitions.saved'),
              );
              setEntry(false);
              if (created[0]) nav(`/don-thu/${created[0].id}`);
            }}
          />
        </>
      }
    />
  );
}
