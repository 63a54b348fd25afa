import { registerDemoSeeder } from '../../core/demo.ts';
import { ensureLegalSeed } from './shared/seed.ts';

/** The demo starts with the seeded register and calendar (a real deployment gets them on first read). */
export function registerLegalDemo(): void {
  registerDemoSeeder('legal', 15, async (ctx) => {
    await ensureLegalSeed(ctx);
  });
}
