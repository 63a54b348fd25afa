import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { readConfig, type Config } from '../../config.ts';
import { inTx } from '../../core/audit.ts';
import type { Ctx } from '../../core/context.ts';
import { NotFound } from '../../core/errors.ts';
import { inScope, scopesFor } from '../../core/scope.ts';
import { testEnv, type TestEnv } from '../../../test/harness.ts';
import {
  json,
  makeProvince,
  makeUser,
  sys,
  uid,
  type Province,
  type TestUser,
} from '../../../test/factories.ts';
import * as org from '../org/index.ts';
import {
  identityState,
  registerVaultOwner,
  rotateVaultKeys,
  sameIdentityOwners,
  sealIdentity,
  sealScan,
  type ProtectedIdentity,
} from './index.ts';
import { revealIdentity } from './identity/reveal-identity.ts';
import { devKeyFile, parseKeys } from './shared/keys.ts';
import { registerTestOwner, TEST_KIND } from './vault.test-helpers.ts';

let env: TestEnv;
let p: Province;

registerTestOwner();

/** A fresh record of the test owner: a unit under communeA. */
async function ownerUnit(parentId = p.communeA.id): Promise<number> {
  const u = await org.createUnit(sys(env), {
    code: `VT_${uid()}`,
    name: `Hồ sơ thử kho danh tính ${uid()}`,
    kind: 'public_service',
    parentId,
    validFrom: '2020-01-01',
    groups: [],
  });
  return u.id;
}

const withConfig = (config: Config): Ctx => ({ ...sys(env), config });
const keyLine = (id: string) => `${id}:${randomBytes(32).toString('base64')}`;

async function seal(
  ctx: Ctx,
  kind: string,
  ownerId: number,
  identity: ProtectedIdentity | { paperRef: string },
) {
  await inTx(ctx, (tx, c) => sealIdentity(tx, c, kind, ownerId, identity));
}

async function row(ownerId: number, kind = TEST_KIND) {
  const rows = await env.database.query<{ id: number; key_id: string; version: number }>(
    `select id, key_id, version from vault_identities where kind = $1 and owner_id = $2 and superseded_at is null`,
    [kind, ownerId],
  );
  return rows[0];
}

beforeAll(async () => {
  env = await testEnv();
  p = await makeProvince(env);
});

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

