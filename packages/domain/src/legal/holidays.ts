/**
 * The seed of the working-day calendar of state bodies, 2025–2027: public holidays (Bộ luật Lao động
 * 2019, Điều 112), the days the Government swaps (hoán đổi) and the Saturdays worked in exchange
 * (ngày làm bù), each with its basis. The server copies it once into its calendar table, where the
 * administrator keeps it; the code never reads it for counting.
 *
 * `needsCheck` marks entries not confirmed by an official notice (2027 has none yet: its lunar days and
 * the day next to Quốc khánh follow the Labour Code's pattern only).
 */
import { assertIsoDate, dayOfWeek } from '../time/calendar.ts';
import type { CalendarDay, HolidayCalendar } from '../time/working-days.ts';

const LABOUR_CODE = 'Bộ luật Lao động 2019, Điều 112 khoản 1';
const LABOUR_CODE_SUBSTITUTE =
  'Bộ luật Lao động 2019, Điều 111 khoản 3 (nghỉ bù khi ngày lễ trùng ngày nghỉ hằng tuần)';
const SWAP_2025 = 'Công văn 8726/VPCP-KGVX ngày 26/11/2024 (lịch nghỉ Tết và các dịp lễ năm 2025)';
const NEW_YEAR_2026 = 'Công văn 12729/VPCP-KGVX ngày 25/12/2025 (nghỉ Tết Dương lịch 2026)';
const TET_NATIONAL_DAY_2026 =
  'Văn bản của Văn phòng Chính phủ ngày 13/10/2025 truyền đạt ý kiến Thủ tướng về nghỉ Tết Âm lịch, Quốc khánh năm 2026; Bộ Nội vụ thông báo';
const PROVISIONAL_2027 = 'Dự kiến theo Bộ luật Lao động 2019, Điều 112; chưa có thông báo của Chính phủ';

function day(
  date: string,
  name: string,
  basis: string,
  opts: { workday?: true; needsCheck?: true } = {},
): CalendarDay {
  assertIsoDate(date);
  return Object.freeze({ date, name, basis, ...opts });
}

/**
 * Public holidays and days off of state bodies in Vietnam, 2025–2027, with the make-up working days.
 * 2025 and 2026 follow the Government's announcements; 2027 is provisional (needsCheck).
 */
