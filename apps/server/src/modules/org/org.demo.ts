import { registerDemoSeeder } from '../../core/demo.ts';
import { inTx } from '../../core/audit.ts';
import { upsertGroup } from './group/group.repository.ts';
import { createUnit } from './unit/create-unit.ts';
import { deactivateUnit } from './unit/deactivate-unit.ts';
import { mergeUnits } from './unit/merge-units.ts';
import * as repo from './unit/unit.repository.ts';
import { DEMO_GROUPS, DEMO_UNITS } from './demo-province.data.ts';

/** The demo province: today's two-tier tree plus a former district merged on 01/7/2025, kept as history. */
export function registerOrgDemo(): void {
  registerDemoSeeder('org', 10, async (ctx) => {
    await inTx(ctx, async (tx, c) => {
      for (const g of DEMO_GROUPS) await upsertGroup(tx, g.code, g.name);
      const ids = new Map<string, number>();
      const pending = [...DEMO_UNITS];
      while (pending.length) {
        const ready = pending.filter((u) => u.parentCode === null || ids.has(u.parentCode));
        if (!ready.length) throw new Error('demo units: unresolved parents');
        for (const u of ready) {
          const created = await createUnit(
            c,
            {
              code: u.code,
              name: u.name,
              shortName: u.shortName ?? null,
              adminCode: u.adminCode ?? null,
              kind: u.kind,
              parentId: u.parentCode ? ids.get(u.parentCode)! : null,
              validFrom: u.validFrom,
              groups: u.groups,
            },
            { isDemo: true },
          );
          ids.set(u.code, created.id);
          pending.splice(pending.indexOf(u), 1);
        }
      }
      // The 01/7/2025 reorganisation: old communes end and link to their successors, then the old
      // district ends. Done through the same operations an administrator uses.
      const bySuccessors = new Map<string, string[]>();
      for (const u of DEMO_UNITS) {
        if (!u.successorCodes?.length || u.kind === 'district') continue;
        const key = u.successorCodes.join('|');
        bySuccessors.set(key, [...(bySuccessors.get(key) ?? []), u.code]);
      }
      for (const [succ, sources] of bySuccessors) {
        const successors = succ.split('|');
        const first = DEMO_UNITS.find((u) => u.code === sources[0])!;
        const effectiveDate = successors
          .map((s) => DEMO_UNITS.find((u) => u.code === s)!.validFrom)
          .sort()[0];
        if (successors.length === 1) {
          await mergeUnits(c, {
            sourceIds: sources.map((s) => ids.get(s)!),
            targetId: ids.get(successors[0])!,
            effectiveDate,
            decision: 'Nghị quyết số 1662/NQ-UBTVQH15 ngày 16/6/2025 (dữ liệu trình diễn)',
          });
        } else {
          for (const s of successors)
            await repo.insertSuccession(tx, ids.get(first.code)!, ids.get(s)!, 'split', effectiveDate);
          for (const src of sources) await repo.updateUnit(tx, ids.get(src)!, { validTo: first.validTo! });
        }
      }
      for (const u of DEMO_UNITS.filter((x) => x.validTo)) {
        const cur = await repo.getUnit(tx, ids.get(u.code)!);
        if (cur && !cur.validTo)
          await deactivateUnit(c, cur.id, {
            validTo: u.validTo!,
            reason: 'Kết thúc hoạt động đơn vị hành chính cấp huyện từ 01/7/2025 (dữ liệu trình diễn)',
          });
      }
    });
  });
}
