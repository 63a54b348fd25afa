import { registerDemoSeeder, DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../core/demo.ts';
import type { Role } from '@danvan/contracts';
import * as org from '../org/index.ts';
import { grantRole } from './assignment/grant-role.ts';
import { createUser } from './user/create-user.ts';

/** One demo account per role; commune roles go to the first current commune. */
export function registerUsersDemo(): void {
  registerDemoSeeder('users', 20, async (ctx) => {
    const all = await org.findUnits(ctx, {});
    const root = all.find((u) => u.parentId === null)!;
    const commune = all.filter((u) => u.kind === 'commune').sort((a, b) => a.id - b.id)[0];
    const byCode = (code: string) => {
      if (code === '') return commune;
      if (code === 'UBND_TINH') return root;
      const exact = all.find((u) => u.code === code);
      if (exact) return exact;
      const kinds: Record<string, string> = { MTTQ: 'front', HDND: 'council' };
      if (kinds[code]) return all.find((u) => u.kind === kinds[code]);
      const names: Record<string, string> = { STP: 'Sở Tư pháp', TTR: 'Thanh tra tỉnh', SNV: 'Sở Nội vụ' };
      return all.find((u) => u.name === names[code]);
    };
    for (const a of DEMO_ACCOUNTS) {
      const unit = byCode(a.unitCode);
      if (!unit) throw new Error(`demo account ${a.username}: unit ${a.unitCode} not found`);
      const u = await createUser(
        ctx,
        { username: a.username, fullName: a.fullName, position: a.position, password: DEMO_PASSWORD },
        { isDemo: true },
      );
      await grantRole(ctx, u.id, a.role as Role, unit.id, a.includeSubtree);
    }
  });
}
