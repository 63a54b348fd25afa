/**
 * Demo data of the portal at the first commune (every record marked demo): three matters citizens
 * sent through the portal and the unit answered, their answers published with honest states
 * (resolved, resolved in part, not within competence), ratings of the closed one, of reception
 * visits and of the unit's service. The lookup codes are drawn at random and kept only as hashes, as
 * always: nobody knows them.
 */
import { addDays, PORTAL_CONSENT_VERSION } from '@danvan/domain';
import { today, type Ctx } from '../../core/context.ts';
import { registerDemoSeeder } from '../../core/demo.ts';
import * as org from '../org/index.ts';
import {
  acceptPetition,
  closePetition,
  createPortalPetition,
  decidePetition,
  guidePetition,
  sendResultPetition,
} from '../petitions/index.ts';
import * as pubs from './publication/publication.repository.ts';
import * as ratings from './rating/rating.repository.ts';
import { citizenCtx } from './shared/citizen.ts';
import { hashLookupCode, newLookupCode } from './shared/code.ts';
import * as subs from './submission/submission.repository.ts';

const DAY = 86_400_000;

async function seed(ctx: Ctx) {
  const communes = (await org.findUnits(ctx, { kind: 'commune' })).sort((a, b) => a.id - b.id);
  const unit = communes[0];
  if (!unit) return;
  const t = today(ctx);
  const now = ctx.clock.now().getTime();
  /** The context as of `n` days ago (steps may not be dated after "today"). */
  const at = (n: number): Ctx => ({ ...ctx, clock: { now: () => new Date(now - n * DAY) } });
  const day = (n: number) => addDays(t, -n);

  const send = async (
    n: number,
    x: {
      kind: 'phan_anh' | 'kien_nghi';
      field: string;
      subject: string;
      content: string;
      name: string;
      phone: string;
    },
  ) => {
    const c = citizenCtx(at(n));
    const p = await createPortalPetition(
      c,
      {
        unitId: unit.id,
        kind: x.kind,
        field: x.field as never,
        subject: x.subject,
        content: x.content,
        contact: { fullName: x.name, phone: x.phone, address: `Thôn Đông, ${unit.name}` },
      },
      { isDemo: true },
    );
    const when = new Date(now - n * DAY);
    const sub = await subs.insertSubmission(ctx.db, {
      petitionId: p.id,
      codeHash: hashLookupCode(newLookupCode()),
      submittedAt: when,
      attachUntil: new Date(when.getTime() + 3_600_000),
      contactPhone: x.phone,
      consentVersion: PORTAL_CONSENT_VERSION,
      consentAt: when,
      isDemo: true,
    });
    return { id: p.id, submissionId: sub.id };
  };
  const publish = async (
    n: number,
    petitionId: number,
    v: { field: string; title: string; text: string; state: string },
  ) =>
    pubs.insertPublication(ctx.db, {
      section: 'answers',
      sourceModule: 'petitions',
      sourceKind: 'petition',
      sourceId: String(petitionId),
      unitId: unit.id,
      field: v.field,
      title: v.title,
      publicText: v.text,
      state: v.state,
      publishedAt: new Date(now - n * DAY),
      publishedOn: day(n),
      isDemo: true,
    });

  // 1. a broken street light: answered, result sent, closed, published as resolved, rated 5
  const light = await send(24, {
    kind: 'phan_anh',
    field: 'xay_dung',
    subject: 'Phản ánh hệ thống đèn chiếu sáng đường liên thôn Đông – Tây bị hỏng',
    content:
      'Đã hơn một tháng, 8 bóng đèn chiếu sáng trên đoạn đường liên thôn từ cầu Đông đến nhà văn hóa thôn Tây không sáng, buổi tối học sinh và người dân đi lại rất nguy hiểm. Đề nghị UBND xã kiểm tra, sửa chữa.',
    name: 'Lê Văn Cường',
    phone: '0912456789',
  });
  await acceptPetition(at(22), light.id, { on: day(22) });
  await decidePetition(at(15), light.id, {
    on: day(15),
    number: '112/TB-UBND',
    summary:
      'UBND xã đã giao Ban Quản lý các dự án xây dựng xã kiểm tra, thay thế 8 bóng đèn và tủ điều khiển bị hỏng; hệ thống đã hoạt động trở lại từ ngày 14.',
  });
  await sendResultPetition(at(14), light.id, { on: day(14) });
  await closePetition(at(12), light.id, { on: day(12) });
  await publish(13, light.id, {
    field: 'xay_dung',
    title: 'Trả lời phản ánh về đèn chiếu sáng đường liên thôn Đông – Tây',
    text: 'UBND xã đã giao Ban Quản lý các dự án xây dựng xã kiểm tra hiện trường, thay thế 8 bóng đèn và tủ điều khiển bị hỏng trên tuyến đường liên thôn Đông – Tây. Hệ thống chiếu sáng đã hoạt động bình thường. UBND xã cảm ơn người dân đã phản ánh kịp thời.',
    state: 'resolved',
  });
  await ratings.insertRating(ctx.db, {
    unitId: unit.id,
    subject: 'case',
    submissionId: light.submissionId,
    score: 5,
    comment: 'Xã xử lý nhanh, có thông báo rõ ràng. Cảm ơn cán bộ.',
    ratedOn: day(11),
    ratedAt: new Date(now - 11 * DAY),
    isDemo: true,
  });

  // 2. dredging the irrigation canal: answered, part of it planned for next year
  const canal = await send(30, {
    kind: 'kien_nghi',
    field: 'kinh_te',
    subject: 'Kiến nghị nạo vét kênh mương nội đồng cánh đồng Bãi Giữa trước vụ Đông Xuân',
    content:
      'Kênh mương nội đồng cánh đồng Bãi Giữa bị bồi lắng, cỏ mọc dày, nước không về kịp ruộng. Bà con đề nghị xã tổ chức nạo vét toàn tuyến khoảng 1,2 km và kiên cố hóa đoạn qua xóm Bến.',
    name: 'Nguyễn Thị Lan',
    phone: '0978123456',
  });
  await acceptPetition(at(28), canal.id, { on: day(28) });
  await decidePetition(at(9), canal.id, {
    on: day(9),
    number: '118/TB-UBND',
    summary:
      'Nạo vét 1,2 km kênh trước vụ Đông Xuân bằng kinh phí thủy lợi nội đồng; đoạn kiên cố hóa qua xóm Bến đưa vào kế hoạch đầu tư công năm sau.',
  });
  await publish(8, canal.id, {
    field: 'kinh_te',
    title: 'Trả lời kiến nghị nạo vét kênh mương nội đồng cánh đồng Bãi Giữa',
    text: 'UBND xã đã bố trí kinh phí thủy lợi nội đồng để nạo vét toàn tuyến kênh dài khoảng 1,2 km, hoàn thành trước vụ Đông Xuân. Đề nghị kiên cố hóa đoạn kênh qua xóm Bến chưa thể thực hiện trong năm nay do chưa có nguồn vốn; UBND xã đã đưa vào danh mục kế hoạch đầu tư công năm sau để trình HĐND xã.',
    state: 'resolved_in_part',
  });

  // 3. clean water supply: the water company's competence, the citizen guided there
  const water = await send(10, {
    kind: 'kien_nghi',
    field: 'hanh_chinh',
    subject: 'Kiến nghị về chất lượng nước sạch và hóa đơn tiền nước tăng bất thường',
    content:
      'Từ tháng trước nước sạch cấp cho thôn Đông có màu vàng, mùi lạ; hóa đơn tiền nước nhiều hộ tăng gấp đôi dù lượng dùng không đổi. Đề nghị kiểm tra chất lượng nước và đồng hồ đo.',
    name: 'Trần Văn Dũng',
    phone: '0905789123',
  });
  await guidePetition(at(7), water.id, {
    on: day(7),
    toBody: 'Công ty Cổ phần Cấp nước tỉnh',
    note: 'Hướng dẫn gửi kiến nghị đến đơn vị cấp nước; UBND xã có văn bản đề nghị công ty kiểm tra.',
  });
  await publish(6, water.id, {
    field: 'hanh_chinh',
    title: 'Trả lời kiến nghị về chất lượng nước sạch tại thôn Đông',
    text: 'Việc cấp nước và thu tiền nước thuộc trách nhiệm của Công ty Cổ phần Cấp nước tỉnh. UBND xã đã hướng dẫn người dân gửi kiến nghị đến công ty và có văn bản đề nghị công ty kiểm tra chất lượng nước, đồng hồ đo tại thôn Đông, trả lời người dân theo quy định.',
    state: 'not_competent',
  });

  // ratings of reception visits and of the unit's service
  for (const [n, subject, score, comment] of [
    [20, 'visit', 5, 'Cán bộ tiếp dân nhiệt tình, hướng dẫn cụ thể.'],
    [16, 'visit', 4, null],
    [9, 'service', 3, 'Phải chờ khá lâu ở bộ phận một cửa.'],
    [4, 'service', 4, 'Thủ tục nhanh hơn trước.'],
  ] as const)
    await ratings.insertRating(ctx.db, {
      unitId: unit.id,
      subject,
      score,
      comment,
      on: day(n),
      ratedOn: day(n),
      ratedAt: new Date(now - n * DAY),
      isDemo: true,
    });
}

export function registerPortalDemo(): void {
  registerDemoSeeder('portal', 95, seed);
}
