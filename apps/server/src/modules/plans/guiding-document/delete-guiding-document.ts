/** Removing a guiding document no plan, task, theme or movement cites. */
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Err } from '../../../core/errors.ts';
import * as repo from './guiding-document.repository.ts';
import { authorizeGuidingDocument } from './guiding-document.policy.ts';
import { loadDoc } from './read-guiding-document.ts';

export async function deleteDoc(ctx: Ctx, id: number) {
  await inTx(ctx, async (tx, c) => {
    const before = await loadDoc(c, id);
    authorizeGuidingDocument(c, 'delete', before);
    const n = await repo.docCitations(tx, id);
    if (n > 0)
      throw Err.state_invalid(
        `Văn bản đang được ${n} kế hoạch, nhiệm vụ hoặc phong trào viện dẫn; không thể xóa.`,
        { params: { citations: n } },
      );
    await repo.deleteDoc(tx, id);
    await audit(tx, c, {
      entity: 'guiding_document',
      entityId: id,
      unitId: before.unitId,
      action: 'delete',
      before,
    });
  });
}
