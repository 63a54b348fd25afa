import ExcelJS from 'exceljs';
import { addDays } from '@danvan/domain';
import type { BuiltRequest, MatrixContext, MatrixRow, Target } from '../../../test/access-matrix.types.ts';
import { json, makeUser, sys, uid } from '../../../test/factories.ts';
import { today } from '../../core/context.ts';
import { acceptPetition } from './petition/accept-petition.ts';
import { createPetitions } from './petition/create-petition.ts';
import { decidePetition } from './petition/decide-petition.ts';
import { screenPetition } from './petition/screen-petition.ts';
import { sendResultPetition } from './petition/send-result-petition.ts';
import { suspendPetition } from './petition/suspend-petition.ts';

/**
 * Every petitions route for every role at communeA, against a complaint of the own unit, a sibling
 * commune and the province root. Each write gets a fresh complaint in the state its step needs.
 * The tố cáo protected view per role has its own tests (petitions.denunciation.test.ts).
 */
const B = '/api/v1/petitions';
type State = 'received' | 'screened' | 'accepted' | 'suspended' | 'decided' | 'result_sent';

async function petitionAt(
  m: MatrixContext,
  t: Target,
  state: State,
  over: Record<string, unknown> = {},
): Promise<number> {
  const ctx = sys(m.env);
  const t0 = today(ctx);
  const [p] = await createPetitions(ctx, {
    unitId: m.unitId(t),
    receivedOn: addDays(t0, -5),
    channel: 'in_person',
    kinds: ['khieu_nai'],
    field: 'dat_dai',
    petitionersCount: 1,
    representativeName: `Người thử ma trận ${uid()}`,
    subject: `Đơn thử ma trận quyền ${uid()}`,
    content: 'Nội dung đơn thử ma trận quyền',
    complex: false,
    remoteArea: false,
    duplicateDecisions: [],
    ...over,
  } as never);
  const on = addDays(t0, -4);
  if (state === 'screened') await screenPetition(ctx, p.id, { on, competence: 'own' });
  if (state !== 'received' && state !== 'screened') await acceptPetition(ctx, p.id, { on });
  if (state === 'suspended')
    await suspendPetition(ctx, p.id, { on: addDays(t0, -3), reason: 'Chờ giám định' });
  if (state === 'decided' || state === 'result_sent')
    await decidePetition(ctx, p.id, { on: addDays(t0, -3), number: '1/QĐ-UBND', summary: 'Giải quyết thử' });
  if (state === 'result_sent') await sendResultPetition(ctx, p.id, { on: addDays(t0, -2) });
  return p.id;
}

const shared = new Map<string, Promise<number>>();
const readOnly = (m: MatrixContext, t: Target) => {
  const k = `${t}`;
  if (!shared.has(k)) shared.set(k, petitionAt(m, t, 'accepted'));
  return shared.get(k)!;
};

const handlers = new Map<Target, Promise<number>>();
function handlerAt(m: MatrixContext, t: Target) {
  if (!handlers.has(t))
    handlers.set(
      t,
      makeUser(m.env, 'reception_officer', m.unitId(t), { includeSubtree: false }).then((u) => u.id),
    );
  return handlers.get(t)!;
}

async function visitAt(m: MatrixContext, t: Target): Promise<number> {
  const res = await m.env.app.inject({
    method: 'POST',
    url: '/api/v1/reception/visits',
    headers: m.asRoot('reception_officer'),
    payload: {
      unitId: m.unitId(t),
      kind: 'regular',
      receivedOn: addDays(today(sys(m.env)), -1),
      receivedTime: '08:30',
      place: 'Phòng tiếp công dân',
      receiverName: 'Ngô Văn Bình',
      visitorsCount: 6,
      representativeName: 'Trần Văn Dũng',
      idNumber: '075082004512',
      content: 'Khiếu nại việc bồi thường khi thu hồi đất.',
      field: 'dat_dai',
      outcome: 'petition_received',
      online: false,
    },
  });
  if (res.statusCode >= 300) throw new Error(`visit: ${res.statusCode} ${res.body}`);
  return json(res).id;
}

async function importFile() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sổ đơn thư');
  ws.addRow([
    'Ngày nhận',
    'Loại đơn',
    'Lĩnh vực',
    'Kênh tiếp nhận',
    'Người đứng đơn',
    'Số người',
    'Trích yếu',
    'Nội dung',
  ]);
  ws.addRow([
    '02/03/2026',
    'Khiếu nại',
    'Đất đai',
    'Trực tiếp',
    'Lê Văn Nhập',
    '1',
    'Đơn nhập thử',
    'Nội dung đơn nhập thử',
  ]);
  return { name: 'don-thu.xlsx', content: Buffer.from(await wb.xlsx.writeBuffer()) };
}

