/**
 * Demo data of the reception module (every record marked as demo): the reception schedules of the
 * province and of the demo commune (the first commune, where the demo reception officer and chair
 * work), and the commune's reception log over the last weeks: the chair's Tuesday sessions (one week
 * missed, one held by the vice-chair, which no longer counts from 1/7/2026), the officer's regular
 * sessions, a mass delegation about land clearance, a refusal with its reason.
 */
import { addDays, dayOfWeek, isWorkingDay, type PetitionField, type ReceptionOutcome } from '@danvan/domain';
import { today, type Ctx } from '../../core/context.ts';
import { registerDemoSeeder } from '../../core/demo.ts';
import * as org from '../org/index.ts';
import { workingCalendar } from '../legal/index.ts';
import { createSchedule } from './schedule/create-schedule.ts';
import { createVisit } from './visit/create-visit.ts';

interface DemoVisit {
  representativeName: string;
  visitorsCount: number;
  idNumber: string;
  address: string;
  content: string;
  field: PetitionField;
  outcome: ReceptionOutcome;
  outcomeNote?: string;
  refusalReason?: string;
  conclusion?: string;
}

/** What the chair heard on Tuesdays, newest first. */
const HEAD_VISITS: DemoVisit[] = [
  {
    representativeName: 'Trần Văn Dũng',
    visitorsCount: 7,
    idNumber: '075082004512',
    address: 'Tổ 5, ấp Bàu Cá',
    content:
      'Đại diện 7 hộ dân ấp Bàu Cá phản ánh việc bồi thường, hỗ trợ khi thu hồi đất làm đường giao thông liên xã chưa thỏa đáng; đề nghị xem xét lại đơn giá bồi thường đất nông nghiệp và bố trí tái định cư.',
    field: 'dat_dai',
    outcome: 'petition_received',
    outcomeNote: 'Tiếp nhận đơn kiến nghị có chữ ký của 7 hộ dân; chuyển bộ phận xử lý đơn phân loại.',
    conclusion:
      'Giao Công chức Địa chính - Xây dựng phối hợp Ban Quản lý dự án rà soát hồ sơ bồi thường của 7 hộ, báo cáo Chủ tịch UBND xã trong 10 ngày làm việc.\nUBND xã sẽ tổ chức đối thoại với các hộ dân sau khi có kết quả rà soát.',
  },
  {
    representativeName: 'Nguyễn Thị Hoa',
    visitorsCount: 1,
    idNumber: '075186001234',
    address: 'Ấp Trung Tâm',
    content: 'Đề nghị xem xét hồ sơ hưởng trợ cấp xã hội hằng tháng cho mẹ là người cao tuổi sống một mình.',
    field: 'chinh_sach_xa_hoi',
    outcome: 'answered',
    outcomeNote: 'Đã giải thích điều kiện hưởng trợ cấp và hướng dẫn bổ sung giấy xác nhận.',
    conclusion:
      'Giao Công chức Văn hóa - Xã hội hướng dẫn bà Hoa hoàn thiện hồ sơ, trình Chủ tịch UBND xã xem xét trong tháng.',
  },
  {
    representativeName: 'Lê Văn Hùng',
    visitorsCount: 2,
    idNumber: '075079003377',
    address: 'Ấp Tân Lập',
    content: 'Phản ánh cơ sở chăn nuôi heo gây ô nhiễm mùi, nước thải chảy ra mương thoát nước chung.',
    field: 'moi_truong',
    outcome: 'answered',
    outcomeNote: 'Giao kiểm tra thực tế, xử lý theo quy định.',
    conclusion:
      'Giao Công chức Địa chính - Nông nghiệp - Môi trường kiểm tra cơ sở chăn nuôi trong 05 ngày làm việc, xử lý vi phạm (nếu có) và trả lời ông Hùng bằng văn bản.',
  },
  {
    representativeName: 'Phạm Thị Lan',
    visitorsCount: 1,
    idNumber: '075190007788',
    address: 'Ấp Bình Lợi',
    content: 'Hỏi về thủ tục cấp giấy chứng nhận quyền sử dụng đất lần đầu đối với thửa đất thừa kế.',
    field: 'dat_dai',
    outcome: 'guided',
    outcomeNote: 'Hướng dẫn nộp hồ sơ tại Bộ phận Một cửa của UBND xã.',
  },
];

