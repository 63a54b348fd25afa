/**
 * The public portal through HTTP, on PGlite and PostgreSQL: a citizen follows a case by code (wrong
 * codes all look alike, limits answer 429 in Vietnamese) and rates it once it is closed; the
 * satisfaction index moves.
 */
import { describe, expect, it } from 'vitest';
import { formatLookupCode, lookupCodeFromBytes } from '@danvan/domain';
import { json, sys } from '../../../test/factories.ts';
import { computeFigures } from '../../core/figures.ts';
import { today } from '../../core/context.ts';
import { freshIp, P, post, resolvePetition, solvedPayload } from './portal.test-helpers.ts';
import {
  env,
  get,
  head,
  officer,
  p,
  S,
  setupPortal,
  siblingOfficer,
  submit,
  submitted,
} from './portal.fixture.ts';

setupPortal();

describe('following by code', () => {
  it('shows the public steps with dates, the unit, the deadline and the published answer', async () => {
    const { receipt, petitionId } = await submitted();
    let view = json(await post(env, `${P}/lookup`, { code: receipt.code.toLowerCase().replace(/-/g, ' ') }));
    expect(view).toMatchObject({
      status: 'received',
      unitName: p.communeA.name,
      dueLabel: 'Hạn phân loại, xử lý đơn',
    });
    expect(view.steps.map((s: { step: string }) => s.step)).toEqual(['receive']);
    expect(view.rating.open).toBe(false);
    await resolvePetition(env, petitionId, 'decided');
    const pub = await env.app.inject({
      method: 'POST',
      url: `${S}/publications`,
      headers: officer.headers,
      payload: {
        petitionId,
        title: 'Trả lời phản ánh lấn chiếm đường liên thôn',
        text: 'UBND xã đã kiểm tra hiện trường, yêu cầu hộ dân tháo dỡ phần tường rào lấn chiếm và trả lại hiện trạng đường.',
        state: 'resolved',
      },
    });
    expect(pub.statusCode, pub.body).toBe(201);
    view = json(await post(env, `${P}/lookup`, { code: receipt.code }));
    expect(view.steps.map((s: { step: string; label: string }) => s.step)).toEqual([
      'receive',
      'accept',
      'decide',
    ]);
    expect(view.steps.every((s: { on: string }) => /^\d{4}-\d{2}-\d{2}$/.test(s.on))).toBe(true);
    expect(view.answer).toMatchObject({
      state: 'resolved',
      stateLabel: 'Đã giải quyết',
      unitName: p.communeA.name,
    });
    expect(view.answer.text).toMatch(/tháo dỡ/);
    // nothing of the office: no handler, no note, no person
    expect(JSON.stringify(view)).not.toMatch(/Trần Thị Bích Ngọc|actorName|handler|note/);
    // the public list of answers, by unit and field, with its honest state
    const list = json(await get(null, `${P}/answers?unitId=${p.root.id}&field=dat_dai&state=resolved`));
    expect(list.items.some((a: { id: number }) => a.id === json(pub).id)).toBe(true);
    expect(json(await get(null, `${P}/answers?unitId=${p.communeB.id}`)).items).toEqual([]);
  });

  it('a wrong code, well formed or not matching any case, gets the same answer; a typo gets a hint', async () => {
    const ip = freshIp();
    const a = await post(
      env,
      `${P}/lookup`,
      { code: formatLookupCode(lookupCodeFromBytes(new Uint8Array(17).fill(1))) },
      ip,
    );
    const b = await post(
      env,
      `${P}/lookup`,
      { code: formatLookupCode(lookupCodeFromBytes(new Uint8Array(17).fill(2))) },
      ip,
    );
    expect(a.statusCode).toBe(404);
    const strip = (r: { body: string }) => ({ ...json(r), requestId: undefined });
    expect(strip(a)).toEqual(strip(b));
    expect(json(a).detail).toMatch(/^Không tìm thấy hồ sơ nào với mã tra cứu này/);
    const { receipt } = await submitted();
    const typo = receipt.code.slice(0, 5) + (receipt.code[5] === 'A' ? 'B' : 'A') + receipt.code.slice(6);
    const t = await post(env, `${P}/lookup`, { code: typo }, ip);
    expect(t.statusCode).toBe(400);
    expect(json(t).detail).toMatch(/nhập sai hoặc đổi chỗ/);
  });

  it('too many wrong codes from one address: 429 in Vietnamese, even for a right code', async () => {
    const ip = freshIp();
    const { receipt } = await submitted();
    const max = env.config.portalLimits.lookup_wrong_ip.max;
    for (let i = 0; i < max; i++) {
      const r = await post(
        env,
        `${P}/lookup`,
        { code: formatLookupCode(lookupCodeFromBytes(new Uint8Array(17).fill(i + 10))) },
        ip,
      );
      expect(r.statusCode).toBe(404);
    }
    const blocked = await post(env, `${P}/lookup`, { code: receipt.code }, ip);
    expect(blocked.statusCode).toBe(429);
    expect(json(blocked).code).toBe('rate_limited');
    expect(json(blocked).detail).toMatch(/nhập sai mã tra cứu quá nhiều lần.*thử lại sau \d+ phút/);
    // another address is not affected
    expect((await post(env, `${P}/lookup`, { code: receipt.code })).statusCode).toBe(200);
  });

  it('submissions are limited per address and per contact', async () => {
    const ip = freshIp();
    const max = env.config.portalLimits.submit_ip.max;
    for (let i = 0; i < max; i++) expect((await submit({}, ip)).statusCode).toBe(201);
    const blocked = await submit({}, ip);
    expect(blocked.statusCode).toBe(429);
    expect(json(blocked).detail).toMatch(/đã gửi quá nhiều đơn thư/);
    const phone = '0903555777';
    const contactMax = env.config.portalLimits.submit_contact.max;
    const contact = { fullName: 'Võ Minh Tâm', phone };
    for (let i = 0; i < contactMax; i++) expect((await submit({ contact })).statusCode).toBe(201);
    const again = await submit({ contact: { ...contact, phone: '+84 903 555 777' } });
    expect(again.statusCode).toBe(429);
    expect(json(again).detail).toMatch(/Số điện thoại hoặc thư điện tử này/);
  });
});

