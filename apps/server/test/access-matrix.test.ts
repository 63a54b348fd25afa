import { beforeAll, describe, it } from 'vitest';
import { checkCoverage, checkShard, matrixWorld } from './access-matrix.ts';

// The access-control matrix (test/access-matrix.ts), dealt out over four files so that the workers
// share it: as one file it held one worker for most of the tier. This file also checks that every
// route has a row.
beforeAll(matrixWorld, 600_000);

describe('access-control matrix', () => {
  it('has a row for every registered route, and no row for a route that does not exist', checkCoverage);
  it(
    'every route, every role, own / sibling / parent unit (shard 1 of 4)',
    () => checkShard(0, 4),
    1_800_000,
  );
});