/** The officer's regular sessions. */
const REGULAR_VISITS: DemoVisit[] = [
  {
    representativeName: 'Võ Văn Tâm',
    visitorsCount: 1,
    idNumber: '075075002211',
    address: 'Ấp Bàu Cá',
    content: 'Tranh chấp ranh giới đất với hộ liền kề, đề nghị UBND xã hòa giải.',
    field: 'dat_dai',
    outcome: 'guided',
    outcomeNote: 'Hướng dẫn gửi đơn đề nghị hòa giải đến Tổ hòa giải ấp và UBND xã.',
  },
  {
    representativeName: 'Đặng Thị Thu',
    visitorsCount: 1,
    idNumber: '075188004455',
    address: 'Ấp Trung Tâm',
    content: 'Đề nghị hướng dẫn thủ tục đăng ký khai sinh quá hạn cho con.',
    field: 'tu_phap',
    outcome: 'answered',
    outcomeNote: 'Đã hướng dẫn trực tiếp thủ tục và giấy tờ cần chuẩn bị.',
  },
  {
    representativeName: 'Hoàng Văn Long',
    visitorsCount: 1,
    idNumber: '',
    address: 'Không cung cấp',
    content: 'Đến trụ sở trong tình trạng say rượu, có lời lẽ xúc phạm cán bộ tiếp công dân.',
    field: 'khac',
    outcome: 'refused',
    refusalReason:
      'Người đến trong tình trạng say rượu, có hành vi xúc phạm (khoản 2 Điều 9 Luật Tiếp công dân 2013); đã lập biên bản.',
  },
  {
    representativeName: 'Bùi Văn Sáu',
    visitorsCount: 5,
    idNumber: '075070001199',
    address: 'Ấp Tân Lập',
    content:
      'Nhóm hộ dân kiến nghị sửa chữa đoạn đường đất bị sạt lở sau mưa, ảnh hưởng việc đi lại của học sinh.',
    field: 'khac',
    outcome: 'petition_received',
    outcomeNote: 'Tiếp nhận đơn kiến nghị, báo cáo lãnh đạo UBND xã.',
  },
];

/** The `n` most recent past days with this weekday that are working days. */
function lastWeekdays(
  t: string,
  weekday: number,
  n: number,
  calendar: Awaited<ReturnType<typeof workingCalendar>>,
) {
  const out: string[] = [];
  for (let d = addDays(t, -1); out.length < n && d > addDays(t, -200); d = addDays(d, -1))
    if (dayOfWeek(d) === weekday && isWorkingDay(d, calendar)) out.push(d);
  return out;
}

