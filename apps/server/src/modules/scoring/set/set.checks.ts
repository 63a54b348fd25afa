import { checkCriteriaContent, flattenCriteria, maxTotal, type CriteriaContent } from '@danvan/domain';
import type { CriteriaContentInput } from '@danvan/contracts';
import { Conflict, RuleViolation } from '../../../core/errors.ts';
import { isKnownProposer } from '../proposer/proposer.registry.ts';

export const staleSet = () =>
  Conflict('Bộ tiêu chí này vừa được người khác cập nhật. Vui lòng tải lại trước khi lưu.');

/** The tree as stored, after the domain's checks and the proposer keys (422 with every problem). */
export function checkedContent(input: CriteriaContentInput): { content: CriteriaContent; maxTotal: number } {
  const content = input as CriteriaContent;
  const errors = checkCriteriaContent(content).map((message) => ({ path: 'content', message }));
  for (const c of flattenCriteria(content))
    if (c.proposerKey && !isKnownProposer(c.proposerKey))
      errors.push({
        path: 'content',
        message: `Tiêu chí “${c.code}”: số liệu đề xuất “${c.proposerKey}” không có.`,
      });
  if (errors.length) throw RuleViolation('Bộ tiêu chí chưa hợp lệ: ' + errors[0].message, undefined, errors);
  return { content, maxTotal: maxTotal(content) };
}
