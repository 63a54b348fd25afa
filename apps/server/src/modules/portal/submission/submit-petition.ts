import type { PortalReceipt, PortalSubmission } from '@danvan/contracts';
import {
  formatDateTimeVi,
  formatLookupCode,
  PETITION_FIELD_LABELS,
  PETITION_KIND_LABELS,
  PORTAL_CONSENT_VERSION,
} from '@danvan/domain';
import { today, type Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { NotFound, RuleViolation, StateInvalid } from '../../../core/errors.ts';
import * as org from '../../org/index.ts';
import { createPortalPetition } from '../../petitions/index.ts';
import { contactKey, useChallenge } from '../shared/altcha.ts';
import { citizenCtx, contactKeys } from '../shared/citizen.ts';
import { hashLookupCode, newLookupCode } from '../shared/code.ts';
import { ipKey, takeHit } from '../shared/rate-limit.ts';
import { MAX_PORTAL_FILES, PORTAL_ATTACH_MINUTES } from './files.rules.ts';
import * as repo from './submission.repository.ts';

/** An active unit that receives citizens' petitions, or 404. */
export async function receivingUnit(ctx: Ctx, unitId: number, what = 'Cơ quan, đơn vị nhận') {
  const u = await org.getUnitById(ctx, unitId);
  if (!u || !org.isActive(u, today(ctx))) throw NotFound(what);
  return u;
}

/**
 * A citizen sends a petition or feedback: the per-address and per-contact limits are taken first
 * (a flood costs one statement each), then the consent's version, the unit, and, in one
 * transaction, the solved challenge (used once), the petition entered at the unit (channel 'portal',
 * the legal clock started, a denouncer's identity sealed in the vault) and the submission keyed by
 * the hash of a new lookup code. The code is in this answer only.
 */
export async function submitPortalPetition(ctx: Ctx, input: PortalSubmission): Promise<PortalReceipt> {
  await takeHit(ctx, 'submit_ip', ipKey(ctx));
  for (const k of contactKeys(input.contact)) await takeHit(ctx, 'submit_contact', contactKey(ctx.config, k));
  if (input.consent.version !== PORTAL_CONSENT_VERSION)
    throw StateInvalid(
      'Nội dung đồng ý xử lý dữ liệu cá nhân vừa được cập nhật. Vui lòng tải lại trang, đọc và xác nhận lại trước khi gửi.',
    );
  const unit = await receivingUnit(ctx, input.unitId);
  if (input.kind === 'to_cao' && ctx.config.VAULT_MODE === 'paper')
    throw RuleViolation(
      'Cơ quan này chỉ tiếp nhận đơn tố cáo trực tiếp hoặc qua bưu chính (thông tin người tố cáo được lưu trên sổ giấy). Vui lòng gửi đơn theo một trong hai cách đó.',
    );
  const code = newLookupCode();
  const c0 = citizenCtx(ctx);
  const { petition, sub } = await inTx(c0, async (tx, c) => {
    await useChallenge(tx, c, input.altcha);
    const petition = await createPortalPetition(c, {
      unitId: unit.id,
      kind: input.kind,
      field: input.field,
      subject: input.subject,
      content: input.content,
      contact: input.contact,
    });
    const now = c.clock.now();
    const denunciation = input.kind === 'to_cao';
    const sub = await repo.insertSubmission(tx, {
      petitionId: petition.id,
      codeHash: hashLookupCode(code),
      submittedAt: now,
      attachUntil: new Date(now.getTime() + PORTAL_ATTACH_MINUTES * 60_000),
      // a denouncer's contact is in the vault only
      contactPhone: denunciation ? null : (input.contact.phone ?? null),
      contactEmail: denunciation ? null : (input.contact.email ?? null),
      consentVersion: input.consent.version,
      consentAt: now,
    });
    await audit(tx, c, {
      entity: 'portal_submission',
      entityId: sub.id,
      unitId: unit.id,
      action: 'portal.submit',
      // no name, no contact, no content: only what the case is
      after: {
        petitionId: petition.id,
        kind: input.kind,
        field: input.field,
        consentVersion: sub.consentVersion,
      },
    });
    return { petition, sub };
  });
  return {
    code: formatLookupCode(code),
    submittedAt: sub.submittedAt.toISOString(),
    submittedAtText: formatDateTimeVi(sub.submittedAt),
    unitId: unit.id,
    unitName: unit.name,
    kind: input.kind,
    kindLabel: PETITION_KIND_LABELS[input.kind].vi,
    field: input.field,
    fieldLabel: PETITION_FIELD_LABELS[input.field].vi,
    subject: petition.subject,
    dueDate: petition.dueDate,
    attachUntil: sub.attachUntil.toISOString(),
    maxFiles: MAX_PORTAL_FILES,
    notice:
      'Hãy lưu hoặc in mã tra cứu này ngay: mã chỉ hiển thị một lần, cơ quan không lưu và không thể cấp lại. Ai giữ mã đều xem được tiến độ xử lý hồ sơ (không có thông tin cá nhân của bạn).',
  };
}