describe('key rotation', () => {
  it('old records open after a key is added; rotate re-encrypts all; the old key can then go', async () => {
    // the worker's own key (DATA_DIR/vault.key) seals the other tests' records: it stays in every ring
    // of this test, and the last step rotates everything back under it
    const dev = readFileSync(devKeyFile(env.config), 'utf8').trim();
    const a = keyLine(`ta${uid()}`);
    const b = keyLine(`tb${uid()}`);
    const cfg = (...lines: string[]) => ({ ...env.config, VAULT_KEYS: lines.join('\n') });
    const idNo = `0011${String(Date.now()).slice(-8)}`;
    const person = { fullName: 'Phạm Văn Xoay Khóa', idNumber: idNo, phone: '0933111222' };

    const onA = withConfig(cfg(dev, a));
    const x = await ownerUnit();
    await seal(onA, TEST_KIND, x, person);
    expect((await row(x)).key_id).toBe(a.split(':')[0]);
    const scanId = await inTx(onA, (tx, c) =>
      sealScan(tx, c, TEST_KIND, x, {
        fileName: 'ky.pdf',
        mime: 'application/pdf',
        bytes: Buffer.from('%PDF-1.4 ky'),
      }),
    );

    const damaged = await ownerUnit();
    await seal(onA, TEST_KIND, damaged, { fullName: 'Bản ghi bị hỏng' });
    await env.database.query(
      `update vault_identities set tag = set_byte(tag, 3, get_byte(tag, 3) # 255) where kind = $1 and owner_id = $2`,
      [TEST_KIND, damaged],
    );

    // a new key is added (last line: current); the record sealed under A still opens and matches
    const onAB = withConfig(cfg(dev, a, b));
    expect((await revealIdentity(onAB, TEST_KIND, x, 'Kiểm tra sau khi thêm khóa')).identity.fullName).toBe(
      person.fullName,
    );
    expect(await sameIdentityOwners(onAB, TEST_KIND, person)).toContain(x);
    const y = await ownerUnit();
    await seal(onAB, TEST_KIND, y, { fullName: 'Người niêm phong bằng khóa mới' });
    expect((await row(y)).key_id).toBe(b.split(':')[0]);

    // rotate: everything under B, blind indexes recomputed under B
    const result = await rotateVaultKeys(withConfig(cfg(dev, a, b)));
    expect(result.keyId).toBe(b.split(':')[0]);
    expect(result.identities).toBeGreaterThan(0);
    expect(result.scans).toBeGreaterThan(0);
    // only records that do not open stay as they are (the damaged one), listed by id
    expect(result.failed.map((f) => f.id)).toContain((await row(damaged)).id);
    expect(result.failed.every((f) => /không xác thực được|không còn trong cấu hình/.test(f.reason))).toBe(
      true,
    );
    const skipped = (t: string) => result.failed.filter((f) => f.table === t).map((f) => f.id);
    const [{ n }] = await env.database.query<{ n: number }>(
      `select (select count(*) from vault_identities where mode = 'sealed' and key_id <> $1 and id <> all($2::int[]))
            + (select count(*) from vault_scans where key_id <> $1 and id <> all($3::int[])) as n`,
      [b.split(':')[0], skipped('vault_identities'), skipped('vault_scans')],
    );
    expect(Number(n)).toBe(0);

    // A and the worker's key removed: still readable, still found by blind index
    const onB = withConfig(cfg(b));
    expect((await revealIdentity(onB, TEST_KIND, x, 'Kiểm tra sau khi bỏ khóa cũ')).scans[0]).toMatchObject({
      id: scanId,
      fileName: 'ky.pdf',
    });
    expect(await sameIdentityOwners(onB, TEST_KIND, person)).toContain(x);
    // a ring without the record's key says which key is missing, with 409
    await expect(
      revealIdentity(withConfig(cfg(a)), TEST_KIND, x, 'Kiểm tra thiếu khóa'),
    ).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining(b.split(':')[0]),
    });
    // and back under the worker's key, for the tests that follow in this worker
    await rotateVaultKeys(withConfig(cfg(b, dev)));
    expect((await row(x)).key_id).toBe(dev.split(':')[0]);
    expect(
      (await revealIdentity(sys(env), TEST_KIND, x, 'Kiểm tra sau khi xoay lại')).identity.fullName,
    ).toBe(person.fullName);
    // rotation is audited with counts, never a field
    const [audit] = await env.database.query<{ after: Record<string, unknown> }>(
      `select after from audit_log where entity = 'vault_key' and entity_id = $1`,
      [b.split(':')[0]],
    );
    expect(Object.keys(audit.after).sort()).toEqual(['failed', 'identities', 'keyId', 'scans']);
  });
});

