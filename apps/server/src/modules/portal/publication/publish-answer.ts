import type { PublishPetitionAnswer } from '@danvan/contracts';
import { personalDataIn, publishRefusal, type PetitionStatus } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { inTx } from '../../../core/audit.ts';
import { RuleViolation, StateInvalid } from '../../../core/errors.ts';
import { publishToPortal } from '../../../core/portal.ts';
import { requireActor } from '../../../core/scope.ts';
import { petitionForPublication } from '../../petitions/index.ts';
import { submissionOfPetition } from '../submission/submission.repository.ts';
import { authorizePortal } from './publication.policy.ts';
import { refusalMessage } from './refusal.ts';
import { readPublication } from './read-publications.ts';

/**
 * Publishes the answer to a resolved kiến nghị or phản ánh on the portal: the handler's own text,
 * in an honest state the outcome allows, refused when it still carries the petitioner's name,
 * identity number, address, phone or e-mail. A tố cáo is never published (nor a khiếu nại).
 */
export async function publishPetitionAnswer(ctx: Ctx, input: PublishPetitionAnswer) {
  requireActor(ctx.actor);
  const id = await inTx(ctx, async (tx, c) => {
    // inside the transaction: the petition's status is read where the publication is written
    const p = await petitionForPublication(c, input.petitionId);
    authorizePortal(c, 'publish', p);
    const refusal = publishRefusal(p, input.state);
    if (refusal === 'kind') throw RuleViolation(refusalMessage(p, refusal));
    if (refusal) throw StateInvalid(refusalMessage(p, refusal), { status: p.status as PetitionStatus });
    const sub = await submissionOfPetition(tx, p.id);
    const found = personalDataIn(`${input.title}\n${input.text}`, [
      ...p.personal,
      sub?.contactPhone,
      sub?.contactEmail,
    ]);
    if (found.length)
      throw RuleViolation(
        `Nội dung công bố còn chứa thông tin cá nhân của người gửi (${found.length} mục: họ tên, số giấy tờ, địa chỉ, số điện thoại hoặc thư điện tử). Hãy lược bỏ trước khi công bố.`,
      );
    const ref = await publishToPortal(c, {
      section: 'answers',
      sourceModule: 'petitions',
      sourceKind: 'petition',
      sourceId: p.id,
      unitId: p.unitId,
      field: p.field,
      title: input.title,
      text: input.text,
      state: input.state,
    });
    return ref.id;
  });
  return readPublication(ctx, id);
}
