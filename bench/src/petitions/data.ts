/** The province of 3,500 units and its petitions, written by one statement over generate_series. */
import { performance } from 'node:perf_hooks';
import type { Database } from '../../../apps/server/src/db/client.ts';
import { DEPARTMENTS, PETITIONS, UNITS, arr, lit, log } from './common.ts';

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

/** The petitions table's secondary indexes, dropped while loading and built again after. */
async function dropIndexes(db: Database): Promise<string[]> {
  const rows = await db.query<{ name: string; def: string }>(
    `select indexname as name, indexdef as def from pg_indexes
     where schemaname = 'public' and tablename = 'petitions' and indexname <> 'petitions_pkey'`,
  );
  for (const r of rows) await db.query(`drop index ${r.name}`);
  return rows.map((r) => r.def);
}

export async function build(db: Database, today: string) {
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
