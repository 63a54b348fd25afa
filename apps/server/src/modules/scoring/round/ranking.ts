/**
 * The ranking of a round: the decided assessments classified by the set's band scheme (a
 * disqualifying fact blocks the bands that require eligibility), the cap on the top band applied over
 * the whole round (who moves down and why), then ranked within each of the round's unit groups (ties
 * share a rank, listed by unit name).
 *
 * For a province (3,500 units) this is three statements (the band scheme, the decided assessments
 * with their units' groups, the groups) and one sort: the units are sorted once by total and name,
 * and each group takes its members in that order (rankInGroups of the domain).
 */
import type { Ranking } from '@danvan/contracts';
import { BAND_LABELS, applyCap, bandByScore, classify, formatPoints, rankInGroups } from '@danvan/domain';
import type { Db } from '../../../db/client.ts';
import * as schemes from '../band-scheme/band-scheme.repository.ts';
import { presentBandScheme, schemeOf } from '../band-scheme/read-band-scheme.ts';
import * as repo from './round.repository.ts';

/** One collator for the unit names (localeCompare with a locale builds one per call: seconds for a province). */
const byName = new Intl.Collator('vi');

type RankingRow = Ranking['groups'][number]['rows'][number];

export async function computeRanking(db: Db, round: repo.RoundRow, groupId?: number): Promise<Ranking> {
  const [schemeRow, decided, groups] = await Promise.all([
    schemes.getBandScheme(db, round.bandSchemeId),
    repo.decidedOfRound(db, round),
    repo.groupsByIds(db, round.groupIds),
  ]);
  const scheme = schemeOf(schemeRow!);
  const maxTotal = Number(
    (round.setContent as { groups: { maxPoints: number }[] }).groups.reduce((s, g) => s + g.maxPoints, 0),
  );
  const classified = decided.map((d) => ({
    d,
    byScore: bandByScore(scheme, d.total),
    band: classify(scheme, d.total, d.disqualified),
  }));
  const cap = applyCap(
    scheme.cap,
    classified.map(({ d, band }) => ({
      unitId: d.unitId,
      unitCode: d.unitCode,
      total: d.total,
      submittedAt: d.submittedAt.toISOString(),
      band,
    })),
  );
  const capText = (place: number) =>
    scheme.cap
      ? `Vượt tỷ lệ ${BAND_LABELS[scheme.cap.band].vi.toLowerCase()}: chỉ ${cap.allowed} trong ${cap.base} đơn vị xếp loại từ ${BAND_LABELS[scheme.cap.ofBands[scheme.cap.ofBands.length - 1]].vi.toLowerCase()} trở lên (${formatPoints(scheme.cap.percent)}%) được giữ mức này; đơn vị đứng thứ ${place} trong ${cap.before} đơn vị đạt mức theo điểm (cùng điểm: đơn vị gửi tự chấm sớm hơn đứng trước), chuyển xuống ${BAND_LABELS[scheme.cap.moveTo].vi.toLowerCase()}.`
      : '';
  const capTexts = new Map(cap.moved.map((m) => [m.unitId, capText(m.place)]));
  const rows = classified.map(({ d, byScore, band: eligible }) => {
    const capReason = capTexts.get(d.unitId);
    const notes: string[] = [];
    if (eligible !== byScore && byScore)
      notes.push(
        `Không đủ điều kiện xếp loại ${BAND_LABELS[byScore].vi.toLowerCase()}: ${d.disqualifyReason}`,
      );
    if (capReason) notes.push(capReason);
    const row: Omit<RankingRow, 'rank'> = {
      unitId: d.unitId,
      unitCode: d.unitCode,
      unitName: d.unitName,
      assessmentId: d.id,
      total: d.total,
      maxTotal,
      bandByScore: byScore,
      band: cap.bands.get(d.unitId) ?? null,
      disqualified: d.disqualified,
      capApplied: capReason !== undefined,
      note: notes.join(' '),
    };
    return { row, total: d.total, groupIds: d.groupIds };
  });
  const shown = groups.filter((g) => !groupId || g.id === groupId);
  const ranked = rankInGroups(
    rows,
    shown.map((g) => g.id),
    (r) => r.groupIds,
    (a, b) => byName.compare(a.row.unitName, b.row.unitName) || a.row.unitId - b.row.unitId,
  );
  const outGroups = shown.map((g) => ({
    groupId: g.id,
    groupCode: g.code,
    groupName: g.name,
    rows: ranked.get(g.id)!.map(({ rank, row }): RankingRow => ({ rank, ...row.row })),
  }));
  const bandCounts: Record<string, number> = {};
  for (const { row } of rows) if (row.band) bandCounts[row.band] = (bandCounts[row.band] ?? 0) + 1;
  const nameOf = new Map(decided.map((d) => [d.unitId, d.unitName]));
  return {
    roundId: round.id,
    published: round.state === 'published',
    bandScheme: presentBandScheme(schemeRow!),
    groups: outGroups,
    cap: scheme.cap
      ? {
          percent: scheme.cap.percent,
          base: cap.base,
          allowed: cap.allowed,
          before: cap.before,
          moved: cap.moved.map((m) => ({
            unitId: m.unitId,
            unitName: nameOf.get(m.unitId)!,
            total: m.total,
            place: m.place,
            reason: capTexts.get(m.unitId)!,
          })),
        }
      : null,
    bandCounts,
  };
}
