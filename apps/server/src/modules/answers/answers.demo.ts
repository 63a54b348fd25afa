/**
 * Demo data of the answers module (every record marked as demo), in the demo province (Đồng Nai):
 * a direct dialogue of the first commune's chair with two commitments (one done on time, one
 * overdue), the provincial Front's supervision conclusion with three recommendations to the
 * Department of Construction (answered; one judged not satisfactory and re-answered), and one
 * People's Council session's voter petitions grouped by field, assigned, partly answered and published.
 */
import { addDays, minIsoDate } from '@danvan/domain';
import { inArray } from 'drizzle-orm';
import { today, type Ctx } from '../../core/context.ts';
import { registerDemoSeeder } from '../../core/demo.ts';
import { answersItems, answersSources } from '../../db/schema/answers.ts';
import * as org from '../org/index.ts';
import { answerItem } from './item/answer-item.ts';
import { assignItems } from './item/assign-items.ts';
import { closeItem } from './item/close-item.ts';
import { judgeItem } from './item/judge-item.ts';
import { publishItems } from './item/publish-items.ts';
import { createCouncilSession } from './source/create-council-session.ts';
import { createDialogue } from './source/create-dialogue.ts';
import { createFrontSupervision } from './source/create-front-document.ts';
import { holdDialogue } from './source/hold-dialogue.ts';

async function markDemo(ctx: Ctx, sourceIds: number[]) {
  await ctx.db.update(answersSources).set({ isDemo: true }).where(inArray(answersSources.id, sourceIds));
  await ctx.db.update(answersItems).set({ isDemo: true }).where(inArray(answersItems.sourceId, sourceIds));
}

