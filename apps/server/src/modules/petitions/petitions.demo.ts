/**
 * Demo petitions at the first commune (every record marked demo): a group land complaint being
 * resolved, a recommendation just received, an environmental feedback screened, a denunciation of
 * a land officer accepted and assigned to the demo denunciation handler (xulytocao, Thanh tra tỉnh,
 * given the denunciation handler's role at the commune for it; no identity entered: the demo holds no
 * denouncer), and a complaint about a social allowance decided and closed on time.
 */
import { addDays } from '@danvan/domain';
import { today, type Ctx } from '../../core/context.ts';
import { registerDemoSeeder } from '../../core/demo.ts';
import * as org from '../org/index.ts';
import * as users from '../users/index.ts';
import { acceptPetition } from './petition/accept-petition.ts';
import { closePetition } from './petition/close-petition.ts';
import { createPetitions } from './petition/create-petition.ts';
import { decidePetition } from './petition/decide-petition.ts';
import { screenPetition } from './petition/screen-petition.ts';
import { sendResultPetition } from './petition/send-result-petition.ts';
import { verifyPetition } from './petition/verify-petition.ts';

/** The demo account that handles the demo denunciation (a denunciation handler of Thanh tra tỉnh). */
export const DEMO_HANDLER = 'xulytocao';

async function seed(ctx: Ctx) {
  const communes = (await org.findUnits(ctx, { kind: 'commune' })).sort((a, b) => a.id - b.id);
  const unit = communes[0];
  if (!unit) return;
  const t = today(ctx);
  const day = (n: number) => addDays(t, -n);
  const base = {
    unitId: unit.id,
    complex: false,
    remoteArea: false,
    duplicateDecisions: [] as never[],
    petitionersCount: 1,
  };
  const mk = async (x: Record<string, unknown>) =>
    (await createPetitions(ctx, { ...base, ...x } as never, { isDemo: true }))[0].id;

  const land = await mk({
    receivedOn: day(20),
    channel: 'in_person',
    kinds: ['khieu_nai'],
    field: 'dat_dai',
    petitionersCount: 6,
    representativeName: 'Nguyễn Văn Hùng',
    address: 'Thôn Đông, ' + unit.name,
    subject: 'Khiếu nại quyết định thu hồi đất nông nghiệp và mức bồi thường tại thôn Đông',
    content:
      'Các hộ dân thôn Đông khiếu nại Quyết định thu hồi đất nông nghiệp để xây dựng đường liên xã, cho rằng đơn giá bồi thường thấp hơn giá thị trường và chưa được hỗ trợ chuyển đổi nghề nghiệp.',
  });
  await screenPetition(ctx, land, { on: day(18), competence: 'own' });
  await acceptPetition(ctx, land, { on: day(16) });
  await verifyPetition(ctx, land, {
    on: day(10),
    note: 'Làm việc với Tổ công tác giải phóng mặt bằng, thu thập hồ sơ bồi thường của 6 hộ.',
  });

  await mk({
    receivedOn: day(3),
    channel: 'portal',
    kinds: ['kien_nghi'],
    field: 'chinh_sach_xa_hoi',
    representativeName: 'Trần Thị Lan',
    subject: 'Kiến nghị xem xét hỗ trợ hộ cận nghèo cho gia đình có người khuyết tật',
    content:
      'Gia đình có con khuyết tật nặng, thu nhập thấp, kiến nghị được xem xét đưa vào danh sách hộ cận nghèo năm nay.',
  });

  const env = await mk({
    receivedOn: day(6),
    channel: 'front',
    sourceBody: 'Ủy ban Mặt trận Tổ quốc Việt Nam xã',
    kinds: ['phan_anh'],
    field: 'moi_truong',
    petitionersCount: 3,
    representativeName: 'Lê Văn Tâm',
    subject: 'Phản ánh cơ sở chăn nuôi gây ô nhiễm mùi và nước thải ra kênh thủy lợi',
    content:
      'Cơ sở chăn nuôi heo ở xóm 3 xả nước thải chưa qua xử lý ra kênh thủy lợi, gây mùi hôi ảnh hưởng các hộ xung quanh.',
  });
  await screenPetition(ctx, env, { on: day(5), competence: 'own' });

  const denunciation = await mk({
    receivedOn: day(12),
    channel: 'post',
    kinds: ['to_cao'],
    field: 'tham_nhung',
    subject: 'Tố cáo cán bộ địa chính nhận tiền khi làm thủ tục cấp giấy chứng nhận quyền sử dụng đất',
    content:
      'Người tố cáo cho rằng cán bộ địa chính xã yêu cầu nộp thêm tiền ngoài quy định khi làm thủ tục cấp giấy chứng nhận.',
  });
  // the denunciation's handler: the province inspector assigned to verify it, who alone (with the
  // commune chairman) sees the case and alone may reveal a denouncer
  const handler = await users.accountByUsername(ctx.db, DEMO_HANDLER);
  if (handler) await users.grantRole(ctx, handler.id, 'denunciation_handler', unit.id, false);
  await acceptPetition(ctx, denunciation, { on: day(8), ...(handler ? { handlerId: handler.id } : {}) });

  const allowance = await mk({
    receivedOn: day(60),
    channel: 'in_person',
    kinds: ['khieu_nai'],
    field: 'chinh_sach_xa_hoi',
    representativeName: 'Phạm Thị Hoa',
    subject: 'Khiếu nại việc cắt trợ cấp xã hội hằng tháng đối với người cao tuổi',
    content:
      'Bà Phạm Thị Hoa, 82 tuổi, khiếu nại việc Ủy ban nhân dân xã dừng chi trả trợ cấp xã hội hằng tháng từ tháng trước.',
  });
  await acceptPetition(ctx, allowance, { on: day(55) });
  await decidePetition(ctx, allowance, {
    on: day(35),
    number: '15/QĐ-UBND',
    summary:
      'Khiếu nại của bà Phạm Thị Hoa là đúng. Giao công chức Văn hóa - Xã hội khôi phục chi trả trợ cấp và truy lĩnh các tháng bị dừng.',
    upheld: 'right',
  });
  await sendResultPetition(ctx, allowance, { on: day(34) });
  await closePetition(ctx, allowance, { on: day(30) });
}

export function registerPetitionsDemo(): void {
  registerDemoSeeder('petitions', 45, seed);
}
