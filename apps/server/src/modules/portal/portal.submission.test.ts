/**
 * The public portal through HTTP, on PGlite and PostgreSQL: the lookup code; a citizen sends a petition
 * (it lands in the unit's register with channel 'portal' and a running deadline); a solved challenge
 * counts once; a denunciation's identity goes to the vault only.
 */
import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { formatLookupCode, lookupCodeFromBytes, LOOKUP_CODE_BITS, parseLookupCode } from '@danvan/domain';
import { json, uid } from '../../../test/factories.ts';
import { vaultIdentities } from '../../db/schema/vault.ts';
import { portalSubmissions } from '../../db/schema/portal.ts';
import { freshIp, P, post, solvedPayload, submissionBody } from './portal.test-helpers.ts';
import {
  env,
  get,
  head,
  officer,
  p,
  S,
  setupPortal,
  siblingOfficer,
  submit,
  submitted,
} from './portal.fixture.ts';

setupPortal();

describe('the lookup code', () => {
  it('has at least 128 bits of randomness, groups of four, and reads back', () => {
    expect(LOOKUP_CODE_BITS).toBeGreaterThanOrEqual(128);
    const code = lookupCodeFromBytes(new Uint8Array(17).fill(0xa5));
    expect(formatLookupCode(code)).toMatch(/^([0-9A-Z]{4}-){6}[0-9A-Z]{4}$/);
    expect(parseLookupCode(formatLookupCode(code).toLowerCase())).toEqual({ ok: true, code });
  });
});

