/** The unit starts running a registered model ("Bắt đầu thực hiện"). */
import type { ModelTransition } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { Invalid } from '../../../core/errors.ts';
import { formatDateVi } from '@danvan/domain';
import { transitionModel } from './transition.ts';

export function startModel(ctx: Ctx, id: number, input: ModelTransition) {
  return transitionModel(ctx, id, 'start', input, async (on, before) => {
    if (on < before.registeredOn)
      throw Invalid(`Ngày bắt đầu không được trước ngày đăng ký (${formatDateVi(before.registeredOn)}).`, [
        { path: 'on', message: 'Trước ngày đăng ký' },
      ]);
    return { startedOn: on };
  });
}
