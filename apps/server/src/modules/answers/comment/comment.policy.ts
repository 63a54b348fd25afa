import type { ConsultationComment } from '@danvan/contracts';
import type { Actor } from '../../../core/context.ts';
import { maySource } from '../source/source.policy.ts';
import type { SourceRef } from '../shared/refs.ts';
import type { CommentRow } from './comment.repository.ts';

/** A comment is moderated by answers:moderate over the consulting unit (source.policy 'moderate'). */
export function presentComment(actor: Actor | null, s: SourceRef, c: CommentRow): ConsultationComment {
  return {
    id: c.id,
    sourceId: c.sourceId,
    authorName: c.authorName,
    text: c.text,
    state: c.state as ConsultationComment['state'],
    reports: c.reports,
    moderation: (c.moderation as ConsultationComment['moderation']) ?? [],
    itemId: c.itemId,
    submittedAt: c.submittedAt.toISOString(),
    version: c.version,
    can: { moderate: maySource(actor, 'moderate', s) },
  };
}