describe('sending a petition through the portal', () => {
  it('lands in the unit register with channel portal and a running deadline; the receipt names no one', async () => {
    const { receipt, petitionId } = await submitted({
      contact: { fullName: 'Lê Thị Hồng Nhung', phone: '0987 123 456', address: 'Thôn Đông' },
    });
    expect(receipt.code).toMatch(/^([0-9A-Z]{4}-){6}[0-9A-Z]{4}$/);
    expect(receipt.unitName).toBe(p.communeA.name);
    expect(receipt.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(receipt.notice).toMatch(/một lần/);
    expect(JSON.stringify(receipt)).not.toMatch(/Nhung|0987/);
    const res = await get(officer, `/api/v1/petitions/${petitionId}`);
    expect(res.statusCode, res.body).toBe(200);
    const pet = json(res);
    expect(pet).toMatchObject({
      channel: 'portal',
      kind: 'phan_anh',
      status: 'received',
      unitId: p.communeA.id,
    });
    expect(pet.dueDate).toBe(receipt.dueDate);
    expect(pet.representativeName).toBe('Lê Thị Hồng Nhung');
    expect(pet.timeline[0]).toMatchObject({ step: 'receive', actorName: 'Người dân (qua Cổng thông tin)' });
    // the code is stored only as a hash; the consent with its version and time
    const [row] = await env.database.db
      .select()
      .from(portalSubmissions)
      .where(eq(portalSubmissions.petitionId, petitionId));
    expect(row.codeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(
      parseLookupCode(receipt.code).ok && receipt.code.replace(/-/g, ''),
    );
    expect(row.consentVersion).toBe('2026-01-01.1');
    expect(row.consentAt).toBeInstanceOf(Date);
  });

  it('refuses without consent, with an outdated consent text, without a contact, to an unknown unit', async () => {
    const ip = freshIp();
    const no = await post(
      env,
      `${P}/submissions`,
      submissionBody(p.communeA.id, 'x', { consent: { accepted: false, version: 'v' } }),
      ip,
    );
    expect(no.statusCode).toBe(400);
    expect(json(no).detail).toMatch(/đồng ý/);
    const old = await submit({ consent: { accepted: true, version: '2020-01-01' } });
    expect(old.statusCode).toBe(409);
    expect(json(old).detail).toMatch(/cập nhật/);
    const noContact = await post(
      env,
      `${P}/submissions`,
      submissionBody(p.communeA.id, 'x', { contact: { fullName: 'Nguyễn Văn A' } }),
    );
    expect(noContact.statusCode).toBe(400);
    expect(json(noContact).detail).toMatch(/số điện thoại hoặc thư điện tử/);
    const altcha = await solvedPayload(env);
    const unknown = await post(env, `${P}/submissions`, submissionBody(2_000_000_000, altcha));
    expect(unknown.statusCode).toBe(404);
  });

  it('a solved challenge counts once; a forged or missing one is refused', async () => {
    const ip = freshIp();
    const altcha = await solvedPayload(env, ip);
    const first = await post(env, `${P}/submissions`, submissionBody(p.communeA.id, altcha), ip);
    expect(first.statusCode, first.body).toBe(201);
    const again = await post(env, `${P}/submissions`, submissionBody(p.communeA.id, altcha), ip);
    expect(again.statusCode).toBe(409);
    expect(json(again).detail).toMatch(/đã được dùng/);
    const forged = JSON.parse(Buffer.from(altcha, 'base64').toString());
    forged.challenge.parameters.cost = 2;
    const f = await post(
      env,
      `${P}/submissions`,
      submissionBody(p.communeA.id, Buffer.from(JSON.stringify(forged)).toString('base64')),
    );
    expect(f.statusCode).toBe(400);
    expect(json(f).errors[0].path).toBe('altcha');
    const test = Buffer.from(JSON.stringify({ challenge: null, solution: null, test: true })).toString(
      'base64',
    );
    expect((await post(env, `${P}/submissions`, submissionBody(p.communeA.id, test))).statusCode).toBe(400);
  });

  it('files go through the staff checks and are read by the unit', async () => {
    const { receipt, petitionId } = await submitted();
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const send = (code: string, name: string, content: Buffer) => {
      const b = 'portalboundary';
      const payload = Buffer.concat([
        Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="code"\r\n\r\n${code}\r\n`),
        Buffer.from(
          `--${b}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: image/png\r\n\r\n`,
        ),
        content,
        Buffer.from(`\r\n--${b}--\r\n`),
      ]);
      return env.app.inject({
        method: 'POST',
        url: `${P}/submissions/files`,
        payload,
        headers: { 'content-type': `multipart/form-data; boundary=${b}` },
        remoteAddress: freshIp(),
      });
    };
    const ok = await send(receipt.code, 'hien-truong.png', png);
    expect(ok.statusCode, ok.body).toBe(201);
    expect(json(ok)).toMatchObject({ name: 'hien-truong.png', mime: 'image/png', count: 1, remaining: 4 });
    const exe = await send(receipt.code, 'a.png', Buffer.from('MZ\x90\x00'));
    expect(exe.statusCode).toBe(415);
    const wrong = await send(formatLookupCode(lookupCodeFromBytes(new Uint8Array(17).fill(7))), 'b.png', png);
    expect(wrong.statusCode).toBe(404);
    const files = await get(officer, `/api/v1/files?entity=petition_portal&entityId=${petitionId}`);
    expect(files.statusCode, files.body).toBe(200);
    expect(json(files).items.map((f: { originalName: string }) => f.originalName)).toEqual([
      'hien-truong.png',
    ]);
    const sibling = await get(siblingOfficer, `/api/v1/files?entity=petition_portal&entityId=${petitionId}`);
    expect(sibling.statusCode).toBe(404);
  });
});

describe('a denunciation from the portal', () => {
  it('seals the identity in the vault; no public answer and no register shows it', async () => {
    const name = `Phạm Quốc Bảo ${uid()}`;
    const { receipt, petitionId } = await submitted({
      kind: 'to_cao',
      field: 'tham_nhung',
      subject: 'Tố cáo cán bộ địa chính nhận tiền khi làm thủ tục',
      content:
        'Tôi tố cáo cán bộ địa chính xã yêu cầu nộp thêm tiền ngoài quy định khi làm thủ tục cấp giấy chứng nhận.',
      contact: { fullName: name, phone: '0911222333', email: 'bao.tocao@example.vn', address: 'Thôn Tây' },
    });
    const vault = await env.database.db
      .select()
      .from(vaultIdentities)
      .where(and(eq(vaultIdentities.kind, 'petition'), eq(vaultIdentities.ownerId, petitionId)));
    expect(vault).toHaveLength(1);
    expect(vault[0].mode).toBe('sealed');
    expect(JSON.stringify(vault[0])).not.toContain(name);
    const [sub] = await env.database.db
      .select()
      .from(portalSubmissions)
      .where(eq(portalSubmissions.petitionId, petitionId));
    expect(sub.contactPhone).toBeNull();
    expect(sub.contactEmail).toBeNull();
    const lookup = await post(env, `${P}/lookup`, { code: receipt.code });
    expect(lookup.statusCode).toBe(200);
    for (const body of [JSON.stringify(receipt), lookup.body]) {
      expect(body).not.toContain(name);
      expect(body).not.toContain('0911222333');
      expect(body).not.toContain('bao.tocao');
    }
    for (const u of [officer, head]) {
      const detail = await get(u, `/api/v1/petitions/${petitionId}`);
      expect(detail.statusCode).toBe(200);
      expect(json(detail).representativeName).toBeNull();
      expect(json(detail).identity).toMatchObject({ mode: 'sealed' });
      const list = await get(u, `/api/v1/petitions?unitId=${p.communeA.id}&pageSize=500`);
      expect(list.body).not.toContain(name);
      expect(detail.body).not.toContain(name);
      expect(detail.body).not.toContain('0911222333');
    }
    // never published
    const info = json(await get(head, `${S}/petitions/${petitionId}/publication`));
    expect(info.can.publish).toBe(false);
    expect(info.refusal).toMatch(/tố cáo/);
  });
});
