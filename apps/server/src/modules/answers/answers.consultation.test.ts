/**
 * Public consultation through HTTP (both databases): citizens comment on the portal with the
 * portal's ALTCHA, comments wait for moderation, a published comment is hidden after repeated
 * reports (reasons recorded), the agency answers the remaining ones, and the tiếp thu/giải trình
 * .docx lists every remaining comment with its answer.
 */
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEnv, type TestEnv } from '../../../test/harness.ts';
import { json, makeProvince, makeUser, type Province, type TestUser } from '../../../test/factories.ts';
import { cheapChallenges, freshIp, solvedPayload } from '../portal/portal.test-helpers.ts';

let env: TestEnv;
let p: Province;
let head: TestUser;
let focal: TestUser;
let focalB: TestUser;
let consultation: any;
const B = '/api/v1/answers';

beforeAll(async () => {
  env = await testEnv();
  cheapChallenges(env);
  env.clock.set('2026-06-20T03:00:00Z');
  p = await makeProvince(env);
  head = await makeUser(env, 'unit_head', p.communeA.id);
  focal = await makeUser(env, 'focal_officer', p.communeA.id);
  focalB = await makeUser(env, 'focal_officer', p.communeB.id);
});
afterAll(() => env.clock.reset());

const send = (u: TestUser | null, method: 'GET' | 'POST', url: string, payload?: unknown, ip = freshIp()) =>
  env.app.inject({
    method,
    url,
    remoteAddress: ip,
    ...(u ? { headers: u.headers } : {}),
    ...(payload !== undefined ? { payload: payload as never } : {}),
  });

