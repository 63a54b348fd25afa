/** Checks shared by the course verbs. */
import { Conflict, Invalid } from '../../../core/errors.ts';
import type { Db } from '../../../db/client.ts';
import * as repo from './course.repository.ts';

/** Every unit named in an attendance exists (400 with the field otherwise). */
export async function checkUnits(db: Db, ids: number[], where: string): Promise<void> {
  const unique = [...new Set(ids)];
  const found = await repo.unitsExist(db, unique);
  const missing = unique.filter((id) => !found.has(id));
  if (missing.length) {
    const message = `Không tìm thấy đơn vị có mã số ${missing.join(', ')}`;
    throw Invalid(`${message}.`, [{ path: where, message }]);
  }
}

export const staleCourse = () =>
  Conflict('Lớp tập huấn này vừa được người khác cập nhật. Vui lòng tải lại trước khi lưu.');
