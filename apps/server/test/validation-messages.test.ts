/**
 * Validation messages name the field by its Vietnamese label and say what to do (issue 7, item 11):
 * no field key ("narratives.II.1", "signerName", "deadlines"), no English, numbers in Vietnamese
 * format, each message once. `errors[].path` stays machine-readable and `errors[].label` names it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as contracts from '@danvan/contracts';
import { fieldLabel } from '@danvan/contracts';
import { z } from 'zod';
import { testEnv, type TestEnv } from './harness.ts';
import { json, makeProvince, makeUser, type Province, type TestUser } from './factories.ts';

let env: TestEnv;
let p: Province;
let admin: TestUser;
let coord: TestUser;

const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ]/i;
const ENGLISH =
  /\b(Expected|Invalid|Required|received|must|string|number|array|object|boolean|undefined|too (big|small))\b/i;
/** A JSON key (camelCase or dotted path) in the text shown to a user. */
const FIELD_KEY =
  /\b(fullName|username|signerName|signerPosition|narratives|deadlines|deadline|cutoffDate|toDate|fromDate|entityId|entity|pageSize|newPassword|templateId|rootUnitId|unitId|name|title|code)\b|\b[a-z]+[A-Z]\w*\b|\b[a-z][a-zA-Z]*\.\d/;

interface Problem {
  status: number;
  code: string;
  detail: string;
  errors?: { path: string; label?: string; message: string }[];
}

async function send(u: TestUser, method: string, url: string, body?: unknown) {
  return env.app.inject({
    method: method as never,
    url,
    headers: u.headers,
    ...(body === undefined ? {} : { payload: body as never }),
  });
}

/** The problem of a 4xx answer, checked: Vietnamese, no field key, no English, no repeated message. */
function problemOf(res: { statusCode: number; body: string }, status = 400): Problem {
  expect(res.statusCode, res.body).toBe(status);
  const pr = json<Problem>(res);
  expect(pr.detail).toMatch(VIETNAMESE);
  expect(pr.detail, pr.detail).not.toMatch(ENGLISH);
  expect(pr.detail, pr.detail).not.toMatch(FIELD_KEY);
  const sentences = pr.detail.split(/(?<=\.)\s+/).filter(Boolean);
  expect(new Set(sentences).size, pr.detail).toBe(sentences.length);
  const errors = pr.errors ?? [];
  const keys = errors.map((e) => `${e.path}|${e.message}`);
  expect(new Set(keys).size, JSON.stringify(errors)).toBe(keys.length);
  for (const e of errors) {
    expect(e.message, e.message).not.toMatch(ENGLISH);
    expect(e.message, e.message).not.toMatch(FIELD_KEY);
    if (e.label) expect(e.label, e.label).not.toMatch(FIELD_KEY);
  }
  return pr;
}

beforeAll(async () => {
  env = await testEnv();
  p = await makeProvince(env);
  admin = await makeUser(env, 'admin', p.root.id);
  coord = await makeUser(env, 'coordinator', p.root.id);
});

