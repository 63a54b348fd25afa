import { useQuery } from '@tanstack/react-query';
import type { OrgEvent, OrgGroup, OrgUnit, Paged } from '@danvan/contracts';
import { http } from '../../shared/http.ts';

export type { OrgUnit, OrgGroup, OrgEvent };

export interface OrgUnitHistory {
  unit: OrgUnit;
  events: OrgEvent[];
  predecessors: { id: number; code: string; name: string; validTo: string | null }[];
  successors: { id: number; code: string; name: string; validFrom: string }[];
  names: { name: string; validFrom: string; validTo: string | null }[];
}

export interface ImportPreview {
  rows: {
    row: number;
    code: string;
    name: string;
    kind: string;
    parentCode: string | null;
    action: 'create' | 'update' | 'skip';
    errors: string[];
  }[];
  valid: number;
  invalid: number;
}

export const orgKeys = {
  all: ['org'] as const,
  roots: ['org', 'roots'] as const,
  children: (parentId: number, includeInactive: boolean) =>
    ['org', 'children', parentId, includeInactive] as const,
  search: (q: string, includeInactive: boolean) => ['org', 'search', q, includeInactive] as const,
  unit: (id: number) => ['org', 'unit', id] as const,
  history: (id: number) => ['org', 'history', id] as const,
  groups: ['org', 'groups'] as const,
};

/** Every child of a unit (all pages). */
export async function fetchChildren(parentId: number, includeInactive: boolean): Promise<OrgUnit[]> {
  const out: OrgUnit[] = [];
  for (let page = 1; ; page++) {
    const r = await http.get<Paged<OrgUnit>>('/org/units', {
      parentId,
      includeInactive,
      page,
      pageSize: 500,
    });
    out.push(...r.items);
    if (out.length >= r.total || r.items.length === 0) return out;
  }
}

export function useGroups() {
  return useQuery({
    queryKey: orgKeys.groups,
    queryFn: () => http.get<Paged<OrgGroup>>('/org/groups'),
    select: (d: Paged<OrgGroup>) => d.items,
    staleTime: 10 * 60_000,
  });
}

/** The groups of units as select options (code → name). */
export function useGroupOptions(): { value: string; label: string }[] {
  const groups = useGroups();
  return (groups.data ?? []).map((g) => ({ value: g.code, label: g.name }));
}

export function useUnit(id: number | null) {
  return useQuery({
    queryKey: orgKeys.unit(id ?? 0),
    queryFn: () => http.get<OrgUnit>(`/org/units/${id}`),
    enabled: id !== null,
  });
}

export function useUnitHistory(id: number | null) {
  return useQuery({
    queryKey: orgKeys.history(id ?? 0),
    queryFn: () => http.get<OrgUnitHistory>(`/org/units/${id}/history`),
    enabled: id !== null,
  });
}
