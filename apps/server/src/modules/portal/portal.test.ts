/**
 * The public portal through HTTP, on PGlite and PostgreSQL: a citizen sends a petition (it lands in
 * the unit's register with channel 'portal' and a running deadline), follows it by code, rates it
 * once it is closed; a denunciation's identity goes to the vault only; wrong codes all look alike;
 * limits answer 429 in Vietnamese; a solved challenge counts once; the unit publishes an answer and
 * the satisfaction index moves.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { formatLookupCode, lookupCodeFromBytes, LOOKUP_CODE_BITS, parseLookupCode } from '@danvan/domain';
import { testEnv, type TestEnv } from '../../../test/harness.ts';
import {
  json,
  makeProvince,
  makeUser,
  sys,
  uid,
  type Province,
  type TestUser,
} from '../../../test/factories.ts';
import { vaultIdentities } from '../../db/schema/vault.ts';
import { portalSubmissions } from '../../db/schema/portal.ts';
import { computeFigures } from '../../core/figures.ts';
import { createSchedule } from '../reception/schedule/create-schedule.ts';
import { today } from '../../core/context.ts';
import {
  cheapChallenges,
  freshIp,
  P,
  petitionOfCode,
  post,
  resolvePetition,
  solvedPayload,
  submissionBody,
} from './portal.test-helpers.ts';

let env: TestEnv;
let p: Province;
let officer: TestUser;
let head: TestUser;
let siblingOfficer: TestUser;

const S = '/api/v1/portal';
const get = (u: TestUser | null, url: string, ip = freshIp()) =>
  env.app.inject({ method: 'GET', url, headers: u ? u.headers : {}, remoteAddress: ip });

async function submit(over: Record<string, unknown> = {}, ip = freshIp()) {
  const altcha = await solvedPayload(env, ip);
  const res = await post(env, `${P}/submissions`, submissionBody(p.communeA.id, altcha, over), ip);
  return res;
}

async function submitted(over: Record<string, unknown> = {}) {
  const res = await submit(over);
  expect(res.statusCode, res.body).toBe(201);
  const receipt = json(res);
  return { receipt, petitionId: await petitionOfCode(env, receipt.code) };
}

beforeAll(async () => {
  env = await testEnv();
  cheapChallenges(env);
  p = await makeProvince(env);
  officer = await makeUser(env, 'reception_officer', p.communeA.id, { fullName: 'Cán bộ tiếp dân xã' });
  head = await makeUser(env, 'unit_head', p.communeA.id, { fullName: 'Chủ tịch UBND xã' });
  siblingOfficer = await makeUser(env, 'reception_officer', p.communeB.id);
});

describe('the lookup code', () => {
  it('has at least 128 bits of randomness, groups of four, and reads back', () => {
    expect(LOOKUP_CODE_BITS).toBeGreaterThanOrEqual(128);
    const code = lookupCodeFromBytes(new Uint8Array(17).fill(0xa5));
    expect(formatLookupCode(code)).toMatch(/^([0-9A-Z]{4}-){6}[0-9A-Z]{4}$/);
    expect(parseLookupCode(formatLookupCode(code).toLowerCase())).toEqual({ ok: true, code });
  });
});

describe('sending a petition through the portal', () => {
  it('lands in the unit register with channel portal and a running deadline; the receipt names no one', async () => {
    const { receipt, petitionId } = await submitted({
      contact: { fullName: 'Lê Thị Hồng Nhung', phone: '0987 123 456', address: 'Thôn Đông' },
    });
    expect(receipt.code).toMatch(/^([0-9A-Z]{4}-){6}[0-9A-Z]{4}$/);
    expect(receipt.unitName).toBe(p.communeA.name);
    expect(receipt.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(receipt.notice).toMatch(/một lần/);
    expect(JSON.stringify(receipt)).not.toMatch(/Nhung|0987/);
    const res = await get(officer, `/api/v1/petitions/${petitionId}`);
    expect(res.statusCode, res.body).toBe(200);
    const pet = json(res);
    expect(pet).toMatchObject({
      channel: 'portal',
      kind: 'phan_anh',
      status: 'received',
      unitId: p.communeA.id,
    });
    expect(pet.dueDate).toBe(receipt.dueDate);
    expect(pet.representativeName).toBe('Lê Thị Hồng Nhung');
    expect(pet.timeline[0]).toMatchObject({ step: 'receive', actorName: 'Người dân (qua Cổng thông tin)' });
    // the code is stored only as a hash; the consent with its version and time
    const [row] = await env.database.db
      .select()
      .from(portalSubmissions)
      .where(eq(portalSubmissions.petitionId, petitionId));
    expect(row.codeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(
      parseLookupCode(receipt.code).ok && receipt.code.replace(/-/g, ''),
    );
    expect(row.consentVersion).toBe('2026-01-01.1');
    expect(row.consentAt).toBeInstanceOf(Date);
  });

  it('refuses without consent, with an outdated consent text, without a contact, to an unknown unit', async () => {
    const ip = freshIp();
    const no = await post(
      env,
      `${P}/submissions`,
      submissionBody(p.communeA.id, 'x', { consent: { accepted: false, version: 'v' } }),
      ip,
    );
    expect(no.statusCode).toBe(400);
    expect(json(no).detail).toMatch(/đồng ý/);
    const old = await submit({ consent: { accepted: true, version: '2020-01-01' } });
    expect(old.statusCode).toBe(409);
    expect(json(old).detail).toMatch(/cập nhật/);
    const noContact = await post(
      env,
      `${P}/submissions`,
      submissionBody(p.communeA.id, 'x', { contact: { fullName: 'Nguyễn Văn A' } }),
    );
    expect(noContact.statusCode).toBe(400);
    expect(json(noContact).detail).toMatch(/số điện thoại hoặc thư điện tử/);
    const altcha = await solvedPayload(env);
    const unknown = await post(env, `${P}/submissions`, submissionBody(2_000_000_000, altcha));
    expect(unknown.statusCode).toBe(404);
  });

  it('a solved challenge counts once; a forged or missing one is refused', async () => {
    const ip = freshIp();
    const altcha = await solvedPayload(env, ip);
    const first = await post(env, `${P}/submissions`, submissionBody(p.communeA.id, altcha), ip);
    expect(first.statusCode, first.body).toBe(201);
    const again = await post(env, `${P}/submissions`, submissionBody(p.communeA.id, altcha), ip);
    expect(again.statusCode).toBe(409);
    expect(json(again).detail).toMatch(/đã được dùng/);
    const forged = JSON.parse(Buffer.from(altcha, 'base64').toString());
    forged.challenge.parameters.cost = 2;
    const f = await post(
      env,
      `${P}/submissions`,
      submissionBody(p.communeA.id, Buffer.from(JSON.stringify(forged)).toString('base64')),
    );
    expect(f.statusCode).toBe(400);
    expect(json(f).errors[0].path).toBe('altcha');
    const test = Buffer.from(JSON.stringify({ challenge: null, solution: null, test: true })).toString(
      'base64',
    );
    expect((await post(env, `${P}/submissions`, submissionBody(p.communeA.id, test))).statusCode).toBe(400);
  });

  it('files go through the staff checks and are read by the unit', async () => {
    const { receipt, petitionId } = await submitted();
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const send = (code: string, name: string, content: Buffer) => {
      const b = 'portalboundary';
      const payload = Buffer.concat([
        Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="code"\r\n\r\n${code}\r\n`),
        Buffer.from(
          `--${b}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: image/png\r\n\r\n`,
        ),
        content,
        Buffer.from(`\r\n--${b}--\r\n`),
      ]);
      return env.app.inject({
        method: 'POST',
        url: `${P}/submissions/files`,
        payload,
        headers: { 'content-type': `multipart/form-data; boundary=${b}` },
        remoteAddress: freshIp(),
      });
    };
    const ok = await send(receipt.code, 'hien-truong.png', png);
    expect(ok.statusCode, ok.body).toBe(201);
    expect(json(ok)).toMatchObject({ name: 'hien-truong.png', mime: 'image/png', count: 1, remaining: 4 });
    const exe = await send(receipt.code, 'a.png', Buffer.from('MZ\x90\x00'));
    expect(exe.statusCode).toBe(415);
    const wrong = await send(formatLookupCode(lookupCodeFromBytes(new Uint8Array(17).fill(7))), 'b.png', png);
    expect(wrong.statusCode).toBe(404);
    const files = await get(officer, `/api/v1/files?entity=petition_portal&entityId=${petitionId}`);
    expect(files.statusCode, files.body).toBe(200);
    expect(json(files).items.map((f: { originalName: string }) => f.originalName)).toEqual([
      'hien-truong.png',
    ]);
    const sibling = await get(siblingOfficer, `/api/v1/files?entity=petition_portal&entityId=${petitionId}`);
    expect(sibling.statusCode).toBe(404);
  });
});

describe('a denunciation from the portal', () => {
  it('seals the identity in the vault; no public answer and no register shows it', async () => {
    const name = `Phạm Quốc Bảo ${uid()}`;
    const { receipt, petitionId } = await submitted({
      kind: 'to_cao',
      field: 'tham_nhung',
      subject: 'Tố cáo cán bộ địa chính nhận tiền khi làm thủ tục',
      content:
        'Tôi tố cáo cán bộ địa chính xã yêu cầu nộp thêm tiền ngoài quy định khi làm thủ tục cấp giấy chứng nhận.',
      contact: { fullName: name, phone: '0911222333', email: 'bao.tocao@example.vn', address: 'Thôn Tây' },
    });
    const vault = await env.database.db
      .select()
      .from(vaultIdentities)
      .where(and(eq(vaultIdentities.kind, 'petition'), eq(vaultIdentities.ownerId, petitionId)));
    expect(vault).toHaveLength(1);
    expect(vault[0].mode).toBe('sealed');
    expect(JSON.stringify(vault[0])).not.toContain(name);
    const [sub] = await env.database.db
      .select()
      .from(portalSubmissions)
      .where(eq(portalSubmissions.petitionId, petitionId));
    expect(sub.contactPhone).toBeNull();
    expect(sub.contactEmail).toBeNull();
    const lookup = await post(env, `${P}/lookup`, { code: receipt.code });
    expect(lookup.statusCode).toBe(200);
    for (const body of [JSON.stringify(receipt), lookup.body]) {
      expect(body).not.toContain(name);
      expect(body).not.toContain('0911222333');
      expect(body).not.toContain('bao.tocao');
    }
    for (const u of [officer, head]) {
      const detail = await get(u, `/api/v1/petitions/${petitionId}`);
      expect(detail.statusCode).toBe(200);
      expect(json(detail).representativeName).toBeNull();
      expect(json(detail).identity).toMatchObject({ mode: 'sealed' });
      const list = await get(u, `/api/v1/petitions?unitId=${p.communeA.id}&pageSize=500`);
      expect(list.body).not.toContain(name);
      expect(detail.body).not.toContain(name);
      expect(detail.body).not.toContain('0911222333');
    }
    // never published
    const info = json(await get(head, `${S}/petitions/${petitionId}/publication`));
    expect(info.can.publish).toBe(false);
    expect(info.refusal).toMatch(/tố cáo/);
  });
});

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

describe('publishing answers', () => {
  it('refuses what is not resolved, a denunciation, and a text with the petitioner’s data; withdraws', async () => {
    const { petitionId } = await submitted({
      contact: { fullName: 'Đinh Thị Thu Trang', phone: '0934 111 222', address: 'Xóm Bến, thôn Nam' },
    });
    const publish = (u: TestUser, over: Record<string, unknown> = {}) =>
      env.app.inject({
        method: 'POST',
        url: `${S}/publications`,
        headers: u.headers,
        payload: {
          petitionId,
          title: 'Trả lời phản ánh về lấn chiếm đường',
          text: 'UBND xã đã kiểm tra và xử lý dứt điểm việc lấn chiếm đường liên thôn.',
          state: 'resolved',
          ...over,
        },
      });
    const early = await publish(officer);
    expect(early.statusCode).toBe(409);
    expect(json(early).detail).toMatch(/chỉ công bố khi đã có kết quả/);
    await resolvePetition(env, petitionId, 'decided');
    const wrongState = await publish(officer, { state: 'not_competent' });
    expect(wrongState.statusCode).toBe(409);
    const named = await publish(officer, {
      text: 'Đã trả lời bà Đinh Thi Thu Trang, số điện thoại 0934111222, về việc lấn chiếm.',
    });
    expect(named.statusCode).toBe(422);
    expect(json(named).detail).toMatch(/thông tin cá nhân/);
    expect((await publish(siblingOfficer)).statusCode).toBe(404);
    const ok = await publish(officer);
    expect(ok.statusCode, ok.body).toBe(201);
    const pubId = json(ok).id;
    expect((await publish(head)).statusCode).toBe(409);
    const info = json(await get(head, `${S}/petitions/${petitionId}/publication`));
    expect(info.publication.id).toBe(pubId);
    expect(info.can).toEqual({ publish: false, withdraw: true });
    const listed = json(await get(officer, `${S}/publications?unitId=${p.communeA.id}`));
    expect(listed.items.some((x: { id: number }) => x.id === pubId)).toBe(true);
    expect(listed.can.create).toBe(true);
    expect((await get(null, `${P}/answers/${pubId}`)).statusCode).toBe(200);
    const w = await env.app.inject({
      method: 'POST',
      url: `${S}/publications/${pubId}/withdraw`,
      headers: head.headers,
      payload: { reason: 'Cập nhật lại nội dung trả lời' },
    });
    expect(w.statusCode, w.body).toBe(200);
    expect(json(w).withdrawnAt).not.toBeNull();
    expect((await get(null, `${P}/answers/${pubId}`)).statusCode).toBe(404);
    const again = await env.app.inject({
      method: 'POST',
      url: `${S}/publications/${pubId}/withdraw`,
      headers: head.headers,
      payload: { reason: 'Lần nữa' },
    });
    expect(again.statusCode).toBe(409);
    // published again after the withdrawal
    expect((await publish(officer)).statusCode).toBe(201);
  });
});

describe('the public pages', () => {
  it('schedules are found by unit and place without diacritics; the home counts the sections', async () => {
    await createSchedule(sys(env), {
      unitId: p.communeA.id,
      kind: 'periodic_head',
      title: 'Chủ tịch UBND xã tiếp công dân định kỳ',
      weekdays: [0, 1, 2, 3, 4, 5, 6],
      monthDays: [],
      dates: [],
      startTime: '07:30',
      endTime: '11:00',
      place: `Phòng tiếp công dân, trụ sở UBND xã Hòa Bình ${p.suffix}`,
      receiverName: 'Phạm Văn Hòa',
      receiverTitle: 'Chủ tịch UBND xã',
      headInPerson: true,
      online: false,
      onlineLink: '',
      published: true,
      validFrom: '2020-01-01',
    } as never);
    const res = await get(
      null,
      `${P}/schedules?q=${encodeURIComponent(`tru so ubnd xa hoa binh ${p.suffix.toLowerCase()}`)}`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const body = json(res);
    expect(body.total).toBeGreaterThan(0);
    expect(body.items[0]).toMatchObject({
      unitId: p.communeA.id,
      kindLabel: 'Lịch tiếp định kỳ của người đứng đầu',
    });
    expect(json(await get(null, `${P}/schedules?q=khong+co+noi+nao+${p.suffix}`)).total).toBe(0);
    const units = json(await get(null, `${P}/units?q=${encodeURIComponent(`xa hoa binh ${p.suffix}`)}`));
    expect(units.items.map((u: { id: number }) => u.id)).toEqual([p.communeA.id]);
    const home = json(await get(null, `${P}/portal`));
    expect(home.sections.map((s: { key: string }) => s.key)).toEqual(
      expect.arrayContaining(['schedules', 'answers', 'models']),
    );
    const section = json(await get(null, `${P}/sections/schedules?unitId=${p.communeA.id}`));
    expect(section.items[0].facts.map((f: { label: string }) => f.label)).toContain('Địa điểm');
    const terms = json(await get(null, `${P}/terms`));
    expect(terms.legalBasis).toMatch(/91\/2025\/QH15/);
    expect(terms.whatIsNotPublic.vi.join(' ')).toMatch(/không bao giờ được công khai/);
    const challenge = json(await get(null, `${P}/challenge`));
    expect(challenge.parameters.algorithm).toBe('PBKDF2/SHA-256');
    expect(challenge.signature).toMatch(/^[0-9a-f]{64}$/);
  });
});
