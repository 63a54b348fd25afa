/**
 * Demo data of the training module (every course marked as demo), in the demo province: a province
 * training course on skills of mobilising the people organised by Sở Nội vụ with attendees by unit
 * and a named list, a ward's briefing conference, and the headcounts of those units for the year.
 */
import { minIsoDate } from '@danvan/domain';
import { today, type Ctx } from '../../core/context.ts';
import { registerDemoSeeder } from '../../core/demo.ts';
import * as org from '../org/index.ts';
import { createCourse } from './course/create-course.ts';
import { setAttendance } from './course/set-attendance.ts';
import { setHeadcount } from './headcount/set-headcount.ts';

export function registerTrainingDemo(): void {
  registerDemoSeeder('training', 42, async (ctx: Ctx) => {
    const t = today(ctx);
    const y = Number(t.slice(0, 4));
    const day = (md: string) => minIsoDate(`${y}-${md}`, t);
    const byCode = new Map((await org.findUnits(ctx, {})).map((u) => [u.code, u]));
    const snv = byCode.get('SNV');
    const center = byCode.get('TTPVHCC');
    const ward = byCode.get('PHUONG_BIEN_HOA');
    if (!snv) return;
    const course = await createCourse(
      ctx,
      {
        unitId: snv.id,
        topic: 'Bồi dưỡng kỹ năng vận động Nhân dân và công tác dân vận chính quyền năm ' + y,
        kind: 'refresher',
        format: 'hybrid',
        place: 'Hội trường Sở Nội vụ, kết nối trực tuyến đến các xã, phường',
        startOn: day('03-12'),
        endOn: day('03-13'),
        content:
          'Quán triệt Chỉ thị số 33/CT-TTg; kỹ năng tiếp xúc, đối thoại với Nhân dân; văn hóa công vụ; xây dựng mô hình “Dân vận khéo”.',
        lecturers: 'Ban Dân vận Tỉnh ủy; Sở Nội vụ',
      },
      { isDemo: true },
    );
    await setAttendance(ctx, course.id, {
      expectedVersion: course.version,
      units: [
        { unitId: snv.id, count: 12 },
        ...(center ? [{ unitId: center.id, count: 18 }] : []),
        ...(ward ? [{ unitId: ward.id, count: 25 }] : []),
      ],
      persons: [
        { unitId: snv.id, fullName: 'Phạm Thị Lan', position: 'Chuyên viên phòng Công tác thanh niên' },
        { unitId: snv.id, fullName: 'Lê Hoàng Nam', position: 'Phó Trưởng phòng' },
        ...(ward
          ? [
              { unitId: ward.id, fullName: 'Nguyễn Thị Hồng', position: 'Công chức Văn phòng - Thống kê' },
              { unitId: ward.id, fullName: 'Trần Văn Bình', position: 'Công chức Tư pháp - Hộ tịch' },
            ]
          : []),
      ],
    });
    if (ward)
      await createCourse(
        ctx,
        {
          unitId: ward.id,
          topic: 'Hội nghị quán triệt Quy chế dân chủ ở cơ sở và kỹ năng tiếp công dân',
          kind: 'briefing',
          format: 'in_person',
          place: 'Hội trường Ủy ban nhân dân phường',
          startOn: day('04-20'),
          endOn: day('04-20'),
          content: 'Luật Thực hiện dân chủ ở cơ sở năm 2022; kỹ năng tiếp công dân, xử lý đơn thư.',
        },
        { isDemo: true },
      );
    for (const [u, n] of [
      [snv, 96],
      [center, 64],
      [ward, 38],
    ] as const)
      if (u) await setHeadcount(ctx, { unitId: u.id, year: y, civilServants: n });
  });
}
