/**
 * npm run bench -- petitions
 *
 * Builds, on PostgreSQL, a province of 3,500 units holding 1,000,000 petitions (written by one SQL
 * statement over generate_series: Vietnamese subjects and contents with diacritics, petitioners'
 * names and identity numbers, kinds, fields, statuses and deadlines spread over three years), and
 * measures, each through the petitions module's own verbs (the code the app runs) and, on the same
 * database in the same run, the same result computed by hand-written SQL:
 *   (a) the diacritic-insensitive search "khieu nai dat dai", first page of 50 (with the register's
 *       total and counts per status, as the register answers them);
 *   (b) the register's first page with filters (khiếu nại, đất đai, đang giải quyết) and its counts;
 *   (c) the province's deadline overview (running cases by deadline window, per unit and kind);
 *   (d) the duplicate check on entry (same person or similar content).
 * Targets (issue 8): (a) p95 < 150 ms and ≤ 1.2× + 5 ms; (b), (c) ≤ 1.5×; (d) p95 < 100 ms.
 * Each line reports the median, the p95 and the ratio of medians. A measure that misses its target
 * prints EXPLAIN (ANALYZE, BUFFERS) of the statements the module ran (recorded from the driver).
 * Uses DATABASE_URL when set (an empty database it may fill), else a throwaway cluster
 * (apps/server/test/pg-cluster.ts). Benchmarks assert nothing; they print. BENCH_PETITIONS=<n>
 * builds fewer rows (a quick try); BENCH_PETITIONS_REUSE=1 measures again, without building, a
 * DATABASE_URL this bench filled before (after a change of the module's queries).
 */
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { startCluster, type Cluster } from '../../apps/server/test/pg-cluster.ts';
import { openPostgres, type Database } from '../../apps/server/src/db/client.ts';
import { migrateDatabase } from '../../apps/server/src/db/migrate.ts';
import { readConfig } from '../../apps/server/src/config.ts';
import { makeActor, type Ctx } from '../../apps/server/src/core/context.ts';
import { CONTENT_SIMILARITY_MIN, PETITION_STATUSES } from '@danvan/domain';
import {
  COUNT_CAP,
  SEARCH_COUNT_CAP,
} from '../../apps/server/src/modules/petitions/petition/petition.repository.ts';
import { listPetitions } from '../../apps/server/src/modules/petitions/petition/read-petition.ts';
import { deadlineOverview } from '../../apps/server/src/modules/petitions/petition/read-overview.ts';
import { checkDuplicates } from '../../apps/server/src/modules/petitions/petition/check-duplicates.ts';

const UNITS = 3_500; // the province and 3,499 units below it
const DEPARTMENTS = 99;
const PETITIONS = Number(process.env.BENCH_PETITIONS ?? 1_000_000);
const PAGE = 50;
const RUNS = 30;
const WARMUP = 3;

const log = (s: string) => console.log(`[petitions] ${s}`);

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const r = await fn();
  return [performance.now() - t, r];
}
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const p95 = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];

// ---------------------------------------------------------------------------------------------
// The statements the module sends, recorded from the driver (for EXPLAIN when a target is missed)

type Recorded = { text: string; values: unknown[] };
let recording: Recorded[] | null = null;
const clientQuery = pg.Client.prototype.query as (...a: unknown[]) => unknown;
(pg.Client.prototype as { query: unknown }).query = function (this: pg.Client, ...args: unknown[]) {
  if (recording) {
    const [a, b] = args as [unknown, unknown];
    const text = typeof a === 'string' ? a : (a as { text?: string })?.text;
    const values = (Array.isArray(b) ? b : (a as { values?: unknown[] })?.values) ?? [];
    if (text) recording.push({ text, values });
  }
  return clientQuery.apply(this, args);
};

async function recordStatements(fn: () => Promise<unknown>): Promise<Recorded[]> {
  recording = [];
  try {
    await fn();
    return recording;
  } finally {
    recording = null;
  }
}

