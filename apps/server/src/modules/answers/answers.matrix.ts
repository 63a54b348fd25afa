/**
 * Access-control matrix rows of the answers module: one per route. Records are made with the system
 * context at the target unit: communeA ('own'), communeB ('sibling') or the province root ('parent'):
 * a dialogue held there with one commitment given to the same unit (so the filing side and the
 * answering side are both the target), fresh for every request of a step (each succeeds once).
 * Answer templates are shared downwards on purpose (template.policy): the parent's template is
 * listed to the units below, so its list row checks 'own' and 'sibling' only.
 */
import { todayInVietnam } from '@danvan/domain';
import type { BuiltRequest, MatrixContext, MatrixRow, Target } from '../../../test/access-matrix.types.ts';
import { sys, uid } from '../../../test/factories.ts';
import { answerItem } from './item/answer-item.ts';
import { createConsultation } from './source/create-consultation.ts';
import { createDialogue } from './source/create-dialogue.ts';
import { holdDialogue } from './source/hold-dialogue.ts';
import { createTemplate } from './template/create-template.ts';
import { insertComment } from './comment/comment.repository.ts';
import { moderateComment } from './comment/comment-verbs.ts';

const B = '/api/v1/answers';
const req = (url: string, payload?: unknown, recordId?: unknown): BuiltRequest => ({
  url,
  payload,
  recordId,
});
const today = () => todayInVietnam(new Date());
const listed = (b: { items: { id: number }[] }, id: unknown) => b.items.some((x) => x.id === id);

async function dialogueAt(m: MatrixContext, t: Target, held = true) {
  const ctx = sys(m.env);
  const unitId = m.unitId(t);
  const d = await createDialogue(ctx, {
    unitId,
    title: `Đối thoại thử ${uid()}`,
    scheduledOn: today(),
    place: 'Hội trường',
    chairName: 'Người Chủ Trì',
  });
  if (!held) return d;
  return holdDialogue(ctx, d.id, {
    expectedVersion: d.version,
    heldOn: today(),
    participantCount: 10,
    issuesRaised: 'Ý kiến thử.',
    commitments: [{ text: `Cam kết thử ${uid()}`, responsibleUnitId: unitId, dueDate: today() }],
  });
}

async function itemAt(m: MatrixContext, t: Target, answered = false) {
  const d = await dialogueAt(m, t);
  const item = d.sourceItems[0]!;
  if (!answered) return item;
  return answerItem(sys(m.env), item.id, { expectedVersion: item.version, text: 'Đã thực hiện.' });
}

async function consultationAt(m: MatrixContext, t: Target) {
  return createConsultation(sys(m.env), {
    unitId: m.unitId(t),
    title: `Lấy ý kiến thử ${uid()}`,
    draftTitle: 'Dự thảo thử',
    opensOn: today(),
    closesOn: today(),
  });
}

async function commentAt(m: MatrixContext, t: Target, published = false) {
  const c = await consultationAt(m, t);
  const id = await insertComment(m.env.database.db, { sourceId: c.id, text: `Góp ý thử ${uid()}` });
  if (!published) return { id, version: 1, sourceId: c.id };
  const r = await moderateComment(sys(m.env), id, { expectedVersion: 1, decision: 'publish', reason: '' });
  return { id, version: r.version, sourceId: c.id };
}

const itemVersions = (i: { id: number; version: number }) => [{ id: i.id, expectedVersion: i.version }];