describe('validation messages name the field in Vietnamese', () => {
  it('users: an empty name names "Họ và tên" and says what to do', async () => {
    const pr = problemOf(
      await send(admin, 'POST', '/api/v1/users', {
        username: 'nguoi_moi_1',
        fullName: '',
        password: 'Mật-khẩu-đủ-dài-2026',
      }),
    );
    expect(pr.detail).toContain('Họ và tên: ');
    const e = pr.errors!.find((x) => x.path === 'fullName');
    expect(e?.label).toBe('Họ và tên');
    expect(e?.message).toMatch(/^Họ và tên: .+\.$/);
  });

  it('reporting: an over-long narrative names the section, the limit in Vietnamese format', async () => {
    const pr = problemOf(
      await send(admin, 'PATCH', '/api/v1/reporting/reports/1', {
        narratives: { 'II.1': 'a'.repeat(100_001) },
      }),
    );
    expect(pr.detail).toBe('Nội dung mục II.1: tối đa 100.000 ký tự.');
    expect(pr.errors).toEqual([
      {
        path: 'narratives.II.1',
        label: 'Nội dung mục II.1',
        message: 'Nội dung mục II.1: tối đa 100.000 ký tự.',
      },
    ]);
  });

  it('plans: a bad signer name and bad list rows name the field and the row', async () => {
    const pr = problemOf(
      await send(admin, 'POST', '/api/v1/plans', {
        unitId: p.root.id,
        year: 2026,
        title: 'Kế hoạch công tác dân vận năm 2026',
        signerName: 'x'.repeat(201),
        purposes: ['Mục đích một', 7],
        sections: [
          { number: 'I', title: 'Mục đích', body: '' },
          { number: 'zz', title: '' },
        ],
      }),
    );
    expect(pr.detail).toContain('Họ tên người ký: tối đa 200 ký tự.');
    expect(pr.detail).toContain('Mục đích (dòng 2): ');
    expect(pr.detail).toContain('Các mục (dòng 2) – Số mục: ');
    expect(pr.detail).toContain('Các mục (dòng 2) – Tên mục: ');
    expect(pr.errors!.map((e) => e.path)).toEqual(
      expect.arrayContaining(['signerName', 'purposes.1', 'sections.1.number', 'sections.1.title']),
    );
  });

  it('reporting: bad deadlines name "Hạn nộp (dòng N)", and a repeated rule is said once', async () => {
    const bad = problemOf(
      await send(coord, 'POST', '/api/v1/reporting/periods', {
        templateId: 1,
        rootUnitId: p.root.id,
        kind: 'annual',
        year: 2026,
        deadlines: [
          { level: 'unit', deadline: '2026-02-30' },
          { level: 'nowhere', deadline: '2026-12-01', remindDaysBefore: -5 },
        ],
      }),
    );
    expect(bad.detail).toContain('Hạn nộp (dòng 1) – Ngày hạn nộp: ');
    expect(bad.detail).toContain('Hạn nộp (dòng 2) – Cấp nộp: ');
    expect(bad.detail).toContain('Hạn nộp (dòng 2) – Số ngày nhắc trước hạn: ');

    const templates = json<{ items: { id: number; builtin: boolean }[] }>(
      await send(coord, 'GET', '/api/v1/reporting/templates'),
    ).items;
    const templateId = templates.find((t) => t.builtin)!.id;
    // two deadlines before the period starts: the same rule broken twice is said once
    const twice = problemOf(
      await send(coord, 'POST', '/api/v1/reporting/periods', {
        templateId,
        rootUnitId: p.root.id,
        kind: 'annual',
        year: 2026,
        deadlines: [
          { level: 'unit', deadline: '2025-12-01' },
          { level: 'province', deadline: '2025-12-05' },
        ],
        requiredGroups: ['khoi_xa'],
      }),
    );
    expect(twice.detail).toContain('Hạn nộp không được trước ngày bắt đầu kỳ.');
    expect(twice.errors!.find((e) => e.path === 'deadlines')?.label).toBe('Hạn nộp');
  });

  it('reporting: a data cut-off after the period end is refused by the schema', async () => {
    const pr = problemOf(
      await send(coord, 'POST', '/api/v1/reporting/periods', {
        templateId: 1,
        rootUnitId: p.root.id,
        kind: 'annual',
        year: 2026,
        fromDate: '2026-01-01',
        toDate: '2026-12-31',
        cutoffDate: '2027-01-15',
        deadlines: [{ level: 'unit', deadline: '2027-01-20' }],
      }),
    );
    expect(pr.detail).toContain('Ngày chốt số liệu: ');
    expect(pr.errors!.map((e) => e.path)).toContain('cutoffDate');
  });

  it('org, auth, files and audit queries name their fields too', async () => {
    const unit = problemOf(
      await send(admin, 'POST', '/api/v1/org/units', {
        code: 'bad code!',
        name: '',
        kind: 'commune',
        parentId: p.root.id,
        validFrom: '2026-02-30',
      }),
    );
    expect(unit.detail).toContain('Mã đơn vị: ');
    expect(unit.detail).toContain('Tên đơn vị: ');
    expect(unit.detail).toContain('Ngày hiệu lực: ');

    const pw = problemOf(
      await send(admin, 'POST', '/api/v1/auth/password', { currentPassword: '', newPassword: 'ngan' }),
    );
    expect(pw.detail).toContain('Mật khẩu hiện tại: ');
    expect(pw.detail).toContain('Mật khẩu mới: ');

    const files = problemOf(await send(admin, 'GET', '/api/v1/files?entity=&entityId=0x16'));
    expect(files.detail).toContain('Loại hồ sơ: ');
    expect(files.detail).toContain('Mã hồ sơ: ');

    const audit = problemOf(await send(admin, 'GET', '/api/v1/audit?from=2026-02-30&pageSize=0'));
    expect(audit.detail).toContain('Từ ngày: ');
    expect(audit.detail).toContain('Số dòng mỗi trang: ');
    expect(audit.detail).not.toMatch(/Số dòng mỗi trang: .*Số dòng mỗi trang/);
  });

  it('numbers typed wrong in a whole-number field get a message (−5, 2,5, 999999999999)', async () => {
    for (const progress of [-5, 2.5, 999_999_999_999]) {
      const pr = problemOf(await send(admin, 'PATCH', '/api/v1/plans/assignments/1', { progress }));
      expect(pr.detail).toMatch(/^Tiến độ \(%\): /);
    }
    const big = problemOf(
      await send(admin, 'PATCH', '/api/v1/reporting/reports/1', {
        values: [{ code: 'a', value: 1e16 }],
      }),
    );
    expect(big.detail).toContain('Số liệu (dòng 1) – Giá trị: ');
    expect(big.detail).toContain('1.000.000.000.000.000');
  });
});