async function seed(ctx: Ctx) {
  const t = today(ctx);
  const all = await org.findUnits(ctx, {});
  const root = all.find((u) => u.code === 'UBND_TINH') ?? all.find((u) => u.parentId === null);
  const commune = all.filter((u) => u.kind === 'commune').sort((a, b) => a.id - b.id)[0];
  if (!root || !commune) return;
  const calendar = await workingCalendar(ctx);
  const yearStart = `${t.slice(0, 4)}-01-01`;
  const demo = { isDemo: true };
  const place = `Phòng tiếp công dân, trụ sở ${commune.name}`;

  await createSchedule(
    ctx,
    {
      unitId: root.id,
      kind: 'regular',
      title: 'Lịch tiếp công dân thường xuyên tại Ban Tiếp công dân tỉnh',
      weekdays: [1, 2, 3, 4, 5],
      monthDays: [],
      dates: [],
      startTime: '07:30',
      endTime: '16:30',
      place: 'Trụ sở Ban Tiếp công dân tỉnh Đồng Nai',
      receiverName: 'Lãnh đạo Ban Tiếp công dân tỉnh',
      receiverTitle: 'Trưởng Ban Tiếp công dân tỉnh',
      headInPerson: false,
      online: false,
      onlineLink: '',
      published: true,
      validFrom: yearStart,
      note: 'Tiếp tất cả các ngày làm việc trong tuần.',
    },
    demo,
  );
  await createSchedule(
    ctx,
    {
      unitId: root.id,
      kind: 'periodic_head',
      title: 'Chủ tịch UBND tỉnh tiếp công dân định kỳ ngày 20 hằng tháng',
      weekdays: [],
      monthDays: [20],
      dates: [],
      startTime: '08:00',
      endTime: '11:30',
      place: 'Trụ sở Ban Tiếp công dân tỉnh Đồng Nai',
      receiverName: '',
      receiverTitle: 'Chủ tịch UBND tỉnh',
      headInPerson: true,
      online: true,
      onlineLink: 'https://tiepcongdan.dongnai.gov.vn/phong-truc-tuyen',
      published: true,
      validFrom: yearStart,
      note: 'Trùng ngày nghỉ thì tiếp vào ngày làm việc tiếp theo.',
    },
    demo,
  );
  await createSchedule(
    ctx,
    {
      unitId: commune.id,
      kind: 'regular',
      title: 'Lịch tiếp công dân thường xuyên',
      weekdays: [2, 4],
      monthDays: [],
      dates: [],
      startTime: '07:30',
      endTime: '11:00',
      place,
      receiverName: 'Ngô Văn Bình',
      receiverTitle: 'Công chức tiếp công dân',
      headInPerson: false,
      online: false,
      onlineLink: '',
      published: true,
      validFrom: yearStart,
      note: '',
    },
    demo,
  );
  await createSchedule(
    ctx,
    {
      unitId: commune.id,
      kind: 'periodic_head',
      title: 'Chủ tịch UBND tiếp công dân định kỳ sáng thứ Ba hằng tuần',
      weekdays: [2],
      monthDays: [],
      dates: [],
      startTime: '08:00',
      endTime: '11:00',
      place,
      receiverName: 'Phạm Văn Hòa',
      receiverTitle: 'Chủ tịch UBND',
      headInPerson: true,
      online: false,
      onlineLink: '',
      published: true,
      validFrom: yearStart,
      note: 'Luật Tiếp công dân: Chủ tịch UBND cấp xã tiếp công dân ít nhất 01 ngày trong tuần.',
    },
    demo,
  );

  // the chair's Tuesdays: held in person, except the 3rd most recent (missed) and the 5th (the
  // vice-chair on the chair's behalf)
  const tuesdays = lastWeekdays(t, 2, 8, calendar);
  let h = 0;
  for (const [i, day] of tuesdays.entries()) {
    if (i === 2) continue;
    const deputy = i === 4;
    const v = HEAD_VISITS[h++ % HEAD_VISITS.length];
    await createVisit(
      ctx,
      {
        unitId: commune.id,
        kind: 'periodic_head',
        receivedOn: day,
        receivedTime: '08:30',
        place,
        receiverName: deputy ? 'Lê Thị Ngọc' : 'Phạm Văn Hòa',
        receiverTitle: deputy ? 'Phó Chủ tịch UBND' : 'Chủ tịch UBND',
        headInPerson: !deputy,
        deputyOnBehalf: deputy,
        online: false,
        onlineNoticeSentOn: null,
        refusalReason: '',
        outcomeNote: '',
        conclusion: '',
        ...v,
      },
      demo,
    );
  }
  for (const [i, day] of lastWeekdays(t, 4, REGULAR_VISITS.length, calendar).entries())
    await createVisit(
      ctx,
      {
        unitId: commune.id,
        kind: 'regular',
        receivedOn: day,
        receivedTime: i % 2 ? '09:15' : '08:00',
        place,
        receiverName: 'Ngô Văn Bình',
        receiverTitle: 'Công chức tiếp công dân',
        headInPerson: false,
        deputyOnBehalf: false,
        online: false,
        onlineNoticeSentOn: null,
        refusalReason: '',
        outcomeNote: '',
        conclusion: '',
        ...REGULAR_VISITS[i],
      },
      demo,
    );
}

export function registerReceptionDemo(): void {
  registerDemoSeeder('reception', 35, seed);
}
