import type { Ctx } from './context.ts';

/**
 * Demo data seeders, registered by modules (`<module>.demo.ts`) and run in order on first start
 * with DEMO=1 into an empty database. Every record they create is marked as demo.
 */
export type DemoSeeder = (ctx: Ctx) => Promise<void>;
const seeders: { name: string; order: number; run: DemoSeeder }[] = [];

export function registerDemoSeeder(name: string, order: number, run: DemoSeeder): void {
  if (seeders.some((s) => s.name === name)) return;
  seeders.push({ name, order, run });
  seeders.sort((a, b) => a.order - b.order);
}

export function demoSeeders() {
  return [...seeders];
}

export const DEMO_PASSWORD = 'Danvan@2026';

/** Demo accounts: one per role, printed at start. */
export const DEMO_ACCOUNTS: {
  username: string;
  fullName: string;
  position: string;
  role: string;
  unitCode: string;
  includeSubtree: boolean;
}[] = [
  {
    username: 'quantri',
    fullName: 'Trần Minh Quân',
    position: 'Quản trị hệ thống',
    role: 'admin',
    unitCode: 'UBND_TINH',
    includeSubtree: true,
  },
  {
    username: 'sonoivu',
    fullName: 'Nguyễn Thị Thu Hà',
    position: 'Chuyên viên Phòng Công tác thanh niên và Dân vận chính quyền, Sở Nội vụ',
    role: 'coordinator',
    unitCode: 'UBND_TINH',
    includeSubtree: true,
  },
  {
    username: 'bandanvan',
    fullName: 'Lê Văn Thành',
    position: 'Phó Trưởng Ban Dân vận Tỉnh ủy',
    role: 'party_supervisor',
    unitCode: 'UBND_TINH',
    includeSubtree: true,
  },
  {
    username: 'chutichxa',
    fullName: 'Phạm Văn Hòa',
    position: 'Chủ tịch UBND xã',
    role: 'unit_head',
    unitCode: '',
    includeSubtree: true,
  },
  {
    username: 'daumoixa',
    fullName: 'Đỗ Thị Mai',
    position: 'Công chức Văn phòng - Thống kê',
    role: 'focal_officer',
    unitCode: '',
    includeSubtree: true,
  },
  {
    username: 'giamdocstp',
    fullName: 'Hoàng Văn Nam',
    position: 'Giám đốc Sở Tư pháp',
    role: 'unit_head',
    unitCode: 'STP',
    includeSubtree: true,
  },
  {
    username: 'daumoistp',
    fullName: 'Vũ Thị Lan',
    position: 'Chuyên viên Văn phòng Sở Tư pháp',
    role: 'focal_officer',
    unitCode: 'STP',
    includeSubtree: true,
  },
  {
    username: 'tiepdan',
    fullName: 'Ngô Văn Bình',
    position: 'Công chức tiếp công dân',
    role: 'reception_officer',
    unitCode: '',
    includeSubtree: true,
  },
  {
    username: 'xulytocao',
    fullName: 'Bùi Thị Hạnh',
    position: 'Thanh tra viên chính',
    role: 'denunciation_handler',
    unitCode: 'TTT',
    includeSubtree: true,
  },
  {
    username: 'thanhtra',
    fullName: 'Đặng Văn Lực',
    position: 'Thanh tra viên',
    role: 'inspector',
    // Thanh tra tỉnh inspects the public duty of every body of the province: its scope is the province
    unitCode: 'UBND_TINH',
    includeSubtree: true,
  },
  {
    username: 'mattran',
    fullName: 'Trịnh Thị Hoa',
    position: 'Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh',
    role: 'front',
    unitCode: 'MTTQ_TINH',
    includeSubtree: true,
  },
  {
    username: 'hdnd',
    fullName: 'Lý Văn Sơn',
    position: 'Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh',
    role: 'council_office',
    unitCode: 'HDND_TINH',
    includeSubtree: true,
  },
];
