import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, uid } from '../../../test/factories.ts';
import { B, petitionsWorld, type PetitionsWorld } from './petitions.test-helpers.ts';

let w: PetitionsWorld;
const CANARY = `Hoàng Canary ${uid()}`;
const CANARY_ID = `0790${Math.floor(Math.random() * 1e8)}`;

beforeAll(async () => {
  w = await petitionsWorld();
  w.env.clock.set('2026-10-20T03:00:00Z');
});
afterAll(() => w.env.clock.reset());

async function docText(buf: Buffer) {
  const zip = await JSZip.loadAsync(buf);
  return (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
}

describe('a tố cáo: the denouncer in the vault, the case protected from other roles', () => {
  let id: number;
  it('seals the identity and keeps no name on the petition', async () => {
    const [p] = await w.create(w.officer, {
      kinds: ['to_cao'],
      field: 'tham_nhung',
      petitionersCount: 1,
      representativeName: null,
      idNumber: null,
      identity: { fullName: CANARY, idNumber: CANARY_ID, address: 'Thôn Tây' },
      subject: `Tố cáo cán bộ địa chính ${uid()}`,
      content: 'Cán bộ địa chính yêu cầu nộp tiền ngoài quy định.',
      receivedOn: '2026-10-01',
    });
    id = p.id;
    expect(p.identity).toMatchObject({ mode: 'sealed' });
    expect(JSON.stringify(p)).not.toContain(CANARY);
    const a = await w.step(w.officer, id, 'accept', { on: '2026-10-05', handlerId: w.handler.id });
    expect(a.statusCode, a.body).toBe(200);
  });

  it('shows the content to the handler and the head, protected to everyone else', async () => {
    for (const u of [w.handler, w.head]) {
      const b = json(await w.send(u, 'GET', `${B}/${id}`));
      expect(b.protected).toBe(false);
      expect(b.content).toContain('nộp tiền');
    }
    expect(json(await w.send(w.handler, 'GET', `${B}/${id}`)).can.reveal).toBe(true);
    expect(json(await w.send(w.head, 'GET', `${B}/${id}`)).can.reveal).toBe(false);
    for (const u of [w.officer, w.inspector, w.coordinator]) {
      const res = await w.send(u, 'GET', `${B}/${id}`);
      expect(res.statusCode).toBe(200);
      const b = json(res);
      expect(b).toMatchObject({ protected: true, content: null, representativeName: null, documents: [] });
      expect(res.body).not.toContain(CANARY);
      expect(res.body).not.toContain('nộp tiền');
      expect((await w.send(u, 'GET', `${B}/${id}/documents/yeu-cau-xac-minh`)).statusCode).toBe(403);
    }
    // the officer who received it no longer handles it
    expect((await w.step(w.officer, id, 'verify', { on: '2026-10-06', note: 'x' })).statusCode).toBe(403);
    expect((await w.step(w.handler, id, 'verify', { on: '2026-10-06', note: 'Xác minh' })).statusCode).toBe(
      200,
    );
  });

  it('never carries the identity in the register, the export, a search or the verification request', async () => {
    for (const u of [w.officer, w.handler, w.inspector]) {
      const list = await w.send(u, 'GET', `${B}?kind=to_cao&pageSize=500`);
      expect(list.body).not.toContain(CANARY);
      expect((await w.send(u, 'GET', `${B}?q=${encodeURIComponent(CANARY)}`)).json().total).toBe(0);
      expect((await w.send(u, 'GET', `${B}?q=${CANARY_ID}`)).json().total).toBe(0);
      const x = await w.send(u, 'GET', `${B}/export.xlsx?kind=to_cao`);
      expect(x.rawPayload.toString('latin1')).not.toContain(CANARY_ID);
    }
    const doc = await w.send(w.handler, 'GET', `${B}/${id}/documents/yeu-cau-xac-minh`);
    expect(doc.statusCode).toBe(200);
    const text = await docText(doc.rawPayload);
    expect(text).toContain('Đề nghị xác minh');
    expect(text).not.toContain(CANARY);
    expect(text).not.toContain(CANARY_ID);
    expect(text).not.toContain('Thôn Tây');
  });

  it('lets the handler reveal it through the vault, and no one else', async () => {
    const r = await w.send(w.handler, 'POST', `/api/v1/vault/petition/${id}/reveal`, {
      reason: 'Cần liên hệ người tố cáo để bổ sung tài liệu',
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.body).toContain(CANARY);
    for (const u of [w.officer, w.head, w.inspector]) {
      const d = await w.send(u, 'POST', `/api/v1/vault/petition/${id}/reveal`, {
        reason: 'Xem thử thông tin người tố cáo',
      });
      expect([403, 404]).toContain(d.statusCode);
      expect(d.body).not.toContain(CANARY);
    }
  });
});
