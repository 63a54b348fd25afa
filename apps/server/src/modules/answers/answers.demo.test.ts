import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoWorld, type DemoWorld } from '../../../test/demo-world.ts';
import { registerAnswersDemo } from './answers.demo.ts';
import { listSources, getSource } from './source/read-source.ts';

let w: DemoWorld;
beforeAll(async () => {
  w = await demoWorld({ register: [registerAnswersDemo], seeders: ['answers'] });
}, 600_000);
afterAll(async () => w?.database.close());

const page = { page: 1, pageSize: 50 };

describe('demo answers', () => {
  it("the commune chair's dialogue has two commitments: one closed on time, one overdue", async () => {
    const ctx = await w.as('chutichxa');
    const list = await listSources(ctx, { ...page, kind: 'dialogue' });
    expect(list.total).toBe(1);
    const d = await getSource(ctx, list.items[0]!.id);
    expect(d.isDemo).toBe(true);
    expect(d.dialogue).toMatchObject({ state: 'held', participantCount: 72 });
    expect(d.sourceItems.map((i) => [i.status, i.compliance])).toEqual([
      ['closed', 'on_time'],
      ['received', 'overdue'],
    ]);
  });

  it("the Front's conclusion holds three recommendations to the Department of Construction", async () => {
    const ctx = await w.as('mattran');
    const list = await listSources(ctx, { ...page, kind: 'front_supervision' });
    expect(list.total).toBe(1);
    const s = await getSource(ctx, list.items[0]!.id);
    expect(s.addressee?.name).toBe('Sở Xây dựng');
    expect(s.sourceItems.map((i) => i.status)).toEqual(['re_answered', 'satisfied', 'received']);
    expect(s.sourceItems[0]!.answerCount).toBe(2);
  });

  it("the People's Council session's voter petitions are assigned by field, one answer published", async () => {
    const ctx = await w.as('hdnd');
    const list = await listSources(ctx, { ...page, kind: 'council_session' });
    const s = await getSource(ctx, list.items[0]!.id);
    expect(s.sourceItems.map((i) => i.field)).toEqual(['xay_dung_giao_thong', 'y_te', 'giao_duc']);
    expect(s.sourceItems.every((i) => i.responsibleUnit !== null)).toBe(true);
    const pub = s.sourceItems.filter((i) => i.published);
    expect(pub).toHaveLength(1);
    expect(pub[0]!.responsibleUnit?.name).toBe('Sở Xây dựng');
  });
});
