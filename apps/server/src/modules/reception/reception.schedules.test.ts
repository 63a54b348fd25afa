/** The reception module through HTTP: the units' reception schedules, their sessions and the public portal. */
import { describe, expect, it } from 'vitest';
import { json, sys, uid } from '../../../test/factories.ts';
import { publicSchedules } from './index.ts';
import {
  B,
  coordinator,
  council,
  created,
  env,
  focalA,
  headA,
  inspector,
  officerA,
  officerB,
  p,
  scheduleBody,
  send,
  setupReception,
} from './reception.fixture.ts';

setupReception();

describe('reception schedules', () => {
  it('an officer adds the unit’s schedule; readers in scope see it, others do not', async () => {
    const s = await created(await send(officerA, 'POST', `${B}/schedules`, scheduleBody()));
    expect(s).toMatchObject({ unitId: p.communeA.id, weekdays: [2, 4], version: 1, can: { update: true } });
    // the next sessions from 1/12/2026 (a Tuesday): 1/12, 3/12, 8/12
    expect(s.nextDates).toEqual(['2026-12-01', '2026-12-03', '2026-12-08']);
    for (const u of [inspector, coordinator, council, headA]) {
      const r = await send(u, 'GET', `${B}/schedules/${s.id}`);
      expect(r.statusCode, r.body).toBe(200);
    }
    expect(json(await send(inspector, 'GET', `${B}/schedules/${s.id}`)).can.update).toBe(false);
    expect((await send(officerB, 'GET', `${B}/schedules/${s.id}`)).statusCode).toBe(404);
    expect((await send(focalA, 'GET', `${B}/schedules/${s.id}`)).statusCode).toBe(403);
    expect(
      (await send(inspector, 'PATCH', `${B}/schedules/${s.id}`, { place: 'Hội trường' })).statusCode,
    ).toBe(403);
    expect((await send(officerB, 'POST', `${B}/schedules`, scheduleBody())).statusCode).toBe(404);

    const list = json(await send(officerA, 'GET', `${B}/schedules?unitId=${p.communeA.id}`));
    expect(list.can).toEqual({ create: true });
    expect(list.items.map((x: { id: number }) => x.id)).toContain(s.id);
    expect(json(await send(inspector, 'GET', `${B}/schedules?unitId=${p.communeA.id}`)).can).toEqual({
      create: false,
    });
  });

  it('refuses a schedule without a day, with the field named in Vietnamese', async () => {
    const r = await send(
      officerA,
      'POST',
      `${B}/schedules`,
      scheduleBody({ weekdays: [], endTime: '07:00' }),
    );
    expect(r.statusCode).toBe(400);
    const body = json(r);
    expect(body.detail).toMatch(/ít nhất một ngày tiếp/);
    expect(body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['endTime', 'weekdays']);
  });

  it('an edit at a stale version is refused (409); a current one bumps the version; delete', async () => {
    const s = await created(
      await send(officerA, 'POST', `${B}/schedules`, scheduleBody({ title: 'Lịch sửa' })),
    );
    const ok = await send(officerA, 'PATCH', `${B}/schedules/${s.id}`, {
      place: 'Hội trường UBND xã',
      expectedVersion: 1,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(json(ok)).toMatchObject({ place: 'Hội trường UBND xã', version: 2 });
    const stale = await send(officerA, 'PATCH', `${B}/schedules/${s.id}`, {
      place: 'Khác',
      expectedVersion: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(json(stale).detail).toMatch(/người khác thay đổi/);
    expect((await send(officerA, 'DELETE', `${B}/schedules/${s.id}`)).statusCode).toBe(204);
    expect((await send(officerA, 'GET', `${B}/schedules/${s.id}`)).statusCode).toBe(404);
  });

  it('plans sessions on working days only; the public portal gets the published ones', async () => {
    const pub = await created(
      await send(
        officerA,
        'POST',
        `${B}/schedules`,
        scheduleBody({ title: `Công khai ${uid()}`, weekdays: [4] }),
      ),
    );
    const hidden = await created(
      await send(
        officerA,
        'POST',
        `${B}/schedules`,
        scheduleBody({ title: 'Nội bộ', weekdays: [4], published: false }),
      ),
    );
    const mine = json(
      await send(officerA, 'GET', `${B}/sessions?unitId=${p.communeA.id}&from=2026-04-27&to=2026-05-08`),
    ).items;
    const ofPub = mine.filter((x: { scheduleId: number }) => x.scheduleId === pub.id);
    // Thursday 30/4/2026 is a holiday
    expect(ofPub.map((x: { date: string }) => x.date)).toEqual(['2026-05-07']);
    expect(mine.some((x: { scheduleId: number }) => x.scheduleId === hidden.id)).toBe(true);

    const open = await publicSchedules(sys(env), { unitId: p.root.id, from: '2026-05-01', to: '2026-05-31' });
    expect(open.some((x) => x.scheduleId === pub.id)).toBe(true);
    expect(open.some((x) => x.scheduleId === hidden.id)).toBe(false);
    expect(Object.keys(open[0]).sort()).not.toContain('receiverUserId');
  });
});
