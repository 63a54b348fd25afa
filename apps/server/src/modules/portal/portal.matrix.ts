import type { BuiltRequest, MatrixContext, MatrixRow, Target } from '../../../test/access-matrix.types.ts';
import { sys } from '../../../test/factories.ts';
import { publishToPortal } from '../../core/portal.ts';
import { resolvePetition, seedSubmission } from './portal.test-helpers.ts';

/**
 * Public routes (kind 'public'): anyone, with or without a session, is let in; their answers may be a
 * business refusal (a challenge not solved, a wrong code, a limit reached), never 401/403. Staff
 * routes: a record of the target unit (own = communeA, sibling = communeB, parent = the province).
 */
const P = '/api/v1/public';
const S = '/api/v1/portal';
const REFUSALS = [400, 404, 409, 422, 429];

const req = (url: string, payload?: unknown, recordId?: unknown): BuiltRequest => ({
  url,
  payload,
  recordId,
});

/** A resolved phản ánh of the target unit, sent through the portal. */
async function resolved(m: MatrixContext, t: Target) {
  const s = await seedSubmission(m.env, m.unitId(t));
  await resolvePetition(m.env, s.petitionId, 'decided');
  return s.petitionId;
}

/** A live publication of the target unit. */
async function publication(m: MatrixContext, t: Target) {
  const petitionId = await resolved(m, t);
  const ref = await publishToPortal(sys(m.env), {
    section: 'answers',
    sourceModule: 'petitions',
    sourceKind: 'petition',
    sourceId: petitionId,
    unitId: m.unitId(t),
    field: 'dat_dai',
    title: 'Trả lời phản ánh lấn chiếm đường liên thôn',
    text: 'UBND xã đã kiểm tra hiện trường và yêu cầu tháo dỡ phần công trình lấn chiếm.',
    state: 'resolved',
  });
  return ref.id;
}

const pub = (method: MatrixRow['method'], url: string, request: MatrixRow['request']): MatrixRow => ({
  method,
  url,
  kind: 'public',
  request,
  okStatuses: REFUSALS,
});

export const rows: MatrixRow[] = [
  pub('GET', `${P}/portal`, async () => req(`${P}/portal`)),
  pub('GET', `${P}/sections/:key`, async () => req(`${P}/sections/answers`)),
  pub('GET', `${P}/sections/:key/:id`, async (m) =>
    req(`${P}/sections/answers/${await publication(m, 'own')}`),
  ),
  pub('GET', `${P}/schedules`, async (m) => req(`${P}/schedules?unitId=${m.p.root.id}`)),
  pub('GET', `${P}/units`, async (m) => req(`${P}/units?q=${encodeURIComponent(m.p.suffix)}`)),
  pub('GET', `${P}/terms`, async () => req(`${P}/terms`)),
  pub('GET', `${P}/challenge`, async () => req(`${P}/challenge`)),
  // a solved challenge is not sent: the answer is the refusal (400), not 401/403
  pub('POST', `${P}/submissions`, async (m) =>
    req(`${P}/submissions`, {
      unitId: m.unitId('own'),
      kind: 'phan_anh',
      field: 'dat_dai',
      subject: 'Phản ánh thử ma trận phân quyền',
      content: 'Nội dung phản ánh thử ma trận phân quyền, đủ hai mươi ký tự.',
      contact: { fullName: 'Công dân thử', phone: '0912345678' },
      consent: { accepted: true, version: 'x' },
      altcha: 'khong-hop-le',
    }),
  ),
  pub('POST', `${P}/submissions/files`, async () => ({
    url: `${P}/submissions/files`,
    file: { name: 'anh.png', content: Buffer.from('89504e470d0a1a0a0000', 'hex') },
  })),
  pub('POST', `${P}/lookup`, async (m) =>
    req(`${P}/lookup`, { code: (await seedSubmission(m.env, m.unitId('own'))).code }),
  ),
  pub('POST', `${P}/lookup/rating`, async (m) =>
    req(`${P}/lookup/rating`, { code: (await seedSubmission(m.env, m.unitId('own'))).code, score: 4 }),
  ),
  pub('POST', `${P}/ratings`, async (m) =>
    req(`${P}/ratings`, {
      unitId: m.unitId('own'),
      subject: 'service',
      on: '2020-01-01',
      score: 5,
      altcha: 'khong-hop-le',
    }),
  ),
  pub('GET', `${P}/answers`, async () => req(`${P}/answers`)),
  pub('GET', `${P}/answers/:id`, async (m) => req(`${P}/answers/${await publication(m, 'own')}`)),

  {
    method: 'GET',
    url: `${S}/publications`,
    kind: 'list',
    request: async (m, t) => req(`${S}/publications?pageSize=500`, undefined, await publication(m, t)),
    visible: (b: { items: { id: number }[] }, _m, _t, built) => b.items.some((x) => x.id === built.recordId),
  },
  {
    method: 'GET',
    url: `${S}/petitions/:id/publication`,
    // reading a petition also needs petitions:read at its unit
    allowedRoles: ['coordinator', 'unit_head', 'reception_officer'],
    request: async (m, t) => req(`${S}/petitions/${await resolved(m, t)}/publication`),
  },
  {
    method: 'POST',
    url: `${S}/publications`,
    request: async (m, t) =>
      req(`${S}/publications`, {
        petitionId: await resolved(m, t),
        title: 'Trả lời phản ánh lấn chiếm đường liên thôn',
        text: 'UBND xã đã kiểm tra hiện trường và yêu cầu tháo dỡ phần công trình lấn chiếm.',
        state: 'resolved',
      }),
  },
  {
    method: 'POST',
    url: `${S}/publications/:id/withdraw`,
    request: async (m, t) =>
      req(`${S}/publications/${await publication(m, t)}/withdraw`, { reason: 'Thử ma trận phân quyền' }),
  },
  {
    method: 'GET',
    url: `${S}/ratings`,
    kind: 'list',
    request: async () => req(`${S}/ratings`),
  },
  {
    method: 'GET',
    url: `${S}/satisfaction`,
    request: async (m, t) => req(`${S}/satisfaction?unitId=${m.unitId(t)}&from=2026-01-01&to=2026-12-31`),
  },
];
