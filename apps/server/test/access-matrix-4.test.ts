import { beforeAll, describe, it } from 'vitest';
import { checkShard, matrixWorld } from './access-matrix.ts';

// Shard 4 of the access-control matrix (test/access-matrix.ts; access-matrix.test.ts says why).
beforeAll(matrixWorld, 600_000);

describe('access-control matrix', () => {
  it(
    'every route, every role, own / sibling / parent unit (shard 4 of 4)',
    () => checkShard(3, 4),
    1_800_000,
  );
});
