/**
 * What a draft plan still lacks before it may be issued. The same list is refused by the issue verb
 * (422) and sent with every draft (`issueMissing`), so the editor shows it before the button is pressed.
 * A section counts only when it says something: markup, entities, punctuation and spaces are not content.
 */
import { emptySelector } from '../shared/refs.ts';
import type { UnitSelectorJson } from '../../../db/schema/plans.ts';

export interface IssueProblem {
  path: string;
  message: string;
}

interface Section {
  number: string;
  title: string;
  body: string;
}

export interface PlanContent {
  title: string;
  purposes: string[];
  requirements: string[];
  sections: Section[];
  signerName: string;
  signerPosition: string;
  requiredSelector: UnitSelectorJson | null;
  requiredDue: string | null;
}

/** Text without markup or entities, trimmed; '' when nothing but spaces and punctuation is left. */
export function meaningful(s: string | null | undefined): string {
  const text = (s ?? '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/gi, ' ')
    .trim();
  return /[\p{L}\p{N}]/u.test(text) ? text : '';
}

/** Lower case, without diacritics (đ → d), for recognising the standard headings. */
function plain(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The parts every plan has (Nghị định 30/2020 form of a kế hoạch) beside "Mục đích, yêu cầu". */
const REQUIRED_PARTS = [
  { key: 'noi dung', label: 'Nội dung' },
  { key: 'to chuc thuc hien', label: 'Tổ chức thực hiện' },
];

const sub = (parent: Section, s: Section) => parent.number !== '' && s.number.startsWith(`${parent.number}.`);

/** The content problems of a plan (its number and date of issue come with the issue itself). */
export function missingForIssue(p: PlanContent): IssueProblem[] {
  const out: IssueProblem[] = [];
  if (!meaningful(p.title)) out.push({ path: 'title', message: 'Chưa có trích yếu kế hoạch' });
  const has = (s: Section) =>
    Boolean(meaningful(s.body)) || p.sections.some((c) => sub(s, c) && meaningful(c.body));
  // "Mục đích, yêu cầu": its two lists, or a section of that name written out
  const aimSection = p.sections.find((s) => plain(s.title).includes('muc dich'));
  if (!p.purposes.some(meaningful) && !p.requirements.some(meaningful) && !(aimSection && has(aimSection)))
    out.push({ path: 'purposes', message: 'Mục "Mục đích, yêu cầu" chưa có nội dung' });
  for (const part of REQUIRED_PARTS) {
    const i = p.sections.findIndex((s) => plain(s.title).includes(part.key));
    if (i < 0) out.push({ path: 'sections', message: `Chưa có mục "${part.label}"` });
    else if (!has(p.sections[i]))
      out.push({
        path: `sections.${i}.body`,
        message: `Mục ${p.sections[i].number} "${part.label}" chưa có nội dung`,
      });
  }
  p.sections.forEach((s, i) => {
    if (s === aimSection || REQUIRED_PARTS.some((part) => plain(s.title).includes(part.key))) return;
    if (!meaningful(s.title))
      out.push({ path: `sections.${i}.title`, message: `Mục ${s.number || i + 1} chưa có tên mục` });
    else if (!has(s))
      out.push({
        path: `sections.${i}.body`,
        message: `Mục ${s.number || i + 1} "${s.title.trim()}" chưa có nội dung`,
      });
  });

  if (!meaningful(p.signerPosition))
    out.push({ path: 'signerPosition', message: 'Chưa có chức vụ người ký' });
  if (!meaningful(p.signerName)) out.push({ path: 'signerName', message: 'Chưa có họ tên người ký' });

  const hasSelector = !emptySelector(p.requiredSelector);
  if (hasSelector && !p.requiredDue)
    out.push({ path: 'requiredDue', message: 'Chưa có hạn để các đơn vị ban hành kế hoạch' });
  if (!hasSelector && p.requiredDue)
    out.push({ path: 'requiredSelector', message: 'Chưa chọn đơn vị phải xây dựng kế hoạch' });
  return out;
}
