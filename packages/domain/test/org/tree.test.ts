import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ancestorIds,
  assertPath,
  childPath,
  commonAncestorPath,
  depthOf,
  idOfPath,
  isInSubtree,
  isValidPath,
  parentPathOf,
  pathIds,
  rebasePath,
  ROOT_PATH,
  wouldCreateCycle,
} from '../../src/index.ts';

const id = fc.oneof(fc.integer({ min: 1, max: 99_999 }).map(String), fc.uuid());
const pathOf = (ids: readonly string[]) => ids.reduce<string>((p, i) => childPath(p, i), ROOT_PATH);
const path = fc.array(id, { maxLength: 8 }).map(pathOf);

describe('isValidPath / assertPath', () => {
  it.each(['/', '/1/', '/1/5/12/', '/a-b/c_d/', '/0195f7a2-8f4e-7c3b-9a51-3f2c1d0e9b8a/'])(
    'accepts %j',
    (p) => {
      expect(isValidPath(p)).toBe(true);
    },
  );

  it.each(['', '1/5/', '/1/5', '//', '/1//5/', '/1/5//', 'abc', ' /1/'])('rejects %j', (p) => {
    expect(isValidPath(p)).toBe(false);
    expect(() => assertPath(p)).toThrow(RangeError);
  });

  it('rejects non-strings', () => {
    expect(isValidPath(null)).toBe(false);
    expect(isValidPath(15)).toBe(false);
  });
});

describe('childPath', () => {
  it.each([
    [null, 1, '/1/'],
    ['/', 1, '/1/'],
    ['/1/', 5, '/1/5/'],
    ['/1/5/', 12, '/1/5/12/'],
    ['/1/5/', 'abc', '/1/5/abc/'],
  ] as const)('childPath(%j, %j) = %j', (parent, childId, expected) => {
    expect(childPath(parent, childId)).toBe(expected);
  });

  it.each(['', 'a/b', ' 1', '1 '])('rejects the id %j', (bad) => {
    expect(() => childPath('/1/', bad)).toThrow(RangeError);
  });

  it('rejects a malformed parent path', () => {
    expect(() => childPath('/1', 2)).toThrow(RangeError);
    expect(() => childPath('', 2)).toThrow(RangeError);
  });
});

describe('isInSubtree', () => {
  it.each([
    ['/1/5/12/', '/1/5/', true],
    ['/1/5/', '/1/5/', true], // a unit is in its own subtree
    ['/1/5/12/', '/', true], // everything is under the root
    ['/1/', '/1/5/', false], // an ancestor is not in its descendant's subtree
    ['/1/50/', '/1/5/', false], // 50 is not under 5 (trailing slash matters)
    ['/12/', '/1/', false],
    ['/2/5/', '/1/5/', false], // same id, other branch
  ])('isInSubtree(%j, %j) = %s', (p, ancestor, expected) => {
    expect(isInSubtree(p, ancestor)).toBe(expected);
  });

  it('rejects malformed paths', () => {
    expect(() => isInSubtree('/1/5', '/1/')).toThrow(RangeError);
    expect(() => isInSubtree('/1/5/', '/1')).toThrow(RangeError);
  });

  it('a child is always in its parent subtree, and never the other way round', () => {
    fc.assert(
      fc.property(path, id, (parent, childId) => {
        const child = childPath(parent, childId);
        expect(isInSubtree(child, parent)).toBe(true);
        expect(isInSubtree(parent, child)).toBe(false);
      }),
    );
  });
});

