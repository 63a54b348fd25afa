import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { TestEnv } from '../../../test/harness.ts';
import { json, type Province, type TestUser } from '../../../test/factories.ts';
import { orgRequests, orgWorld } from './org.test-helpers.ts';

let env: TestEnv, p: Province, admin: TestUser, communeOfficer: TestUser;

beforeAll(async () => {
  ({ env, p, admin, communeOfficer } = await orgWorld());
});

const { get, post } = orgRequests(() => env);

describe('org tree', () => {
  it('lists only the actor’s subtree; another province reads as not found', async () => {
    const res = await get(communeOfficer, `/api/v1/org/units?pageSize=500`);
    expect(res.statusCode).toBe(200);
    expect(json(res).items.map((u: { id: number }) => u.id)).toEqual([p.communeA.id]);
    expect((await get(communeOfficer, `/api/v1/org/units/${p.communeB.id}`)).statusCode).toBe(404);
    expect((await get(admin, `/api/v1/org/units/${p.otherCommune.id}`)).statusCode).toBe(404);
    const b = await get(admin, `/api/v1/org/units/${p.communeB.id}`);
    expect(b.statusCode).toBe(200);
    expect(json(b).parentName).toBe(p.root.name);
    expect(json(b).groups).toEqual(['khoi_xa']);
  });

  it('counts current children, or all of them when ended units are shown; false means false', async () => {
    const root = json(await get(admin, `/api/v1/org/units?q=${p.root.code}&includeInactive=false`)).items[0];
    expect(root.childCount).toBeGreaterThanOrEqual(5);
    const holder = json(
      await post(admin, '/api/v1/org/units', {
        code: `HOLD_${p.suffix}`,
        name: 'Đơn vị chủ quản',
        kind: 'department',
        parentId: p.root.id,
        validFrom: '2020-01-01',
      }),
    );
    const ended = json(
      await post(admin, '/api/v1/org/units', {
        code: `END_${p.suffix}`,
        name: 'Đơn vị sẽ kết thúc',
        kind: 'public_service',
        parentId: holder.id,
        validFrom: '2020-01-01',
      }),
    );
    await post(admin, `/api/v1/org/units/${ended.id}/deactivate`, {
      validTo: '2021-12-31',
      reason: 'Giải thể',
    });
    const current = json(await get(admin, `/api/v1/org/units?parentId=${p.root.id}`)).items.find(
      (u: { id: number }) => u.id === holder.id,
    );
    expect(current.childCount).toBe(0);
    const all = json(
      await get(admin, `/api/v1/org/units?parentId=${p.root.id}&includeInactive=true`),
    ).items.find((u: { id: number }) => u.id === holder.id);
    expect(all.childCount).toBe(1);
  });

  it('finds units without diacritics, from NFC or NFD input', async () => {
    for (const q of ['hoa binh', 'HÒA BÌNH', 'Hòa Bình'.normalize('NFD'), 'dong tam']) {
      const res = await get(admin, `/api/v1/org/units?q=${encodeURIComponent(q)}`);
      const names = json(res).items.map((u: { name: string }) => u.name);
      expect(names.length, q).toBe(1);
    }
  });

  it('creates a unit with validation messages in Vietnamese and audits it', async () => {
    const bad = await post(admin, '/api/v1/org/units', {
      code: 'có dấu',
      name: 'X',
      kind: 'commune',
      parentId: p.root.id,
      validFrom: '2025-07-01',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(json(bad).code).toBe('validation_failed');
    expect(json(bad).detail).toMatch(/Mã đơn vị: chỉ gồm/);
    const ok = await post(admin, '/api/v1/org/units', {
      code: `XA_MOI_${p.suffix}`,
      name: 'Xã Mới Lập',
      kind: 'commune',
      parentId: p.root.id,
      validFrom: '2026-01-01',
      groups: ['khoi_xa'],
    });
    expect(ok.statusCode).toBe(200);
    const unit = json(ok);
    expect(unit.path).toBe(`${p.root.path}${unit.id}/`);
    const dup = await post(admin, '/api/v1/org/units', {
      code: `XA_MOI_${p.suffix}`,
      name: 'Trùng mã',
      kind: 'commune',
      parentId: p.root.id,
      validFrom: '2026-01-01',
    });
    expect(dup.statusCode).toBe(409);
    expect(json(dup).code).toBe('org_code_taken');
    const audit = json(await get(admin, `/api/v1/audit?entity=org_unit&unitId=${unit.id}`));
    expect(audit.items.map((a: { action: string }) => a.action)).toContain('create');
  });

  it('a commune officer cannot create units (403) and cannot touch another commune (404)', async () => {
    const res = await post(communeOfficer, '/api/v1/org/units', {
      code: `X_${p.suffix}`,
      name: 'Không được',
      kind: 'commune',
      parentId: p.communeA.id,
      validFrom: '2026-01-01',
    });
    expect(res.statusCode).toBe(403);
  });

  it('merges two communes into a new successor from a date, keeping the old ones as history', async () => {
    const a = json(
      await post(admin, '/api/v1/org/units', {
        code: `M1_${p.suffix}`,
        name: 'Xã Cũ Một',
        kind: 'commune',
        parentId: p.root.id,
        validFrom: '2020-01-01',
        groups: ['khoi_xa'],
      }),
    );
    const b = json(
      await post(admin, '/api/v1/org/units', {
        code: `M2_${p.suffix}`,
        name: 'Xã Cũ Hai',
        kind: 'commune',
        parentId: p.root.id,
        validFrom: '2020-01-01',
        groups: ['khoi_xa'],
      }),
    );
    const res = await post(admin, '/api/v1/org/merge', {
      sourceIds: [a.id, b.id],
      newTarget: {
        code: `M3_${p.suffix}`,
        name: 'Xã Hợp Nhất',
        kind: 'commune',
        parentId: p.root.id,
        groups: ['khoi_xa'],
      },
      effectiveDate: '2025-07-01',
      decision: 'NQ 1662/NQ-UBTVQH15',
    });
    expect(res.statusCode, res.body).toBe(200);
    const target = json(res);
    expect(target.validFrom).toBe('2025-07-01');
    const oldA = json(await get(admin, `/api/v1/org/units/${a.id}`));
    expect(oldA.validTo).toBe('2025-06-30');
    expect(oldA.active).toBe(false);
    const hist = json(await get(admin, `/api/v1/org/units/${target.id}/history`));
    expect(hist.predecessors.map((x: { id: number }) => x.id).sort()).toEqual([a.id, b.id].sort());
    expect(hist.events.some((e: { kind: string }) => e.kind === 'merged')).toBe(true);
    // the old units are not listed as current, but are with includeInactive
    const current = json(await get(admin, `/api/v1/org/units?q=${encodeURIComponent('Xã Cũ')}`));
    expect(current.total).toBe(0);
    const all = json(
      await get(admin, `/api/v1/org/units?q=${encodeURIComponent('Xã Cũ')}&includeInactive=true`),
    );
    expect(all.total).toBe(2);
    // merging an ended unit again is refused and changes nothing
    const again = await post(admin, '/api/v1/org/merge', {
      sourceIds: [a.id],
      targetId: target.id,
      effectiveDate: '2026-01-01',
    });
    expect(again.statusCode).toBe(422);
  });

  it('splits a unit and moves a subtree without cycles', async () => {
    const s = json(
      await post(admin, '/api/v1/org/units', {
        code: `S0_${p.suffix}`,
        name: 'Xã Sẽ Tách',
        kind: 'commune',
        parentId: p.root.id,
        validFrom: '2020-01-01',
      }),
    );
    const res = await post(admin, '/api/v1/org/split', {
      sourceId: s.id,
      effectiveDate: '2026-01-01',
      parts: [
        { code: `S1_${p.suffix}`, name: 'Xã Tách Một', kind: 'commune', parentId: p.root.id },
        { code: `S2_${p.suffix}`, name: 'Xã Tách Hai', kind: 'commune', parentId: p.root.id },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(json(res)).toHaveLength(2);
    const child = json(
      await post(admin, '/api/v1/org/units', {
        code: `C_${p.suffix}`,
        name: 'Phòng trực thuộc',
        kind: 'public_service',
        parentId: p.dept.id,
        validFrom: '2025-07-01',
      }),
    );
    const moved = await post(admin, `/api/v1/org/units/${p.dept.id}/move`, {
      newParentId: child.id,
      effectiveDate: '2026-01-01',
    });
    expect(moved.statusCode).toBe(422);
    expect(json(moved).code).toBe('org_cycle');
    const ok = await post(admin, `/api/v1/org/units/${child.id}/move`, {
      newParentId: p.dept2.id,
      effectiveDate: '2026-01-01',
    });
    expect(ok.statusCode).toBe(200);
    expect(json(ok).path).toBe(`${p.dept2.path}${child.id}/`);
  });

  it('imports units from .xlsx with a preview of per-row errors, all or nothing', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Đơn vị');
    ws.addRow([
      'Mã đơn vị',
      'Tên đơn vị',
      'Loại đơn vị',
      'Mã đơn vị cấp trên',
      'Mã hành chính',
      'Nhóm',
      'Hiệu lực từ',
    ]);
    ws.addRow([`IMP1_${p.suffix}`, 'Xã Nhập Một', 'UBND cấp xã', p.root.code, '', 'khoi_xa', '01/07/2025']);
    ws.addRow([
      `IMP2_${p.suffix}`,
      'Trường Nhập Hai',
      'public_service',
      `IMP1_${p.suffix}`,
      '',
      '',
      '01/07/2025',
    ]);
    ws.addRow(['', 'Thiếu mã', 'abc', 'KHONG_CO', '', '', '31/02/2025']);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const form = (b: Buffer) => {
      const boundary = 'X' + p.suffix;
      const body = Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="don-vi.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\n`,
        ),
        b,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      return {
        payload: body,
        headers: { ...admin.headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
      };
    };
    const prev = await env.app.inject({
      method: 'POST',
      url: '/api/v1/org/import?mode=preview',
      ...form(buf),
    });
    expect(prev.statusCode).toBe(200);
    const pv = json(prev);
    expect(pv.valid, JSON.stringify(pv.rows)).toBe(2);
    expect(pv.invalid).toBe(1);
    expect(pv.rows[2].errors.join(' ')).toMatch(/Thiếu mã đơn vị/);
    const commitBad = await env.app.inject({
      method: 'POST',
      url: '/api/v1/org/import?mode=commit',
      ...form(buf),
    });
    expect(commitBad.statusCode).toBe(400);
    expect(json(await get(admin, `/api/v1/org/units?q=IMP1_${p.suffix}`)).total).toBe(0);
    ws.spliceRows(4, 1);
    const good = Buffer.from(await wb.xlsx.writeBuffer());
    const commit = await env.app.inject({
      method: 'POST',
      url: '/api/v1/org/import?mode=commit',
      ...form(good),
    });
    expect(commit.statusCode).toBe(200);
    expect(json(commit).created).toBe(2);
    const exported = await get(admin, `/api/v1/org/export.xlsx?q=IMP`);
    expect(exported.statusCode).toBe(200);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(exported.rawPayload as never);
    const texts: string[] = [];
    back.worksheets[0].eachRow((r) => texts.push(String(r.getCell(2).value)));
    expect(texts).toContain('Trường Nhập Hai');
  });
});

describe('paging a list whose sort keys tie', () => {
  it('pages 24 units of the same name and depth without repeating or skipping one', async () => {
    for (let i = 0; i < 24; i++) {
      const res = await post(admin, '/api/v1/org/units', {
        code: `TRUNG_${p.suffix}_${String(i).padStart(2, '0')}`,
        name: 'Xã Trùng Tên',
        kind: 'commune',
        parentId: p.root.id,
        validFrom: '2020-01-01',
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    const seen: number[] = [];
    for (let page = 1; page <= 5; page++) {
      const res = await get(admin, `/api/v1/org/units?q=TRUNG_${p.suffix}&pageSize=5&page=${page}`);
      expect(res.statusCode).toBe(200);
      seen.push(...json(res).items.map((u: { id: number }) => u.id));
    }
    expect(seen).toHaveLength(24);
    expect(new Set(seen).size).toBe(24);
  });
});
