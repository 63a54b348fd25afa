import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoWorld, type DemoWorld } from '../../../test/demo-world.ts';
import { registerPetitionsDemo } from './petitions.demo.ts';
import { registerPetitionsHooks } from './petitions.hooks.ts';
import { getPetition, listPetitions } from './petition/read-petition.ts';

// The demo runs in a database of its own (its unit codes are fixed), on the fixed demo day, over the
// reference data (legal time limits, the working-day calendar) its deadlines are counted from.
let w: DemoWorld;
beforeAll(async () => {
  w = await demoWorld({
    register: [registerPetitionsDemo, registerPetitionsHooks],
    seeders: ['petitions'],
    withReferenceData: true,
  });
}, 600_000);
afterAll(async () => w?.database.close());

const as = (username: string) => w.as(username);

describe('demo petitions', () => {
  it('the demo denunciation is assigned to the denunciation handler, who alone may reveal its denouncer', async () => {
    const handler = await as('xulytocao');
    const list = await listPetitions(handler, { kind: 'to_cao', page: 1, pageSize: 50 } as never);
    expect(list.total).toBe(1);
    const d = await getPetition(handler, list.items[0].id);
    expect(d.handlerName).toBe('Bùi Thị Hạnh');
    expect(d.protected).toBe(false);
    expect(d.can.reveal).toBe(true);
    // the reception officer who entered it sees it protected
    const officer = await getPetition(await as('tiepdan'), d.id);
    expect(officer).toMatchObject({ protected: true, content: null });
    expect(officer.can.reveal).toBe(false);
  });
});
