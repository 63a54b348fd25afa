import type { LightMyRequestResponse } from 'fastify';
import { testEnv, type TestEnv } from '../../../test/harness.ts';
import { json, makeProvince, makeUser, type Province, type TestUser } from '../../../test/factories.ts';

export const B = '/api/v1/petitions';

export interface PetitionsWorld {
  env: TestEnv;
  p: Province;
  officer: TestUser;
  handler: TestUser;
  head: TestUser;
  inspector: TestUser;
  coordinator: TestUser;
  siblingOfficer: TestUser;
  send(u: TestUser, method: 'GET' | 'POST', url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  create(u: TestUser, over?: Record<string, unknown>): Promise<any[]>;
  step(u: TestUser, id: number, step: string, body: Record<string, unknown>): Promise<LightMyRequestResponse>;
}

/** One province with a reception officer, a denunciation handler and the head of commune A. */
export async function petitionsWorld(): Promise<PetitionsWorld> {
  const env = await testEnv();
  const p = await makeProvince(env);
  const officer = await makeUser(env, 'reception_officer', p.communeA.id, { fullName: 'Cán bộ tiếp dân' });
  const handler = await makeUser(env, 'denunciation_handler', p.communeA.id, {
    fullName: 'Người giải quyết tố cáo',
  });
  const head = await makeUser(env, 'unit_head', p.communeA.id, { fullName: 'Chủ tịch xã' });
  const inspector = await makeUser(env, 'inspector', p.root.id);
  const coordinator = await makeUser(env, 'coordinator', p.root.id);
  const siblingOfficer = await makeUser(env, 'reception_officer', p.communeB.id);
  const send: PetitionsWorld['send'] = (u, method, url, payload) =>
    env.app.inject({
      method,
      url,
      headers: u.headers,
      ...(payload !== undefined ? { payload: payload as never } : {}),
    });
  const create = async (u: TestUser, over: Record<string, unknown> = {}) => {
    const res = await send(u, 'POST', B, {
      unitId: p.communeA.id,
      receivedOn: '2026-06-25',
      channel: 'in_person',
      kinds: ['khieu_nai'],
      field: 'dat_dai',
      petitionersCount: 6,
      representativeName: 'Nguyễn Văn Hùng',
      idNumber: '001085012345',
      subject: `Khiếu nại thu hồi đất ${p.suffix}`,
      content: `Khiếu nại quyết định thu hồi đất nông nghiệp thôn Đông ${p.suffix}, bồi thường chưa thỏa đáng`,
      ...over,
    });
    if (res.statusCode !== 201) throw new Error(`create: ${res.statusCode} ${res.body}`);
    return json<any[]>(res);
  };
  const step: PetitionsWorld['step'] = (u, id, s, body) => send(u, 'POST', `${B}/${id}/${s}`, body);
  return { env, p, officer, handler, head, inspector, coordinator, siblingOfficer, send, create, step };
}
