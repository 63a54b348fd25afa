/**
 * Fuzz tier (`npm test` tier "fuzz", or `npx vitest run -c test/fuzz.config.ts`): for every operation
 * of the app's OpenAPI document, generated bad requests (test/fuzz.gen.ts) sent as a province
 * administrator, a province coordinator and a commune focal officer, each logged in through the API.
 * Each answer must be a 4xx in application/problem+json with a Vietnamese `detail` (no English zod
 * text), never a 5xx, and the database must not change.
 *
 * FUZZ_PER_OP: requests per operation and actor (default 40; 'all' sends every generated case).
 * FUZZ_SEED: the seed (default 7). FUZZ_ONLY: a substring of "METHOD /path" to fuzz only some.
 */
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { testEnv, type TestEnv } from './harness.ts';
import { json, makeProvince, uid, type Province } from './factories.ts';
import { hashPassword } from '../src/core/passwords.ts';
import { roleAssignments, users } from '../src/db/schema/users.ts';
import { notifications } from '../src/db/schema/notifications.ts';
import {
  allBadRequests,
  operations,
  pick,
  Schemas,
  type BadRequest,
  type Fixture,
  type Operation,
} from './fuzz.gen.ts';
import type { Role } from '@danvan/contracts';

const PER_OP = process.env.FUZZ_PER_OP === 'all' ? Infinity : Number(process.env.FUZZ_PER_OP ?? 40);
const SEED = Number(process.env.FUZZ_SEED ?? 7);
const ONLY = process.env.FUZZ_ONLY ?? '';
const PASSWORD = 'Mật-khẩu-thử-nghiệm-2026';

let env: TestEnv;
let p: Province;
const actors: { name: string; role: Role; unitId: () => number; cookie: string; userId: number }[] = [];
const ids: Record<string, number> = {};
let ops: Operation[] = [];
let sc: Schemas;

let ipSeq = 1;
function nextIp() {
  const n = ipSeq++;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

async function call(method: string, url: string, cookie: string, payload?: unknown) {
  const res = await env.app.inject({
    method: method as never,
    url,
    headers: { cookie },
    remoteAddress: nextIp(),
    ...(payload !== undefined ? { payload: payload as never } : {}),
  });
  if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return json(res);
}

async function login(role: Role, unitId: number): Promise<{ cookie: string; userId: number }> {
  const username = `fuzz_${role}_${uid()}`.toLowerCase();
  const [u] = await env.database.db
    .insert(users)
    .values({ username, fullName: `Người thử ${role}`, passwordHash: await hashPassword(PASSWORD) })
    .returning();
  await env.database.db.insert(roleAssignments).values({ userId: u.id, role, unitId, includeSubtree: true });
  const res = await env.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    remoteAddress: nextIp(),
    payload: { username, password: PASSWORD },
  });
  expect(res.statusCode, res.body).toBe(200);
  const c = res.cookies.find((x) => x.name === 'dv_sid');
  return { cookie: `dv_sid=${c!.value}`, userId: u.id };
}

