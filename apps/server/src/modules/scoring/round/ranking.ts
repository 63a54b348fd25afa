/**
 * The ranking of a round: the decided assessments classified by the set's band scheme (a
 * disqualifying fact blocks the bands that require eligibility), the cap on the top band applied over
 * the whole round (who moves down and why), then ranked within each of the round's unit groups (ties
 * share a rank).
 */
import type { Ranking } from '@danvan/contracts';
import { BAND_LABELS, applyCap, bandByScore, classify, formatPoints, rankByTotal } from '@danvan/domain';
import type { Db } from '../../../db/client.ts';
import * as assessments from '../assessment/assessment.repository.ts';
import * as schemes from '../band-scheme/band-scheme.repository.ts';
import { presentBandScheme, schemeOf } from '../band-scheme/read-band-scheme.ts';
import * as repo from './round.repository.ts';

/** One collator for the unit names (localeCompare with a locale builds one per call: seconds for a province). */
const byName = new Intl.Collator('vi');

export async function computeRanking(db: Db, round: repo.RoundRow, groupId?: number): Promise<Ranking> {
  const schemeRow = (await schemes.getBandScheme(db, round.bandSchemeId))!;
  const scheme = schemeOf(schemeRow);
  const [decided, parts, groups] = await Promise.all([
    assessments.decidedOfRound(db, round.id),
    repo.participants(db, round),
    repo.groupsByIds(db, round.groupIds),
  ]);
  const maxTotal = Number(
    (round.setContent as { groups: { maxPoints: number }[] }).groups.reduce((s, g) => s + g.maxPoints, 0),
  );
  const classified = decided.map((d) => ({
    ...d,
    byScore: bandByScore(scheme, d.total),
    band: classify(scheme, d.total, d.disqualified),
  }));
  const cap = applyCap(
    scheme.cap,
    classified.map((d) => ({
      unitId: d.unitId,
      unitCode: d.unitCode,
      total: d.total,
      submittedAt: new Date(d.submittedAt).toISOString(),
      band: d.band,
    })),
  );
  const moved = new Map(cap.moved.map((m) => [m.unitId, m]));
  const capText = (place: number) =>
    scheme.cap
      ? `Vượt tỷ lệ ${BAND_LABELS[scheme.cap.band].vi.toLowerCase()}: chỉ ${cap.allowed} trong ${cap.base} đơn vị xếp loại từ ${BAND_LABELS[scheme.cap.ofBands[scheme.cap.ofBands.length - 1]].vi.toLowerCase()} trở lên (${formatPoints(scheme.cap.percent)}%) được giữ mức này; đơn vị đứng thứ ${place} trong ${cap.before} đơn vị đạt mức theo điểm (cùng điểm: đơn vị gửi tự chấm sớm hơn đứng trước), chuyển xuống ${BAND_LABELS[scheme.cap.moveTo].vi.toLowerCase()}.`
      : '';
  const capTexts = new Map(cap.moved.map((m) => [m.unitId, capText(m.place)]));
  const rows = classified.map((d) => {
    const m = moved.get(d.unitId);
    const band = cap.bands.get(d.unitId) ?? null;
    const notes: string[] = [];
    if (d.band !== d.byScore && d.byScore)
      notes.push(
        `Không đủ điều kiện xếp loại ${BAND_LABELS[d.byScore].vi.toLowerCase()}: ${d.disqualifyReason}`,
      );
    if (m) notes.push(capTexts.get(d.unitId)!);
    return {
      unitId: d.unitId,
      unitCode: d.unitCode,
      unitName: d.unitName,
      assessmentId: d.id,
      total: d.total,
      maxTotal,
      bandByScore: d.byScore,
      band,
      disqualified: d.disqualified,
      capApplied: !!m,
      note: notes.join(' '),
    };
  });
  const groupsOfUnit = new Map(parts.map((p) => [p.id, p.groupIds]));
  const nameOf = new Map(rows.map((r) => [r.unitId, r.unitName]));
  const outGroups = groups
    .filter((g) => !groupId || g.id === groupId)
    .map((g) => {
      const members = rows.filter((r) => groupsOfUnit.get(r.unitId)?.includes(g.id));
      const ranks = rankByTotal(members);
      return {
        groupId: g.id,
        groupCode: g.code,
        groupName: g.name,
        rows: members
          .map((r) => ({ rank: ranks.get(r.unitId)!, ...r }))
          .sort((a, b) => a.rank - b.rank || byName.compare(a.unitName, b.unitName)),
      };
    });
  const bandCounts: Record<string, number> = {};
  for (const r of rows) if (r.band) bandCounts[r.band] = (bandCounts[r.band] ?? 0) + 1;
  return {
    roundId: round.id,
    published: round.state === 'published',
    bandScheme: presentBandScheme(schemeRow),
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
