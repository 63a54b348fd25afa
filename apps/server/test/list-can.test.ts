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

describe('every list answers the one envelope, with can.create where records are created', () => {
  it('no GET under /api/v1 answers a bare array', () => {
    type Schema = { type?: string; $ref?: string; properties?: Record<string, unknown> };
    const doc = env.app.swagger() as unknown as {
      paths: Record<
        string,
        Record<string, { responses: Record<string, { content?: Record<string, { schema: Schema }> }> }>
      >;
      components: { schemas: Record<string, Schema> };
    };
    const resolve = (s: Schema): Schema =>
      s.$ref ? resolve(doc.components.schemas[s.$ref.split('/').pop()!]) : s;
    const bare: string[] = [];
    const envelopes: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      const schema = ops.get?.responses['200']?.content?.['application/json']?.schema;
      if (!path.startsWith('/api/v1/') || !schema) continue;
      const s = resolve(schema);
      if (s.type === 'array') bare.push(path);
      if (s.properties?.items) {
        envelopes.push(path);
        expect(Object.keys(s.properties), path).toEqual(
          expect.arrayContaining(['items', 'total', 'page', 'pageSize']),
        );
      }
    }
    expect(bare).toEqual([]);
    expect(envelopes).toEqual(
      expect.arrayContaining([
        '/api/v1/org/roots',
        '/api/v1/org/groups',
        '/api/v1/files',
        '/api/v1/legal/calendar',
        '/api/v1/reporting/templates',
        '/api/v1/reporting/providers',
        '/api/v1/reporting/periods',
        '/api/v1/reporting/periods/{id}/reports',
        '/api/v1/reporting/periods/{id}/rollup/units',
        '/api/v1/plans/requirements',
      ]),
    );
  });

  it('a list read whole is one page holding every row', async () => {
    const res = json(await api.get(u.admin, '/api/v1/org/groups'));
    expect(res.items.length).toBeGreaterThan(0);
    expect(res).toMatchObject({ total: res.items.length, page: 1, pageSize: res.items.length });
  });

  it('report templates and periods: a coordinator may, a commune officer may not', async () => {
    for (const path of ['/api/v1/reporting/templates', '/api/v1/reporting/periods']) {
      expect(await canCreate('coordinator', path), path).toBe(true);
      expect(await canCreate('focalA', path), path).toBe(false);
      expect(await canCreate('supervisor', path), path).toBe(false);
    }
    expect(await canCreate('coordinator', `/api/v1/reporting/periods?unitId=${p.root.id}`)).toBe(true);
  });

  it('legal rules and the calendar: an administrator of the whole tree may, below it or a reader may not', async () => {
    const communeAdmin = await makeUser(env, 'admin', p.communeA.id);
    for (const path of ['/api/v1/legal/rules', '/api/v1/legal/calendar']) {
      expect(await canCreate('admin', path), path).toBe(true);
      expect(await canCreate('coordinator', path), path).toBe(false);
      expect(json(await api.get(communeAdmin, path)).can?.create, path).toBe(false);
    }
  });

  it('root units: an administrator of a root may add one, others may not', async () => {
    const communeAdmin = await makeUser(env, 'admin', p.communeA.id);
    expect(await canCreate('admin', '/api/v1/org/roots')).toBe(true);
    expect(json(await api.get(communeAdmin, '/api/v1/org/roots')).can?.create).toBe(false);
    expect(await canCreate('coordinator', '/api/v1/org/roots')).toBe(false);
  });

  it("a record's files: whoever may attach to the record may, a reader may not", async () => {
    const url = `/api/v1/files?entity=org_unit&entityId=${p.communeA.id}`;
    expect(await canCreate('admin', url)).toBe(true);
    expect(await canCreate('supervisor', url)).toBe(false);
  });

  it("plan requirements: the unit's own writer may draft the answering plan, a reader may not", async () => {
    const url = `/api/v1/plans/requirements?unitId=${p.communeA.id}`;
    expect(await canCreate('focalA', url)).toBe(true);
    expect(await canCreate('headA', url)).toBe(true);
    expect(await canCreate('supervisor', url)).toBe(false);
  });
});