/** Every input schema the contracts export: requests' bodies, query strings and path parameters. */
const INPUT_NAME =
  /^(Create|Update|Save|Submit|Return|Accept|Reopen|MoveOrgUnit|Deactivate|Merge|Split|Issue|Compile|Open|Reset|Login|ChangePassword|SwitchUnit)|(Query|Input|Params?)$/;

/** The leaf fields of a schema, as paths (array items as 0, record values as 'K'). */
function leaves(s: z.ZodType, path: (string | number)[] = [], depth = 0): (string | number)[][] {
  const def = (s as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  if (depth > 6) return [];
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      return leaves(def.innerType as z.ZodType, path, depth);
    case 'pipe':
      return leaves(def.in as z.ZodType, path, depth);
    case 'lazy':
      return leaves((def.getter as () => z.ZodType)(), path, depth + 1);
    case 'object':
      return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([k, v]) =>
        leaves(v, [...path, k], depth + 1),
      );
    case 'array':
      return [path, ...leaves(def.element as z.ZodType, [...path, 0], depth + 1)];
    case 'record':
      return leaves(def.valueType as z.ZodType, [...path, 'K'], depth + 1);
    default:
      return [path];
  }
}

describe('every input field of the contracts has a Vietnamese label', () => {
  it('labels every leaf of every input schema', () => {
    const missing: string[] = [];
    let checked = 0;
    for (const [name, s] of Object.entries(contracts)) {
      if (!(s instanceof z.ZodType) || !INPUT_NAME.test(name)) continue;
      for (const path of leaves(s)) {
        if (!path.length) continue;
        checked++;
        const label = fieldLabel(s, path);
        if (!label || !VIETNAMESE.test(label) || FIELD_KEY.test(label))
          missing.push(`${name}.${path.join('.')}: ${label ?? '(không có nhãn)'}`);
      }
    }
    expect(checked).toBeGreaterThan(200);
    expect(missing).toEqual([]);
  });
});
