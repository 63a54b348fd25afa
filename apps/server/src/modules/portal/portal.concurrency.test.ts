/**
 * Read-check-write verbs of the portal under parallel requests, on a real PostgreSQL cluster: two
 * ratings with one code, two submissions with one solved challenge, two publications of one answer:
 * each time exactly one wins and the other is refused (409), never both, never a 5xx.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { testEnv, type TestEnv } from '../../../test/harness.ts';
import { makeProvince, makeUser, type Province, type TestUser } from '../../../test/factories.ts';
import {
  cheapChallenges,
  freshIp,
  P,
  post,
  resolvePetition,
  seedSubmission,
  solvedPayload,
  submissionBody,
} from './portal.test-helpers.ts';

let env: TestEnv;
let p: Province;
let officer: TestUser;

const statuses = (rs: { statusCode: number }[]) => rs.map((r) => r.statusCode).sort();

describe.skipIf(process.env.TEST_DB !== 'postgres')('portal concurrency', () => {
  beforeAll(async () => {
    env = await testEnv();
    cheapChallenges(env);
    p = await makeProvince(env);
    officer = await makeUser(env, 'reception_officer', p.communeA.id);
  });

  it('two ratings with the same code at once: one wins', async () => {
    for (let round = 0; round < 3; round++) {
      const s = await seedSubmission(env, p.communeA.id);
      await resolvePetition(env, s.petitionId, 'closed');
      const rs = await Promise.all(
        [5, 1].map((score) => post(env, `${P}/lookup/rating`, { code: s.code, score }, freshIp())),
      );
      expect(statuses(rs)).toEqual([201, 409]);
    }
  });

  it('two uses of one solved challenge at once: one wins', async () => {
    for (let round = 0; round < 3; round++) {
      const ip = freshIp();
      const altcha = await solvedPayload(env, ip);
      const rs = await Promise.all(
        [0, 1].map(() => post(env, `${P}/submissions`, submissionBody(p.communeA.id, altcha), freshIp())),
      );
      expect(statuses(rs)).toEqual([201, 409]);
    }
  });

  it('two publications of one answer at once: one wins', async () => {
    const s = await seedSubmission(env, p.communeA.id);
    await resolvePetition(env, s.petitionId, 'decided');
    const body = {
      petitionId: s.petitionId,
      title: 'Trả lời phản ánh lấn chiếm đường liên thôn',
      text: 'UBND xã đã kiểm tra hiện trường và yêu cầu tháo dỡ phần công trình lấn chiếm.',
      state: 'resolved',
    };
    const rs = await Promise.all(
      [0, 1].map(() =>
        env.app.inject({
          method: 'POST',
          url: '/api/v1/portal/publications',
          headers: officer.headers,
          payload: body,
        }),
      ),
    );
    expect(statuses(rs)).toEqual([201, 409]);
  });
});
