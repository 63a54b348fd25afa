/**
 * An empty plan is not an issued plan (issue 7 item 10): issuing checks that the content is really
 * there, and a draft carries the list of what it lacks so the editor shows it before the button.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestEnv } from '../../../test/harness.ts';
import { type Province } from '../../../test/factories.ts';
import { type Api, json, type People, PLAN_PARTS, plansWorld, provincePlan } from './plans.test-helpers.ts';

let env: TestEnv, p: Province, u: People, api: Api;

beforeAll(async () => {
  ({ env, p, u, api } = await plansWorld());
});
afterAll(() => env.clock.reset());

const paths = (xs: { path: string }[]) => xs.map((x) => x.path).sort();

describe('issuing checks that the plan says something', () => {
  let provinceId: number;

  it('a commune plan with the editor’s empty “Nội dung” and “Tổ chức thực hiện” is refused, and counts for nothing', async () => {
    const province = json(await api.post(u.coordinator, '/api/v1/plans', provincePlan(p)));
    provinceId = province.id;
    expect(province.issueMissing).toEqual([]);
    expect((await api.post(u.coordinator, `/api/v1/plans/${provinceId}/issue`, {})).statusCode).toBe(200);

    // what the editor starts a unit's plan with: the two parts, headings only
    const draft = json(
      await api.post(u.focalA, '/api/v1/plans', {
        unitId: p.communeA.id,
        year: 2026,
        title: 'Triển khai công tác dân vận chính quyền năm 2026 trên địa bàn xã',
        parentPlanId: provinceId,
        purposes: ['  '],
        sections: [
          { number: 'II', title: 'NỘI DUNG', body: '' },
          { number: 'III', title: 'TỔ CHỨC THỰC HIỆN', body: '<p>&nbsp;</p>\n  ' },
        ],
        signerPosition: 'CHỦ TỊCH',
        signerName: 'Phạm Văn Hòa',
      }),
    );
    // the draft says, before anyone presses the button, everything it lacks
    expect(paths(draft.issueMissing)).toEqual(['purposes', 'sections.0.body', 'sections.1.body']);
    expect(draft.issueMissing.map((m: { message: string }) => m.message)).toEqual(
      expect.arrayContaining([
        'Mục II "Nội dung" chưa có nội dung',
        'Mục III "Tổ chức thực hiện" chưa có nội dung',
        'Mục "Mục đích, yêu cầu" chưa có nội dung',
      ]),
    );

    const res = await api.post(u.headA, `/api/v1/plans/${draft.id}/issue`, { numberSymbol: '05/KH-UBND' });
    expect(res.statusCode, res.body).toBe(422);
    const problem = json(res);
    expect(problem.detail).toMatch(/^Chưa thể ban hành kế hoạch: /);
    expect(problem.detail).toContain('mục II "Nội dung" chưa có nội dung');
    expect(problem.detail).toContain('mục III "Tổ chức thực hiện" chưa có nội dung');
    expect(paths(problem.errors)).toEqual(paths(draft.issueMissing));
    expect(json(await api.get(u.focalA, `/api/v1/plans/${draft.id}`)).status).toBe('draft');
    const c = json(await api.get(u.coordinator, `/api/v1/plans/${provinceId}/compliance`));
    expect(c.summary).toMatchObject({ issued: 0 });

    // filled in, the list empties and the plan is issued
    const filled = json(
      await api.patch(u.focalA, `/api/v1/plans/${draft.id}`, {
        purposes: ['Cụ thể hóa Kế hoạch của tỉnh.'],
        sections: PLAN_PARTS,
      }),
    );
    expect(filled.issueMissing).toEqual([]);
    const ok = await api.post(u.headA, `/api/v1/plans/${draft.id}/issue`, { numberSymbol: '05/KH-UBND' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(json(ok).issueMissing).toEqual([]);
  });

  it('a missing part, an untitled section and an empty sub-section are each named; a heading whose sub-sections carry the text is fine', async () => {
    const draft = json(
      await api.post(
        u.coordinator,
        '/api/v1/plans',
        provincePlan(p, {
          numberSymbol: `09/KH-UBND-${p.suffix}`,
          sections: [
            { number: 'II', title: 'NỘI DUNG', body: '' },
            { number: 'II.1', title: 'Tiếp công dân', body: 'Tiếp công dân định kỳ.' },
            { number: 'II.2', title: 'Đối thoại với Nhân dân', body: ' … ' },
          ],
        }),
      ),
    );
    expect(draft.issueMissing).toEqual([
      { path: 'sections', message: 'Chưa có mục "Tổ chức thực hiện"' },
      { path: 'sections.2.body', message: 'Mục II.2 "Đối thoại với Nhân dân" chưa có nội dung' },
    ]);
    const res = await api.post(u.coordinator, `/api/v1/plans/${draft.id}/issue`, {});
    expect(res.statusCode, res.body).toBe(422);
    expect(paths(json(res).errors)).toEqual(['sections', 'sections.2.body']);
  });
});
