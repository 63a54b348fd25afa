import { today, type Ctx } from '../../../core/context.ts';
import { Invalid } from '../../../core/errors.ts';
import * as org from '../../org/index.ts';

const rootOf = (path: string) => path.split('/')[1] ?? '';

/**
 * The units an item is given to: existing, in force today and in the same province (org tree root)
 * as the unit that filed the source. 400 with the field's path otherwise.
 */
export async function checkTargetUnits(
  ctx: Ctx,
  sourceUnitPath: string,
  ids: { id: number; path: string }[],
) {
  const wanted = [...new Set(ids.map((x) => x.id))];
  const units = await org.getUnitsByIds(ctx, wanted);
  const byId = new Map(units.map((u) => [u.id, u]));
  for (const x of ids) {
    const u = byId.get(x.id);
    if (!u || !org.isActive(u, today(ctx)) || rootOf(u.path) !== rootOf(sourceUnitPath))
      throw Invalid('Đơn vị được giao không tồn tại, đã ngừng hoạt động hoặc không cùng tỉnh.', [
        { path: x.path, message: 'Đơn vị không hợp lệ' },
      ]);
  }
  return byId;
}
