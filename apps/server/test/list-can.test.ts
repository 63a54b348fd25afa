/**
 * Registers carry `can.create` for the unit they list (or the actor's active unit), decided by the
 * entity policy's own 'create' rule, so the web shows "Thêm mới" from the server and never guesses
 * from global permissions (issue 16 item 3).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestEnv } from './harness.ts';
import { json, makeUser, type Province, type TestUser } from './factories.ts';
import { plansWorld, type Api, type People } from '../src/modules/plans/plans.test-helpers.ts';

let env: TestEnv, p: Province, u: People, api: Api;

beforeAll(async () => {
  ({ env, p, u, api } = await plansWorld());
});

const canCreate = async (who: keyof People, url: string) => {
  const res = await api.get(u[who], url);
  expect(res.statusCode, res.body).toBe(200);
  return json(res).can?.create;
};

describe('lists say whether the actor may create at the listed (or active) unit', () => {
  it('plans, guiding documents and leaders: a writer of the unit may, a reader may not', async () => {
    for (const path of ['/api/v1/plans', '/api/v1/plans/guiding-documents', '/api/v1/plans/leaders']) {
      // the coordinator writes the province's records; the Party supervisor only reads them
      expect(await canCreate('coordinator', `${path}?unitId=${p.root.id}`), path).toBe(true);
      expect(await canCreate('supervisor', `${path}?unitId=${p.root.id}`), path).toBe(false);
      // a commune's focal officer writes its own unit's records (its active unit when none is named) …
      expect(await canCreate('focalA', path), path).toBe(true);
      expect(await canCreate('focalA', `${path}?unitId=${p.communeA.id}`), path).toBe(true);
    }
  });

  it('year themes and movements: those who manage the unit may, its own officers may not', async () => {
    for (const path of ['/api/v1/plans/themes', '/api/v1/plans/movements']) {
      expect(await canCreate('coordinator', `${path}?unitId=${p.root.id}`), path).toBe(true);
      expect(await canCreate('coordinator', path), path).toBe(true);
      expect(await canCreate('focalA', path), path).toBe(false);
      expect(await canCreate('supervisor', path), path).toBe(false);
    }
  });

  it('units and users: an administrator may within their tree, not above it; a reader may not', async () => {
    const communeAdmin = await makeUser(env, 'admin', p.communeA.id);
    const get = async (who: TestUser, url: string) => json(await api.get(who, url)).can?.create;
    expect(await canCreate('admin', `/api/v1/org/units?parentId=${p.root.id}`)).toBe(true);
    expect(await get(communeAdmin, `/api/v1/org/units?parentId=${p.communeA.id}`)).toBe(true);
    expect(await get(communeAdmin, `/api/v1/org/units?parentId=${p.root.id}`)).toBe(false);
    expect(await canCreate('coordinator', `/api/v1/org/units?parentId=${p.root.id}`)).toBe(false);
    expect(await canCreate('focalA', '/api/v1/org/units')).toBe(false);
    expect(await canCreate('admin', '/api/v1/users')).toBe(true);
    // a commune's administrator creates accounts with a first role at the commune, its active unit
    expect(await get(communeAdmin, '/api/v1/users')).toBe(true);
  });
});
