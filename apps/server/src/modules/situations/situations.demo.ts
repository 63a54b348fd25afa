/**
 * Demo data of situation notes (every record marked as demo): what the first commune (the demo
 * accounts' commune), a few others and the province learnt of the people's situation, with follow-up
 * actions some done, some running, some overdue. Dates count back from today, so the demo always
 * shows a live register.
 */
import { addDays } from '@danvan/domain';
import type { CreateSituation } from '@danvan/contracts';
import { today, type Ctx } from '../../core/context.ts';
import { registerDemoSeeder } from '../../core/demo.ts';
import * as org from '../org/index.ts';
import { createSituation } from './situation/create-situation.ts';
import { updateSituation } from './situation/update-situation.ts';

type Note = Omit<CreateSituation, 'unitId' | 'notedOn' | 'followUps'> & {
  daysAgo: number;
  followUps?: {
    action: string;
    assignee: string;
    dueIn: number;
    state?: 'not_started' | 'in_progress' | 'done';
    note?: string;
  }[];
  stabilized?: boolean;
};

const COMMUNE_NOTES: Note[] = [
  {
    place: 'Ấp 3, khu vực dự án đường vành đai',
    topic: 'land_clearance',
    level: 'complex',
    summary:
      '12 hộ dân chưa đồng thuận với phương án bồi thường, hỗ trợ khi thu hồi đất làm đường vành đai; một số hộ đề nghị xem xét lại đơn giá đất nông nghiệp và bố trí tái định cư tại chỗ.',
    source: 'Tổ dân vận ấp 3, Chi hội Nông dân',
    daysAgo: 40,
    followUps: [
      {
        action: 'Tổ chức đối thoại với 12 hộ dân về phương án bồi thường, hỗ trợ',
        assignee: 'Chủ tịch UBND xã, Ban Bồi thường giải phóng mặt bằng',
        dueIn: -10,
        state: 'done',
        note: 'Đã đối thoại ngày 15; 8/12 hộ đồng thuận.',
      },
      {
        action: 'Rà soát đơn giá đất nông nghiệp, báo cáo UBND tỉnh',
        assignee: 'Công chức Địa chính - Xây dựng',
        dueIn: -3,
        state: 'in_progress',
      },
      {
        action: 'Vận động 4 hộ còn lại bàn giao mặt bằng',
        assignee: 'Mặt trận Tổ quốc xã, Trưởng ấp 3',
        dueIn: 20,
      },
    ],
  },
  {
    place: 'Giáo xứ Thánh Tâm, ấp 5',
    topic: 'religion',
    level: 'watch',
    summary:
      'Giáo xứ đề nghị cho phép sửa chữa, mở rộng nhà giáo lý; giáo dân băn khoăn về thủ tục cấp phép xây dựng.',
    source: 'Ban Công tác Mặt trận ấp 5',
    daysAgo: 25,
    followUps: [
      {
        action: 'Hướng dẫn giáo xứ hồ sơ, thủ tục cấp phép xây dựng công trình tôn giáo',
        assignee: 'Công chức Văn hóa - Xã hội',
        dueIn: 5,
        state: 'in_progress',
      },
    ],
  },
  {
    place: 'Khu dân cư đồng bào dân tộc Chơ Ro, ấp 7',
    topic: 'ethnic',
    level: 'normal',
    summary:
      'Đồng bào phản ánh đường vào khu sản xuất xuống cấp mùa mưa; đề nghị hỗ trợ cây giống và lớp tập huấn kỹ thuật trồng điều.',
    source: 'Người có uy tín trong đồng bào dân tộc thiểu số',
    daysAgo: 60,
    stabilized: true,
    followUps: [
      {
        action: 'Đưa tuyến đường vào kế hoạch sửa chữa giao thông nông thôn',
        assignee: 'UBND xã',
        dueIn: -30,
        state: 'done',
      },
      {
        action: 'Phối hợp Hội Nông dân mở lớp tập huấn kỹ thuật trồng điều',
        assignee: 'Hội Nông dân xã',
        dueIn: -20,
        state: 'done',
        note: 'Đã mở lớp cho 45 hộ.',
      },
    ],
  },
  {
    place: 'Chợ xã và khu vực bến xe',
    topic: 'public_order',
    level: 'watch',
    summary:
      'Người dân phản ánh tình trạng tụ tập thanh thiếu niên, đua xe vào ban đêm gây mất an ninh trật tự.',
    source: 'Hộp thư góp ý, Công an xã',
    daysAgo: 8,
    followUps: [
      {
        action: 'Tăng cường tuần tra, kiểm soát vào ban đêm',
        assignee: 'Công an xã',
        dueIn: 30,
        state: 'in_progress',
      },
      {
        action: 'Tuyên truyền trong các buổi sinh hoạt khu dân cư',
        assignee: 'Đoàn Thanh niên xã',
        dueIn: -1,
      },
    ],
  },
  {
    place: 'Bãi rác tạm ấp 2',
    topic: 'hot_spot',
    level: 'complex',
    summary:
      'Khoảng 50 hộ dân ký đơn phản ánh mùi hôi, nước rỉ rác từ bãi rác tạm; có nguy cơ tụ tập đông người.',
    source: 'Đơn phản ánh tập thể, Chi bộ ấp 2',
    daysAgo: 3,
    followUps: [
      {
        action: 'Kiểm tra hiện trường, yêu cầu đơn vị thu gom xử lý rác tồn đọng',
        assignee: 'Phó Chủ tịch UBND xã phụ trách kinh tế',
        dueIn: 4,
      },
    ],
  },
];