const step = (
  path: string,
  state: State,
  body: (m: MatrixContext, t: Target) => Promise<unknown> | unknown,
): MatrixRow => ({
  method: 'POST',
  url: `${B}/:id/${path}`,
  request: async (m, t): Promise<BuiltRequest> => ({
    url: `${B}/${await petitionAt(m, t, state)}/${path}`,
    payload: await body(m, t),
  }),
});
const on = (m: MatrixContext) => today(sys(m.env));

export const rows: MatrixRow[] = [
  {
    method: 'GET',
    url: B,
    kind: 'list',
    request: async (m, t) => {
      const id = await readOnly(m, t);
      return { url: `${B}?pageSize=500&status=accepted`, recordId: id };
    },
    visible: (b: { items: { id: number }[] }, _m, _t, built) => b.items.some((i) => i.id === built.recordId),
  },
  {
    method: 'GET',
    url: `${B}/deadlines`,
    kind: 'list',
    request: async (m, t) => {
      await readOnly(m, t);
      return { url: `${B}/deadlines?pageSize=500`, recordId: m.unitId(t) };
    },
    visible: (b: { items: { unitId: number }[] }, _m, _t, built) =>
      b.items.some((i) => i.unitId === built.recordId),
  },
  {
    method: 'GET',
    url: `${B}/export.xlsx`,
    kind: 'list',
    request: async () => ({ url: `${B}/export.xlsx?status=closed` }),
  },
  {
    method: 'GET',
    url: `${B}/import/template.xlsx`,
    kind: 'list',
    request: async () => ({ url: `${B}/import/template.xlsx` }),
  },
  {
    method: 'POST',
    url: `${B}/import`,
    request: async (m, t) => ({
      url: `${B}/import?mode=preview&unitId=${m.unitId(t)}`,
      file: await importFile(),
    }),
  },
  {
    method: 'POST',
    url: B,
    request: async (m, t) => ({
      url: B,
      payload: {
        unitId: m.unitId(t),
        receivedOn: addDays(on(m), -1),
        channel: 'post',
        kinds: ['kien_nghi'],
        field: 'khac',
        subject: `Kiến nghị thử ${uid()}`,
        content: 'Nội dung kiến nghị thử',
      },
    }),
  },
  {
    method: 'POST',
    url: `${B}/duplicate-check`,
    request: async (m, t) => ({
      url: `${B}/duplicate-check`,
      payload: { unitId: m.unitId(t), representativeName: 'Ai đó', content: 'thu hồi đất' },
    }),
  },
  {
    method: 'GET',
    url: `${B}/visit-draft/:visitId`,
    // the visit belongs to the reception log: the roles that hold reception:read and petitions:handle
    allowedRoles: ['unit_head', 'reception_officer'],
    request: async (m, t) => ({ url: `${B}/visit-draft/${await visitAt(m, t)}` }),
  },
  { method: 'GET', url: `${B}/:id`, request: async (m, t) => ({ url: `${B}/${await readOnly(m, t)}` }) },
  {
    method: 'GET',
    url: `${B}/:id/documents/:doc`,
    request: async (m, t) => ({ url: `${B}/${await readOnly(m, t)}/documents/thong-bao-thu-ly` }),
  },
  {
    method: 'POST',
    url: `${B}/:id/duplicates/:otherId`,
    request: async (m, t) => {
      const name = `Người trùng ${uid()}`;
      const first = await petitionAt(m, t, 'received', { representativeName: name });
      const second = await petitionAt(m, t, 'received', { representativeName: name });
      return { url: `${B}/${second}/duplicates/${first}`, payload: { decision: 'dismiss' } };
    },
  },
  step('screen', 'received', (m) => ({ on: on(m), competence: 'own' })),
  step('accept', 'screened', (m) => ({ on: on(m) })),
  step('transfer', 'received', (m) => ({ on: on(m), toBody: 'Ủy ban nhân dân tỉnh' })),
  step('guide', 'received', (m) => ({ on: on(m), toBody: 'Tòa án nhân dân khu vực' })),
  step('file', 'received', (m) => ({ on: on(m), reason: 'Đơn trùng nội dung đã được giải quyết' })),
  step('verify', 'accepted', (m) => ({ on: on(m), note: 'Xác minh thực địa' })),
  step('dialogue', 'accepted', (m) => ({ on: on(m), note: 'Đối thoại với người khiếu nại' })),
  step('extend', 'accepted', (m) => ({ on: on(m), reason: 'Vụ việc phức tạp' })),
  step('suspend', 'accepted', (m) => ({ on: on(m), reason: 'Chờ kết quả giám định' })),
  step('resume', 'suspended', (m) => ({ on: on(m) })),
  step('decide', 'accepted', (m) => ({ on: on(m), number: '2/QĐ-UBND', summary: 'Nội dung quyết định' })),
  step('send-result', 'decided', (m) => ({ on: on(m) })),
  step('close', 'result_sent', (m) => ({ on: on(m) })),
  step('assign', 'accepted', async (m, t) => ({ handlerId: await handlerAt(m, t) })),
];
