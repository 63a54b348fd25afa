/** Shared set-up of the users module's tests: a province with an administrator above and one below. */
import { testEnv, type TestEnv } from '../../../test/harness.ts';
import { makeProvince, makeUser, type Province, type TestUser } from '../../../test/factories.ts';

export interface UsersWorld {
  env: TestEnv;
  p: Province;
  /** The province's administrator (users:write over the whole province). */
  admin: TestUser;
  /** A commune's administrator: writes the accounts of its commune only. */
  communeAdmin: TestUser;
}

export async function usersWorld(): Promise<UsersWorld> {
  const env = await testEnv();
  const p = await makeProvince(env);
  const admin = await makeUser(env, 'admin', p.root.id);
  const communeAdmin = await makeUser(env, 'admin', p.communeA.id);
  return { env, p, admin, communeAdmin };
}