describe('configuration', () => {
  it('production without a key is a start-up problem, unless identities stay on paper', () => {
    const base = { DATA_DIR: '/tmp/danvan-vault-cfg', NODE_ENV: 'production' };
    const r = readConfig(base as never);
    expect(r.config).toBeUndefined();
    expect(r.problems.join('\n')).toMatch(/^VAULT_KEY_FILE: chưa có khóa mã hóa danh tính người tố cáo/);
    expect(readConfig({ ...base, VAULT_MODE: 'paper' } as never).problems).toEqual([]);
    expect(readConfig({ ...base, VAULT_KEYS: keyLine('k1') } as never).problems).toEqual([]);
    // outside production no key is needed: one is made in DATA_DIR
    expect(readConfig({ DATA_DIR: '/tmp/danvan-vault-cfg' } as never).problems).toEqual([]);
  });

  it('a malformed key or key file is named by its position, never quoted', () => {
    const secret = Buffer.alloc(31, 9).toString('base64');
    const r = readConfig({ DATA_DIR: '/tmp/x', VAULT_KEYS: `${keyLine('k1')}\nk2:${secret}` } as never);
    expect(r.problems).toEqual([
      'VAULT_KEYS, khóa thứ 2 (mã k2): khóa phải là đúng 32 byte viết bằng base64 (44 ký tự).',
    ]);
    expect(r.problems.join()).not.toContain(secret);
    expect(
      parseKeys(`k1:${Buffer.alloc(32).toString('base64')}\nk1:${Buffer.alloc(32).toString('base64')}`, 'X')
        .problems,
    ).toEqual(['X, khóa thứ 2: mã khóa k1 bị lặp.']);
    const missing = readConfig({ DATA_DIR: '/tmp/x', VAULT_KEY_FILE: '/nonexistent/vault.key' } as never);
    expect(missing.problems).toEqual([
      'VAULT_KEY_FILE (/nonexistent/vault.key): không đọc được tệp khóa (không có tệp này).',
    ]);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'danvan-vault-'));
    const file = path.join(dir, 'vault.key');
    writeFileSync(file, `# khóa của danvan\n${keyLine('k2024')}\n\n${keyLine('k2025')}\n`);
    expect(
      readConfig({ DATA_DIR: dir, VAULT_KEY_FILE: file, NODE_ENV: 'production' } as never).problems,
    ).toEqual([]);
    const both = readConfig({ DATA_DIR: dir, VAULT_KEY_FILE: file, VAULT_KEYS: keyLine('k1') } as never);
    expect(both.problems[0]).toMatch(/chỉ đặt một trong hai/);
  });

  it('a key file gets a new key without a restart (the last line is current)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'danvan-vault-'));
    const file = path.join(dir, 'vault.key');
    const dev = readFileSync(devKeyFile(env.config), 'utf8').trim();
    writeFileSync(file, `${dev}\n`);
    const ctx = withConfig({ ...env.config, VAULT_KEY_FILE: file });
    const x = await ownerUnit();
    await seal(ctx, TEST_KIND, x, { fullName: 'Người tố cáo trước khi thêm khóa' });
    const added = keyLine(`tf${uid()}`);
    writeFileSync(file, `${dev}\n${added}\n`);
    const y = await ownerUnit();
    await seal(ctx, TEST_KIND, y, { fullName: 'Người tố cáo sau khi thêm khóa' });
    expect((await row(x)).key_id).toBe(dev.split(':')[0]);
    expect((await row(y)).key_id).toBe(added.split(':')[0]);
    expect((await revealIdentity(ctx, TEST_KIND, x, 'Kiểm tra tệp khóa')).identity.fullName).toMatch(/trước/);
    // back under the worker's key
    writeFileSync(file, `${added}\n${dev}\n`);
    await rotateVaultKeys(ctx);
    expect((await row(y)).key_id).toBe(dev.split(':')[0]);
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

// The canary: a protected identity with unique strings, sealed, then looked for everywhere.
describe('canary identity', () => {
  const CANARY_KIND = 'vault_canary';
  const assigned = new Map<number, number>();
  const tag = uid();
  const canary = {
    fullName: `Hoàng Canary ${tag}`,
    address: `Số 9 ngõ Canary${tag}, thôn Chim Sẻ`,
    idNumber: `0791${tag.replace(/\D/g, '7').padEnd(8, '3')}`.slice(0, 12),
    phone: `0968${String(parseInt(tag, 16) % 1e6).padStart(6, '0')}`,
    email: `canary.${tag.toLowerCase()}@example.vn`,
    notes: `Hay mặc áo Canary${tag} màu vàng`,
  };
  const scanText = `SCAN-CANARY-${tag}`;
  const scanName = `chu-ky-canary-${tag}.png`;
  const strings = [...Object.values(canary), scanText, scanName, `Canary${tag}`];

  let app: FastifyInstance;
  const lines: string[] = [];
  const bodies: { who: string; body: string }[] = [];
  let ownerId: number;
  let handler: TestUser;
  let sameUnitHandler: TestUser;
  let inspector: TestUser;
  let otherHandler: TestUser;
  let scanId: number;

  const send = async (
    who: string,
    u: TestUser | null,
    method: 'GET' | 'POST',
    url: string,
    payload?: unknown,
  ) => {
    const res = await app.inject({
      method,
      url,
      headers: u?.headers ?? {},
      ...(payload !== undefined ? { payload: payload as never } : {}),
    });
    bodies.push({ who, body: res.body });
    return res;
  };

  beforeAll(async () => {
    // like petitions: readable by petitions:read at the unit, revealed only by the assigned handler
    registerVaultOwner(CANARY_KIND, {
      async canReveal(ctx, id) {
        const unit = await org.getUnitById(ctx, id);
        if (!unit || !inScope(scopesFor(ctx.actor, 'petitions:read'), unit)) throw NotFound('Hồ sơ');
        return Boolean(ctx.actor && (ctx.actor.system || assigned.get(id) === ctx.actor.userId));
      },
      async unitId(_ctx, id) {
        return id;
      },
    });
    app = await buildApp({
      database: env.database,
      config: { ...env.config, LOG_LEVEL: 'trace' },
      clock: env.clock,
      logger: true,
      logStream: { write: (chunk: string) => void lines.push(...chunk.split('\n').filter(Boolean)) },
    });
    // the owning module's request that seals (petitions' intake), with the identity in its body
    app.post('/api/__test/vault-seal', async (req) => {
      const b = req.body as { ownerId: number; identity: ProtectedIdentity; scan: string; kind?: string };
      return inTx(req.ctx, async (tx, c) => {
        await sealIdentity(tx, c, b.kind ?? CANARY_KIND, b.ownerId, b.identity);
        const id = await sealScan(tx, c, b.kind ?? CANARY_KIND, b.ownerId, {
          fileName: scanName,
          mime: 'image/png',
          bytes: Buffer.from(b.scan, 'base64'),
        });
        return { scanId: id };
      });
    });
    await app.ready();
    ownerId = await ownerUnit();
    handler = await makeUser(env, 'denunciation_handler', p.communeA.id);
    sameUnitHandler = await makeUser(env, 'denunciation_handler', p.communeA.id);
    inspector = await makeUser(env, 'inspector', p.communeA.id);
    otherHandler = await makeUser(env, 'denunciation_handler', p.communeB.id);
    assigned.set(ownerId, handler.id);
    const payload = {
      ownerId,
      identity: canary,
      scan: Buffer.from(`\x89PNG\r\n\x1a\n${scanText}`, 'latin1').toString('base64'),
    };
    // a seal that fails (an owner kind nobody registered) is logged as an error, without the identity
    const failed = await app.inject({
      method: 'POST',
      url: '/api/__test/vault-seal',
      headers: handler.headers,
      payload: { ...payload, kind: 'vault_nobody' },
    });
    expect(failed.statusCode).toBe(500);
    const sealed = await app.inject({
      method: 'POST',
      url: '/api/__test/vault-seal',
      headers: handler.headers,
      payload,
    });
    expect(sealed.statusCode).toBe(200);
    scanId = json<{ scanId: number }>(sealed).scanId;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('only the assigned handler sees it; every other role gets the state or 403/404, and no identity', async () => {
    const B = `/api/v1/vault/${CANARY_KIND}/${ownerId}`;
    const reason = { reason: 'Xác minh nội dung tố cáo, gặp người tố cáo' };
    // the state, for everyone who reads the record: protected, no identity
    for (const [who, u] of [
      ['handler', handler],
      ['inspector', inspector],
      ['sameUnitHandler', sameUnitHandler],
    ] as const) {
      const s = await send(who, u, 'GET', B);
      expect(s.statusCode, who).toBe(200);
      expect(s.headers['cache-control']).toBe('no-store');
      expect(json(s)).toMatchObject({
        protected: true,
        mode: 'sealed',
        scanCount: 1,
        canReveal: u === handler,
      });
    }
    expect((await send('otherHandler', otherHandler, 'GET', B)).statusCode).toBe(404);
    expect((await send('anonymous', null, 'GET', B)).statusCode).toBe(401);
    // the reveal by anyone else
    expect((await send('inspector', inspector, 'POST', `${B}/reveal`, reason)).statusCode).toBe(403);
    const notAssigned = await send('sameUnitHandler', sameUnitHandler, 'POST', `${B}/reveal`, reason);
    expect(notAssigned.statusCode).toBe(403);
    expect(json(notAssigned).detail).toMatch(/Chỉ người được giao giải quyết/);
    expect((await send('otherHandler', otherHandler, 'POST', `${B}/reveal`, reason)).statusCode).toBe(404);
    expect(
      (await send('sameUnitHandler', sameUnitHandler, 'POST', `${B}/scans/${scanId}/content`, reason))
        .statusCode,
    ).toBe(403);
    // a reason too short: refused before anything is opened
    expect((await send('handler', handler, 'POST', `${B}/reveal`, { reason: 'xem' })).statusCode).toBe(400);
    // the assigned handler
    const ok = await send('allowed', handler, 'POST', `${B}/reveal`, reason);
    expect(ok.statusCode).toBe(200);
    expect(ok.headers['cache-control']).toBe('no-store');
    expect(json(ok).identity).toEqual(canary);
    expect(json(ok).scans).toEqual([
      expect.objectContaining({ id: scanId, fileName: scanName, mime: 'image/png' }),
    ]);
    const file = await send('allowed', handler, 'POST', `${B}/scans/${scanId}/content`, reason);
    expect(file.statusCode).toBe(200);
    expect(file.body).toContain(scanText);

    // the reveal is audited: reason, kind, owner; never the identity
    const audits = await env.database.query<{
      action: string;
      after: Record<string, unknown>;
      unit_id: number;
    }>(
      `select action, after, unit_id from audit_log where entity in ('vault_identity', 'vault_scan')
       and after->>'kind' = $1 and after->>'ownerId' = $2 order by id`,
      [CANARY_KIND, String(ownerId)],
    );
    expect(audits.map((a) => a.action)).toEqual(['seal', 'seal', 'reveal', 'reveal']);
    expect(audits[2].after).toEqual({ kind: CANARY_KIND, ownerId, version: 1, reason: reason.reason });
    expect(audits.every((a) => a.unit_id === ownerId)).toBe(true);
  });

  it('appears in no column of any table, no log line and no response but the allowed reveal', async () => {
    // every text-like column of every table (audit rows included), and the bytes of every bytea column
    const cols = await env.database.query<{ s: string; t: string; c: string; type: string }>(
      `select table_schema as s, table_name as t, column_name as c, data_type as type
       from information_schema.columns c
       where table_schema not in ('pg_catalog', 'information_schema')
         and exists (select 1 from information_schema.tables t where t.table_schema = c.table_schema
                     and t.table_name = c.table_name and t.table_type = 'BASE TABLE')
         and data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY', 'USER-DEFINED', 'bytea')`,
    );
    expect(cols.some((c) => c.t === 'vault_identities' && c.c === 'ciphertext')).toBe(true);
    expect(cols.some((c) => c.t === 'audit_log' && c.c === 'after')).toBe(true);
    const hits: string[] = [];
    for (const col of cols) {
      const from = `"${col.s}"."${col.t}"`;
      const c = `"${col.c}"`;
      const probe =
        col.type === 'bytea'
          ? `select count(*)::int as n from ${from} where position(convert_to($1, 'UTF8') in ${c}) > 0`
          : `select count(*)::int as n from ${from} where strpos(${c}::text, $1) > 0`;
      for (const s of strings) {
        const [{ n }] = await env.database.query<{ n: number }>(probe, [s]);
        if (n) hits.push(`${col.t}.${col.c} holds "${s}"`);
      }
    }
    expect(hits).toEqual([]);

    // the log, at trace level
    expect(lines.length).toBeGreaterThan(10);
    const log = lines.join('\n');
    for (const s of strings) expect(log, `"${s}" in the log`).not.toContain(s);

    // every response but the allowed reveal and download
    for (const { who, body } of bodies.filter((b) => b.who !== 'allowed'))
      for (const s of strings) expect(body, `"${s}" in a response to ${who}`).not.toContain(s);
    expect(bodies.filter((b) => b.who === 'allowed')).toHaveLength(2);
  });
});