/** Row counts and a hash of every table's rows; sessions and login audit excluded (log-in writes them). */
async function snapshot(): Promise<Record<string, string>> {
  const db = env.database.db;
  const rows = (await db.execute(
    sql`select table_name as t from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  )) as unknown as { rows?: { t: string }[] } | { t: string }[];
  const tables = (Array.isArray(rows) ? rows : (rows.rows ?? [])).map((r) => r.t);
  const out: Record<string, string> = {};
  for (const t of tables) {
    if (/^sessions$|login|rate_limit/.test(t)) continue;
    const where = t === 'audit_log' ? sql.raw(`where action not like '%login%'`) : sql.raw('');
    const r = (await db.execute(
      sql`select count(*)::text || ':' || coalesce(md5(string_agg(md5(x::text), '' order by md5(x::text))), '') as h from ${sql.identifier(t)} x ${where}`,
    )) as unknown as { rows?: { h: string }[] } | { h: string }[];
    out[t] = (Array.isArray(r) ? r : (r.rows ?? []))[0].h;
  }
  return out;
}

const fixture: Fixture = (name, where, op) => {
  const path = op.path;
  if (where === 'path') {
    if (name === 'assignmentId') return ids.assignment;
    const table: [RegExp, string][] = [
      [/^\/api\/v1\/org\/units\//, 'orgUnit'],
      [/^\/api\/v1\/users\//, 'user'],
      [/^\/api\/v1\/files\//, 'file'],
      [/^\/api\/v1\/notifications\//, 'notification'],
      [/^\/api\/v1\/reporting\/templates\//, 'template'],
      [/^\/api\/v1\/reporting\/periods\//, 'period'],
      [/^\/api\/v1\/reporting\/reports\//, 'report'],
      [/^\/api\/v1\/plans\/guiding-documents\//, 'guidingDocument'],
      [/^\/api\/v1\/plans\/themes\//, 'theme'],
      [/^\/api\/v1\/plans\/movements\//, 'movement'],
      [/^\/api\/v1\/plans\/leaders\//, 'leader'],
      [/^\/api\/v1\/plans\/assignments\//, 'taskAssignment'],
      [/^\/api\/v1\/plans\/tasks\//, 'task'],
      [/^\/api\/v1\/plans\//, 'plan'],
    ];
    for (const [re, key] of table) if (re.test(path)) return ids[key];
    return 1;
  }
  if (name === 'entity') return 'plan';
  if (name === 'entityId') return ids.plan;
  if (name === 'mode') return 'preview';
  if (name === 'unitId' || name === 'ownerUnitId' || name === 'rootUnitId') return p.root.id;
  if (name === 'parentId' || name === 'newParentId') return p.root.id;
  if (name === 'planId' || name === 'parentPlanId') return ids.plan;
  if (name === 'taskId') return ids.task;
  if (name === 'templateId') return ids.template;
  if (name === 'assignmentId') return ids.assignment;
  if (name === 'actorId') return actors[0]?.userId;
  if (name === 'sourceId') return p.communeC.id;
  if (name === 'indicator') return 'fz_x';
  return undefined;
};

beforeAll(async () => {
  env = await testEnv();
  // a fixed day, so the fixture's dates are in the future; sessions live on the same clock
  env.clock.set('2026-03-16T03:00:00Z');
  p = await makeProvince(env);
  const admin = await login('admin', p.root.id);
  const coordinator = await login('coordinator', p.root.id);
  const focal = await login('focal_officer', p.communeA.id);
  actors.push(
    { name: 'quản trị tỉnh', role: 'admin', unitId: () => p.root.id, ...admin },
    { name: 'Sở Nội vụ', role: 'coordinator', unitId: () => p.root.id, ...coordinator },
    { name: 'cán bộ xã', role: 'focal_officer', unitId: () => p.communeA.id, ...focal },
  );
  const c = coordinator.cookie;
  ids.orgUnit = p.communeA.id;
  ids.user = focal.userId;
  const [ra] = await env.database.db
    .select({ id: roleAssignments.id })
    .from(roleAssignments)
    .where(sql`${roleAssignments.userId} = ${focal.userId}`);
  ids.assignment = ra.id;
  // a plan with a task, issued to the communes; a draft plan; the registers' records
  const plan = await call('POST', '/api/v1/plans', c, {
    unitId: p.root.id,
    year: 2026,
    title: 'Kế hoạch thử nghiệm fuzz',
    sections: [
      { number: 'I', title: 'MỤC ĐÍCH', body: 'Mục đích.' },
      { number: 'II', title: 'NỘI DUNG', body: 'Nội dung.' },
      { number: 'III', title: 'TỔ CHỨC THỰC HIỆN', body: 'Tổ chức.' },
    ],
    purposes: ['Mục đích'],
    signerAuthority: 'KT. CHỦ TỊCH',
    signerPosition: 'PHÓ CHỦ TỊCH',
    signerName: 'Nguyễn Văn An',
    numberSymbol: `01/KH-${p.suffix}`,
  });
  const task = await call('POST', `/api/v1/plans/${plan.id}/tasks`, c, {
    title: 'Nhiệm vụ thử',
    assignTo: { groups: ['khoi_xa'], kinds: [], unitIds: [] },
    dueDate: '2026-11-30',
  });
  await call('POST', `/api/v1/plans/${plan.id}/issue`, c, {});
  const draft = await call('POST', '/api/v1/plans', c, {
    unitId: p.root.id,
    year: 2026,
    title: 'Dự thảo fuzz',
  });
  const draftTask = await call('POST', `/api/v1/plans/${draft.id}/tasks`, c, {
    title: 'Nhiệm vụ dự thảo',
    assignTo: { groups: [], kinds: [], unitIds: [p.communeA.id] },
    dueDate: '2026-10-31',
  });
  ids.plan = draft.id;
  ids.issuedPlan = plan.id;
  ids.task = draftTask.id;
  ids.issuedTask = task.id;
  const mine = await call('GET', `/api/v1/plans/my-tasks?unitId=${p.communeA.id}&state=all`, focal.cookie);
  ids.taskAssignment = mine.items[0].id;
  ids.guidingDocument = (
    await call('POST', '/api/v1/plans/guiding-documents', c, {
      unitId: p.root.id,
      numberSymbol: `12/CT-${p.suffix}`,
      issuedOn: '2026-01-05',
      issuer: 'Ủy ban nhân dân tỉnh',
      kind: 'chi_thi',
      title: 'Chỉ thị thử',
    })
  ).id;
  ids.theme = (
    await call('POST', '/api/v1/plans/themes', c, { unitId: p.root.id, year: 2026, name: 'Chủ đề thử' })
  ).id;
  ids.movement = (
    await call('POST', '/api/v1/plans/movements', c, {
      unitId: p.root.id,
      code: `fz_${p.suffix.toLowerCase()}`,
      name: 'Phong trào thử',
      kind: 'phong_trao',
    })
  ).id;
  ids.leader = (
    await call('POST', '/api/v1/plans/leaders', c, {
      unitId: p.root.id,
      leaderName: 'Trần Văn Bình',
      position: 'Phó Chủ tịch',
      fromDate: '2026-01-01',
      decisionNumber: `5/QĐ-${p.suffix}`,
      decisionDate: '2026-01-01',
    })
  ).id;
  // reporting: the built-in template, a period, the commune's report
  const templates = await call('GET', '/api/v1/reporting/templates', c);
  ids.template = templates.items.find((t: { builtin: boolean }) => t.builtin).id;
  const period = await call('POST', '/api/v1/reporting/periods', c, {
    templateId: ids.template,
    rootUnitId: p.root.id,
    kind: 'annual',
    year: 2026,
    deadlines: [{ level: 'unit', deadline: '2026-12-15' }],
    requiredGroups: ['khoi_xa'],
  });
  ids.period = period.id;
  ids.report = (
    await call('POST', `/api/v1/reporting/periods/${period.id}/reports`, focal.cookie, {
      unitId: p.communeA.id,
    })
  ).id;
  // a file on the draft plan and a notification for each actor
  const boundary = 'fzb';
  const up = await env.app.inject({
    method: 'POST',
    url: `/api/v1/files?entity=plan&entityId=${draft.id}`,
    headers: { cookie: c, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
  });
  expect(up.statusCode, up.body).toBe(201);
  ids.file = json(up).id;
  const [n] = await env.database.db
    .insert(notifications)
    .values({ userId: focal.userId, kind: 'fuzz', title: 'Thông báo thử', body: 'Nội dung' } as never)
    .returning();
  ids.notification = n.id;

  const doc = env.app.swagger() as never as Parameters<typeof operations>[0] & {
    components?: { schemas?: Record<string, never> };
  };
  sc = new Schemas(doc.components?.schemas ?? {});
  ops = operations(doc).filter(
    (o) => o.path.startsWith('/api/v1/') && `${o.method} ${o.path}`.includes(ONLY),
  );
}, 300_000);

/** Vietnamese letters with diacritics (and đ): a message in Vietnamese has some. */
const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ]/i;
const ENGLISH =
  /\b(Expected|Invalid input|Required|received|must be|is not|Unexpected|Bad Request|Not Found|Internal Server Error|Unsupported|too (big|small))\b/;

interface Finding {
  op: string;
  actor: string;
  why: string;
  url: string;
  status: number;
  problem: string;
}

describe('fuzz tier: bad input gives a Vietnamese 4xx and changes nothing', () => {
  it('every operation of the OpenAPI document', async () => {
    const started = Date.now();
    const findings: Finding[] = [];
    let count = 0;
    // the whole document has well over a hundred operations; FUZZ_ONLY narrows it to a few
    if (ONLY) expect(ops.length, `operations matching FUZZ_ONLY=${ONLY}`).toBeGreaterThan(0);
    else expect(ops.length).toBeGreaterThan(90);
    for (const [i, op] of ops.entries()) {
      const name = `${op.method} ${op.path}`;
      const before = await snapshot();
      for (const [a, actor] of actors.entries()) {
        const cases = pick(allBadRequests(sc, op, fixture, SEED + i), PER_OP, SEED + i * 7 + a);
        for (const r of cases) {
          count++;
          const res = await env.app.inject({
            method: r.method as never,
            url: r.url,
            headers: { ...r.headers, cookie: actor.cookie },
            remoteAddress: nextIp(),
            ...(r.payload !== undefined ? { payload: r.payload } : {}),
          });
          const problem = check(r, res);
          if (problem)
            findings.push({
              op: name,
              actor: actor.name,
              why: r.why,
              url: r.url.slice(0, 160),
              status: res.statusCode,
              problem,
            });
        }
      }
      // a bad request must not end the session either
      for (const actor of actors) {
        const me = await env.app.inject({
          method: 'GET',
          url: '/api/v1/auth/me',
          headers: { cookie: actor.cookie },
        });
        if (me.statusCode !== 200) {
          findings.push({
            op: name,
            actor: actor.name,
            why: 'mất phiên đăng nhập',
            url: '',
            status: me.statusCode,
            problem: me.body.slice(0, 200),
          });
          Object.assign(actor, await login(actor.role, actor.unitId()));
        }
      }
      const after = await snapshot();
      const changed = Object.keys(after).filter((t) => after[t] !== before[t]);
      if (changed.length)
        findings.push({
          op: name,
          actor: '*',
          why: 'cơ sở dữ liệu thay đổi',
          url: '',
          status: 0,
          problem: `bảng đổi: ${changed.join(', ')}`,
        });
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `fuzz: ${count} yêu cầu trên ${ops.length} thao tác × ${actors.length} vai trò trong ${seconds} s (FUZZ_PER_OP=${process.env.FUZZ_PER_OP ?? 40}, FUZZ_SEED=${SEED})`,
    );
    if (findings.length) {
      const byKey = new Map<string, Finding & { n: number }>();
      for (const f of findings) {
        const k = `${f.op} | ${f.status} | ${f.problem.slice(0, 80)}`;
        const e = byKey.get(k);
        if (e) e.n++;
        else byKey.set(k, { ...f, n: 1 });
      }
      console.log(
        [...byKey.values()]
          .map((f) => `${f.op} [${f.actor}] ${f.why} → ${f.status}: ${f.problem} (${f.n}×) ${f.url}`)
          .join('\n'),
      );
    }
    expect(findings.length, `${findings.length} phát hiện`).toBe(0);
  }, 900_000);
});

function check(
  r: BadRequest,
  res: { statusCode: number; headers: Record<string, unknown>; body: string },
): string | null {
  if (res.statusCode >= 500) return `5xx: ${res.body.slice(0, 300)}`;
  if (res.statusCode < 400)
    return r.validForm ? null : `chấp nhận yêu cầu sai (${res.statusCode}): ${res.body.slice(0, 200)}`;
  const ct = String(res.headers['content-type'] ?? '');
  if (!ct.startsWith('application/problem+json'))
    return `không phải problem+json (${ct}): ${res.body.slice(0, 200)}`;
  let detail = '';
  try {
    detail = String(JSON.parse(res.body).detail ?? '');
  } catch {
    return `thân không phải JSON: ${res.body.slice(0, 200)}`;
  }
  if (!VIETNAMESE.test(detail)) return `detail không phải tiếng Việt: ${detail.slice(0, 200)}`;
  if (ENGLISH.test(detail)) return `detail có tiếng Anh: ${detail.slice(0, 200)}`;
  return null;
}