const PROVINCE_NOTES: Note[] = [
  {
    place: 'Dự án Cảng hàng không quốc tế, khu tái định cư',
    topic: 'land_clearance',
    level: 'watch',
    summary: 'Một số hộ tái định cư phản ánh chậm cấp giấy chứng nhận quyền sử dụng đất tại khu tái định cư.',
    source: 'Báo cáo của Ban Dân vận Tỉnh ủy',
    daysAgo: 30,
    followUps: [
      {
        action: 'Chỉ đạo đẩy nhanh cấp giấy chứng nhận cho các hộ tái định cư',
        assignee: 'Sở Nông nghiệp và Môi trường',
        dueIn: 15,
        state: 'in_progress',
      },
    ],
  },
  {
    place: 'Các cơ sở tôn giáo trên địa bàn tỉnh',
    topic: 'religion',
    level: 'normal',
    summary: 'Tình hình hoạt động tôn giáo ổn định; các lễ hội lớn diễn ra an toàn, đúng quy định.',
    source: 'Sở Nội vụ (Ban Tôn giáo)',
    daysAgo: 50,
    stabilized: true,
  },
];

const OTHER_COMMUNE_NOTES: Note[] = [
  {
    place: 'Khu vực khai thác cát trái phép ven sông',
    topic: 'hot_spot',
    level: 'complex',
    summary: 'Người dân phản ánh sạt lở bờ sông do khai thác cát trái phép vào ban đêm.',
    source: 'Tổ tự quản ven sông',
    daysAgo: 14,
    followUps: [
      {
        action: 'Phối hợp lực lượng chức năng kiểm tra, xử lý khai thác cát trái phép',
        assignee: 'Công an xã, Công chức Địa chính',
        dueIn: -2,
      },
    ],
  },
];

export function registerSituationsDemo(): void {
  registerDemoSeeder('situations', 50, async (ctx) => {
    const all = await org.findUnits(ctx, {});
    const root = all.find((u) => u.parentId === null);
    const communes = all.filter((u) => u.kind === 'commune').sort((a, b) => a.id - b.id);
    const t = today(ctx);
    const seed = async (unitId: number, notes: Note[]) => {
      for (const n of notes) {
        const { daysAgo, followUps = [], stabilized, ...fields } = n;
        const notedOn = addDays(t, -daysAgo);
        const s = await createSituation(
          ctx,
          {
            ...fields,
            unitId,
            notedOn,
            followUps: followUps.map((f) => ({
              action: f.action,
              assignee: f.assignee,
              dueDate: addDays(notedOn, Math.max(0, daysAgo + f.dueIn)),
              state: f.state ?? 'not_started',
              note: f.note ?? '',
            })),
          },
          { isDemo: true },
        );
        if (stabilized)
          await updateSituation(ctx as Ctx, s.id, { state: 'stabilized', expectedVersion: s.version });
      }
    };
    if (communes[0]) await seed(communes[0].id, COMMUNE_NOTES);
    for (const c of communes.slice(1, 4)) await seed(c.id, OTHER_COMMUNE_NOTES);
    if (root) await seed(root.id, PROVINCE_NOTES);
  });
}
