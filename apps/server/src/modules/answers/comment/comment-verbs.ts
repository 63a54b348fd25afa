import { createHash } from 'node:crypto';
import type { z } from 'zod';
import {
  ConsultationCommentQuery,
  ModerateConsultationComment,
  ReportConsultationComment,
  SubmitConsultationComment,
} from '@danvan/contracts';
import { COMMENT_REPORTS_TO_HIDE, formatDateVi, itemHasAnswer, type AnswerItemStatus } from '@danvan/domain';
import { audit, inTx } from '../../../core/audit.ts';
import { today, type Ctx } from '../../../core/context.ts';
import { Conflict, Invalid, NotFound, RuleViolation, StateInvalid } from '../../../core/errors.ts';
import { listPage } from '../../../core/page.ts';
import { insertItems } from '../source/insert-items.ts';
import { loadSource } from '../source/read-source.ts';
import * as sources from '../source/source.repository.ts';
import { verifyAltcha } from './altcha.ts';
import * as repo from './comment.repository.ts';
import { presentComment } from './comment.policy.ts';

const stale = () => Conflict('Ý kiến vừa được người khác cập nhật. Vui lòng tải lại trước khi lưu.');

/** A consultation as the public sees it (404 for anything else). */
async function publicConsultation(ctx: Ctx, id: number, lock = false) {
  const s = await sources.getSource(ctx.db, id, today(ctx), lock);
  if (!s || s.kind !== 'consultation') throw NotFound('Đợt lấy ý kiến');
  return s;
}

export async function getPublicConsultation(ctx: Ctx, id: number) {
  const s = await publicConsultation(ctx, id);
  const t = today(ctx);
  const comments = await repo.publicComments(ctx.db, id);
  return {
    id: s.id,
    title: s.title,
    draftTitle: String(s.details.draftTitle ?? ''),
    summary: s.summary,
    unitName: s.unitName,
    opensOn: s.opensOn!,
    closesOn: s.closesOn!,
    isOpen: s.opensOn! <= t && t <= s.closesOn!,
    comments: comments.map((c) => ({
      id: c.id,
      authorName: c.authorName || 'Ẩn danh',
      text: c.text,
      submittedAt: c.submittedAt.toISOString(),
      answer:
        c.published && c.status && itemHasAnswer(c.status as AnswerItemStatus)
          ? {
              outcome: c.declineReason ? ('explained' as const) : ('taken' as const),
              text: c.declineReason || c.answerText || '',
              unitName: c.unitName ?? s.unitName,
              publishedAt: c.publishedAt?.toISOString() ?? null,
            }
          : null,
    })),
  };
}

/**
 * Góp ý của người dân trên cổng thông tin (no account; ALTCHA): while the consultation is open
 * (422 otherwise), into the pre-moderation queue — nothing is shown before a moderator publishes it.
 */
export async function submitComment(ctx: Ctx, id: number, raw: z.input<typeof SubmitConsultationComment>) {
  const input = SubmitConsultationComment.parse(raw);
  await inTx(ctx, async (tx, c) => {
    const s = await publicConsultation(c, id);
    const t = today(c);
    if (!(s.opensOn! <= t && t <= s.closesOn!))
      throw RuleViolation(
        `Đợt lấy ý kiến nhận góp ý từ ngày ${formatDateVi(s.opensOn!)} đến ngày ${formatDateVi(s.closesOn!)}.`,
      );
    await verifyAltcha(tx, c, input.altcha);
    const cid = await repo.insertComment(tx, {
      sourceId: id,
      authorName: input.authorName,
      text: input.text,
      isDemo: s.isDemo,
    });
    await audit(tx, c, {
      entity: 'answer_comment',
      entityId: cid,
      unitId: s.unitId,
      action: 'submit_comment',
      after: { sourceId: id },
    });
  });
  return { ok: true as const };
}

/**
 * Báo cáo vi phạm một ý kiến đã hiển thị (no account; ALTCHA): once per reporter; after
 * COMMENT_REPORTS_TO_HIDE distinct reports the comment is hidden, the reasons recorded, until a
 * moderator decides.
 */