describe('ratings and the satisfaction index', () => {
  it('a matter is rated once, only when closed, and the index moves', async () => {
    const { receipt, petitionId } = await submitted();
    const from = today(sys(env));
    const index = async () =>
      json(await get(head, `${S}/satisfaction?unitId=${p.communeA.id}&from=${from}&to=${from}&subtree=0`));
    const before = await index();
    const early = await post(env, `${P}/lookup/rating`, { code: receipt.code, score: 5 });
    expect(early.statusCode).toBe(409);
    expect(json(early).detail).toMatch(/đã kết thúc/);
    await resolvePetition(env, petitionId, 'closed');
    expect(json(await post(env, `${P}/lookup`, { code: receipt.code })).rating.open).toBe(true);
    const ok = await post(env, `${P}/lookup/rating`, {
      code: receipt.code,
      score: 5,
      comment: 'Giải quyết nhanh, rõ ràng.',
    });
    expect(ok.statusCode, ok.body).toBe(201);
    const twice = await post(env, `${P}/lookup/rating`, { code: receipt.code, score: 1 });
    expect(twice.statusCode).toBe(409);
    const after = await index();
    expect(after.n).toBe(before.n + 1);
    expect(after.satisfied).toBe(before.satisfied + 1);
    expect(after.index).toBeGreaterThan(0);
    // a poor service rating pulls it down
    const altcha = await solvedPayload(env);
    const svc = await post(env, `${P}/ratings`, {
      unitId: p.communeA.id,
      subject: 'visit',
      on: from,
      score: 2,
      altcha,
    });
    expect(svc.statusCode, svc.body).toBe(201);
    const last = await index();
    expect(last.n).toBe(after.n + 1);
    expect(last.index).toBeLessThan(after.index);
    expect(last.bySubject.find((s: { subject: string }) => s.subject === 'visit').n).toBeGreaterThanOrEqual(
      1,
    );
    // the 1432 report's figure (III.5) is the same index
    const fig = await computeFigures(sys(env), ['satisfaction.index'], {
      unitId: p.communeA.id,
      from,
      to: from,
    });
    expect(fig['satisfaction.index']).toBe(last.index);
    // ratings received: the unit sees the comment, a sibling unit does not
    const mine = json(await get(head, `${S}/ratings?unitId=${p.communeA.id}`));
    expect(
      mine.items.some((r: { comment: string | null }) => r.comment === 'Giải quyết nhanh, rõ ràng.'),
    ).toBe(true);
    expect((await get(siblingOfficer, `${S}/ratings?unitId=${p.communeA.id}`)).statusCode).toBe(404);
  });

  it('a service rating needs a real recent day and a solved challenge', async () => {
    const bad = await post(env, `${P}/ratings`, {
      unitId: p.communeA.id,
      subject: 'service',
      on: '2020-01-01',
      score: 4,
      altcha: await solvedPayload(env),
    });
    expect(bad.statusCode).toBe(400);
    expect(json(bad).detail).toMatch(/đến hôm nay/);
  });
});
