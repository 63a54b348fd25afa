/** The hand-written SQL each measure compares the module against. */
import { PETITION_STATUSES } from '@danvan/domain';
import {
  COUNT_CAP,
  SEARCH_COUNT_CAP,
} from '../../../apps/server/src/modules/petitions/petition/petition.repository.ts';
import { arr } from './common.ts';

// ---------------------------------------------------------------------------------------------
// The hand-written SQL. Parameters are noted with each.

/** The register's words as the module matches them (each word, diacritic-free, anywhere). */
export const wordsLike = (n: number, first: number) =>
  Array.from(
    { length: n },
    (_, i) => `p.search_key like '%' || lower(f_unaccent($${first + i})) || '%'`,
  ).join(' and ');

/**
 * A register page: rows, total and counts per status, counted as the register counts them — up to
 * COUNT_CAP (a total over it is answered as the cap; counts per status each up to it, none for a word
 * search over it). $1 path prefix, $2 limit, then the filters.
 */
export function handRegister(where: string, whereNoStatus: string, search = false): string {
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
export const HAND_OVERVIEW = `
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
export const HAND_DUPLICATES = `
select p.id, p.subject, p.kind, p.status, p.received_on::text, u.name,
  (regexp_replace(coalesce(p.id_number, ''), '[^0-9A-Za-z]', '', 'g') = $2) as is_person,
  similarity(p.search_key, lower(f_unaccent($3)))::float8 as score
from petitions p join org_units u on u.id = p.unit_id
where p.unit_id in (select id from org_units where path like $1)
  and (regexp_replace(coalesce(p.id_number, ''), '[^0-9A-Za-z]', '', 'g') = $2
       or (p.search_key % lower(f_unaccent($3)) and similarity(p.search_key, lower(f_unaccent($3))) >= $4))
order by is_person desc, score desc, p.id desc limit 10`;
