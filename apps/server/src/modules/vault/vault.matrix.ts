import type { MatrixContext, MatrixRow, Target } from '../../../test/access-matrix.types.ts';
import { sys, unitFor } from '../../../test/factories.ts';
import { inTx } from '../../core/audit.ts';
import { sealIdentity, sealScan } from './index.ts';
import { registerTestOwner, TEST_KIND } from './vault.test-helpers.ts';

/**
 * The vault's records belong to other modules' records. The rows use the test owner (an org unit as
 * the record, see vault.test-helpers.ts): the state is read by petitions:read at the unit, the reveal
 * and the scan download need petitions:handle there. 'petition' records have their own rows in the
 * petitions matrix, where only the assigned handler reveals.
 */
registerTestOwner();

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const reason = { reason: 'Kiểm tra quyền xem danh tính trong ma trận' };

/** A unit record of the target with a sealed identity and one scan (set up by the system). */
async function sealedAt(m: MatrixContext, t: Target): Promise<{ ownerId: number; scanId: number }> {
  const u = await unitFor(m, t);
  const ctx = sys(m.env);
  const scanId = await inTx(ctx, async (tx, c) => {
    await sealIdentity(tx, c, TEST_KIND, u.id, { fullName: 'Người tố cáo ma trận', phone: '0900000000' });
    return sealScan(tx, c, TEST_KIND, u.id, { fileName: 'chu-ky.png', mime: 'image/png', bytes: PNG });
  });
  return { ownerId: u.id, scanId };
}

const cache = new Map<Target, Promise<{ ownerId: number; scanId: number }>>();
const record = (m: MatrixContext, t: Target) => {
  // 'parent' is the province root itself: seal it once
  if (t !== 'parent') return sealedAt(m, t);
  let r = cache.get(t);
  if (!r) cache.set(t, (r = sealedAt(m, t)));
  return r;
};

const B = '/api/v1/vault';
export const rows: MatrixRow[] = [
  {
    method: 'GET',
    url: `${B}/:kind/:ownerId`,
    request: async (m, t) => ({ url: `${B}/${TEST_KIND}/${(await record(m, t)).ownerId}` }),
  },
  {
    method: 'POST',
    url: `${B}/:kind/:ownerId/reveal`,
    request: async (m, t) => ({
      url: `${B}/${TEST_KIND}/${(await record(m, t)).ownerId}/reveal`,
      payload: reason,
    }),
  },
  {
    method: 'POST',
    url: `${B}/:kind/:ownerId/scans/:scanId/content`,
    request: async (m, t) => {
      const r = await record(m, t);
      return { url: `${B}/${TEST_KIND}/${r.ownerId}/scans/${r.scanId}/content`, payload: reason };
    },
  },
];
