/**
 * The proposers the owning modules register for the seeded criteria set (answers: dialogues held and
 * the Front's recommendations answered on time; petitions: none overdue at the end of the period;
 * reporting: six-month and annual reports on time and accepted), on real records: the points, the
 * figures behind them, the link to the records, and "no data" (no score) for a unit without records.
 * Then the batch form: proposing for many units runs the same number of statements as for a few,
 * and the whole round is proposed in one call.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { CRITERIA_SET_SEED, addDays, type CriteriaContent } from '@danvan/domain';
import type { Proposal } from '@danvan/contracts';
import { testEnv, type TestEnv } from '../../../test/harness.ts';
import { makeProvince, sys, uid, type Province } from '../../../test/factories.ts';
import type { Ctx } from '../../core/context.ts';
import * as org from '../org/index.ts';
import { proposalsFor } from './shared/propose.ts';
import { proposeRound } from './round/propose-round.ts';
import { roundAt, today, YEAR } from './scoring.test-helpers.ts';

let env: TestEnv;
let p: Province;
const content = CRITERIA_SET_SEED.content as CriteriaContent;

const exec = async (q: string, params: unknown[] = []) => {
  return env.database.query(q, params);
};
const one = async (q: string, params: unknown[] = []) => Number((await exec(q, params))[0].id);

const unitsOf = (...us: { id: number; path: string; kind: string }[]) =>
  us.map((u) => ({ id: u.id, path: u.path, kind: u.kind }));

async function proposalsAt(code: string, ...us: { id: number; path: string; kind: string }[]) {
  const m = await proposalsFor(sys(env), content, unitsOf(...us), YEAR);
  return us.map((u) => m.get(u.id)!.get(code)!) as Proposal[];
}

beforeAll(async () => {
  env = await testEnv();
  p = await makeProvince(env);
});

describe('scoring proposers registered by the modules that own the data', () => {
  it('3.4 dialogues held (answers): held → full points; only scheduled/cancelled → 0; none recorded → no data', async () => {
    const dlg = (unitId: number, state: string, on: string) =>
      exec(
        `insert into answers_sources(kind, unit_id, title, received_on, dialogue_state, held_on)
         values ('dialogue', $1, $2, $3, $4, $5)`,
        [unitId, `Đối thoại với Nhân dân ${uid()}`, on, state, state === 'held' ? on : null],
      );
    await dlg(p.communeA.id, 'held', `${YEAR}-03-15`);
    await dlg(p.communeA.id, 'scheduled', `${YEAR}-09-20`);
    await dlg(p.communeA.id, 'held', `${YEAR - 1}-06-10`); // last year's: not counted
    await dlg(p.communeB.id, 'cancelled', `${YEAR}-05-05`);
    const [a, b, c] = await proposalsAt('3.4', p.communeA, p.communeB, p.communeC);
    expect(a).toMatchObject({ key: 'dialogues.held', score: 2, figures: { recorded: 2, held: 1 } });
    expect(a.description).toContain('đã tổ chức 1 cuộc đối thoại');
    expect(a.evidence.path).toBe(`/doi-thoai?unitId=${p.communeA.id}&year=${YEAR}`);
    expect(b).toMatchObject({ score: 0, figures: { recorded: 1, held: 0 } });
    expect(b.description).toContain('Chưa tổ chức cuộc đối thoại nào');
    expect(c.score).toBeNull();
    expect(c.description).toContain('Chưa có số liệu');
  });

  it('5.2 the Front’s recommendations answered on time (answers): share of those due in the year; none due → no data', async () => {
    const src = await one(
      `insert into answers_sources(kind, unit_id, addressee_unit_id, title, received_on)
       values ('front_supervision', $1, $2, 'Kết luận giám sát việc giải quyết thủ tục hành chính', $3) returning id`,
      [p.root.id, p.communeA.id, `${YEAR}-02-01`],
    );
    const item = (n: number, due: string, answered: string | null, responsible: number | null = null) =>
      exec(
        `insert into answers_items(source_id, number, text, due_date, first_answered_on, responsible_unit_id)
         values ($1, $2, $3, $4, $5, $6)`,
        [src, n, `Kiến nghị số ${n}`, due, answered, responsible],
      );
    await item(1, `${YEAR}-04-30`, `${YEAR}-04-20`); // on time
    await item(2, `${YEAR}-04-30`, `${YEAR}-05-10`); // late
    await item(3, `${YEAR}-06-30`, null); // not answered
    await item(4, `${YEAR + 1}-01-31`, null); // due next year: not counted
    await item(5, `${YEAR}-04-30`, `${YEAR}-04-01`, p.communeB.id); // assigned to commune B
    const [a, b, c] = await proposalsAt('5.2', p.communeA, p.communeB, p.communeC);
    expect(a).toMatchObject({
      key: 'front.recommendations_answered',
      score: 2, // 6 × 1/3
      figures: { due: 3, onTime: 1, late: 1 },
    });
    expect(a.description).toBe(
      'Trả lời đúng hạn 1/3 kiến nghị của Mặt trận đến hạn trong năm (1 trả lời quá hạn, 1 chưa trả lời)',
    );
    expect(a.evidence.path).toContain(`/giam-sat-phan-bien?unitId=${p.communeA.id}`);
    expect(b).toMatchObject({ score: 6, figures: { due: 1, onTime: 1 } });
    expect(c).toMatchObject({ score: null });
    expect(c.description).toContain('Chưa có số liệu');
  });

  it('3.3 no petition overdue at the end of the period (petitions): any overdue → 0; none → full; none handled → no data', async () => {
    const t = today();
    const petition = (unitId: number, v: { accepted: string; due: string; decided?: string }) =>
      exec(
        `insert into petitions(unit_id, received_on, channel, kind, field, status, subject, content,
           accepted_on, resolution_due, decided_on)
         values ($1, $2, 'truc_tiep', 'khieu_nai', 'dat_dai', $3, 'Khiếu nại về bồi thường đất', 'Nội dung đơn', $4, $5, $6)`,
        [unitId, v.accepted, v.decided ? 'decided' : 'accepted', v.accepted, v.due, v.decided ?? null],
      );
    // A: one decided on time, one past its due date and still open
    await petition(p.communeA.id, {
      accepted: addDays(t, -50),
      due: addDays(t, -20),
      decided: addDays(t, -25),
    });
    await petition(p.communeA.id, { accepted: addDays(t, -40), due: addDays(t, -10) });
    // B: decided late (not overdue any more at the end), and one running but not yet due
    await petition(p.communeB.id, {
      accepted: addDays(t, -50),
      due: addDays(t, -20),
      decided: addDays(t, -5),
    });
    await petition(p.communeB.id, { accepted: addDays(t, -5), due: addDays(t, 25) });
    const [a, b, c] = await proposalsAt('3.3', p.communeA, p.communeB, p.communeC);
    expect(a).toMatchObject({ key: 'petitions.none_overdue', score: 0, figures: { running: 2, overdue: 1 } });
    expect(a.description).toContain('Có 1/2 đơn, thư quá hạn giải quyết tại ngày');
    expect(a.evidence.path).toBe(`/don-thu?unitId=${p.communeA.id}&flag=overdue`);
    expect(b).toMatchObject({ score: 4, figures: { running: 2, overdue: 0 } });
    expect(c.score).toBeNull();
    expect(c.description).toContain('Chưa có số liệu');
  });

  it('7.1 six-month and annual reports on time and accepted (reporting): 2,5 points each; not required → no data', async () => {
    const tpl = await one(
      `insert into reporting_templates(code, name, sections) values ($1, 'Đề cương báo cáo thử', '[]'::jsonb) returning id`,
      [`tpl_${uid()}`],
    );
    const period = async (kind: string, from: string, to: string, deadline: string) => {
      const id = await one(
        `insert into reporting_periods(template_id, root_unit_id, kind, year, name, from_date, to_date, cutoff_date, required_kinds)
         values ($1, $2, $3, $4, $5, $6, $7, $7, '{commune}') returning id`,
        [tpl, p.root.id, kind, YEAR, `Báo cáo ${kind} năm ${YEAR}`, from, to],
      );
      await exec(`insert into reporting_deadlines(period_id, level, deadline) values ($1, 'unit', $2)`, [
        id,
        deadline,
      ]);
      return id;
    };
    const six = await period('six_month', `${YEAR}-01-01`, `${YEAR}-06-30`, `${YEAR}-06-15`);
    const year = await period('annual', `${YEAR}-01-01`, `${YEAR}-12-31`, `${YEAR}-11-20`);
    const report = (periodId: number, unitId: number, status: string, sentAt: string) =>
      exec(
        `insert into reporting_reports(period_id, unit_id, status, submitted_at, first_submitted_at)
         values ($1, $2, $3, $4, $4)`,
        [periodId, unitId, status, sentAt],
      );
    // A: six-month sent on the deadline day (23:00 in Việt Nam) and accepted; annual sent a day late, accepted
    await report(six, p.communeA.id, 'accepted', `${YEAR}-06-15T16:00:00Z`);
    await report(year, p.communeA.id, 'accepted', `${YEAR}-11-21T03:00:00Z`);
    // B: six-month on time but returned; nothing for the year
    await report(six, p.communeB.id, 'returned', `${YEAR}-06-01T03:00:00Z`);
    const [a, b, dept] = await proposalsAt('7.1', p.communeA, p.communeB, p.dept);
    expect(a).toMatchObject({
      key: 'reporting.reports_on_time',
      score: 2.5,
      figures: { due: 2, sent: 2, onTime: 1, accepted: 2, onTimeAccepted: 1 },
    });
    expect(a.description).toBe(
      '1/2 báo cáo 6 tháng, năm gửi đúng hạn và được chấp nhận (đã gửi 2, đúng hạn 1, được chấp nhận 2)',
    );
    expect(a.evidence.path).toBe(`/bao-cao?unitId=${p.communeA.id}&year=${YEAR}`);
    expect(b).toMatchObject({ score: 0, figures: { due: 2, sent: 1, onTime: 1, accepted: 0 } });
    // a department is not required to send these reports
    expect(dept.score).toBeNull();
    expect(dept.description).toContain('Chưa có số liệu');
  });
});

describe('scoring proposers: the batch form', () => {
  /** A context whose database counts the statements sent through it. */
  function counting(): { ctx: Ctx; n: () => number } {
    const base = sys(env);
    let n = 0;
    const db = new Proxy(base.db, {
      get(t, k, r) {
        const v = Reflect.get(t, k, r);
        if ((k === 'execute' || k === 'select') && typeof v === 'function')
          return (...a: unknown[]) => {
            n++;
            return (v as (...x: unknown[]) => unknown).apply(t, a);
          };
        return v;
      },
    });
    return { ctx: { ...base, db }, n: () => n };
  }

  it('proposing for 30 units sends as many statements as for 3 (one per proposer, not one per unit)', async () => {
    const more = [];
    for (let i = 0; i < 27; i++)
      more.push(
        await org.createUnit(sys(env), {
          code: `XA_LO_${p.suffix}_${i}`,
          name: `Xã Thử Lô ${i + 1} ${p.suffix}`,
          kind: 'commune',
          parentId: p.root.id,
          validFrom: '2015-01-01',
          groups: ['khoi_xa'],
        }),
      );
    const few = counting();
    const a = await proposalsFor(few.ctx, content, unitsOf(p.communeA, p.communeB, p.communeC), YEAR);
    const many = counting();
    const b = await proposalsFor(
      many.ctx,
      content,
      unitsOf(p.communeA, p.communeB, p.communeC, ...more),
      YEAR,
    );
    expect(few.n()).toBeGreaterThan(0);
    expect(many.n()).toBe(few.n());
    // every proposed criterion of the seeded set has an answer for every unit
    const keys = content.groups.flatMap((g) => g.criteria).filter((c) => c.proposerKey).length;
    expect(b.get(more[5].id)!.size).toBe(keys);
    // and the same answers for the first units whatever the batch
    for (const u of [p.communeA, p.communeB, p.communeC])
      expect([...b.get(u.id)!].map(([k, v]) => [k, v.score, v.description])).toEqual(
        [...a.get(u.id)!].map(([k, v]) => [k, v.score, v.description]),
      );
  });

  it('the whole round is proposed in one call: each participant’s proposals and proposed total', async () => {
    const round = await roundAt(env, p.root.id);
    const rows = await proposeRound(sys(env), round.id);
    const a = rows.find((r) => r.unitId === p.communeA.id)!;
    expect(a.proposals['3.4']).toMatchObject({ score: 2 });
    expect(a.proposals['7.1']).toMatchObject({ score: 2.5 });
    const c = rows.find((r) => r.unitId === p.communeC.id)!;
    expect(c.noData).toBe(3); // 3.3, 3.4, 5.2 (commune C must report: 7.1 is 0, not "no data")
    expect(c.proposedTotal).toBe(Object.values(c.proposals).reduce((s, x) => s + (x.score ?? 0), 0));
    expect(rows.every((r) => r.unitCode && r.unitName)).toBe(true);
  });
});
