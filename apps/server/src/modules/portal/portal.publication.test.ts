/**
 * The public portal through HTTP, on PGlite and PostgreSQL: the unit publishes an answer and withdraws
 * it; the public pages (schedules, units, the home, the terms, the challenge).
 */
import { describe, expect, it } from 'vitest';
import { json, sys, type TestUser } from '../../../test/factories.ts';
import { createSchedule } from '../reception/schedule/create-schedule.ts';
import { P, resolvePetition } from './portal.test-helpers.ts';
import { env, get, head, officer, p, S, setupPortal, siblingOfficer, submitted } from './portal.fixture.ts';

setupPortal();

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
