import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { PETITION_FIELDS } from '@danvan/domain';
import { testEnv, type TestEnv } from '../../../test/harness.ts';
import { makeProvince, type Province } from '../../../test/factories.ts';

/**
 * The reception log took the petitions' field vocabulary (drizzle/reception/0001): a visit stored
 * with an old reception-only code is rewritten to the petitions' code, and a visit already in the
 * one vocabulary is left as it is.
 */
const MIGRATION = new URL('../../../drizzle/reception/0001_one_field_vocabulary.sql', import.meta.url);
const OLD_TO_NEW: Record<string, string> = {
  land: 'dat_dai',
  social_policy: 'chinh_sach_xa_hoi',
  justice: 'tu_phap',
  corruption: 'tham_nhung',
  environment: 'moi_truong',
  other: 'khac',
};

let env: TestEnv;
let p: Province;
beforeAll(async () => {
  env = await testEnv();
  p = await makeProvince(env);
}, 600_000);

async function visit(field: string): Promise<number> {
  const r = await env.database.query<{ id: number }>(
    `insert into reception_visits (unit_id, kind, received_at, received_on, place, receiver_name, visitors_count, representative_name, content, field, outcome)
     values ($1, 'regular', now(), current_date, 'Trụ sở tiếp công dân', 'Cán bộ tiếp dân', 1, 'Công dân thử', 'Nội dung thử', $2, 'answered') returning id`,
    [p.communeA.id, field],
  );
  return r[0].id;
}

describe('one field vocabulary for the reception log and the petitions', () => {
  it('rewrites every old reception field code to the petitions’ code and leaves the new codes alone', async () => {
    const ids: Record<string, number> = {};
    for (const old of Object.keys(OLD_TO_NEW)) ids[old] = await visit(old);
    const kept = await visit('xay_dung');
    await env.database.query(readFileSync(MIGRATION, 'utf8'));
    const rows = await env.database.query<{ id: number; field: string }>(
      `select id, field from reception_visits where id in (${[...Object.values(ids), kept].join(', ')})`,
    );
    const fieldOf = new Map(rows.map((r) => [r.id, r.field]));
    for (const [old, code] of Object.entries(OLD_TO_NEW)) {
      expect(fieldOf.get(ids[old])).toBe(code);
      expect(PETITION_FIELDS).toContain(code);
    }
    expect(fieldOf.get(kept)).toBe('xay_dung');
  });
});