export const VN_PUBLIC_HOLIDAYS_2025_2027: HolidayCalendar = Object.freeze([
  // 2025
  day('2025-01-01', 'Tết Dương lịch', LABOUR_CODE),
  day('2025-01-27', 'Tết Nguyên đán Ất Tỵ (28 tháng Chạp)', SWAP_2025),
  day('2025-01-28', 'Tết Nguyên đán Ất Tỵ (29 tháng Chạp, giao thừa)', SWAP_2025),
  day('2025-01-29', 'Tết Nguyên đán Ất Tỵ (mùng 1 tháng Giêng)', SWAP_2025),
  day('2025-01-30', 'Tết Nguyên đán Ất Tỵ (mùng 2 tháng Giêng)', SWAP_2025),
  day('2025-01-31', 'Tết Nguyên đán Ất Tỵ (mùng 3 tháng Giêng)', SWAP_2025),
  day('2025-04-07', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', LABOUR_CODE),
  day('2025-04-26', 'Làm bù cho ngày 02/5/2025', SWAP_2025, { workday: true }),
  day('2025-04-30', 'Ngày Chiến thắng (Giải phóng miền Nam, thống nhất đất nước)', LABOUR_CODE),
  day('2025-05-01', 'Ngày Quốc tế Lao động', LABOUR_CODE),
  day('2025-05-02', 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4/2025)', SWAP_2025),
  day('2025-09-01', 'Quốc khánh (ngày liền kề)', SWAP_2025),
  day('2025-09-02', 'Quốc khánh', LABOUR_CODE),
  // 2026
  day('2026-01-01', 'Tết Dương lịch', LABOUR_CODE),
  day('2026-01-02', 'Nghỉ hoán đổi (làm bù thứ Bảy 10/01/2026)', NEW_YEAR_2026),
  day('2026-01-10', 'Làm bù cho ngày 02/01/2026', NEW_YEAR_2026, { workday: true }),
  day('2026-02-16', 'Tết Nguyên đán Bính Ngọ (29 tháng Chạp, giao thừa)', TET_NATIONAL_DAY_2026),
  day('2026-02-17', 'Tết Nguyên đán Bính Ngọ (mùng 1 tháng Giêng)', TET_NATIONAL_DAY_2026),
  day('2026-02-18', 'Tết Nguyên đán Bính Ngọ (mùng 2 tháng Giêng)', TET_NATIONAL_DAY_2026),
  day('2026-02-19', 'Tết Nguyên đán Bính Ngọ (mùng 3 tháng Giêng)', TET_NATIONAL_DAY_2026),
  day('2026-02-20', 'Tết Nguyên đán Bính Ngọ (mùng 4 tháng Giêng)', TET_NATIONAL_DAY_2026),
  day('2026-04-26', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', LABOUR_CODE),
  day('2026-04-27', 'Nghỉ bù Giỗ Tổ Hùng Vương (trùng Chủ nhật)', LABOUR_CODE_SUBSTITUTE),
  day('2026-04-30', 'Ngày Chiến thắng (Giải phóng miền Nam, thống nhất đất nước)', LABOUR_CODE),
  day('2026-05-01', 'Ngày Quốc tế Lao động', LABOUR_CODE),
  day('2026-08-22', 'Làm bù cho ngày 31/8/2026', TET_NATIONAL_DAY_2026, { workday: true }),
  day('2026-08-31', 'Nghỉ hoán đổi (làm bù thứ Bảy 22/8/2026)', TET_NATIONAL_DAY_2026),
  day('2026-09-01', 'Quốc khánh (ngày liền kề)', TET_NATIONAL_DAY_2026),
  day('2026-09-02', 'Quốc khánh', LABOUR_CODE),
  // 2027 (provisional: no notice yet)
  day('2027-01-01', 'Tết Dương lịch', LABOUR_CODE),
  day('2027-02-05', 'Tết Nguyên đán Đinh Mùi (giao thừa)', PROVISIONAL_2027, { needsCheck: true }),
  day('2027-02-06', 'Tết Nguyên đán Đinh Mùi (mùng 1 tháng Giêng)', PROVISIONAL_2027, { needsCheck: true }),
  day('2027-02-07', 'Tết Nguyên đán Đinh Mùi (mùng 2 tháng Giêng)', PROVISIONAL_2027, { needsCheck: true }),
  day('2027-02-08', 'Tết Nguyên đán Đinh Mùi (mùng 3 tháng Giêng)', PROVISIONAL_2027, { needsCheck: true }),
  day('2027-02-09', 'Tết Nguyên đán Đinh Mùi (mùng 4 tháng Giêng)', PROVISIONAL_2027, { needsCheck: true }),
  day('2027-02-10', 'Nghỉ bù Tết Nguyên đán (mùng 1 trùng thứ Bảy)', PROVISIONAL_2027, { needsCheck: true }),
  day('2027-02-11', 'Nghỉ bù Tết Nguyên đán (mùng 2 trùng Chủ nhật)', PROVISIONAL_2027, { needsCheck: true }),
  day('2027-04-16', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', PROVISIONAL_2027, { needsCheck: true }),
  day('2027-04-30', 'Ngày Chiến thắng (Giải phóng miền Nam, thống nhất đất nước)', LABOUR_CODE),
  day('2027-05-01', 'Ngày Quốc tế Lao động', LABOUR_CODE),
  day('2027-05-03', 'Nghỉ bù Ngày Quốc tế Lao động (trùng thứ Bảy)', LABOUR_CODE_SUBSTITUTE),
  day('2027-09-02', 'Quốc khánh', LABOUR_CODE),
  day('2027-09-03', 'Quốc khánh (ngày liền kề)', PROVISIONAL_2027, { needsCheck: true }),
]);

/** A problem with a calendar entry, for the field named by `path`. */
export interface CalendarDayProblem {
  path: string;
  message: string;
}

/**
 * Checks one calendar entry: a real date, a name, and a make-up working day only on a Saturday or a
 * Sunday (a weekday is a working day already). Messages in Vietnamese.
 */
export function validateCalendarDay(
  entry: Pick<CalendarDay, 'date' | 'name' | 'workday'>,
): CalendarDayProblem[] {
  const out: CalendarDayProblem[] = [];
  let valid = true;
  try {
    assertIsoDate(entry.date);
  } catch {
    valid = false;
    out.push({ path: 'date', message: 'Ngày không hợp lệ' });
  }
  if (entry.name.trim().length < 2) out.push({ path: 'name', message: 'Tên ngày phải có ít nhất 2 ký tự' });
  if (valid && entry.workday) {
    const w = dayOfWeek(entry.date);
    if (w !== 0 && w !== 6)
      out.push({ path: 'workday', message: 'Ngày làm bù phải là thứ Bảy hoặc Chủ nhật' });
  }
  return out;
}
