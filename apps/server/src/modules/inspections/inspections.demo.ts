/**
 * Demo data of the inspections module (marked as demo): Thanh tra tỉnh's plan of public duty checks
 * for the year (Trung tâm Phục vụ hành chính công in March, phường Biên Hòa in June), the March check
 * carried out and concluded with one violation of conduct (a reprimand) and two recommendations,
 * one done with its evidence and one still in progress, the result made public.
 */
import { minIsoDate } from '@danvan/domain';
import { today, type Ctx } from '../../core/context.ts';
import { registerDemoSeeder } from '../../core/demo.ts';
import * as org from '../org/index.ts';
import { concludeInspection } from './inspection/conclude-inspection.ts';
import { createInspection } from './inspection/create-inspection.ts';
import { createPlan } from './plan/create-plan.ts';
import { addPlanItem } from './plan/update-plan.ts';
import { createRecommendation } from './recommendation/create-recommendation.ts';
import { updateRecommendation } from './recommendation/update-recommendation.ts';
import { createViolation } from './violation/create-violation.ts';

export function registerInspectionsDemo(): void {
  registerDemoSeeder('inspections', 44, async (ctx: Ctx) => {
    const t = today(ctx);
    const y = Number(t.slice(0, 4));
    const day = (md: string) => minIsoDate(`${y}-${md}`, t);
    const byCode = new Map((await org.findUnits(ctx, {})).map((u) => [u.code, u]));
    const ttt = byCode.get('TTT');
    const center = byCode.get('TTPVHCC');
    const ward = byCode.get('PHUONG_BIEN_HOA');
    if (!ttt || !center) return;
    let plan = await createPlan(
      ctx,
      {
        unitId: ttt.id,
        year: y,
        title: `Kế hoạch thanh tra, kiểm tra công vụ năm ${y}`,
        decisionNumber: `05/QĐ-TTr`,
        approvedOn: day('01-10'),
      },
      { isDemo: true },
    );
    plan = await addPlanItem(ctx, plan.id, {
      expectedVersion: plan.version,
      unitId: center.id,
      month: 3,
      kind: 'check',
      content:
        'Việc chấp hành kỷ luật, kỷ cương hành chính, văn hóa công vụ tại Bộ phận tiếp nhận và trả kết quả.',
    });
    if (ward)
      plan = await addPlanItem(ctx, plan.id, {
        expectedVersion: plan.version,
        unitId: ward.id,
        month: 6,
        kind: 'check',
        content: 'Việc thực hiện quy tắc ứng xử, thời gian làm việc của công chức phường.',
      });
    const item = plan.planItems.find((i) => i.unitId === center.id)!;
    let insp = await createInspection(
      ctx,
      {
        unitId: center.id,
        conductorUnitId: ttt.id,
        planItemId: item.id,
        kind: 'check',
        title: 'Kiểm tra công vụ tại Trung tâm Phục vụ hành chính công tỉnh',
        decisionNumber: '12/QĐ-TTr',
        startOn: day('03-09'),
        endOn: day('03-13'),
        team: [
          { name: 'Đặng Văn Lực', role: 'Trưởng đoàn' },
          { name: 'Lê Thị Mai', role: 'Thành viên' },
        ],
        scope: 'việc chấp hành kỷ luật, kỷ cương hành chính và văn hóa công vụ',
        findings:
          'Đơn vị niêm yết công khai đầy đủ thủ tục hành chính; 98,6% hồ sơ trả kết quả đúng hẹn. Còn 01 trường hợp công chức có thái độ chưa đúng mực khi hướng dẫn người dân.',
      },
      { isDemo: true },
    );
    insp = await createViolation(ctx, insp.id, {
      personName: 'Nguyễn Văn Tâm',
      personPosition: 'Chuyên viên',
      personUnit: 'Trung tâm Phục vụ hành chính công tỉnh',
      rule: 'communication',
      description: 'Có thái độ thiếu hòa nhã, to tiếng với người dân khi hướng dẫn hồ sơ.',
      sanction: 'reprimand',
      sanctionDecision: 'Quyết định số 45/QĐ-TTPVHCC',
      sanctionOn: day('04-02'),
    });
    insp = await createRecommendation(ctx, insp.id, {
      content: 'Tổ chức kiểm điểm, rút kinh nghiệm về văn hóa giao tiếp với Nhân dân trong toàn đơn vị.',
      dueOn: day('04-15'),
    });
    insp = await createRecommendation(ctx, insp.id, {
      content: 'Lắp đặt hộp thư góp ý và mã QR đánh giá mức độ hài lòng tại từng quầy.',
      dueOn: day('06-30'),
    });
    insp = await concludeInspection(ctx, insp.id, {
      expectedVersion: insp.version,
      conclusionNumber: '18/KL-TTr',
      conclusionDate: day('03-25'),
      conclusionText:
        'Đơn vị chấp hành tốt kỷ luật, kỷ cương hành chính; còn 01 trường hợp vi phạm chuẩn mực giao tiếp, ứng xử, đã được xử lý.',
      signerName: 'Hồ Văn Hà',
      signerPosition: 'Chánh Thanh tra tỉnh',
      isPublic: true,
      publicSummary:
        'Kiểm tra công vụ tại Trung tâm Phục vụ hành chính công tỉnh: đơn vị chấp hành tốt kỷ luật, kỷ cương hành chính; 01 trường hợp vi phạm chuẩn mực giao tiếp đã được xử lý; 02 kiến nghị.',
    });
    const [first, second] = insp.recommendationList;
    await updateRecommendation(ctx, first.id, {
      expectedVersion: first.version,
      state: 'done',
      doneOn: day('04-10'),
      evidence: 'Biên bản họp kiểm điểm ngày 10/4 của Trung tâm.',
    });
    await updateRecommendation(ctx, second.id, { expectedVersion: second.version, state: 'in_progress' });
  });
}