export function registerAnswersDemo(): void {
  registerDemoSeeder('answers', 60, async (ctx: Ctx) => {
    const t = today(ctx);
    const day = (n: number) => minIsoDate(addDays(t, -n), t);
    const all = await org.findUnits(ctx, {});
    const byCode = new Map(all.map((u) => [u.code, u]));
    const commune = all.filter((u) => u.kind === 'commune').sort((a, b) => a.id - b.id)[0];
    const front = byCode.get('MTTQ_TINH');
    const council = byCode.get('HDND_TINH');
    const sxd = byCode.get('SXD');
    const syt = byCode.get('SYT');
    const sgd = byCode.get('SGDDT');
    const made: number[] = [];

    // --- a direct dialogue with two commitments -------------------------------------------------
    if (commune) {
      const d = await createDialogue(ctx, {
        unitId: commune.id,
        title:
          'Đối thoại với Nhân dân về bồi thường, hỗ trợ giải phóng mặt bằng dự án nâng cấp đường liên khu phố',
        scheduledOn: day(40),
        place: `Hội trường ${commune.name}`,
        chairName: 'Phạm Văn Hòa, Chủ tịch UBND',
        noticeOn: day(47),
        noticeText:
          'UBND thông báo tổ chức đối thoại trực tiếp với các hộ dân bị ảnh hưởng bởi dự án; đề nghị các hộ dân tham dự đúng giờ.',
        participantsText:
          'Đại diện 64 hộ dân bị ảnh hưởng; Ủy ban MTTQ Việt Nam; Hội Nông dân; Ban điều hành các khu phố; công chức Địa chính – Xây dựng.',
      });
      const held = await holdDialogue(ctx, d.id, {
        expectedVersion: d.version,
        heldOn: day(40),
        participantCount: 72,
        participantsText:
          'Đại diện 64 hộ dân; Ủy ban MTTQ Việt Nam; Hội Nông dân; Ban điều hành các khu phố; công chức chuyên môn.',
        issuesRaised:
          'Người dân đề nghị công khai đơn giá bồi thường đất và tài sản trên đất.\nĐề nghị làm đường tạm để học sinh đi lại an toàn trong thời gian thi công.\nĐề nghị hỗ trợ chuyển đổi nghề cho các hộ mất đất sản xuất.',
        conclusion:
          'Chủ tịch UBND tiếp thu các ý kiến; giao công chức Địa chính – Xây dựng công khai đơn giá, giao Phó Chủ tịch phụ trách làm việc với chủ đầu tư về đường tạm.',
        commitments: [
          {
            text: 'Niêm yết công khai đơn giá bồi thường đất và tài sản trên đất tại nhà văn hóa các khu phố',
            field: 'dat_dai',
            responsibleUnitId: commune.id,
            ownerName: 'Công chức Địa chính – Xây dựng',
            dueDate: day(30),
          },
          {
            text: 'Làm đường tạm cho học sinh đi lại trong thời gian thi công',
            field: 'xay_dung_giao_thong',
            responsibleUnitId: commune.id,
            ownerName: 'Phó Chủ tịch UBND phụ trách kinh tế',
            dueDate: day(10),
          },
        ],
      });
      const [c1] = held.sourceItems;
      const a = await answerItem(ctx, c1!.id, {
        expectedVersion: c1!.version,
        text: 'Đã niêm yết đơn giá bồi thường tại nhà văn hóa 4 khu phố và trên trang thông tin điện tử.',
        answeredOn: day(33),
      });
      await closeItem(ctx, a.id, { expectedVersion: a.version, note: 'Đã kiểm tra việc niêm yết.' });
      made.push(d.id);
    }

    // --- the provincial Front's supervision conclusion to a department -------------------------
    if (front && sxd) {
      const s = await createFrontSupervision(ctx, {
        unitId: front.id,
        addresseeUnitId: sxd.id,
        docType: 'conclusion',
        title: 'Thông báo kết quả giám sát việc giải quyết thủ tục cấp giấy phép xây dựng nhà ở riêng lẻ',
        documentNumber: '125/TB-MTTQ-BTT',
        receivedOn: day(25),
        summary:
          'Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh giám sát tại Sở Xây dựng và một số phường; kiến nghị ba nội dung.',
        items: [
          {
            text: 'Rút ngắn thời gian giải quyết hồ sơ cấp giấy phép xây dựng nhà ở riêng lẻ',
            field: 'xay_dung_giao_thong',
          },
          {
            text: 'Công khai đầy đủ quy trình, thành phần hồ sơ tại Bộ phận một cửa và trên cổng dịch vụ công',
            field: 'hanh_chinh_tu_phap',
          },
          {
            text: 'Tăng cường hướng dẫn người dân nộp hồ sơ trực tuyến toàn trình',
            field: 'hanh_chinh_tu_phap',
          },
        ],
      });
      const [r1, r2, r3] = s.sourceItems;
      const a1 = await answerItem(ctx, r1!.id, {
        expectedVersion: r1!.version,
        text: 'Sở Xây dựng tiếp thu; đang rà soát quy trình nội bộ để rút ngắn thời gian giải quyết.',
        answerDocument: '412/SXD-VP',
        answeredOn: day(14),
      });
      const j1 = await judgeItem(ctx, a1.id, {
        expectedVersion: a1.version,
        verdict: 'not_satisfied',
        comment: 'Chưa nêu rõ thời gian giải quyết sau khi rút ngắn và thời điểm áp dụng.',
      });
      await answerItem(ctx, j1.id, {
        expectedVersion: j1.version,
        text: 'Từ ngày 01 tháng sau, thời gian giải quyết giảm từ 15 xuống 10 ngày làm việc; đã ban hành quy trình nội bộ mới.',
        answerDocument: '437/SXD-VP',
        answeredOn: day(8),
      });
      const a2 = await answerItem(ctx, r2!.id, {
        expectedVersion: r2!.version,
        text: 'Đã niêm yết quy trình, thành phần hồ sơ tại Bộ phận một cửa và cập nhật trên Cổng dịch vụ công.',
        answerDocument: '412/SXD-VP',
        answeredOn: day(14),
      });
      await judgeItem(ctx, a2.id, { expectedVersion: a2.version, verdict: 'satisfied' });
      void r3; // the third is still being handled
      made.push(s.id);
    }

    // --- one HĐND session's voter petitions ----------------------------------------------------
    if (council && sxd && syt && sgd) {
      const s = await createCouncilSession(ctx, {
        unitId: council.id,
        title: 'Kỳ họp thường lệ giữa năm, HĐND tỉnh khóa X',
        term: '2021–2026',
        sessionOn: day(20),
        answerDue: addDays(t, 20),
        documentNumber: '58/BC-HĐND',
        items: [
          {
            text: 'Cử tri đề nghị sớm sửa chữa tuyến đường tỉnh đoạn qua khu dân cư bị xuống cấp, nhiều ổ gà',
            field: 'xay_dung_giao_thong',
            origin: 'Cử tri phường Biên Hòa',
          },
          {
            text: 'Cử tri đề nghị bổ sung thuốc bảo hiểm y tế tại trạm y tế xã, tránh tình trạng thiếu thuốc',
            field: 'y_te',
            origin: 'Cử tri các xã phía Bắc',
          },
          {
            text: 'Cử tri đề nghị bố trí đủ giáo viên tiếng Anh, tin học cho các trường tiểu học',
            field: 'giao_duc',
            origin: 'Cử tri phường Trấn Biên',
          },
        ],
      });
      const [p1, p2, p3] = s.sourceItems;
      const assign = async (i: { id: number; version: number }, unitId: number) =>
        (
          await assignItems(ctx, {
            items: [{ id: i.id, expectedVersion: i.version }],
            responsibleUnitId: unitId,
          })
        ).items[0]!;
      const q1 = await assign(p1!, sxd.id);
      await assign(p2!, syt.id);
      await assign(p3!, sgd.id);
      const a1 = await answerItem(ctx, q1.id, {
        expectedVersion: q1.version,
        text: 'Sở Xây dựng đã bố trí kinh phí bảo trì; tuyến đường được sửa chữa, hoàn thành trong quý này.',
        answerDocument: '455/SXD-QLCL',
        answeredOn: day(5),
      });
      await publishItems(ctx, { items: [{ id: a1.id, expectedVersion: a1.version }], published: true });
      made.push(s.id);
    }
    if (made.length) await markDemo(ctx, made);
  });
}
