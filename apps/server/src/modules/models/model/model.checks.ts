/** Checks shared by the model verbs. */
import { formatDateVi } from '@danvan/domain';
import { today, type Ctx } from '../../../core/context.ts';
import { Conflict, Invalid } from '../../../core/errors.ts';

export const staleModel = () =>
  Conflict('Mô hình này vừa được người khác cập nhật. Vui lòng tải lại trước khi lưu.');

/** A day of something done (registered, started, recognised…): not after today (400). */
export function notAfterToday(ctx: Ctx, day: string, path: string, label: string): void {
  const t = today(ctx);
  if (day > t)
    throw Invalid(`${label} (${formatDateVi(day)}) không được sau ngày hôm nay (${formatDateVi(t)}).`, [
      { path, message: `${label} không được sau ngày hôm nay` },
    ]);
}

/** An individual's model names the person; a collective's names none (400). */
export function checkSubject(subject: string, personName: string): void {
  if (subject === 'individual' && !personName.trim())
    throw Invalid('Mô hình của cá nhân phải ghi họ tên cá nhân.', [
      { path: 'personName', message: 'Nhập họ tên cá nhân' },
    ]);
}
