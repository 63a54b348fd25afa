/** The register of situation notes as .xlsx: the notes, and their follow-up actions on a second sheet. */
import type { SituationExportQuery } from '@danvan/contracts';
import {
  FOLLOW_UP_STATE_LABELS,
  SITUATION_LEVEL_LABELS,
  SITUATION_STATE_LABELS,
  SITUATION_TOPIC_LABELS,
  followUpSummary,
  isFollowUpOverdue,
  type FollowUpState,
} from '@danvan/domain';
import { today, type Ctx } from '../../../core/context.ts';
import { renderXlsx } from '../../../core/documents/xlsx.ts';
import { fetchRows } from '../../../core/page.ts';
import * as repo from './situation.repository.ts';
import { situationReadScopes } from './situation.policy.ts';
import { situationFilter } from './read-situation.ts';

/** At most this many notes in one file (a province's notes over several years). */
export const EXPORT_LIMIT = 20_000;

const label = (table: Record<string, { vi: string }>, code: string) => table[code]?.vi ?? code;

export async function exportSituations(ctx: Ctx, q: SituationExportQuery) {
  const { filter } = await situationFilter(ctx, q);
  const rows = await fetchRows(repo.situationList(ctx.db, situationReadScopes(ctx), filter).rows, {
    limit: EXPORT_LIMIT,
    offset: 0,
  });
  const actions = await repo.followUpsOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  const t = today(ctx);
  const bySituation = new Map<number, repo.FollowUpRow[]>();
  for (const f of actions) bySituation.set(f.situationId, [...(bySituation.get(f.situationId) ?? []), f]);
  const facts = (f: repo.FollowUpRow) => ({ dueDate: f.dueDate, state: f.state as FollowUpState });
  const stt = new Map(rows.map((r, i) => [r.id, i + 1]));
  return renderXlsx([
    {
      name: 'Tình hình',
      title: 'SỔ THEO DÕI TÌNH HÌNH NHÂN DÂN',
      columns: [
        { header: 'STT', key: 'stt', width: 6 },
        { header: 'Ngày nắm tình hình', key: 'notedOn', width: 14, type: 'date' },
        { header: 'Đơn vị ghi nhận', key: 'unitName', width: 28 },
        { header: 'Địa bàn', key: 'place', width: 30 },
        { header: 'Lĩnh vực', key: 'topic', width: 18 },
        { header: 'Mức độ', key: 'level', width: 14 },
        { header: 'Nội dung tình hình', key: 'summary', width: 60 },
        { header: 'Nguồn tin', key: 'source', width: 24 },
        { header: 'Tình trạng', key: 'state', width: 16 },
        { header: 'Việc cần làm', key: 'total', width: 10, type: 'integer' },
        { header: 'Chưa xong', key: 'open', width: 10, type: 'integer' },
        { header: 'Quá hạn', key: 'overdue', width: 10, type: 'integer' },
      ],
      rows: rows.map((r) => {
        const sum = followUpSummary((bySituation.get(r.id) ?? []).map(facts), t);
        return {
          stt: stt.get(r.id)!,
          notedOn: r.notedOn,
          unitName: r.unitName,
          place: r.placeUnitName ? `${r.place} (${r.placeUnitName})` : r.place,
          topic: label(SITUATION_TOPIC_LABELS, r.topic),
          level: label(SITUATION_LEVEL_LABELS, r.level),
          summary: r.summary,
          source: r.source,
          state: label(SITUATION_STATE_LABELS, r.state),
          total: sum.total,
          open: sum.open,
          overdue: sum.overdue,
        };
      }),
    },
    {
      name: 'Việc cần làm',
      title: 'VIỆC CẦN LÀM THEO TÌNH HÌNH',
      columns: [
        { header: 'STT tình hình', key: 'stt', width: 10, type: 'integer' },
        { header: 'Địa bàn', key: 'place', width: 30 },
        { header: 'Việc cần làm', key: 'action', width: 50 },
        { header: 'Người, đơn vị thực hiện', key: 'assignee', width: 28 },
        { header: 'Hạn thực hiện', key: 'dueDate', width: 14, type: 'date' },
        { header: 'Trạng thái', key: 'state', width: 16 },
        { header: 'Ngày xong', key: 'doneOn', width: 14, type: 'date' },
        { header: 'Quá hạn', key: 'overdue', width: 10 },
        { header: 'Kết quả, ghi chú', key: 'note', width: 40 },
      ],
      rows: rows.flatMap((r) =>
        (bySituation.get(r.id) ?? []).map((f) => ({
          stt: stt.get(r.id)!,
          place: r.place,
          action: f.action,
          assignee: f.assignee,
          dueDate: f.dueDate,
          state: label(FOLLOW_UP_STATE_LABELS, f.state),
          doneOn: f.doneOn,
          overdue: isFollowUpOverdue(facts(f), t) ? 'Quá hạn' : '',
          note: f.note,
        })),
      ),
    },
  ]);
}
