/**
 * Load-time registrations of the portal: its publisher (how core/portal.ts keeps publications),
 * its own sections (reception schedules, recognised Dân vận khéo models), the
 * files citizens attach (read by the petition's unit), the 1432 report's satisfaction index and the
 * daily sweep of spent anti-automation records.
 */
import { MODEL_FIELD_LABELS, MODEL_LEVEL_LABELS, formatDateVi, matchesVi } from '@danvan/domain';
import type { PortalItem } from '@danvan/contracts';
import { registerFigureProvider } from '../../core/figures.ts';
import { registerDailyJob } from '../../core/jobs.ts';
import { listPage, memoryList } from '../../core/page.ts';
import { registerPortalPublisher, registerPortalSection } from '../../core/portal.ts';
import { registerFileOwner } from '../files/index.ts';
import { recognisedModels } from '../models/index.ts';
import { readPortalCase } from '../petitions/index.ts';
import * as org from '../org/index.ts';
import { portalPublisher } from './publication/publisher.ts';
import { satisfactionFigure } from './rating/read-ratings.ts';
import { sessionItems } from './section/read-portal.ts';
import * as guard from './shared/guard.repository.ts';
import { PORTAL_FILE_ENTITY } from './submission/attach-file.ts';
import { submissionOfPetition } from './submission/submission.repository.ts';

/** Rate counters idle this long are dropped by the daily sweep (longer than any window). */
const COUNTER_IDLE_SECONDS = 7 * 86_400;

let done = false;
export function registerPortalHooks(): void {
  if (done) return;
  done = true;
  registerPortalPublisher(portalPublisher);

  registerPortalSection({
    key: 'schedules',
    order: 10,
    title: { vi: 'Lịch tiếp công dân', en: 'Reception schedules' },
    list: sessionItems,
  });
  // 'answers' (the published answers, the petitions' among them) is the answers module's section
  registerPortalSection({
    key: 'models',
    order: 30,
    title: { vi: 'Mô hình “Dân vận khéo”', en: '“Dân vận khéo” models' },
    async list(ctx, q) {
      const all = (await recognisedModels(ctx, { unitId: q.unitId, limit: 500 })).filter(
        (m) => !q.q || matchesVi(`${m.name} ${m.unitName} ${m.summary}`, q.q),
      );
      return listPage(ctx, q, {
        ...memoryList(all),
        present: (rows): PortalItem[] =>
          rows.map((m) => ({
            id: String(m.id),
            section: 'models',
            title: m.name,
            summary: m.summary,
            unitId: m.unitId,
            unitName: m.unitName,
            date: m.recognisedOn,
            field: m.field,
            fieldLabel: MODEL_FIELD_LABELS[m.field]?.vi ?? null,
            state: m.state,
            stateLabel: null,
            facts: [
              ...(m.recognisedLevel
                ? [{ label: 'Cấp công nhận', value: MODEL_LEVEL_LABELS[m.recognisedLevel].vi }]
                : []),
              ...(m.recognisedOn ? [{ label: 'Ngày công nhận', value: formatDateVi(m.recognisedOn) }] : []),
            ],
          })),
      });
    },
  });

  // a citizen's files: read by the petition's unit (a tố cáo's by its head only: they may identify
  // the denouncer), attached only through the portal with the code
  registerFileOwner(PORTAL_FILE_ENTITY, async (ctx, entityId) => {
    const petitionId = Number(entityId);
    if (!Number.isInteger(petitionId) || petitionId < 1) return null;
    const sub = await submissionOfPetition(ctx.db, petitionId);
    const p = sub ? await readPortalCase(ctx, petitionId) : null;
    const u = p ? await org.getUnitById(ctx, p.unitId) : undefined;
    if (!p || !u) return null;
    return {
      unitId: u.id,
      unitPath: u.path,
      readPermission: p.kind === 'to_cao' ? 'petitions:decide' : 'petitions:read',
      writePermission: 'petitions:handle',
    };
  });

  registerFigureProvider('satisfaction.index', satisfactionFigure);
  registerDailyJob('portal.sweep', async (ctx) => {
    await guard.sweep(ctx.db, ctx.clock.now(), COUNTER_IDLE_SECONDS);
  });
}