export const rows: MatrixRow[] = [
  {
    method: 'GET',
    url: `${B}/sources`,
    kind: 'list',
    request: async (m, t) => {
      const d = await dialogueAt(m, t, false);
      return req(`${B}/sources?q=${encodeURIComponent(d.title)}`, undefined, d.id);
    },
    visible: (b, _m, _t, built) => listed(b, built.recordId),
  },
  {
    method: 'GET',
    url: `${B}/sources/:id`,
    request: async (m, t) => req(`${B}/sources/${(await dialogueAt(m, t)).id}`),
  },
  {
    method: 'PATCH',
    url: `${B}/sources/:id`,
    request: async (m, t) => {
      const d = await dialogueAt(m, t);
      return req(`${B}/sources/${d.id}`, { expectedVersion: d.version, summary: `Tóm tắt ${uid()}` });
    },
  },
  {
    method: 'POST',
    url: `${B}/sources/:id/items`,
    request: async (m, t) =>
      req(`${B}/sources/${(await dialogueAt(m, t)).id}/items`, { items: [{ text: 'Cam kết bổ sung' }] }),
  },
  {
    method: 'POST',
    url: `${B}/dialogues`,
    request: async (m, t) =>
      req(`${B}/dialogues`, {
        unitId: m.unitId(t),
        title: `Đối thoại mới ${uid()}`,
        scheduledOn: today(),
        place: 'Nhà văn hóa',
        chairName: 'Chủ tịch UBND',
      }),
  },
  {
    method: 'POST',
    url: `${B}/dialogues/:id/hold`,
    request: async (m, t) => {
      const d = await dialogueAt(m, t, false);
      return req(`${B}/dialogues/${d.id}/hold`, {
        expectedVersion: d.version,
        heldOn: today(),
        participantCount: 5,
        issuesRaised: 'Ý kiến.',
      });
    },
  },
  {
    method: 'GET',
    url: `${B}/dialogues/:id/minutes.docx`,
    request: async (m, t) => req(`${B}/dialogues/${(await dialogueAt(m, t)).id}/minutes.docx`),
  },
  {
    method: 'POST',
    url: `${B}/front-supervisions`,
    request: async (m, t) =>
      req(`${B}/front-supervisions`, {
        unitId: m.unitId(t),
        addresseeUnitId: m.p.dept.id,
        title: `Kết luận giám sát ${uid()}`,
        receivedOn: today(),
        items: [{ text: 'Kiến nghị thử' }],
      }),
  },
  {
    method: 'POST',
    url: `${B}/front-criticisms`,
    request: async (m, t) =>
      req(`${B}/front-criticisms`, {
        unitId: m.unitId(t),
        addresseeUnitId: m.p.dept.id,
        title: `Phản biện ${uid()}`,
        receivedOn: today(),
        draftTitle: 'Dự thảo',
        draftSentOn: today(),
      }),
  },
  {
    method: 'POST',
    url: `${B}/council-sessions`,
    request: async (m, t) =>
      req(`${B}/council-sessions`, {
        unitId: m.unitId(t),
        title: `Kỳ họp thử ${uid()}`,
        sessionOn: today(),
        items: [{ text: 'Kiến nghị cử tri thử' }],
      }),
  },
  {
    method: 'POST',
    url: `${B}/consultations`,
    request: async (m, t) =>
      req(`${B}/consultations`, {
        unitId: m.unitId(t),
        title: `Lấy ý kiến ${uid()}`,
        draftTitle: 'Dự thảo',
        opensOn: today(),
        closesOn: today(),
      }),
  },
  {
    method: 'GET',
    url: `${B}/consultations/:id/report.docx`,
    request: async (m, t) => req(`${B}/consultations/${(await consultationAt(m, t)).id}/report.docx`),
  },
  {
    method: 'GET',
    url: `${B}/consultations/:id/comments`,
    request: async (m, t) => req(`${B}/consultations/${(await consultationAt(m, t)).id}/comments`),
  },
  {
    method: 'POST',
    url: `${B}/comments/:id/moderate`,
    request: async (m, t) => {
      const c = await commentAt(m, t);
      return req(`${B}/comments/${c.id}/moderate`, { expectedVersion: c.version, decision: 'publish' });
    },
  },
  {
    method: 'GET',
    url: `${B}/items`,
    kind: 'list',
    request: async (m, t) => {
      const i = await itemAt(m, t);
      return req(`${B}/items?sourceId=${i.sourceId}`, undefined, i.id);
    },
    visible: (b, _m, _t, built) => listed(b, built.recordId),
  },
  {
    method: 'GET',
    url: `${B}/items/export.xlsx`,
    kind: 'list',
    request: async (m, t) => req(`${B}/items/export.xlsx?sourceId=${(await itemAt(m, t)).sourceId}`),
  },
  {
    method: 'GET',
    url: `${B}/items/:id`,
    request: async (m, t) => req(`${B}/items/${(await itemAt(m, t)).id}`),
  },
  {
    method: 'POST',
    url: `${B}/items/assign`,
    request: async (m, t) => {
      const i = await itemAt(m, t);
      return req(`${B}/items/assign`, { items: itemVersions(i), responsibleUnitId: m.unitId(t) });
    },
  },
  {
    method: 'POST',
    url: `${B}/items/answer`,
    request: async (m, t) =>
      req(`${B}/items/answer`, { items: itemVersions(await itemAt(m, t)), text: 'Trả lời chung.' }),
  },
  {
    method: 'POST',
    url: `${B}/items/publish`,
    request: async (m, t) =>
      req(`${B}/items/publish`, { items: itemVersions(await itemAt(m, t, true)), published: true }),
  },
  {
    method: 'POST',
    url: `${B}/items/:id/start`,
    request: async (m, t) => {
      const i = await itemAt(m, t);
      return req(`${B}/items/${i.id}/start`, { expectedVersion: i.version });
    },
  },
  {
    method: 'POST',
    url: `${B}/items/:id/answer`,
    request: async (m, t) => {
      const i = await itemAt(m, t);
      return req(`${B}/items/${i.id}/answer`, { expectedVersion: i.version, text: 'Đã thực hiện.' });
    },
  },
  {
    method: 'POST',
    url: `${B}/items/:id/judge`,
    request: async (m, t) => {
      const i = await itemAt(m, t, true);
      return req(`${B}/items/${i.id}/judge`, { expectedVersion: i.version, verdict: 'satisfied' });
    },
  },
  {
    method: 'POST',
    url: `${B}/items/:id/decline`,
    request: async (m, t) => {
      const i = await itemAt(m, t);
      return req(`${B}/items/${i.id}/decline`, {
        expectedVersion: i.version,
        reason: 'Không thuộc thẩm quyền.',
      });
    },
  },
  {
    method: 'POST',
    url: `${B}/items/:id/close`,
    request: async (m, t) => {
      const i = await itemAt(m, t, true);
      return req(`${B}/items/${i.id}/close`, { expectedVersion: i.version });
    },
  },
  {
    method: 'GET',
    url: `${B}/templates`,
    kind: 'list',
    request: async (m, t) => {
      const tpl = await createTemplate(sys(m.env), {
        unitId: m.unitId(t),
        name: `Mẫu ${uid()}`,
        text: 'Nội dung mẫu.',
      });
      return req(`${B}/templates?pageSize=500`, undefined, tpl.id);
    },
    // shared downwards on purpose: a unit uses the templates of the units above it
    visible: (b, _m, t, built) => t !== 'parent' && listed(b, built.recordId),
  },
  {
    method: 'POST',
    url: `${B}/templates`,
    request: async (m, t) =>
      req(`${B}/templates`, { unitId: m.unitId(t), name: `Mẫu ${uid()}`, text: 'Nội dung.' }),
  },
  {
    method: 'GET',
    url: `${B}/compliance`,
    kind: 'list',
    request: async (m, t) => {
      await itemAt(m, t);
      return req(`${B}/compliance?pageSize=500`, undefined, m.unitId(t));
    },
    visible: (b, _m, _t, built) => b.items.some((x: { unitId: number }) => x.unitId === built.recordId),
  },
  {
    method: 'GET',
    url: `${B}/units`,
    kind: 'list',
    // The addressee picker lists every active unit of the actor's province on purpose (the Front
    // addresses agencies outside its subtree): the own unit is listed, and for the other targets
    // the record looked for is a unit of another province, which must never be.
    request: async (m, t) => {
      const unit = t === 'own' ? m.p.communeA : m.p.otherCommune;
      return req(`${B}/units?q=${encodeURIComponent(unit.name)}`, undefined, unit.id);
    },
    visible: (b, _m, _t, built) => listed(b, built.recordId),
  },
  {
    method: 'GET',
    url: `${B}/public/consultations/:id`,
    kind: 'public',
    request: async (m, t) => req(`${B}/public/consultations/${(await consultationAt(m, t)).id}`),
  },
  {
    method: 'POST',
    url: `${B}/public/consultations/:id/comments`,
    kind: 'public',
    // without a solved challenge the portal's check answers 400: reached, not refused for access
    okStatuses: [400],
    request: async (m, t) =>
      req(`${B}/public/consultations/${(await consultationAt(m, t)).id}/comments`, {
        text: 'Góp ý.',
        altcha: 'x',
      }),
  },
  {
    method: 'POST',
    url: `${B}/public/comments/:id/report`,
    kind: 'public',
    okStatuses: [400],
    request: async (m, t) => {
      const c = await commentAt(m, t, true);
      return req(`${B}/public/comments/${c.id}/report`, { reason: 'Vi phạm.', altcha: 'x' });
    },
  },
];
