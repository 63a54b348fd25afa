/** The measures (a) proposals and (b) ranking, each through the scoring module's code and by hand-written SQL. */
import type { Database } from '../../../apps/server/src/db/client.ts';
import { proposeRound } from '../../../apps/server/src/modules/scoring/round/propose-round.ts';
import { readRanking } from '../../../apps/server/src/modules/scoring/round/read-results.ts';
import { RUNS, UNITS, WARMUP, log, median, p95, timed, type Row } from './common.ts';
import { HAND_PROPOSALS, HAND_RANKING } from './references.ts';
import type { Prepared } from './setup.ts';

const measure = async <A, B>(
  label: string,
  mineFn: () => Promise<A>,
  handFn: () => Promise<B>,
  same: (a: A, b: B) => string | null,
): Promise<Row> => {
  const mine: number[] = [];
  const hand: number[] = [];
  for (let n = 0; n < RUNS + WARMUP; n++) {
    let t1: number, t2: number, a: A, b: B;
    if (n % 2) {
      [t1, a] = await timed(mineFn);
      [t2, b] = await timed(handFn);
    } else {
      [t2, b] = await timed(handFn);
      [t1, a] = await timed(mineFn);
    }
    if (n === 0 || n === RUNS + WARMUP - 1) {
      const diff = same(a, b);
      if (diff) throw new Error(`${label}: kết quả khác nhau (${diff})`);
    }
    if (n >= WARMUP) {
      mine.push(t1);
      hand.push(t2);
    }
  }
  const r = { label, mine: median(mine), hand: median(hand), p95: p95(mine), handP95: p95(hand) };
  log(`  mô-đun ${r.mine.toFixed(0)} ms, SQL viết tay ${r.hand.toFixed(0)} ms (trung vị của ${RUNS} lần)`);
  return r;
};

export async function measureScoring(db: Database, { ctx, round, content, year, today, criteria }: Prepared) {
  // (a) proposals for every participant
  log('đo (a) đề xuất điểm từ số liệu cho mọi đơn vị của đợt…');
  type HandProposal = {
    unit_id: number;
    code: string;
    key: string;
    score: number | null;
    figures: Record<string, number>;
    path: string;
  };
  const a = await measure(
    `(a) đề xuất điểm từ số liệu: ${(UNITS - 1).toLocaleString('vi-VN')} đơn vị × ${criteria.length} tiêu chí đo từ số liệu (bộ 60 tiêu chí)`,
    () => proposeRound(ctx, round.id),
    () => db.query<HandProposal>(HAND_PROPOSALS, [year, today, JSON.stringify(criteria)]),
    (mine, hand) => {
      const key = (u: number, c: string) => `${u}|${c}`;
      const h = new Map(hand.map((r) => [key(Number(r.unit_id), r.code), r]));
      let n = 0;
      for (const row of mine)
        for (const [code, p] of Object.entries(row.proposals)) {
          n++;
          const r = h.get(key(row.unitId, code));
          if (!r) return `đơn vị ${row.unitId} tiêu chí ${code}: SQL không có`;
          const figs = JSON.stringify(Object.entries(p.figures ?? {}).sort());
          const hfigs = JSON.stringify(
            Object.entries(r.figures)
              .map(([k, v]) => [k, Number(v)])
              .sort(),
          );
          if (
            p.key !== r.key ||
            p.score !== (r.score === null ? null : Number(r.score)) ||
            figs !== hfigs ||
            p.evidence.path !== r.path
          )
            return `đơn vị ${row.unitId} tiêu chí ${code}: ${JSON.stringify([p.key, p.score, p.figures, p.evidence.path])} ≠ ${JSON.stringify([r.key, r.score, r.figures, r.path])}`;
        }
      return n === hand.length ? null : `số đề xuất ${n} ≠ ${hand.length}`;
    },
  );

  // (b) the ranking
  log('đo (b) xếp loại, khống chế tỷ lệ và xếp hạng theo khối…');
  type HandRanking = {
    cap: { allowed: number; base: number; before: number };
    moved: { unitId: number; unitName: string; place: number; total: number; reason: string }[] | null;
    counts: Record<string, number>;
    rows: {
      groupId: number;
      rank: number;
      unitId: number;
      unitCode: string;
      unitName: string;
      assessmentId: number;
      total: number;
      bandByScore: string;
      band: string;
      disqualified: boolean;
      capApplied: boolean;
      note: string;
    }[];
  };
  const maxTotal = content.groups.reduce((s, g) => s + g.maxPoints, 0);
  const b = await measure(
    `(b) xếp loại (điều kiện, tỷ lệ xuất sắc) và xếp hạng theo khối: ${(UNITS - 1).toLocaleString('vi-VN')} bản đã quyết định`,
    () => readRanking(ctx, round.id, {} as never),
    async () => (await db.query<HandRanking>(HAND_RANKING, [round.id]))[0],
    (mine, hand) => {
      if (!mine.cap) return 'không có khống chế';
      const capA = [mine.cap.base, mine.cap.allowed, mine.cap.before].join();
      const capB = [hand.cap.base, hand.cap.allowed, hand.cap.before].join();
      if (capA !== capB) return `khống chế ${capA} ≠ ${capB}`;
      if (mine.roundId !== round.id || mine.published || mine.cap.percent !== 20)
        return 'đợt, công bố, tỷ lệ';
      if (mine.bandScheme.code !== 'dvcq-tinh') return `thang ${mine.bandScheme.code}`;
      const movedA = JSON.stringify(
        mine.cap.moved.map((m) => [m.unitId, m.unitName, m.place, m.total, m.reason]),
      );
      const movedB = JSON.stringify(
        (hand.moved ?? []).map((m) => [m.unitId, m.unitName, m.place, Number(m.total), m.reason]),
      );
      if (movedA !== movedB)
        return `đơn vị bị chuyển xuống ${movedA.slice(0, 100)} ≠ ${movedB.slice(0, 100)}`;
      if (
        JSON.stringify(Object.entries(mine.bandCounts).sort()) !==
        JSON.stringify(Object.entries(hand.counts).sort())
      )
        return 'số đơn vị theo mức';
      const rowsA = mine.groups.flatMap((g) =>
        g.rows.map((r) =>
          JSON.stringify([
            g.groupId,
            r.rank,
            r.unitId,
            r.unitCode,
            r.unitName,
            r.assessmentId,
            r.total,
            r.maxTotal,
            r.bandByScore,
            r.band,
            r.disqualified,
            r.capApplied,
            r.note,
          ]),
        ),
      );
      const rowsB = hand.rows.map((r) =>
        JSON.stringify([
          r.groupId,
          Number(r.rank),
          r.unitId,
          r.unitCode,
          r.unitName,
          r.assessmentId,
          Number(r.total),
          maxTotal,
          r.bandByScore,
          r.band,
          r.disqualified,
          r.capApplied,
          r.note,
        ]),
      );
      if (rowsA.length !== rowsB.length) return `số dòng ${rowsA.length} ≠ ${rowsB.length}`;
      // in the same order: by group, rank, then unit name (Vietnamese collation on both sides)
      for (let i = 0; i < rowsA.length; i++) if (rowsA[i] !== rowsB[i]) return `${rowsA[i]} ≠ ${rowsB[i]}`;
      return null;
    },
  );
  return { a, b };
}
