/// <reference types="vite/client" />
import { expect } from 'vitest';
import { ROLES, permissionsOfRole, type Role } from '@danvan/contracts';
import { testEnv, type TestEnv } from './harness.ts';
import { makeProvince, makeUser, type Province, type TestUser } from './factories.ts';
import type { BuiltRequest, MatrixContext, MatrixRow, Target } from './access-matrix.types.ts';

// Every module lists its routes' rows in src/modules/<name>/<name>.matrix.ts.
const modules = import.meta.glob<{ rows: MatrixRow[] }>('../src/modules/*/*.matrix.ts', { eager: true });
const rows: MatrixRow[] = Object.values(modules).flatMap((m) => m.rows);
const TARGETS: Target[] = ['own', 'sibling', 'parent'];

let env: TestEnv;
let p: Province;
const users = new Map<Role, TestUser>();
const rootUsers = new Map<Role, TestUser>();
let m: MatrixContext;
let world: Promise<void> | null = null;

/**
 * The matrix's province and one user per role at its commune and at its root, built once per worker:
 * the shards sharing a worker (isolate: false) share it, as the rows' own caches of records made for
 * a target (e.g. legal.matrix.ts) assume one province.
 */
export function matrixWorld(): Promise<void> {
  world ??= build();
  return world;
}

async function build() {
  env = await testEnv();
  p = await makeProvince(env);
  for (const role of ROLES)
    users.set(role, await makeUser(env, role, p.communeA.id, { includeSubtree: true }));
  for (const role of ROLES)
    rootUsers.set(role, await makeUser(env, role, p.root.id, { includeSubtree: true }));
  m = {
    env,
    p,
    unitId: (t) => (t === 'own' ? p.communeA.id : t === 'sibling' ? p.communeB.id : p.root.id),
    as: (role) => users.get(role)!.headers,
    asRoot: (role = 'admin') => rootUsers.get(role)!.headers,
  };
}

function multipart(file: { name: string; content: Buffer }) {
  const boundary = 'matrix' + Math.random().toString(16).slice(2);
  return {
    payload: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      file.content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

let seq = 1;
async function send(row: MatrixRow, built: BuiltRequest, headers: Record<string, string>) {
  // A fresh loopback address per request: the matrix checks authorisation, not the login rate limit
  // (which auth.test.ts checks), and files sharing a worker must not exhaust it for each other.
  const remoteAddress = `127.${(seq >> 16) & 255}.${(seq >> 8) & 255}.${seq++ & 255}`;
  const base = {
    method: row.method,
    url: built.url,
    remoteAddress,
    headers: { ...headers } as Record<string, string>,
  };
  if (built.file) {
    const mp = multipart(built.file);
    return env.app.inject({
      ...base,
      headers: { ...base.headers, 'content-type': mp.contentType },
      payload: mp.payload,
    });
  }
  return env.app.inject({
    ...base,
    ...(built.payload !== undefined ? { payload: built.payload as never } : {}),
  });
}

function allowedRole(row: MatrixRow, access: string, role: Role): boolean {
  if (row.allowedRoles) return row.allowedRoles.includes(role);
  if (access === 'authenticated' || access === 'public') return true;
  return (permissionsOfRole(role) as readonly string[]).includes(access);
}

/** Every registered route has a row, and no row names a route that does not exist. */
export function checkCoverage() {
  const registered = env.app.routeTable.map((r) => `${r.method} ${r.url}`);
  const covered = new Set(rows.map((r) => `${r.method} ${r.url}`));
  expect(
    registered.filter((r) => !covered.has(r)),
    'routes without a matrix row',
  ).toEqual([]);
  expect(
    [...covered].filter((r) => !registered.includes(r)),
    'rows for unknown routes',
  ).toEqual([]);
}

/**
 * Every route of shard `shard` (of `shards`: the routes are dealt out in turn, so the shards' files
 * run side by side on the workers), every role, on its own unit, a sibling and the parent.
 */
export async function checkShard(shard: number, shards: number) {
  const failures: string[] = [];
  // MATRIX_ONLY=/api/v1/petitions checks only the routes under that prefix (while building a module).
  const only = process.env.MATRIX_ONLY;
  for (const [i, route] of env.app.routeTable.entries()) {
    if (i % shards !== shard) continue;
    if (only && !route.url.startsWith(only)) continue;
    const row = rows.find((r) => r.method === route.method && r.url === route.url);
    if (!row) continue;
    const kind = row.kind ?? 'unit';
    const label = `${route.method} ${route.url}`;
    // anonymous
    if (kind !== 'public') {
      const built = await row.request(m, 'own');
      const res = await send(row, built, {});
      if (res.statusCode !== 401) failures.push(`${label} anonymous → ${res.statusCode} (expected 401)`);
    }
    for (const role of ROLES) {
      const headers = row.freshSession
        ? (await makeUser(env, role, p.communeA.id)).headers
        : users.get(role)!.headers;
      const may = allowedRole(row, route.access, role);
      const targets: Target[] = kind === 'self' || kind === 'public' ? ['own'] : TARGETS;
      for (const target of targets) {
        const built = await row.request(m, target);
        const res = await send(row, built, headers);
        const s = res.statusCode;
        const ok = (s >= 200 && s < 300) || (row.okStatuses ?? []).includes(s);
        const where = `${label} as ${role} on ${target} → ${s}`;
        if (kind === 'self' || kind === 'public') {
          if (!ok) failures.push(`${where} (expected allowed) ${res.body.slice(0, 200)}`);
        } else if (kind === 'list') {
          if (!may) {
            if (s !== 403) failures.push(`${where} (expected 403)`);
          } else if (!ok) failures.push(`${where} (expected 2xx) ${res.body.slice(0, 200)}`);
          else if (row.visible) {
            const seen = row.visible(JSON.parse(res.body), m, target, built);
            if (target === 'own' && !seen) failures.push(`${where}: own record not listed`);
            if (target !== 'own' && seen) failures.push(`${where}: ${target} record leaked into the list`);
          }
        } else {
          const expectAllowed = may && target === 'own';
          if (expectAllowed && (!ok || [401, 403, 404].includes(s)))
            failures.push(`${where} (expected allowed) ${res.body.slice(0, 200)}`);
          if (!expectAllowed && s < 400) failures.push(`${where} (expected 403/404)`);
          else if (!expectAllowed && !(row.deniedStatuses ?? [403, 404]).includes(s))
            failures.push(`${where} (expected 403/404)`);
        }
      }
    }
  }
  expect(failures).toEqual([]);
}