describe('depth, ids, parent', () => {
  it.each([
    ['/', 0, [], null, null],
    ['/1/', 1, ['1'], '1', '/'],
    ['/1/5/', 2, ['1', '5'], '5', '/1/'],
    ['/1/5/12/', 3, ['1', '5', '12'], '12', '/1/5/'],
  ] as const)('%j: depth %d, ids %j, own id %j, parent %j', (p, depth, ids, own, parent) => {
    expect(depthOf(p)).toBe(depth);
    expect(pathIds(p)).toEqual(ids);
    expect(idOfPath(p)).toBe(own);
    expect(parentPathOf(p)).toBe(parent);
    expect(ancestorIds(p)).toEqual(ids.slice(0, -1));
  });

  it('rejects malformed paths', () => {
    expect(() => depthOf('1/')).toThrow(RangeError);
    expect(() => parentPathOf('/1')).toThrow(RangeError);
  });

  it('parentPathOf inverts childPath and depth grows by one', () => {
    fc.assert(
      fc.property(path, id, (parent, childId) => {
        const child = childPath(parent, childId);
        expect(parentPathOf(child)).toBe(parent);
        expect(idOfPath(child)).toBe(childId);
        expect(depthOf(child)).toBe(depthOf(parent) + 1);
        expect(pathOf(pathIds(child))).toBe(child);
      }),
    );
  });
});

describe('wouldCreateCycle', () => {
  it.each([
    ['/1/5/', '/1/5/12/', true], // under its own child
    ['/1/5/', '/1/5/12/40/', true], // under a grandchild
    ['/1/5/', '/1/5/', true], // under itself
    ['/1/5/', '/1/', false], // where it already is
    ['/1/5/', '/1/6/', false], // a sibling
    ['/1/5/', '/', false], // to the top level
    ['/1/5/', '/1/50/', false], // look-alike id
    ['/1/', '/2/', false],
  ])('moving %j under %j → %s', (node, newParent, expected) => {
    expect(wouldCreateCycle(node, newParent)).toBe(expected);
  });

  it('refuses to move the root', () => {
    expect(() => wouldCreateCycle('/', '/1/')).toThrow(RangeError);
  });
});

describe('rebasePath', () => {
  it('moves a descendant along with its subtree', () => {
    expect(rebasePath('/1/5/12/', '/1/5/', '/2/5/')).toBe('/2/5/12/');
    expect(rebasePath('/1/5/', '/1/5/', '/2/5/')).toBe('/2/5/');
    expect(rebasePath('/1/5/12/30/', '/1/5/', '/5/')).toBe('/5/12/30/');
  });

  it('rejects a unit outside the subtree or a bad new root', () => {
    expect(() => rebasePath('/1/6/', '/1/5/', '/2/5/')).toThrow(RangeError);
    expect(() => rebasePath('/1/5/', '/1/5/', '/2/5')).toThrow(RangeError);
  });

  it('keeps depth differences and subtree membership', () => {
    fc.assert(
      fc.property(path, fc.array(id, { maxLength: 4 }), path, (oldRoot, tail, newParent) => {
        fc.pre(oldRoot !== ROOT_PATH);
        const newRoot = childPath(newParent, idOfPath(oldRoot)!);
        const node = tail.reduce<string>((p, i) => childPath(p, i), oldRoot);
        const moved = rebasePath(node, oldRoot, newRoot);
        expect(isInSubtree(moved, newRoot)).toBe(true);
        expect(depthOf(moved) - depthOf(newRoot)).toBe(depthOf(node) - depthOf(oldRoot));
      }),
    );
  });
});

describe('commonAncestorPath', () => {
  it.each([
    ['/1/5/12/', '/1/5/13/', '/1/5/'],
    ['/1/5/12/', '/1/6/', '/1/'],
    ['/1/5/', '/1/5/12/', '/1/5/'],
    ['/1/', '/2/', '/'],
    ['/1/5/', '/1/5/', '/1/5/'],
    ['/', '/1/', '/'],
  ])('(%j, %j) → %j', (a, b, expected) => {
    expect(commonAncestorPath(a, b)).toBe(expected);
  });

  it('contains both paths', () => {
    fc.assert(
      fc.property(path, path, (a, b) => {
        const common = commonAncestorPath(a, b);
        expect(isInSubtree(a, common)).toBe(true);
        expect(isInSubtree(b, common)).toBe(true);
        expect(commonAncestorPath(b, a)).toBe(common);
      }),
    );
  });
});
