/**
 * The read-check-write verbs of answers under concurrency, on PostgreSQL: each item verb locks the
 * row and writes at the version the user saw, so of two parallel requests exactly one wins and the
 * other is refused with 409, and the history holds one line.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEnv, type TestEnv } from '../../../test/harness.ts';
import { json, makeProvince, makeUser, sys, type Province, type TestUser } from '../../../test/factories.ts';
import { answerItem } from './item/answer-item.ts';
import { createDialogue } from './source/create-dialogue.ts';
import { holdDialogue } from './source/hold-dialogue.ts';

let env: TestEnv;
let p: Province;
let head: TestUser;
let focal: TestUser;
const B = '/api/v1/answers';

beforeAll(async () => {
  env = await testEnv();
  env.clock.set('2026-06-20T03:00:00Z');
  p = await makeProvince(env);
  head = await makeUser(env, 'unit_head', p.communeA.id);
  focal = await makeUser(env, 'focal_officer', p.communeA.id);
});
afterAll(() => env.clock.reset());

const codes = (rs: { statusCode: number }[]) => rs.map((r) => r.statusCode).sort();
const post = (u: TestUser, url: string, payload: unknown) =>
  env.app.inject({ method: 'POST', url, headers: u.headers, payload: payload as never });

async function commitments(n: number) {
  const ctx = sys(env);
  const d = await createDialogue(ctx, {
    unitId: p.communeA.id,
    title: 'Đối thoại song song',
    scheduledOn: '2026-06-01',
    place: 'Hội trường',
    chairName: 'Chủ tịch',
  });
  const held = await holdDialogue(ctx, d.id, {
    expectedVersion: d.version,
    heldOn: '2026-06-01',
    participantCount: 3,
    issuesRaised: 'Ý kiến.',
    commitments: Array.from({ length: n }, (_, k) => ({
      text: `Cam kết ${k + 1}`,
      responsibleUnitId: p.communeA.id,
    })),
  });
  return { source: held, items: held.sourceItems };
}

describe.skipIf(process.env.TEST_DB !== 'postgres')('answers under concurrency (PostgreSQL)', () => {
  it('two answers of the same item at once: one wins, the other 409', async () => {
    const { items } = await commitments(1);
    const i = items[0]!;
    const rs = await Promise.all(
      ['Trả lời A', 'Trả lời B'].map((text) =>
        post(focal, `${B}/items/${i.id}/answer`, { expectedVersion: i.version, text }),
      ),
    );
    expect(codes(rs)).toEqual([200, 409]);
    const d = json(await env.app.inject({ method: 'GET', url: `${B}/items/${i.id}`, headers: head.headers }));
    expect(d.history.filter((h: any) => h.step === 'answer')).toHaveLength(1);
    expect(d.answerCount).toBe(1);
  });

  it('two judgements of the same answer at once: one wins, the other 409', async () => {
    const { items } = await commitments(1);
    const a = await answerItem(sys(env), items[0]!.id, {
      expectedVersion: items[0]!.version,
      text: 'Đã làm.',
    });
    const rs = await Promise.all(
      (['satisfied', 'not_satisfied'] as const).map((verdict) =>
        post(head, `${B}/items/${a.id}/judge`, { expectedVersion: a.version, verdict }),
      ),
    );
    expect(codes(rs)).toEqual([200, 409]);
    const d = json(await env.app.inject({ method: 'GET', url: `${B}/items/${a.id}`, headers: head.headers }));
    expect(d.history.filter((h: any) => h.step === 'judge')).toHaveLength(1);
  });

  it('a bulk answer racing a single answer on one of its items: one of them wins whole', async () => {
    const { items } = await commitments(3);
    const rs = await Promise.all([
      post(focal, `${B}/items/answer`, {
        items: items.map((i: any) => ({ id: i.id, expectedVersion: i.version })),
        text: 'Trả lời chung.',
      }),
      post(focal, `${B}/items/${items[1]!.id}/answer`, {
        expectedVersion: items[1]!.version,
        text: 'Riêng.',
      }),
    ]);
    expect(codes(rs)).toEqual([200, 409]);
    const list = json(
      await env.app.inject({
        method: 'GET',
        url: `${B}/items?sourceId=${items[0]!.sourceId}`,
        headers: head.headers,
      }),
    );
    const answered = list.items.filter((i: any) => i.status === 'answered').length;
    // the bulk won (all three) or the single one did (one; the bulk wrote nothing)
    expect([1, 3]).toContain(answered);
  });

  it('every other item step and the dialogue record let exactly one of two through', async () => {
    const steps: [string, (i: any) => unknown, boolean][] = [
      ['start', (i) => ({ expectedVersion: i.version }), false],
      ['decline', (i) => ({ expectedVersion: i.version, reason: 'Không thuộc thẩm quyền.' }), false],
      ['close', (i) => ({ expectedVersion: i.version }), true],
    ];
    for (const [step, body, answered] of steps) {
      const { items } = await commitments(1);
      let i = items[0]!;
      if (answered) i = await answerItem(sys(env), i.id, { expectedVersion: i.version, text: 'Đã làm.' });
      const rs = await Promise.all([1, 2].map(() => post(head, `${B}/items/${i.id}/${step}`, body(i))));
      expect(codes(rs), step).toEqual([200, 409]);
    }
    const d = await createDialogue(sys(env), {
      unitId: p.communeA.id,
      title: 'Ghi nhận song song',
      scheduledOn: '2026-06-01',
      place: 'Hội trường',
      chairName: 'Chủ tịch',
    });
    const rs = await Promise.all(
      [1, 2].map(() =>
        post(head, `${B}/dialogues/${d.id}/hold`, {
          expectedVersion: d.version,
          heldOn: '2026-06-01',
          participantCount: 4,
          issuesRaised: 'Ý kiến.',
          commitments: [{ text: 'Một cam kết' }],
        }),
      ),
    );
    expect(codes(rs)).toEqual([200, 409]);
    const s = json(
      await env.app.inject({ method: 'GET', url: `${B}/sources/${d.id}`, headers: head.headers }),
    );
    expect(s.sourceItems).toHaveLength(1);
  });
});