export async function reportComment(ctx: Ctx, id: number, raw: z.input<typeof ReportConsultationComment>) {
  const input = ReportConsultationComment.parse(raw);
  await inTx(ctx, async (tx, c) => {
    const cm = await repo.getComment(tx, id, true);
    if (!cm || cm.state !== 'published') throw NotFound('Ý kiến góp ý');
    await verifyAltcha(tx, c, input.altcha);
    const key = createHash('sha256')
      .update(`answers-report:${c.ip ?? 'unknown'}`)
      .digest('hex');
    if (!(await repo.addReport(tx, id, key, input.reason))) return;
    const r = await repo.bumpReports(tx, id);
    if (r.reports >= COMMENT_REPORTS_TO_HIDE && r.state === 'published') {
      const moderation = [
        ...((cm.moderation as unknown[]) ?? []),
        {
          at: c.clock.now().toISOString(),
          actorName: 'Hệ thống',
          decision: 'hide',
          reason: `Tự động ẩn sau ${r.reports} lượt báo cáo vi phạm (lý do gần nhất: ${input.reason}).`,
        },
      ];
      await repo.updateComment(tx, id, r.version, { state: 'hidden', moderation });
      await audit(tx, c, {
        entity: 'answer_comment',
        entityId: id,
        action: 'hide_comment',
        before: { state: 'published' },
        after: { state: 'hidden', reports: r.reports },
      });
    }
  });
  return { ok: true as const };
}

/** The moderation queue and the comments of a consultation (answers:read over its unit). */
export async function listComments(ctx: Ctx, id: number, q: z.infer<typeof ConsultationCommentQuery>) {
  const { source } = await loadSource(ctx, id);
  if (source.kind !== 'consultation') throw NotFound('Đợt lấy ý kiến');
  const ref = sources.sourceRef(source);
  return listPage(ctx, q, {
    ...repo.commentList(ctx.db, id, q.state),
    present: (rows) => rows.map((c) => presentComment(ctx.actor, ref, c)),
    can: { create: false },
  });
}

const ALLOWED: Record<string, string[]> = {
  publish: ['pending', 'hidden'],
  reject: ['pending'],
  hide: ['published'],
};
const TO: Record<string, string> = { publish: 'published', reject: 'rejected', hide: 'hidden' };

/**
 * Kiểm duyệt (answers:moderate over the consulting unit): publish a pending (or restore a hidden)
 * comment — the first publication makes it an item of the consultation the agency answers —, reject
 * a pending one or hide a published one, with the reason (required for reject and hide).
 */
export async function moderateComment(
  ctx: Ctx,
  id: number,
  raw: z.input<typeof ModerateConsultationComment>,
) {
  const input = ModerateConsultationComment.parse(raw);
  if (input.decision !== 'publish' && !input.reason)
    throw Invalid('Hãy ghi lý do không duyệt hoặc ẩn ý kiến.', [
      { path: 'reason', message: 'Lý do không được để trống' },
    ]);
  const out = await inTx(ctx, async (tx, c) => {
    const cm0 = await repo.getComment(tx, id);
    if (!cm0) throw NotFound('Ý kiến góp ý');
    const { source: s } = await loadSource(c, cm0.sourceId, 'moderate');
    const cm = (await repo.getComment(tx, id, true))!;
    if (input.expectedVersion !== cm.version) throw stale();
    if (!ALLOWED[input.decision]!.includes(cm.state))
      throw StateInvalid('Không thể thực hiện quyết định kiểm duyệt này với ý kiến ở trạng thái hiện tại.', {
        state: cm.state,
      });
    let itemId = cm.itemId;
    if (input.decision === 'publish' && !itemId) {
      const [it] = await insertItems(
        tx,
        c,
        {
          id: s.id,
          kind: s.kind,
          unitId: s.unitId,
          unitPath: s.unitPath,
          receivedOn: today(c),
          answerDue: s.answerDue,
          addresseeUnitId: null,
          isDemo: s.isDemo,
        },
        [
          {
            text: cm.text,
            field: 'khac',
            origin: cm.authorName,
            responsibleUnitId: s.unitId,
            coordinatingUnitIds: [],
            ownerName: '',
            dueDate: s.closesOn,
          },
        ],
      );
      itemId = it!.id;
    }
    const moderation = [
      ...((cm.moderation as unknown[]) ?? []),
      {
        at: c.clock.now().toISOString(),
        actorName: c.actor?.fullName ?? '',
        decision: input.decision,
        reason: input.reason,
      },
    ];
    const v = await repo.updateComment(tx, id, cm.version, {
      state: TO[input.decision]!,
      moderation,
      itemId,
    });
    if (v === null) throw stale();
    await audit(tx, c, {
      entity: 'answer_comment',
      entityId: id,
      unitId: s.unitId,
      action: 'moderate_comment',
      before: { state: cm.state },
      after: { state: TO[input.decision], reason: input.reason },
    });
    return { s, row: (await repo.getComment(tx, id))! };
  });
  return presentComment(ctx.actor, sources.sourceRef(out.s), out.row);
}
