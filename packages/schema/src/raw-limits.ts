import { error, type Finding, type IssuePath } from './issue.js';
import { LIMITS } from './limits.js';

/** Longest list looked at: far past any roadmap (the node limit counts the real ones). */
const MAX_LIST = 200_000;
/** Most values (objects, lists, scalars) looked at before the data is refused as too large. */
const MAX_VALUES = 1_000_000;

/**
 * Checks that are cheap on raw data and must run before anything else walks it: cycles,
 * how deep it nests, how long its lists are, how many values it has, and how many nodes.
 * Iterative and bounded, so a cyclic object, a 20,000-deep object or a sparse list of
 * length 10,000,000 is refused in well under a second without growing the stack.
 */
export function rawLimits(data: unknown): Finding[] {
  const shape = walk(data);
  if (shape !== undefined) return [shape];
  const count = countNodes(data);
  if (count > LIMITS.maxNodes) {
    return [
      error(
        'too-many-nodes',
        ['topics'],
        `expected at most ${LIMITS.maxNodes.toLocaleString('en-US')} nodes, received ${count.toLocaleString('en-US')}`,
        'split the roadmap into several roadmaps and link them with buttons',
      ),
    ];
  }
  return [];
}

interface Frame {
  readonly value: object;
  readonly path: IssuePath;
  /** The objects from the root down to this one (for finding cycles). */
  readonly parent: Frame | undefined;
}

function onPath(frame: Frame | undefined, value: object): boolean {
  for (let f = frame; f !== undefined; f = f.parent) if (f.value === value) return true;
  return false;
}

/** The first problem with the data's shape as a whole, depth first; undefined when none. */
function walk(data: unknown): Finding | undefined {
  if (data === null || typeof data !== 'object') return undefined;
  const stack: Frame[] = [{ value: data, path: [], parent: undefined }];
  let seen = 0;
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    const { value, path } = frame;
    if (path.length > LIMITS.maxDepth) {
      return error(
        'too-deep',
        path.slice(0, LIMITS.maxDepth + 1),
        `expected data nested at most ${LIMITS.maxDepth} levels deep, received deeper nesting`,
        'flatten the structure: subtopics nest a few levels at most',
      );
    }
    const entries: Array<[string | number, unknown]> = [];
    if (Array.isArray(value)) {
      if (value.length > MAX_LIST) {
        return error(
          'too-big',
          path,
          `expected a list of at most ${MAX_LIST.toLocaleString('en-US')} items, received ${value.length.toLocaleString('en-US')}`,
          'split the roadmap into several roadmaps',
        );
      }
      for (let i = 0; i < value.length; i++) entries.push([i, value[i]]);
    } else {
      for (const key of Object.keys(value))
        entries.push([key, (value as Record<string, unknown>)[key]]);
    }
    seen += entries.length;
    if (seen > MAX_VALUES) {
      return error(
        'file-too-large',
        [],
        `expected at most ${MAX_VALUES.toLocaleString('en-US')} values in the data, received more`,
        'split the roadmap into several roadmaps',
      );
    }
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i] as [string | number, unknown];
      if (child === null || typeof child !== 'object') continue;
      if (onPath(frame, child)) {
        return error(
          'invalid-value',
          [...path, key],
          'expected plain data, received an object that contains itself (a cycle)',
          'pass data that can be written as JSON',
        );
      }
      stack.push({ value: child, path: [...path, key], parent: frame });
    }
  }
  return undefined;
}

function listAt(value: unknown, key: string): unknown[] {
  if (value === null || typeof value !== 'object') return [];
  const list = (value as Record<string, unknown>)[key];
  return Array.isArray(list) ? list : [];
}

function countNodes(data: unknown): number {
  let count = listAt(data, 'elements').length;
  const stack = [...listAt(data, 'topics')];
  while (stack.length > 0) {
    const node = stack.pop();
    count++;
    stack.push(...listAt(node, 'subtopics'));
  }
  return count;
}
