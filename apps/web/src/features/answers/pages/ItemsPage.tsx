import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { AnswerItem } from '@danvan/contracts';
import {
  ANSWER_COMPLIANCE,
  ANSWER_COMPLIANCE_LABELS,
  ANSWER_FIELDS,
  ANSWER_FIELD_LABELS,
  ANSWER_ITEM_STATUSES,
  ANSWER_ITEM_STATUS_LABELS,
  ANSWER_SOURCE_KINDS,
  ANSWER_SOURCE_KIND_LABELS,
} from '@danvan/contracts';
import { RegisterPage, param, useUrlState } from '../../../shared/register/index.ts';
import { useItems } from '../api.ts';
import { BulkBar } from '../components/BulkBar.tsx';
import { dueRange } from '../components/DueRange.ts';
import { ItemDialogs, useItemDialogs } from '../components/ItemDialogs.tsx';
import { itemActions, itemColumns, itemPath } from '../components/itemColumns.tsx';
import { useAnswersI18n } from '../components/i18n.ts';

/**
 * Every item in the user's reach, whatever its source: filters by source kind, status, field,
 * responsible unit, due window and compliance (overdue) in the address; select several to assign
 * them to a unit, answer them with one text or a template, or publish their answers; export.
 */
export default function ItemsPage() {
  const { i18n, t } = useAnswersI18n();
  const nav = useNavigate();
  const state = useUrlState(
    {
      q: param.search(),
      kind: param.oneOf(ANSWER_SOURCE_KINDS),
      status: param.oneOf(ANSWER_ITEM_STATUSES),
      field: param.oneOf(ANSWER_FIELDS),
      compliance: param.oneOf(ANSWER_COMPLIANCE),
      responsibleUnitId: param.int(),
      dueFrom: param.text(),
      dueTo: param.text(),
      mine: param.flag(),
    },
    { pageSize: 20 },
  );
  const f = state.filters;
  const query = {
    q: f.q || undefined,
    kind: f.kind,
    status: f.status,
    field: f.field,
    compliance: f.compliance,
    responsibleUnitId: f.responsibleUnitId,
    dueFrom: f.dueFrom || undefined,
    dueTo: f.dueTo || undefined,
    mine: f.mine ? 'true' : undefined,
  };
  const list = useItems({ ...query, page: state.page, pageSize: state.pageSize });
  const dialogs = useItemDialogs();
  const [selected, setSelected] = useState<AnswerItem[]>([]);
  const clear = () => setSelected([]);

  return (
    <RegisterPage
      title={t('answers.items.title')}
      subtitle={t('answers.items.subtitle')}
      exportPath="/answers/items/export.xlsx"
      exportQuery={query}
      state={state}
      query={list}
      rowKey="id"
      labelled
      filters={[
        {
          type: 'search',
          key: 'q',
          label: t('common.search'),
          placeholder: t('answers.items.search'),
          width: 260,
        },
        {
          type: 'enum',
          key: 'kind',
          label: t('answers.source.kind'),
          labels: ANSWER_SOURCE_KIND_LABELS,
          codes: ANSWER_SOURCE_KINDS,
          width: 220,
          testId: 'filter-kind',
        },
        {
          type: 'enum',
          key: 'status',
          label: t('answers.item.status'),
          labels: ANSWER_ITEM_STATUS_LABELS,
          codes: ANSWER_ITEM_STATUSES,
          width: 200,
          testId: 'filter-status',
        },
        {
          type: 'enum',
          key: 'field',
          label: t('answers.item.field'),
          labels: ANSWER_FIELD_LABELS,
          codes: ANSWER_FIELDS,
          width: 200,
          testId: 'filter-field',
        },
        {
          type: 'enum',
          key: 'compliance',
          label: t('answers.item.compliance'),
          labels: ANSWER_COMPLIANCE_LABELS,
          codes: ANSWER_COMPLIANCE,
          width: 200,
          testId: 'filter-compliance',
        },
        { type: 'unit', key: 'responsibleUnitId', label: t('answers.filter.responsible'), width: 240 },
        dueRange(state, t, 'dueFrom', 'dueTo'),
        { type: 'check', key: 'mine', text: t('answers.filter.mine'), testId: 'filter-mine' },
      ]}
      empty={t('answers.items.empty')}
      above={
        <BulkBar
          rows={selected}
          dialogs={dialogs}
          onClear={clear}
          pageRows={list.data?.items}
          onPick={setSelected}
        />
      }
      table={{
        onRow: (r) => ({ onDoubleClick: () => nav(itemPath(r.id)) }),
        rowSelection: {
          selectedRowKeys: selected.map((r) => r.id),
          preserveSelectedRowKeys: true,
          onChange: (_k, rows) => setSelected(rows.filter(Boolean)),
          // the table's select-all would sit, focusable, in its aria-hidden measure row: the bar above does it
          columnTitle: t('answers.bulk.column'),
          getCheckboxProps: (r) => ({ 'aria-label': t('answers.bulk.pick', { n: r.number }) }) as never,
        },
      }}
      columns={itemColumns(t, i18n, { source: true })}
      actions={itemActions(t, dialogs, (r) => nav(itemPath(r.id)))}
      actionsWidth={140}
      modals={<ItemDialogs state={dialogs} onDone={clear} />}
    />
  );
}
