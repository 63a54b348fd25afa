/** Shared set-up of the org module's tests: a province, its administrator, a commune officer, requests. */
import { testEnv, type TestEnv } from '../../../test/harness.ts';
import { makeProvince, makeUser, type Province, type TestUser } from '../../../test/factories.ts';

export interface OrgWorld {
  env: TestEnv;
  p: Province;
  /** The province's administrator (org:write over the whole province). */
  admin: TestUser;
  /** A commune's focal officer: reads its own unit only. */
  communeOfficer: TestUser;
}

export async function orgWorld(): Promise<OrgWorld> {
  const env = await testEnv();
  const p = await makeProvince(env);
  const admin = await makeUser(env, 'admin', p.root.id);
  const communeOfficer = await makeUser(env, 'focal_officer', p.communeA.id);
  return { env, p, admin, communeOfficer };
}

/** GET and POST as a user, on a world's app (read `env` late: it is set in beforeAll). */
export function orgRequests(world: () => TestEnv) {
  return {
    get: (u: TestUser, url: string) => world().app.inject({ method: 'GET', url, headers: u.headers }),
    post: (u: TestUser, url: string, payload: unknown) =>
      world().app.inject({ method: 'POST', url, headers: u.headers, payload: payload as never }),
  };
}
