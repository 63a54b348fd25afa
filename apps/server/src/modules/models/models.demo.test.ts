/**
 * The demo data of the models module, in a database of its own (its unit codes are fixed), on a fixed
 * day: models at every stage in correct Vietnamese, a recognised model on the showcase without the
 * person of an individual's model, the commendations, and the compliance of the province.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../../core/context.ts';
import { demoWorld, type DemoWorld } from '../../../test/demo-world.ts';
import { registerModelsDemo } from './models.demo.ts';
import { listModels } from './model/read-model.ts';
import { listCommendations } from './commendation/read-commendation.ts';
import { readCompliance } from './compliance/read-compliance.ts';
import { recognisedModels } from './index.ts';

let world: DemoWorld;
let ctx: Ctx;

beforeAll(async () => {
  world = await demoWorld({ register: [registerModelsDemo], seeders: ['models'] });
  ctx = world.ctx;
}, 600_000);
afterAll(async () => world?.database.close());

const as = (username: string) => world.as(username);

describe('demo data of the models module', () => {
  it('has models at every stage, a recognised one on the showcase without personal data', async () => {
    const coordinator = await as('sonoivu');
    const list = await listModels(coordinator, { page: 1, pageSize: 50 });
    expect(list.items.every((m) => m.isDemo)).toBe(true);
    expect(new Set(list.items.map((m) => m.state))).toEqual(
      new Set(['registered', 'running', 'evaluated', 'replicated']),
    );
    expect(new Set(list.items.map((m) => m.field)).size).toBe(4);
    const shown = await recognisedModels(ctx, {});
    expect(shown.map((m) => m.name)).toEqual(['Một lần đến, trọn vẹn hồ sơ']);
    expect(shown[0]).toMatchObject({ recognisedLevel: 'province', recognisedOn: '2025-12-15' });
    expect(JSON.stringify(await recognisedModels(ctx, {}))).not.toContain('Phạm Thị Lan');
    const stp = await as('daumoistp');
    const own = await listModels(stp, { page: 1, pageSize: 50 });
    expect(own.items.map((m) => m.name)).toEqual(['Tủ sách pháp luật điện tử cho đồng bào dân tộc thiểu số']);
    expect(own.can.create).toBe(true);
  });

  it('has the commendations of the year and the compliance of the province', async () => {
    const coordinator = await as('sonoivu');
    const c = await listCommendations(coordinator, { page: 1, pageSize: 50 });
    expect(c.items.map((x) => x.form).sort()).toEqual(['certificate', 'certificate_of_merit']);
    expect(c.items.find((x) => x.form === 'certificate')?.modelName).toBe('Một lần đến, trọn vẹn hồ sơ');
    const compliance = await readCompliance(coordinator, { page: 1, pageSize: 500 });
    expect(compliance.summary.minimum).toBe(1);
    expect(compliance.summary.meets).toBeGreaterThanOrEqual(4);
    expect(compliance.summary.none).toBeGreaterThan(50);
    const stp = compliance.items.find((r) => r.unitName === 'Sở Tư pháp');
    expect(stp).toMatchObject({ registered: 1, active: 0, status: 'none' });
  });
});
