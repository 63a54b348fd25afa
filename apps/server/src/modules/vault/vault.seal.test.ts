/** The vault: sealing and revealing an identity and its scans, and paper mode (VAULT_MODE=paper). */
import { describe, expect, it } from 'vitest';
import { inTx } from '../../core/audit.ts';
import { json, makeUser, sys, uid } from '../../../test/factories.ts';
import { identityState, sameIdentityOwners, sealIdentity, sealScan } from './index.ts';
import { revealIdentity } from './identity/reveal-identity.ts';
import { TEST_KIND } from './vault.test-helpers.ts';
import { env, ownerUnit, p, row, seal, setupVault, withConfig } from './vault.fixture.ts';

setupVault();

describe('sealing and revealing', () => {
  it('round-trips an identity; the stored row holds ciphertext only, with its IV, tag and key id', async () => {
    const ownerId = await ownerUnit();
    const name = `Trần Văn Kín ${uid()}`;
    await seal(sys(env), TEST_KIND, ownerId, { fullName: name, address: 'Thôn 3', phone: '0912 345 678' });
    const r = await revealIdentity(sys(env), TEST_KIND, ownerId, 'Xác minh nội dung tố cáo');
    expect(r.identity).toEqual({
      fullName: name,
      address: 'Thôn 3',
      idNumber: null,
      phone: '0912 345 678',
      email: null,
      notes: null,
    });
    const [stored] = await env.database.query<{ iv: Buffer; tag: Buffer; key_id: string; ct: string }>(
      `select iv, tag, key_id, encode(ciphertext, 'escape') as ct from vault_identities where owner_id = $1 and kind = $2`,
      [ownerId, TEST_KIND],
    );
    expect(Buffer.from(stored.iv).length).toBe(12);
    expect(Buffer.from(stored.tag).length).toBe(16);
    expect(stored.key_id).toMatch(/^k\d{14}$/);
    expect(stored.ct).not.toContain('Kín');

    const state = await identityState(sys(env), TEST_KIND, ownerId);
    expect(state).toMatchObject({ mode: 'sealed', paperRef: null, canReveal: true });
    expect(JSON.stringify(state)).not.toContain(name);
  });

  it('a new seal replaces the identity as a new version; the earlier one is kept, superseded', async () => {
    const ownerId = await ownerUnit();
    await seal(sys(env), TEST_KIND, ownerId, { fullName: 'Tên cũ của người tố cáo' });
    await seal(sys(env), TEST_KIND, ownerId, { fullName: 'Tên mới của người tố cáo' });
    expect((await row(ownerId)).version).toBe(2);
    const r = await revealIdentity(sys(env), TEST_KIND, ownerId, 'Xác minh nội dung tố cáo');
    expect(r.identity.fullName).toBe('Tên mới của người tố cáo');
    const [{ n }] = await env.database.query<{ n: number }>(
      `select count(*)::int as n from vault_identities where kind = $1 and owner_id = $2`,
      [TEST_KIND, ownerId],
    );
    expect(n).toBe(2);
  });

  it('a ciphertext changed by one bit is refused with 409 and a Vietnamese reason, not a 5xx', async () => {
    const ownerId = await ownerUnit();
    await seal(sys(env), TEST_KIND, ownerId, { fullName: 'Người tố cáo bị sửa' });
    await env.database.query(
      `update vault_identities set ciphertext = set_byte(ciphertext, 0, get_byte(ciphertext, 0) # 1)
       where kind = $1 and owner_id = $2`,
      [TEST_KIND, ownerId],
    );
    const handler = await makeUser(env, 'denunciation_handler', p.communeA.id);
    const res = await env.app.inject({
      method: 'POST',
      url: `/api/v1/vault/${TEST_KIND}/${ownerId}/reveal`,
      headers: handler.headers,
      payload: { reason: 'Xác minh nội dung tố cáo' },
    });
    expect(res.statusCode).toBe(409);
    expect(json(res).code).toBe('state_invalid');
    expect(json(res).detail).toMatch(/không xác thực được/);
    expect(res.body).not.toContain('Người tố cáo bị sửa');
    // and nothing was audited as revealed
    const [{ n }] = await env.database.query<{ n: number }>(
      `select count(*)::int as n from audit_log where entity = 'vault_identity' and action = 'reveal'
       and after->>'ownerId' = $1`,
      [String(ownerId)],
    );
    expect(n).toBe(0);
  });

  it('a ciphertext moved onto another record does not open there (the record is the AAD)', async () => {
    const a = await ownerUnit();
    const b = await ownerUnit();
    await seal(sys(env), TEST_KIND, a, { fullName: 'Người tố cáo của hồ sơ A' });
    await seal(sys(env), TEST_KIND, b, { fullName: 'Người tố cáo của hồ sơ B' });
    await env.database.query(
      `update vault_identities t set ciphertext = s.ciphertext, iv = s.iv, tag = s.tag, key_id = s.key_id
       from vault_identities s
       where s.kind = $1 and s.owner_id = $2 and s.superseded_at is null
         and t.kind = $1 and t.owner_id = $3 and t.superseded_at is null`,
      [TEST_KIND, a, b],
    );
    await expect(revealIdentity(sys(env), TEST_KIND, b, 'Xác minh nội dung tố cáo')).rejects.toMatchObject({
      code: 'state_invalid',
      status: 409,
    });
    expect((await revealIdentity(sys(env), TEST_KIND, a, 'Xác minh nội dung tố cáo')).identity.fullName).toBe(
      'Người tố cáo của hồ sơ A',
    );
  });

  it('finds earlier identities of the same person by blind index: name + ID number, or phone', async () => {
    const idNo = `0790${String(Date.now()).slice(-8)}`;
    const phone = `09${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    const a = await ownerUnit();
    const b = await ownerUnit();
    const c = await ownerUnit();
    await seal(sys(env), TEST_KIND, a, { fullName: 'Lê Thị Hồng Đào', idNumber: idNo });
    await seal(sys(env), TEST_KIND, b, { fullName: 'Người khác hẳn', phone });
    await seal(sys(env), TEST_KIND, c, { fullName: 'Lê Thị Hồng Đào', idNumber: '001099000001' });
    // written differently: case, diacritics, spacing, separators, +84
    const found = await sameIdentityOwners(sys(env), TEST_KIND, {
      fullName: '  le thi hong dao ',
      idNumber: `${idNo.slice(0, 4)} ${idNo.slice(4)}`,
    });
    expect(found).toContain(a);
    expect(found).not.toContain(c);
    const byPhone = await sameIdentityOwners(sys(env), TEST_KIND, {
      fullName: 'Ai đó',
      phone: `+84 ${phone.slice(1, 4)} ${phone.slice(4)}`,
    });
    expect(byPhone).toEqual([b]);
    // the index is keyed: the stored digest is not a plain hash of the value
    const [d] = await env.database.query<{ person_index: string }>(
      `select person_index from vault_identities where kind = $1 and owner_id = $2`,
      [TEST_KIND, a],
    );
    expect(d.person_index).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(d.person_index).not.toContain(idNo);
  });

  it('scans are stored encrypted in the vault, name included, and opened only with the same rule', async () => {
    const ownerId = await ownerUnit();
    const bytes = Buffer.concat([
      Buffer.from('89504e470d0a1a0a', 'hex'),
      Buffer.from(`chu ky quet ${uid()}`, 'utf8'),
    ]);
    const scanId = await inTx(sys(env), async (tx, c) => {
      await sealIdentity(tx, c, TEST_KIND, ownerId, { fullName: 'Người ký đơn' });
      return sealScan(tx, c, TEST_KIND, ownerId, {
        fileName: 'chữ-ký-người-tố-cáo.png',
        mime: 'image/png',
        bytes,
      });
    });
    const [stored] = await env.database.query<{ c: Buffer; n: Buffer }>(
      `select ciphertext as c, name_ciphertext as n from vault_scans where id = $1`,
      [scanId],
    );
    expect(Buffer.from(stored.c).includes(bytes.subarray(8))).toBe(false);
    expect(Buffer.from(stored.n).toString('utf8')).not.toContain('chữ-ký');
    const [{ n }] = await env.database.query<{ n: number }>(
      `select count(*)::int as n from files where entity like 'vault%'`,
    );
    expect(n).toBe(0);

    const handler = await makeUser(env, 'denunciation_handler', p.communeA.id);
    const noReason = await env.app.inject({
      method: 'POST',
      url: `/api/v1/vault/${TEST_KIND}/${ownerId}/scans/${scanId}/content`,
      headers: handler.headers,
      payload: { reason: 'ngắn' },
    });
    expect(noReason.statusCode).toBe(400);
    const inspector = await makeUser(env, 'inspector', p.communeA.id);
    const refused = await env.app.inject({
      method: 'POST',
      url: `/api/v1/vault/${TEST_KIND}/${ownerId}/scans/${scanId}/content`,
      headers: inspector.headers,
      payload: { reason: 'Xác minh chữ ký của người tố cáo' },
    });
    expect(refused.statusCode).toBe(403);
    const res = await env.app.inject({
      method: 'POST',
      url: `/api/v1/vault/${TEST_KIND}/${ownerId}/scans/${scanId}/content`,
      headers: handler.headers,
      payload: { reason: 'Xác minh chữ ký của người tố cáo' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-type']).toBe('image/png');
    expect(Buffer.from(res.rawPayload).equals(bytes)).toBe(true);
    expect(String(res.headers['content-disposition'])).toContain(
      encodeURIComponent('chữ-ký-người-tố-cáo.png'),
    );
    const audits = await env.database.query<{ after: Record<string, unknown> }>(
      `select after from audit_log where entity = 'vault_scan' and entity_id = $1 and action = 'reveal'`,
      [String(scanId)],
    );
    expect(audits).toHaveLength(1);
    expect(audits[0].after).toEqual({ kind: TEST_KIND, ownerId, reason: 'Xác minh chữ ký của người tố cáo' });
  });
});

describe('paper mode (VAULT_MODE=paper)', () => {
  it('takes only the paper-register reference and refuses an identity or a scan with 422', async () => {
    const paper = withConfig({ ...env.config, VAULT_MODE: 'paper' });
    const ownerId = await ownerUnit();
    await expect(seal(paper, TEST_KIND, ownerId, { fullName: 'Không được lưu' })).rejects.toMatchObject({
      code: 'rule_violation',
      status: 422,
      message: expect.stringMatching(/^Đơn vị đã chọn không lưu danh tính người tố cáo trên hệ thống/),
    });
    await expect(
      inTx(paper, (tx, c) =>
        sealScan(tx, c, TEST_KIND, ownerId, {
          fileName: 'a.png',
          mime: 'image/png',
          bytes: Buffer.from('x'),
        }),
      ),
    ).rejects.toMatchObject({ status: 422 });
    expect(await row(ownerId)).toBeUndefined();

    await seal(paper, TEST_KIND, ownerId, { paperRef: 'Sổ TC-2026/017' });
    const handler = await makeUser(env, 'denunciation_handler', p.communeA.id);
    const state = await env.app.inject({
      method: 'GET',
      url: `/api/v1/vault/${TEST_KIND}/${ownerId}`,
      headers: handler.headers,
    });
    expect(json(state)).toMatchObject({
      protected: true,
      mode: 'paper',
      paperRef: 'Sổ TC-2026/017',
      canReveal: false,
    });
    const reveal = await env.app.inject({
      method: 'POST',
      url: `/api/v1/vault/${TEST_KIND}/${ownerId}/reveal`,
      headers: handler.headers,
      payload: { reason: 'Xác minh nội dung tố cáo' },
    });
    expect(reveal.statusCode).toBe(409);
    expect(json(reveal).detail).toContain('Sổ TC-2026/017');
  });
});