async function docxText(buf: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .split('</w:p>')
    .map((para) => [...para.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .filter(Boolean)
    .join('\n');
}

const comment = async (text: string, authorName = '') => {
  const ip = freshIp();
  return send(
    null,
    'POST',
    `${B}/public/consultations/${consultation.id}/comments`,
    { text, authorName, altcha: await solvedPayload(env, ip) },
    ip,
  );
};

describe('public consultation', () => {
  it('opens a consultation; citizens comment without an account, into the moderation queue', async () => {
    const res = await send(focal, 'POST', `${B}/consultations`, {
      unitId: p.communeA.id,
      title: 'Lấy ý kiến về phương án xây dựng chợ xã',
      draftTitle: 'Dự thảo Phương án đầu tư xây dựng chợ xã Hòa Bình',
      summary: 'Chợ mới đặt tại khu đất trung tâm, diện tích 3.000 m².',
      opensOn: '2026-06-15',
      closesOn: '2026-06-30',
    });
    expect(res.statusCode, res.body).toBe(201);
    consultation = json(res);
    expect(consultation.consultation).toMatchObject({ isOpen: true });

    for (const [t, a] of [
      ['Đề nghị bố trí bãi đỗ xe máy cho người đi chợ.', 'Trần Văn An'],
      ['Cần có khu vệ sinh công cộng sạch sẽ.', ''],
      ['Nội dung quảng cáo không liên quan.', 'Tài khoản lạ'],
    ])
      expect((await comment(t, a)).statusCode).toBe(201);
    // a wrong proof is refused, and nothing is kept
    const bad = await send(null, 'POST', `${B}/public/consultations/${consultation.id}/comments`, {
      text: 'Không có mã xác minh',
      altcha: 'abc',
    });
    expect(bad.statusCode).toBe(400);
    // nothing is public before moderation
    const pub = json(await send(null, 'GET', `${B}/public/consultations/${consultation.id}`));
    expect(pub.comments).toEqual([]);
    const queue = json(
      await send(head, 'GET', `${B}/consultations/${consultation.id}/comments?state=pending`),
    );
    expect(queue.total).toBe(3);
    expect(queue.items.every((c: any) => c.can.moderate)).toBe(true);
    // the sibling commune does not see the queue
    expect((await send(focalB, 'GET', `${B}/consultations/${consultation.id}/comments`)).statusCode).toBe(
      404,
    );
  });

  it('the moderator publishes or rejects with a reason; published comments become items to answer', async () => {
    const queue = json(
      await send(head, 'GET', `${B}/consultations/${consultation.id}/comments?state=pending`),
    ).items;
    // a focal officer has no answers:moderate
    const denied = await send(focal, 'POST', `${B}/comments/${queue[0].id}/moderate`, {
      expectedVersion: queue[0].version,
      decision: 'publish',
    });
    expect(denied.statusCode).toBe(403);
    for (const c of queue.slice(0, 2)) {
      const r = await send(head, 'POST', `${B}/comments/${c.id}/moderate`, {
        expectedVersion: c.version,
        decision: 'publish',
      });
      expect(r.statusCode, r.body).toBe(200);
      expect(json(r).itemId).not.toBeNull();
    }
    const noReason = await send(head, 'POST', `${B}/comments/${queue[2].id}/moderate`, {
      expectedVersion: queue[2].version,
      decision: 'reject',
    });
    expect(noReason.statusCode).toBe(400);
    const rej = await send(head, 'POST', `${B}/comments/${queue[2].id}/moderate`, {
      expectedVersion: queue[2].version,
      decision: 'reject',
      reason: 'Nội dung quảng cáo, không liên quan đến dự thảo.',
    });
    expect(json(rej)).toMatchObject({ state: 'rejected' });
    expect(json(rej).moderation[0].reason).toContain('quảng cáo');
    const pub = json(await send(null, 'GET', `${B}/public/consultations/${consultation.id}`));
    expect(pub.comments.map((c: any) => c.authorName)).toEqual(['Trần Văn An', 'Ẩn danh']);
  });

  it('a published comment is hidden after three reports from different people, once each', async () => {
    // a fourth comment, published, then reported
    expect((await comment('Chợ nên họp cả buổi chiều.', 'Lê Thị Hoa')).statusCode).toBe(201);
    const pending = json(
      await send(head, 'GET', `${B}/consultations/${consultation.id}/comments?state=pending`),
    ).items[0];
    await send(head, 'POST', `${B}/comments/${pending.id}/moderate`, {
      expectedVersion: pending.version,
      decision: 'publish',
    });
    const report = async (ip: string) =>
      send(
        null,
        'POST',
        `${B}/public/comments/${pending.id}/report`,
        { reason: 'Nội dung sai sự thật', altcha: await solvedPayload(env, ip) },
        ip,
      );
    const same = freshIp();
    expect((await report(same)).statusCode).toBe(200);
    expect((await report(same)).statusCode).toBe(200); // counted once
    let c = json(await send(head, 'GET', `${B}/consultations/${consultation.id}/comments`)).items.find(
      (x: any) => x.id === pending.id,
    );
    expect(c).toMatchObject({ state: 'published', reports: 1 });
    await report(freshIp());
    await report(freshIp());
    c = json(await send(head, 'GET', `${B}/consultations/${consultation.id}/comments`)).items.find(
      (x: any) => x.id === pending.id,
    );
    expect(c).toMatchObject({ state: 'hidden', reports: 3 });
    expect(c.moderation.at(-1).reason).toContain('3 lượt báo cáo');
    const pub = json(await send(null, 'GET', `${B}/public/consultations/${consultation.id}`));
    expect(pub.comments.some((x: any) => x.id === pending.id)).toBe(false);
  });

  it('the agency answers the remaining comments; the tiếp thu/giải trình .docx lists each with its answer', async () => {
    const src = json(await send(head, 'GET', `${B}/sources/${consultation.id}`));
    const [a, b] = src.sourceItems;
    expect(a.responsibleUnit.id).toBe(p.communeA.id);
    expect(a.dueDate).toBe('2026-06-30');
    expect(
      (
        await send(focal, 'POST', `${B}/items/${a.id}/answer`, {
          expectedVersion: a.version,
          text: 'Bố trí bãi đỗ xe 500 m² phía sau chợ.',
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await send(focal, 'POST', `${B}/items/${b.id}/decline`, {
          expectedVersion: b.version,
          reason: 'Đã có trong thiết kế được duyệt.',
        })
      ).statusCode,
    ).toBe(200);
    const res = await send(focal, 'GET', `${B}/consultations/${consultation.id}/report.docx`);
    expect(res.statusCode, res.body).toBe(200);
    const text = await docxText(res.rawPayload);
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('Đề nghị bố trí bãi đỗ xe máy cho người đi chợ.');
    expect(text).toContain('Tiếp thu: Bố trí bãi đỗ xe 500 m² phía sau chợ.');
    expect(text).toContain('Giải trình, không tiếp thu: Đã có trong thiết kế được duyệt.');
    expect(text).not.toContain('Nội dung quảng cáo không liên quan.');
    expect(text).not.toContain('Chợ nên họp cả buổi chiều.'); // hidden
    expect(text).toContain('Tổng số ý kiến được tổng hợp: 2 ý kiến');
  });

  it("the portal shows each comment's answer once the agency publishes it: taken in, or explained with the reason", async () => {
    const src = json(await send(head, 'GET', `${B}/sources/${consultation.id}`));
    const [a, b] = src.sourceItems;
    const view = async () =>
      json(await send(null, 'GET', `${B}/public/consultations/${consultation.id}`)).comments;
    // answered but not published: nothing of the answer is public yet
    expect((await view()).map((c: any) => c.answer)).toEqual([null, null]);
    const pub = await send(focal, 'POST', `${B}/items/publish`, {
      items: [{ id: a.id, expectedVersion: a.version }],
      published: true,
    });
    expect(pub.statusCode, pub.body).toBe(200);
    let [ca, cb] = await view();
    expect(ca.text).toBe('Đề nghị bố trí bãi đỗ xe máy cho người đi chợ.');
    expect(ca.answer).toMatchObject({
      outcome: 'taken',
      text: 'Bố trí bãi đỗ xe 500 m² phía sau chợ.',
      unitName: p.communeA.name,
    });
    expect(ca.answer.publishedAt).not.toBeNull();
    expect(cb.answer).toBeNull();
    await send(focal, 'POST', `${B}/items/publish`, {
      items: [{ id: b.id, expectedVersion: b.version }],
      published: true,
    });
    [ca, cb] = await view();
    expect(cb.answer).toMatchObject({ outcome: 'explained', text: 'Đã có trong thiết kế được duyệt.' });
    // withdrawn: off the portal again
    const a2 = json(await send(head, 'GET', `${B}/items/${a.id}`));
    await send(focal, 'POST', `${B}/items/publish`, {
      items: [{ id: a.id, expectedVersion: a2.version }],
      published: false,
    });
    [ca] = await view();
    expect(ca.answer).toBeNull();
  });

  it('refuses comments once the consultation is closed (422)', async () => {
    env.clock.set('2026-07-02T03:00:00Z');
    const r = await comment('Góp ý muộn.');
    expect(r.statusCode).toBe(422);
    env.clock.set('2026-06-20T03:00:00Z');
  });
});
