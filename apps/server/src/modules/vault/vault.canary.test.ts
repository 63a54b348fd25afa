/** The vault's canary: a protected identity looked for in every table, log line and response. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { inTx } from '../../core/audit.ts';
import { NotFound } from '../../core/errors.ts';
import { inScope, scopesFor } from '../../core/scope.ts';
import { json, makeUser, uid, type TestUser } from '../../../test/factories.ts';
import * as org from '../org/index.ts';
import { registerVaultOwner, sealIdentity, sealScan, type ProtectedIdentity } from './index.ts';
import { env, ownerUnit, p, setupVault } from './vault.fixture.ts';

setupVault();

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
