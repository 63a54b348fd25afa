import { Conflict, NotFound, RuleViolation } from '../../../core/errors.ts';
import type { Db } from '../../../db/client.ts';
import * as repo from './assessment.repository.ts';

export const staleAssessment = () =>
  Conflict('Bản chấm điểm này vừa được người khác cập nhật. Vui lòng tải lại trước khi lưu.');

export function checkVersion(given: number, current: number): void {
  if (given !== current) throw staleAssessment();
}

export async function itemOf(db: Db, assessmentId: number, itemId: number) {
  const i = await repo.getItem(db, assessmentId, itemId);
  if (!i) throw NotFound('Tiêu chí trong bản chấm');
  return i;
}

export function overMax(label: string, score: number, max: number, path: string): void {
  if (score > max + 1e-9)
    throw RuleViolation(`${label} vượt quá điểm tối đa của tiêu chí (${max}).`, { max }, [
      { path, message: `Tối đa ${max} điểm` },
    ]);
}

export const by = (c: { actor: { system?: boolean; userId: number } | null }) =>
  c.actor?.system ? null : (c.actor?.userId ?? null);
