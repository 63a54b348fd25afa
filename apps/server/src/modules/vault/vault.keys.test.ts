/** The vault's keys: rotation, and the configuration of the keys (VAULT_KEYS, VAULT_KEY_FILE). */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../config.ts';
import { inTx } from '../../core/audit.ts';
import { sys, uid } from '../../../test/factories.ts';
import { rotateVaultKeys, sameIdentityOwners, sealScan } from './index.ts';
import { revealIdentity } from './identity/reveal-identity.ts';
import { devKeyFile, parseKeys } from './shared/keys.ts';
import { TEST_KIND } from './vault.test-helpers.ts';
import { env, keyLine, ownerUnit, row, seal, setupVault, withConfig } from './vault.fixture.ts';

setupVault();

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
