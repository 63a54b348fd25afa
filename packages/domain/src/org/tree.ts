/**
 * The organisation tree as a materialised path: each unit stores the ids of its ancestors and itself,
 * '/1/5/12/', so "the subtree of unit 5" is the indexed predicate `path LIKE '/1/5/%'`.
 * The root of the forest is '/', which has no unit.
 */

/** The path of the (virtual) root above all top-level units. */
export const ROOT_PATH = '/';

const PATH_RE = /^\/(?:[^/]+\/)*$/;

/** True when the value is a well-formed path: '/', or ids each followed by '/', starting with '/'. */
export function isValidPath(value: unknown): value is string {
  return typeof value === 'string' && PATH_RE.test(value);
}

/** Throws a RangeError unless the value is a well-formed path. */
export function assertPath(value: unknown, label = 'path'): asserts value is string {
  if (!isValidPath(value)) throw new RangeError(`Invalid ${label}: ${JSON.stringify(value)}`);
}

/** Path of a child unit: the parent's path followed by the child's id ('/1/5/' + 12 → '/1/5/12/'). */
export function childPath(parentPath: string | null, id: string | number): string {
  const parent = parentPath ?? ROOT_PATH;
  assertPath(parent, 'parent path');
  const segment = String(id);
  if (segment === '' || segment.includes('/') || segment.trim() !== segment) {
    throw new RangeError(`Invalid unit id for a path: ${JSON.stringify(id)}`);
  }
  return `${parent}${segment}/`;
}

/** True when the unit at `path` is `ancestorPath` itself or lies below it. */
export function isInSubtree(path: string, ancestorPath: string): boolean {
  assertPath(path);
  assertPath(ancestorPath, 'ancestor path');
  return path.startsWith(ancestorPath);
}

/** Number of units on the path: '/' → 0, '/1/' → 1 (a top-level unit), '/1/5/12/' → 3. */
export function depthOf(path: string): number {
  return pathIds(path).length;
}

/** The ids on a path, from the top-level unit down to the unit itself. */
export function pathIds(path: string): string[] {
  assertPath(path);
  return path.split('/').filter((s) => s !== '');
}

/** Ids of the strict ancestors of the unit at `path` (top-level first). */
export function ancestorIds(path: string): string[] {
  return pathIds(path).slice(0, -1);
}

/** Id of the unit at `path`; null for the root '/'. */
export function idOfPath(path: string): string | null {
  const ids = pathIds(path);
  return ids.length === 0 ? null : ids[ids.length - 1];
}

/** Path of the parent unit ('/1/5/12/' → '/1/5/'); null for the root '/'. */
export function parentPathOf(path: string): string | null {
  assertPath(path);
  if (path === ROOT_PATH) return null;
  return path.slice(0, path.lastIndexOf('/', path.length - 2) + 1);
}

/** True when moving the unit at `nodePath` under `newParentPath` would make it its own ancestor. */
export function wouldCreateCycle(nodePath: string, newParentPath: string): boolean {
  assertPath(nodePath, 'node path');
  if (nodePath === ROOT_PATH) throw new RangeError('The root cannot be moved');
  return isInSubtree(newParentPath, nodePath);
}

/**
 * New path of a unit when the subtree rooted at `oldRootPath` moves to `newRootPath`:
 * '/1/5/12/' with '/1/5/' → '/2/5/' gives '/2/5/12/'. Throws when the unit is outside the subtree.
 */
export function rebasePath(path: string, oldRootPath: string, newRootPath: string): string {
  assertPath(newRootPath, 'new root path');
  if (!isInSubtree(path, oldRootPath)) {
    throw new RangeError(`Path ${path} is not in the subtree ${oldRootPath}`);
  }
  return newRootPath + path.slice(oldRootPath.length);
}

/** The deepest path that contains both units (their lowest common ancestor, or the unit itself). */
export function commonAncestorPath(a: string, b: string): string {
  const idsA = pathIds(a);
  const idsB = pathIds(b);
  let path = ROOT_PATH;
  for (let i = 0; i < Math.min(idsA.length, idsB.length) && idsA[i] === idsB[i]; i += 1) {
    path += `${idsA[i]}/`;
  }
  return path;
}
