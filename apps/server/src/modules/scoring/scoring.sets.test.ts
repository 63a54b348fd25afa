/**
 * The scoring module through HTTP (both databases): criteria sets and band schemes as data, a set
 * issued and frozen once used (an edit makes a new version).
 */
import { describe, expect, it } from 'vitest';
import { json } from '../../../test/factories.ts';
import { issuedSet, roundAt, schemeId, YEAR } from './scoring.test-helpers.ts';
import { B, coordinator, env, focalA, p, send, setupScoring, supervisor } from './scoring.fixture.ts';

setupScoring();

describe('scoring: criteria sets and band schemes as data', () => {
  it('seeds the band schemes with their legal basis, the NĐ 335 one marked to check', async () => {
    const res = await send(supervisor, 'GET', `${B}/band-schemes`);
    expect(res.statusCode).toBe(200);
    const list = json(res).items as {
      code: string;
      needsCheck: boolean;
      basis: string;
      bands: { code: string; min: number | null; minInclusive: boolean }[];
      cap: { percent: number };
    }[];
    const nd335 = list.find((s) => s.code === 'nd335-2025')!;
    expect(nd335.needsCheck).toBe(true);
    expect(nd335.basis).toContain('335/2025/NĐ-CP');
    expect(nd335.bands[0]).toMatchObject({ code: 'xuat_sac', min: 90, minInclusive: true });
    expect(nd335.cap.percent).toBe(20);
    expect(list.find((s) => s.code === 'dvcq-tinh')!.basis).toContain('cần kiểm tra');
  });

  it('lists the proposers, every key of the seeded set answered by the module that owns its data', async () => {
    const list = json(await send(focalA, 'GET', `${B}/proposers`)).items as {
      key: string;
      available: boolean;
    }[];
    expect(list.find((x) => x.key === 'plans.plan_issued_on_time')?.available).toBe(true);
    expect(list.find((x) => x.key === 'reception.head_days_minimum')?.available).toBe(true);
    // registered by the modules that own the data (answers, petitions, reporting)
    for (const key of [
      'dialogues.held',
      'front.recommendations_answered',
      'petitions.none_overdue',
      'reporting.reports_on_time',
    ])
      expect(list.find((x) => x.key === key)?.available).toBe(true);
  });

  it('the coordinator creates a set; a tree that does not add up or names an unknown proposer is refused', async () => {
    const body = {
      unitId: p.root.id,
      year: YEAR,
      name: 'Bộ tiêu chí thử',
      bandSchemeId: await schemeId(env),
      content: {
        groups: [
          {
            code: 'I',
            name: 'Nhóm I',
            maxPoints: 10,
            criteria: [{ code: '1.1', name: 'Tiêu chí', maxPoints: 6, proposerKey: 'khong.co' }],
          },
        ],
      },
    };
    const bad = await send(coordinator, 'POST', `${B}/sets`, body);
    expect(bad.statusCode).toBe(422);
    expect(
      json(bad)
        .errors.map((e: { message: string }) => e.message)
        .join(' '),
    ).toMatch(/nhỏ hơn điểm tối đa.*khong\.co|khong\.co/s);
    const ok = await send(coordinator, 'POST', `${B}/sets`, {
      ...body,
      content: {
        groups: [{ ...body.content.groups[0], criteria: [{ code: '1.1', name: 'Tiêu chí', maxPoints: 10 }] }],
      },
    });
    expect(ok.statusCode).toBe(201);
    expect(json(ok)).toMatchObject({
      state: 'draft',
      maxTotal: 10,
      selfPoints: 10,
      superiorPoints: 0,
      can: { update: true, issue: true },
    });
    // a commune reads neither the draft nor may it create sets
    expect((await send(focalA, 'GET', `${B}/sets/${json(ok).id}`)).statusCode).toBe(404);
    expect((await send(focalA, 'POST', `${B}/sets`, { ...body, unitId: p.communeA.id })).statusCode).toBe(
      403,
    );
  });

  it('an issued set is shared downwards; once a self-assessment used it, an edit makes a new version', async () => {
    const set = await issuedSet(env, p.root.id);
    expect(set).toMatchObject({
      state: 'issued',
      maxTotal: 100,
      selfPoints: 90,
      superiorPoints: 10,
      setVersion: 1,
    });
    expect((await send(focalA, 'GET', `${B}/sets/${set.id}`)).statusCode).toBe(200);
    // not used yet: edited in place
    const renamed = json(
      await send(coordinator, 'PATCH', `${B}/sets/${set.id}`, {
        version: set.version,
        name: `${set.name} (sửa)`,
      }),
    );
    expect(renamed).toMatchObject({ id: set.id, setVersion: 1 });
    const round = await roundAt(env, p.root.id, { setId: set.id });
    const opened = await send(focalA, 'POST', `${B}/assessments`, {
      roundId: round.id,
      unitId: p.communeA.id,
    });
    expect(opened.statusCode).toBe(201);
    const used = json(await send(coordinator, 'GET', `${B}/sets/${set.id}`));
    expect(used.usedAt).not.toBeNull();
    const stale = await send(coordinator, 'PATCH', `${B}/sets/${set.id}`, {
      version: renamed.version,
      basis: 'x',
    });
    expect(stale.statusCode).toBe(409);
    const v2res = await send(coordinator, 'PATCH', `${B}/sets/${set.id}`, {
      version: used.version,
      basis: 'Căn cứ mới',
    });
    expect(v2res.statusCode).toBe(200);
    const v2 = json(v2res);
    expect(v2).toMatchObject({
      setVersion: 2,
      previousVersionId: set.id,
      state: 'draft',
      basis: 'Căn cứ mới',
    });
    expect(v2.id).not.toBe(set.id);
    expect(json(await send(coordinator, 'GET', `${B}/sets/${set.id}`)).state).toBe('superseded');
    // the round keeps the version it was opened with
    expect(json(await send(coordinator, 'GET', `${B}/rounds/${round.id}`)).setId).toBe(set.id);
  });
});
