/** The measures (a) to (d), each through the petitions module's verbs and by hand-written SQL. */
import { CONTENT_SIMILARITY_MIN } from '@danvan/domain';
import type { Database } from '../../../apps/server/src/db/client.ts';
import { makeActor } from '../../../apps/server/src/core/context.ts';
import { listPetitions } from '../../../apps/server/src/modules/petitions/petition/read-petition.ts';
import { deadlineOverview } from '../../../apps/server/src/modules/petitions/petition/read-overview.ts';
import { checkDuplicates } from '../../../apps/server/src/modules/petitions/petition/check-duplicates.ts';
import { PAGE, RUNS, WARMUP, log, median, timed, type Row } from './common.ts';
import { measurer, ratio, sameIds, sameRegister, type HandRegister } from './measure.ts';
import { HAND_DUPLICATES, HAND_OVERVIEW, handRegister, wordsLike } from './references.ts';
import type { Prepared } from './setup.ts';

export async function measurePetitions(db: Database, { ctx, root, communes, today }: Prepared) {
  const measure = measurer(db);

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
      (await db.query<HandRegister>(handRegister(overdueSql, overdueSql), [`${root.path}%`, PAGE, today]))[0],
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

  return { a, a2, b, b2, c, c2, d };
}
