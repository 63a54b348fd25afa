/**
 * Reading reception schedules: the register, one schedule, and the sessions they plan over a span of
 * days (the actor's scope; or, for the public portal, the published schedules of every unit).
 */
import type {
  Paged,
  ReceptionScheduleListQuery,
  ReceptionSession,
  ReceptionSessionQuery,
  ScheduleKind,
} from '@danvan/contracts';
import { diffDays, MAX_SESSION_SPAN_DAYS, scheduleDates, type HolidayCalendar } from '@danvan/domain';
import { today, type Ctx } from '../../../core/context.ts';
import { fetchRows, listPage, wholeList } from '../../../core/page.ts';
import { Invalid, NotFound } from '../../../core/errors.ts';
import { listCan, requireActor } from '../../../core/scope.ts';
import * as org from '../../org/index.ts';
import { workingCalendar } from '../../legal/index.ts';
import { readableUnit, readScopes } from '../shared/unit.policy.ts';
import * as repo from './schedule.repository.ts';
import { authorizeSchedule, canSchedule } from './schedule.policy.ts';
import { presentSchedule, receiverOf, scheduleDays } from './schedule.present.ts';

export async function listSchedules(ctx: Ctx, q: ReceptionScheduleListQuery) {
  const under = q.unitId ? await readableUnit(ctx, q.unitId) : undefined;
  return listPage(ctx, q, {
    ...repo.scheduleList(ctx.db, readScopes(ctx), {
      under,
      kind: q.kind,
      currentOn: q.current ? today(ctx) : undefined,
    }),
    present: async (rows) => {
      const calendar = await workingCalendar(ctx);
      return rows.map((s) => presentSchedule(ctx, s, calendar));
    },
    can: listCan(ctx.actor, under, (at) =>
      canSchedule(ctx.actor, 'create', { unitId: at.id, unitPath: at.path }),
    ),
  });
}

/** A schedule of a unit in the actor's scope; otherwise 404. */
export async function loadSchedule(ctx: Ctx, id: number) {
  requireActor(ctx.actor);
  const s = await repo.getSchedule(ctx.db, id);
  if (!s) throw NotFound('Lịch tiếp công dân');
  authorizeSchedule(ctx, 'read', s);
  return s;
}

export async function getSchedule(ctx: Ctx, id: number) {
  const s = await loadSchedule(ctx, id);
  return presentSchedule(ctx, s, await workingCalendar(ctx));
}

function checkSpan(from: string, to: string) {
  if (to < from)
    throw Invalid('Đến ngày không được trước từ ngày.', [
      { path: 'to', message: 'Đến ngày không được trước từ ngày' },
    ]);
  if (diffDays(to, from) > MAX_SESSION_SPAN_DAYS)
    throw Invalid('Chỉ xem được lịch trong tối đa 366 ngày.', [{ path: 'to', message: 'Tối đa 366 ngày' }]);
}

function sessionsOf(rows: repo.ScheduleView[], from: string, to: string, calendar: HolidayCalendar) {
  const out: ReceptionSession[] = [];
  for (const s of rows)
    for (const date of scheduleDates(scheduleDays(s), from, to, calendar))
      out.push({
        date,
        startTime: s.startTime,
        endTime: s.endTime,
        scheduleId: s.id,
        unitId: s.unitId,
        unitName: s.unitName,
        kind: s.kind as ScheduleKind,
        title: s.title,
        place: s.place,
        receiverName: receiverOf(s),
        receiverTitle: s.receiverTitle,
        headInPerson: s.headInPerson,
        online: s.online,
        onlineLink: s.onlineLink,
      });
  return out.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      a.startTime.localeCompare(b.startTime) ||
      a.unitName.localeCompare(b.unitName, 'vi'),
  );
}

const ALL = { limit: 5000, offset: 0 };

/** The sessions the schedules in the actor's scope plan from `from` to `to` (published or not). */
export async function listSessions(ctx: Ctx, q: ReceptionSessionQuery): Promise<Paged<ReceptionSession>> {
  checkSpan(q.from, q.to);
  const under = q.unitId ? await readableUnit(ctx, q.unitId) : undefined;
  const rows = await fetchRows(repo.scheduleList(ctx.db, readScopes(ctx), { under, overlaps: q }).rows, ALL);
  // a span of at most a few months of planned days: read whole, in the one list envelope
  return wholeList(sessionsOf(rows, q.from, q.to, await workingCalendar(ctx)));
}

/**
 * For the public portal (no account, no access check): the sessions of the published schedules of a
 * unit and the units below it (or of every unit) from `from` to `to`. They carry no personal data of
 * citizens: the place, the time and the official who receives (title and name, published by law,
 * Điều 9 Luật Tiếp công dân 2013 on the public reception rules).
 */
export async function publicSchedules(
  ctx: Ctx,
  q: { unitId?: number; from: string; to: string },
): Promise<ReceptionSession[]> {
  checkSpan(q.from, q.to);
  let under: { path: string } | undefined;
  if (q.unitId) {
    const u = await org.getUnitById(ctx, q.unitId);
    if (!u) throw NotFound('Đơn vị');
    under = u;
  }
  const list = repo.scheduleList(ctx.db, null, { under, overlaps: q, publishedOnly: true });
  const rows = await fetchRows(list.rows, ALL);
  return sessionsOf(rows, q.from, q.to, await workingCalendar(ctx));
}