async function explain(db: Database, statements: Recorded[]): Promise<string[]> {
  const out: string[] = [];
  for (const s of statements) {
    if (!/^\s*(select|with)\b/i.test(s.text)) continue;
    const rows = await db.query<{ 'QUERY PLAN': string }>(
      `explain (analyze, buffers, costs off) ${s.text}`,
      s.values,
    );
    out.push(`    -- ${s.text.replace(/\s+/g, ' ').slice(0, 400)}`);
    out.push(`    -- params: ${JSON.stringify(s.values).slice(0, 200)}`);
    for (const r of rows) out.push(`    ${r['QUERY PLAN']}`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The data

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Ngọc', 'Quốc', 'Xuân', 'Kim'];
const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Giang',
  'Hà',
  'Hải',
  'Hạnh',
  'Hòa',
  'Hùng',
  'Hương',
  'Khánh',
  'Lan',
  'Long',
  'Mai',
  'Nam',
  'Nga',
  'Phúc',
  'Phương',
  'Quang',
  'Sơn',
  'Tâm',
  'Thảo',
  'Thắng',
  'Trung',
  'Tuấn',
  'Vân',
  'Yến',
];
/** Per field: what the petition is about (subject) and what it asks (content). */
const TOPICS: Record<string, { about: string[]; ask: string[] }> = {
  dat_dai: {
    about: [
      'quyết định thu hồi đất để thực hiện dự án khu dân cư',
      'việc bồi thường, hỗ trợ khi giải phóng mặt bằng',
      'việc cấp giấy chứng nhận quyền sử dụng đất',
      'tranh chấp ranh giới thửa đất với hộ liền kề',
      'việc lấn chiếm đất công làm lối đi chung',
    ],
    ask: [
      'xem xét lại đơn giá bồi thường đất đai',
      'cấp giấy chứng nhận quyền sử dụng đất',
      'đo đạc lại ranh giới thửa đất',
    ],
  },
  chinh_sach_xa_hoi: {
    about: [
      'việc xét hộ nghèo, hộ cận nghèo',
      'chế độ trợ cấp cho người có công với cách mạng',
      'việc chi trả trợ cấp xã hội hằng tháng',
    ],
    ask: [
      'xem xét lại danh sách hộ nghèo',
      'giải quyết chế độ người có công',
      'chi trả đủ trợ cấp còn thiếu',
    ],
  },
  tu_phap: {
    about: ['việc thi hành bản án dân sự', 'việc chứng thực hợp đồng chuyển nhượng', 'việc đăng ký hộ tịch'],
    ask: ['tổ chức thi hành án đúng hạn', 'hướng dẫn thủ tục chứng thực', 'điều chỉnh thông tin hộ tịch'],
  },
  tham_nhung: {
    about: [
      'hành vi nhận tiền khi giải quyết hồ sơ',
      'sai phạm trong quản lý quỹ phát triển đất',
      'việc lạm dụng chức vụ trong đấu thầu',
    ],
    ask: ['xác minh, xử lý người có sai phạm', 'công khai kết quả kiểm tra', 'thu hồi tiền sai phạm'],
  },
  moi_truong: {
    about: [
      'tình trạng ô nhiễm từ cơ sở chăn nuôi',
      'bãi rác tự phát gây mùi hôi',
      'việc xả thải của khu công nghiệp',
    ],
    ask: ['kiểm tra, xử lý cơ sở gây ô nhiễm', 'di dời bãi rác', 'quan trắc nước thải'],
  },
  xay_dung: {
    about: [
      'công trình xây dựng không phép',
      'việc cấp phép xây dựng nhà ở',
      'chất lượng tuyến đường liên xã',
    ],
    ask: ['xử lý công trình sai phép', 'giải quyết hồ sơ cấp phép', 'sửa chữa tuyến đường'],
  },
  hanh_chinh: {
    about: ['thái độ của cán bộ tiếp nhận hồ sơ', 'việc giải quyết thủ tục hành chính quá hạn'],
    ask: ['chấn chỉnh lề lối làm việc', 'giải quyết hồ sơ đúng hạn'],
  },
  kinh_te: {
    about: ['việc hỗ trợ vốn vay cho hộ sản xuất', 'giá thu mua nông sản của doanh nghiệp'],
    ask: ['xem xét hỗ trợ vốn vay', 'can thiệp để ổn định giá thu mua'],
  },
  khac: { about: ['việc tổ chức lễ hội tại địa phương'], ask: ['xem xét điều chỉnh thời gian tổ chức'] },
};
const FIELD_LABEL: Record<string, string> = {
  dat_dai: 'đất đai',
  chinh_sach_xa_hoi: 'chính sách xã hội',
  tu_phap: 'tư pháp',
  tham_nhung: 'tham nhũng, tiêu cực',
  moi_truong: 'môi trường',
  xay_dung: 'xây dựng, đô thị',
  hanh_chinh: 'hành chính',
  kinh_te: 'kinh tế',
  khac: 'khác',
};
const KIND_LABEL: Record<string, string> = {
  khieu_nai: 'Khiếu nại',
  to_cao: 'Tố cáo',
  kien_nghi: 'Kiến nghị',
  phan_anh: 'Phản ánh',
};

/** Words of the petitions' own telling (a few per row, so no two contents are alike). */
const DETAILS = (
  'gia đình tôi sinh sống ổn định từ năm trước nay nhiều lần gửi đơn nhưng chưa nhận được trả lời ' +
  'hộ bên cạnh tự ý xây tường rào lấn sang phần đất đã được cấp giấy trước đây cán bộ địa chính đo đạc ' +
  'không đúng thực tế ranh giới mốc giới con đường đi chung bị thu hẹp ảnh hưởng sinh hoạt của bà con ' +
  'trong xóm mùa mưa nước ngập sâu kéo dài hàng tuần cây trồng bị chết diện tích canh tác giảm mạnh ' +
  'đề nghị lãnh đạo quan tâm chỉ đạo giải quyết dứt điểm để người dân yên tâm lao động sản xuất chúng tôi ' +
  'cam kết những nội dung trình bày là đúng sự thật và chịu trách nhiệm trước pháp luật'
).split(' ');

const DETAIL_ROWS = 997;

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
const arr = (xs: string[]) => `array[${xs.map(lit).join(',')}]::text[]`;

/** The petitions table's secondary indexes, dropped while loading and built again after. */
async function dropIndexes(db: Database): Promise<string[]> {
  const rows = await db.query<{ name: string; def: string }>(
    `select indexname as name, indexdef as def from pg_indexes
     where schemaname = 'public' and tablename = 'petitions' and indexname <> 'petitions_pkey'`,
  );
  for (const r of rows) await db.query(`drop index ${r.name}`);
  return rows.map((r) => r.def);
}

async function build(db: Database, today: string) {
  const q = (s: string, p?: unknown[]) => db.query(s, p);
  await q(`insert into org_units(id, code, name, kind, parent_id, path, depth, valid_from) overriding system value
           values (1, 'TINH', 'Ủy ban nhân dân tỉnh Thử Tải', 'province', null, '/1/', 0, '2015-01-01')`);
  await q(`insert into org_units(id, code, name, kind, parent_id, path, depth, valid_from) overriding system value
           select 1 + k, 'U' || k,
             case when k <= ${DEPARTMENTS} then 'Sở ' || lpad(k::text, 3, '0') else (case when k % 4 = 0 then 'Phường ' else 'Xã ' end) || lpad(((k * 7919) % ${UNITS})::text, 4, '0') end,
             case when k <= ${DEPARTMENTS} then 'department' else 'commune' end,
             1, '/1/' || (1 + k) || '/', 1, '2015-01-01'
           from generate_series(1, ${UNITS - 1}) k`);
  await q(`select setval(pg_get_serial_sequence('org_units', 'id'), (select max(id) from org_units))`);

  const fields = Object.keys(TOPICS);
  const about = (f: string) => arr(TOPICS[f].about);
  const ask = (f: string) => arr(TOPICS[f].ask);
  const pick = (f: string, what: 'about' | 'ask', h: string) =>
    `(${what === 'about' ? about(f) : ask(f)})[1 + (${h}) % ${TOPICS[f][what].length}]`;
  const byField = (what: 'about' | 'ask', h: string) =>
    `case f.field ${fields.map((f) => `when ${lit(f)} then ${pick(f, what, h)}`).join(' ')} end`;
  // 997 tellings of 8 words each, chosen pseudo-randomly from DETAILS, joined to the rows by number
  await q(`create table bench_details as
           select d as id, (select string_agg((${arr(DETAILS)})[(1 + ((d * 2654435761::bigint + i * 40503) % 4294967291) % ${DETAILS.length})::int], ' ')
                            from generate_series(1, 8) i) as text
           from generate_series(1, ${DETAIL_ROWS}) d`);
  const defs = await dropIndexes(db);
  const t0 = performance.now();
  log(`đang ghi ${PETITIONS.toLocaleString('vi-VN')} đơn thư (đã tạm bỏ ${defs.length} chỉ mục)…`);
  // h1…h6: independent pseudo-random numbers 0…999 of the row number
  await q(`
    insert into petitions(unit_id, received_on, channel, kind, field, status, petitioners_count,
      representative_name, id_number, address, subject, content, competence, complex, remote_area,
      screening_due, accepted_on, resolution_due, max_due_date, extensions, decided_on, result_due,
      result_sent_on, closed_on, created_at, updated_at)
    select u.unit_id, r.received_on, c.channel, k.kind, f.field, s.status, n.cnt,
      case when k.kind = 'to_cao' then null else nm.name end,
      case when k.kind = 'to_cao' then null else lpad(((g::bigint * 104729) % 1000000000000)::text, 12, '0') end,
      case when k.kind = 'to_cao' then null else 'Thôn ' || (1 + g % 30) || ', ' || u.unit_name end,
      (${arr(Object.values(KIND_LABEL))})[array_position(array['khieu_nai','to_cao','kien_nghi','phan_anh'], k.kind)]
        || ' về ' || ${byField('about', 'h.h4')} || ' tại thôn ' || (1 + g % 30),
      'Công dân trình bày: ' || ${byField('about', 'h.h5')} || ' chưa được giải quyết thỏa đáng. Lĩnh vực '
        || (${arr(fields.map((f) => FIELD_LABEL[f]))})[array_position(${arr(fields)}, f.field)]
        || '. ' || dt.text || '. Đề nghị cơ quan có thẩm quyền ' || ${byField('ask', 'h.h6')} || '.',
      case when h.h3 < 30 then 'lower_level' else 'own' end,
      h.h5 < 150, h.h6 < 50,
      r.received_on + 10,
      d.accepted_on,
      d.accepted_on + case when h.h5 < 150 then 45 else 30 end,
      d.accepted_on + case when h.h5 < 150 then 75 else 60 end,
      0,
      case when s.status in ('decided', 'result_sent', 'closed') then d.accepted_on + 25 end,
      case when s.status in ('decided', 'result_sent', 'closed') then d.accepted_on + 32 end,
      case when s.status in ('result_sent', 'closed') then d.accepted_on + 30 end,
      case when s.status = 'closed' then d.accepted_on + 40 end,
      now(), now()
    from generate_series(1::bigint, ${PETITIONS}) g
    cross join lateral (select ((g * 7919 + 13) % 1000)::int as h1, ((g * 104723 + 7) % 1000)::int as h2, ((g * 15485863) % 1000)::int as h3,
                               ((g * 49979687) % 1000)::int as h4, ((g * 86028121) % 1000)::int as h5, ((g * 32452843) % 1000)::int as h6) h
    cross join lateral (select (2 + (g * 7919) % ${UNITS - 1})::int as unit_id) u0
    join lateral (select u0.unit_id, ou.name as unit_name from org_units ou where ou.id = u0.unit_id) u on true
    join bench_details dt on dt.id = 1 + (g * 2654435761::bigint % ${DETAIL_ROWS})::int
    cross join lateral (select date '${today}' - ((g * 37) % 1095)::int as received_on) r
    cross join lateral (select case when h.h1 < 400 then 'khieu_nai' when h.h1 < 500 then 'to_cao' when h.h1 < 750 then 'kien_nghi' else 'phan_anh' end as kind) k
    cross join lateral (select case when h.h2 < 350 then 'dat_dai' else (${arr(fields.slice(1))})[1 + h.h2 % ${fields.length - 1}] end as field) f
    cross join lateral (select (array['in_person','post','portal','transferred','front','council','reception_visit'])[1 + h.h3 % 7] as channel) c
    cross join lateral (select case when h.h3 < 30 then 5 + h.h3 % 20 else 1 + (h.h4 % 3 = 0)::int end as cnt) n
    cross join lateral (select (${arr(FAMILY)})[1 + h.h4 % ${FAMILY.length}] || ' ' || (${arr(MIDDLE)})[1 + h.h5 % ${MIDDLE.length}] || ' ' || (${arr(GIVEN)})[1 + h.h6 % ${GIVEN.length}] as name) nm
    cross join lateral (select case
        when r.received_on > date '${today}' - 12 and h.h6 < 500 then 'received'
        when r.received_on > date '${today}' - 12 then 'screened'
        when r.received_on > date '${today}' - 90 and h.h6 < 700 then 'accepted'
        when h.h6 < 60 then 'transferred' when h.h6 < 100 then 'guided' when h.h6 < 120 then 'filed'
        when h.h6 < 160 then 'accepted' when h.h6 < 180 then 'suspended' when h.h6 < 230 then 'decided'
        when h.h6 < 300 then 'result_sent' else 'closed' end as status) s
    cross join lateral (select case when s.status in ('received','screened','transferred','guided','filed') then null else r.received_on + 7 end as accepted_on) d`);
  await q(`drop table bench_details`);
  log(`đã ghi sau ${((performance.now() - t0) / 1000).toFixed(1)} s; đang dựng lại ${defs.length} chỉ mục…`);
  for (const def of defs) await q(def);
  await q(`vacuum analyze`);
}

// ---------------------------------------------------------------------------------------------
// The hand-written SQL. Parameters are noted with each.

/** The register's words as the module matches them (each word, diacritic-free, anywhere). */
const wordsLike = (n: number, first: number) =>
  Array.from(
    { length: n },
    (_, i) => `p.search_key like '%' || lower(f_unaccent($${first + i})) || '%'`,
  ).join(' and ');

/**
 * A register page: rows, total and counts per status, counted as the register counts them — up to
 * COUNT_CAP (a total over it is answered as the cap; counts per status each up to it, none for a word
 * search over it). $1 path prefix, $2 limit, then the filters.
 */
function handRegister(where: string, whereNoStatus: string, search = false): string {
  const inScope = 'p.unit_id in (select id from scope)';
  const cap = search ? SEARCH_COUNT_CAP : COUNT_CAP;
  const perStatus = search
    ? 'null'
    : `(select json_object_agg(st, least(n, ${cap})) from (select st, (select count(*) from (select 1 from petitions p
         where ${inScope} and ${whereNoStatus} and p.status = st limit ${cap + 1}) x) as n
         from unnest(${arr([...PETITION_STATUSES])}) st) c where n > 0)`;
  return `
with scope as (select id from org_units where path like $1),
sample as (select p.status from petitions p where ${inScope} and ${whereNoStatus} limit ${cap + 1})
select
  (select json_agg(x) from (
     select p.id, p.subject, p.kind, p.field, p.status, p.received_on, u.name as unit_name, us.full_name as handler_name,
       case when p.status in ('received','screened') then p.screening_due when p.status = 'accepted' then p.resolution_due
            when p.status = 'decided' then p.result_due end as running_due
     from petitions p join org_units u on u.id = p.unit_id left join users us on us.id = p.handler_id
     where p.unit_id in (select id from scope) and ${where}
     order by p.received_on desc, p.id desc limit $2) x) as items,
  (select least(count(*), ${cap}) from (select 1 from petitions p where ${inScope} and ${where} limit ${cap + 1}) t) as total,
  case when (select count(*) from sample) <= ${cap}
    then (select json_object_agg(status, n) from (select status, count(*) as n from sample group by status) c)
    else ${perStatus} end as counts`;
}

/**
 * The province's deadline overview: the running cases (a running deadline: received or screened with
 * a screening due date, accepted with a resolution due date, decided with a result due date) by
 * window per unit and kind; the 50 units with most overdue, their number and the totals by kind.
 * $1 path prefix, $2 today.
 */
const HAND_OVERVIEW = `
with c as (
  select p.unit_id, p.kind, count(*) as running,
    count(*) filter (where due between $2::date and $2::date + 7) as due_soon,
    count(*) filter (where due < $2::date) as overdue
  from (select p.unit_id, p.kind,
          case when p.status in ('received','screened') then p.screening_due when p.status = 'accepted' then p.resolution_due
               when p.status = 'decided' then p.result_due end as due
        from petitions p where p.unit_id in (select id from org_units where path like $1)) p
  where due is not null
  group by p.unit_id, p.kind
), u as (select unit_id, sum(running) as running, sum(due_soon) as due_soon, sum(overdue) as overdue from c group by unit_id)
select
  (select count(*) from u) as total,
  (select json_agg(x) from (select u.unit_id, o.name, u.running, u.due_soon, u.overdue
     from u join org_units o on o.id = u.unit_id order by u.overdue desc, u.due_soon desc, u.running desc, u.unit_id limit 50) x) as items,
  (select json_agg(k) from (select kind, sum(running) as running, sum(due_soon) as due_soon, sum(overdue) as overdue from c group by kind) k) as totals`;

/** The duplicate check: same identity number, or similar content. $1 path prefix, $2 id number, $3 content, $4 min score. */
const HAND_DUPLICATES = `
select p.id, p.subject, p.kind, p.status, p.received_on::text, u.name,
  (regexp_replace(coalesce(p.id_number, ''), '[^0-9A-Za-z]', '', 'g') = $2) as is_person,
  similarity(p.search_key, lower(f_unaccent($3)))::float8 as score
from petitions p join org_units u on u.id = p.unit_id
where p.unit_id in (select id from org_units where path like $1)
  and (regexp_replace(coalesce(p.id_number, ''), '[^0-9A-Za-z]', '', 'g') = $2
       or (p.search_key % lower(f_unaccent($3)) and similarity(p.search_key, lower(f_unaccent($3))) >= $4))
order by is_person desc, score desc, p.id desc limit 10`;

// ---------------------------------------------------------------------------------------------

interface Row {
  label: string;
  mine: number;
  hand: number;
  p95: number;
  target: string;
  ok: boolean;
  plans?: string[];
}

export async function benchPetitions(): Promise<void> {
  let cluster: Cluster | null = null;
  let url = process.env.DATABASE_URL;
  if (!url) {
    log('không có DATABASE_URL: khởi động một cụm PostgreSQL tạm thời…');
    cluster = await startCluster();
    const c = new pg.Client({ connectionString: cluster.url });
    await c.connect();
    await c.query('create database danvan_bench_petitions');
    await c.end();
    url = cluster.url.replace(/\/postgres$/, '/danvan_bench_petitions');
  }
  const db = await openPostgres(url, 4);
  try {
    await migrateDatabase(db);
    const [existing] = await db.query<{ n: string }>(`select count(*) as n from petitions`);
    // BENCH_PETITIONS_REUSE=1: measure again a database this bench built before (same DATABASE_URL)
    const reuse = process.env.BENCH_PETITIONS_REUSE === '1' && Number(existing.n) > 0;
    if (Number(existing.n) > 0 && !reuse)
      throw new Error('Cơ sở dữ liệu đã có đơn thư: hãy dùng một cơ sở dữ liệu trống.');
    const now = new Date();
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(now);
    if (reuse) log('dùng lại dữ liệu đã dựng (BENCH_PETITIONS_REUSE=1)');
    const [buildMs] = reuse ? [0] : await timed(() => build(db, today));
    const [{ n: rows, mb }] = await db.query<{ n: string; mb: string }>(
      `select count(*) as n, pg_total_relation_size('petitions') / 1048576 as mb from petitions`,
    );
    log(
      `dữ liệu: ${Number(rows).toLocaleString('vi-VN')} đơn thư trên ${UNITS.toLocaleString('vi-VN')} đơn vị (${mb} MB kèm chỉ mục); dựng trong ${(buildMs / 1000).toFixed(1)} s`,
    );

    const { config } = readConfig({ DATABASE_URL: url, DEMO: '0', LOG_LEVEL: 'silent' } as never);
    const clock = { now: () => now };
    const root = { id: 1, path: '/1/', name: 'Ủy ban nhân dân tỉnh Thử Tải' };
    const coordinator = makeActor({ id: 1, username: 'bench', fullName: 'Cán bộ Sở Nội vụ' }, [
      {
        id: 1,
        role: 'coordinator',
        unitId: root.id,
        unitName: root.name,
        unitPath: root.path,
        includeSubtree: true,
      },
    ]);
    const ctx: Ctx = { db: db.db, actor: coordinator, requestId: 'bench', ip: null, clock, config: config! };
    const communes = await db.query<{ id: number; path: string; name: string }>(
      `select id, path, name from org_units where kind = 'commune' order by id`,
    );

    const measure = async <A, B>(
      label: string,
      target: (mine: number, hand: number, p: number) => { ok: boolean; text: string },
      mineFn: (n: number) => Promise<A>,
      handFn: (n: number) => Promise<B>,
      same: (a: A, b: B) => string | null,
    ): Promise<Row> => {
      try {
        return await measureOnce(label, target, mineFn, handFn, same);
      } catch (e) {
        const cause = (e as { cause?: { message?: string } }).cause?.message;
        const message = `${(e as Error).message.split('\n')[0].slice(0, 300)}${cause ? ` — ${cause}` : ''}`;
        log(`LỖI khi đo ${label}: ${message}`);
        return { label: `${label} — LỖI: ${message}`, mine: NaN, hand: NaN, p95: NaN, target: '', ok: false };
      }
    };
    const measureOnce = async <A, B>(
      label: string,
      target: (mine: number, hand: number, p: number) => { ok: boolean; text: string },
      mineFn: (n: number) => Promise<A>,
      handFn: (n: number) => Promise<B>,
      same: (a: A, b: B) => string | null,
    ): Promise<Row> => {
      const mine: number[] = [];
      const hand: number[] = [];
      for (let n = 0; n < RUNS + WARMUP; n++) {
        // alternate which goes first, so neither always finds the cache warmed by the other
        let t1: number, t2: number, a: A, b: B;
        if (n % 2) {
          [t1, a] = await timed(() => mineFn(n));
          [t2, b] = await timed(() => handFn(n));
        } else {
          [t2, b] = await timed(() => handFn(n));
          [t1, a] = await timed(() => mineFn(n));
        }
        const diff = same(a, b);
        if (diff) throw new Error(`${label}: kết quả khác nhau (${diff})`);
        if (n >= WARMUP) {
          mine.push(t1);
          hand.push(t2);
        }
      }
      const r = { mine: median(mine), hand: median(hand), p95: p95(mine) };
      const t = target(r.mine, r.hand, r.p95);
      const row: Row = { label, ...r, target: t.text, ok: t.ok };
      if (!t.ok) row.plans = await explain(db, await recordStatements(() => mineFn(0)));
      return row;
    };
    const ratio =
      (max: number, plus = 0, p95Max?: number) =>
      (mine: number, hand: number, p: number) => ({
        ok: mine <= max * hand + plus && (p95Max === undefined || p < p95Max),
        text: `≤ ${max}×${plus ? ` + ${plus} ms` : ''}${p95Max ? `, p95 < ${p95Max} ms` : ''}`,
      });
    const sameIds = (a: number[], b: number[]) =>
      a.join() === b.join() ? null : `${a.slice(0, 5)} ≠ ${b.slice(0, 5)}`;
    type HandRegister = {
      items: { id: number }[] | null;
      total: string;
      counts: Record<string, number> | null;
    };
    const sameRegister = (
      a: { items: { id: number }[]; total: number; counts: Record<string, number> },
      b: HandRegister,
    ) =>
      sameIds(
        a.items.map((x) => x.id),
        (b.items ?? []).map((x) => Number(x.id)),
      ) ??
      (a.total !== Number(b.total) ? `tổng ${a.total} ≠ ${b.total}` : null) ??
      (JSON.stringify(Object.entries(a.counts).sort()) !==
      JSON.stringify(Object.entries(b.counts ?? {}).sort())
        ? 'số đếm theo trạng thái'
        : null);

    // (a) the search
    log('đo (a) tìm không dấu "khieu nai dat dai"…');
    const SEARCH = 'khieu nai dat dai';
    const words = SEARCH.split(/\s+/);
    const a = await measure(
      `(a) tìm không dấu "${SEARCH}", trang đầu ${PAGE} (kèm tổng và số đếm)`,
      ratio(1.2, 5, 150),
      () => listPetitions(ctx, { q: SEARCH, page: 1, pageSize: PAGE }),
      async () =>
        (
          await db.query<HandRegister>(
            handRegister(wordsLike(words.length, 3), wordsLike(words.length, 3), true),
            [`${root.path}%`, PAGE, ...words],
          )
        )[0],
      sameRegister,
    );

    // (a′) reference: the same search's first 50 rows alone, without the total and the counts
    const handRowsOnly: number[] = [];
    for (let n = 0; n < RUNS + WARMUP; n++) {
      const [t] = await timed(() =>
        db.query(
          `select p.id from petitions p where p.unit_id in (select id from org_units where path like $1) and ${wordsLike(words.length, 3)}
           order by p.received_on desc, p.id desc limit $2`,
          [`${root.path}%`, PAGE, ...words],
        ),
      );
      if (n >= WARMUP) handRowsOnly.push(t);
    }
    const a2: Row = {
      label: `(a′) tham chiếu: cùng tìm kiếm, chỉ ${PAGE} dòng đầu (không tổng, không số đếm), SQL viết tay`,
      mine: NaN,
      hand: median(handRowsOnly),
      p95: NaN,
      target: '—',
      ok: true,
    };

    // (b) the register's first page with filters
    log('đo (b) sổ đơn thư lọc khiếu nại, đất đai, đang giải quyết…');
    const b = await measure(
      `(b) sổ đơn thư: khiếu nại, đất đai, đang giải quyết, trang đầu ${PAGE}, kèm số đếm`,
      ratio(1.5),
      () =>
        listPetitions(ctx, {
          kind: 'khieu_nai',
          field: 'dat_dai',
          status: 'accepted',
          page: 1,
          pageSize: PAGE,
        }),
      async () =>
        (
          await db.query<HandRegister>(
            handRegister(
              `p.kind = $3 and p.field = $4 and p.status = $5`,
              `p.kind = $3 and p.field = $4 and $5::text is not null`,
            ),
            [`${root.path}%`, PAGE, 'khieu_nai', 'dat_dai', 'accepted'],
          )
        )[0],
      sameRegister,
    );

    // (b′) a commune's register, first page, no filter
    const b2 = await measure(
      `(b′) sổ đơn thư của một xã, trang đầu ${PAGE}, kèm số đếm`,
      ratio(1.5),
      (n) => {
        const u = communes[(n * 97) % communes.length];
        return listPetitions(ctx, { unitId: u.id, page: 1, pageSize: PAGE });
      },
      async (n) => {
        const u = communes[(n * 97) % communes.length];
        return (await db.query<HandRegister>(handRegister('true', 'true'), [`${u.path}%`, PAGE]))[0];
      },
      sameRegister,
    );

    // (c) the province's deadline overview
    log('đo (c) tổng quan hạn xử lý của tỉnh…');
    type HandOverview = {
      total: string;
      items: { unit_id: number; running: string; overdue: string; due_soon: string }[] | null;
      totals: { kind: string; running: string }[] | null;
    };
    const c = await measure(
      '(c) tổng quan hạn xử lý của tỉnh (đơn đang tính hạn theo hạn, theo đơn vị và loại đơn)',
      ratio(1.5),
      () => deadlineOverview(ctx, { page: 1, pageSize: PAGE }),
      async () => (await db.query<HandOverview>(HAND_OVERVIEW, [`${root.path}%`, today]))[0],
      (a, b) =>
        a.total !== Number(b.total)
          ? `số đơn vị ${a.total} ≠ ${b.total}`
          : (sameIds(
              a.items.map((x) => x.unitId * 1e6 + x.overdue),
              (b.items ?? []).map((x) => Number(x.unit_id) * 1e6 + Number(x.overdue)),
            ) ??
            (a.totals.running !== (b.totals ?? []).reduce((n, k) => n + Number(k.running), 0)
              ? 'tổng số đơn đang tính hạn'
              : null)),
    );

    // (c′) the register filtered to the province's overdue cases (the module's deadline view today)
    log('đo (c′) sổ đơn thư của tỉnh lọc "quá hạn"…');
    const overdueSql = `p.running_due < $3::date`;
    const c2 = await measure(
      `(c′) sổ đơn thư của tỉnh lọc "quá hạn", trang đầu ${PAGE}, kèm số đếm`,
      ratio(1.5),
      () => listPetitions(ctx, { flag: 'overdue', page: 1, pageSize: PAGE }),
      async () =>
        (
          await db.query<HandRegister>(handRegister(overdueSql, overdueSql), [`${root.path}%`, PAGE, today])
        )[0],
      sameRegister,
    );

    // (d) the duplicate check on entry
    log('đo (d) kiểm tra trùng đơn khi tiếp nhận…');
    const samples = await db.query<{
      unit_id: number;
      representative_name: string;
      id_number: string;
      content: string;
    }>(
      `select unit_id, representative_name, id_number, content from petitions
       where kind = 'khieu_nai' and id_number is not null order by id limit ${RUNS + WARMUP}`,
    );
    const d = await measure(
      '(d) kiểm tra trùng khi tiếp nhận (cùng số định danh hoặc nội dung tương tự)',
      (mine, _hand, p) => ({ ok: p < 100, text: 'p95 < 100 ms' }),
      async (n) => {
        const s = samples[n % samples.length];
        const unit = communes.find((u) => u.id === s.unit_id) ?? {
          id: s.unit_id,
          path: `/1/${s.unit_id}/`,
          name: '',
        };
        const officer = makeActor({ id: 2, username: 'tiepdan', fullName: 'Cán bộ tiếp dân' }, [
          {
            id: 2,
            role: 'reception_officer',
            unitId: unit.id,
            unitName: unit.name,
            unitPath: unit.path,
            includeSubtree: true,
          },
        ]);
        return checkDuplicates({ ...ctx, actor: officer }, {
          unitId: s.unit_id,
          representativeName: s.representative_name,
          idNumber: s.id_number,
          content: s.content,
        } as never);
      },
      async (n) => {
        const s = samples[n % samples.length];
        return db.query<{ id: number }>(HAND_DUPLICATES, [
          `/1/${s.unit_id}/%`,
          s.id_number.replace(/[^0-9a-z]/giu, ''),
          s.content,
          CONTENT_SIMILARITY_MIN,
        ]);
      },
      (mine, hand) =>
        sameIds(
          (mine as { petitionId: number }[]).map((x) => x.petitionId).sort((x, y) => x - y),
          hand.map((x) => Number(x.id)).sort((x, y) => x - y),
        ),
    );

    console.log('');
    console.log(
      '| phép đo | mô-đun (trung vị, ms) | SQL viết tay (trung vị, ms) | tỷ lệ | p95 mô-đun (ms) | mục tiêu | kết quả |',
    );
    console.log('| --- | ---: | ---: | ---: | ---: | --- | --- |');
    for (const r of [a, a2, b, b2, c, c2, d])
      console.log(
        `| ${r.label} | ${r.mine.toFixed(1)} | ${r.hand.toFixed(1)} | ${(r.mine / r.hand).toFixed(2)}× | ${r.p95.toFixed(1)} | ${r.target} | ${r.ok ? 'đạt' : 'CHƯA ĐẠT'} |`,
      );
    for (const r of [a, b, b2, c, c2, d])
      if (r.plans?.length) {
        console.log('');
        console.log(`EXPLAIN (ANALYZE, BUFFERS) các câu lệnh mô-đun chạy cho ${r.label}:`);
        for (const line of r.plans) console.log(line);
      }
  } finally {
    await db.close();
    cluster?.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchPetitions();
