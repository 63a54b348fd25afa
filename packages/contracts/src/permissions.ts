/**
 * Permission codes and the roles that hold them. One list for the server (routes declare the
 * permission they need) and the web app (the menu shows what the user's permissions allow).
 */
export const PERMISSIONS = [
  'org:read',
  'org:write',
  'users:read',
  'users:write',
  'audit:read',
  'files:read',
  'files:write',
  'plans:read',
  'plans:manage',
  'plans:unit-write',
  'plans:issue',
  'reporting:read',
  'reporting:enter',
  'reporting:submit',
  'reporting:review',
  'reporting:templates',
  'legal:read',
  'legal:manage',
  'reception:read',
  'reception:write',
  'situations:read',
  'situations:write',
  'petitions:read',
  'petitions:handle',
  'petitions:decide',
  'models:read',
  'models:write',
  'models:evaluate',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** Route-level access that is not a permission code. */
export type RouteAccess = Permission | 'public' | 'authenticated';

export const ROLES = [
  'admin',
  'coordinator',
  'party_supervisor',
  'unit_head',
  'focal_officer',
  'reception_officer',
  'denunciation_handler',
  'inspector',
  'front',
  'council_office',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { vi: string; en: string }> = {
  admin: { vi: 'Quản trị hệ thống', en: 'System administrator' },
  coordinator: { vi: 'Cơ quan tham mưu (Sở Nội vụ)', en: 'Coordinator (Department of Home Affairs)' },
  party_supervisor: { vi: 'Ban Dân vận / cấp ủy', en: 'Party supervisor' },
  unit_head: { vi: 'Thủ trưởng đơn vị', en: 'Unit head' },
  focal_officer: { vi: 'Cán bộ đầu mối', en: 'Unit focal officer' },
  reception_officer: { vi: 'Cán bộ tiếp dân / xử lý đơn', en: 'Reception & petition officer' },
  denunciation_handler: { vi: 'Người giải quyết tố cáo', en: 'Denunciation handler' },
  inspector: { vi: 'Thanh tra', en: 'Inspector' },
  front: { vi: 'Mặt trận Tổ quốc, đoàn thể', en: 'Fatherland Front & mass organisations' },
  council_office: { vi: 'Thường trực HĐND', en: "People's Council office" },
};

const READ_ALL: Permission[] = ['org:read', 'files:read', 'plans:read', 'reporting:read'];

/**
 * Permissions that bind at the assignment's own unit only, never over the units below it, whatever
 * the assignment's subtree flag says: a unit writes and sends its own report; the level above reads,
 * comments, returns, accepts or reopens it (reporting:review) but does not edit the unit's figures.
 */
export const OWN_UNIT_PERMISSIONS: readonly Permission[] = ['reporting:enter', 'reporting:submit'];

/** Whether `perm` holds only at the assignment's own unit (see OWN_UNIT_PERMISSIONS). */
export function isOwnUnitPermission(perm: Permission): boolean {
  return OWN_UNIT_PERMISSIONS.includes(perm);
}

/**
 * What each role may do, within the org units its assignment covers (for OWN_UNIT_PERMISSIONS: at
 * the assignment's unit only). The coordinator (Sở Nội vụ, assigned at the province) enters and sends
 * the province's own report and reviews the units' reports; it does not enter or send a unit's report.
 */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: [
    'org:read',
    'org:write',
    'users:read',
    'users:write',
    'audit:read',
    'files:read',
    'files:write',
    'legal:read',
    'legal:manage',
  ],
  coordinator: [
    ...READ_ALL,
    'files:write',
    'audit:read',
    'plans:manage',
    'plans:unit-write',
    'plans:issue',
    'reporting:enter',
    'reporting:submit',
    'reporting:review',
    'reporting:templates',
    'legal:read',
    'reception:read',
    'situations:read',
    'petitions:read',
    'models:read',
    'models:evaluate',
  ],
  party_supervisor: [
    ...READ_ALL,
    'audit:read',
    'reception:read',
    'situations:read',
    'situations:write',
    'models:read',
  ],
  unit_head: [
    ...READ_ALL,
    'files:write',
    'plans:unit-write',
    'plans:issue',
    'reporting:enter',
    'reporting:submit',
    'legal:read',
    'reception:read',
    'reception:write',
    'situations:read',
    'situations:write',
    'petitions:read',
    'petitions:handle',
    'petitions:decide',
    'models:read',
    'models:write',
  ],
  focal_officer: [
    ...READ_ALL,
    'files:write',
    'plans:unit-write',
    'reporting:enter',
    'situations:read',
    'situations:write',
    'models:read',
    'models:write',
  ],
  reception_officer: [
    'org:read',
    'files:read',
    'files:write',
    'plans:read',
    'legal:read',
    'reception:read',
    'reception:write',
    'situations:read',
    'situations:write',
    'petitions:read',
    'petitions:handle',
    'models:read',
  ],
  denunciation_handler: [
    'org:read',
    'files:read',
    'files:write',
    'legal:read',
    'petitions:read',
    'petitions:handle',
  ],
  inspector: [
    'org:read',
    'files:read',
    'plans:read',
    'reporting:read',
    'legal:read',
    'reception:read',
    'situations:read',
    'petitions:read',
    'models:read',
  ],
  front: ['org:read', 'files:read', 'reporting:read', 'situations:read'],
  council_office: ['org:read', 'files:read', 'reporting:read', 'reception:read'],
};

export function permissionsOfRole(role: Role): readonly Permission[] {
  return ROLE_PERMISSIONS[role];
}
