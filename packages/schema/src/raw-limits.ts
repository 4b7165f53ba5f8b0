import { error, type Finding, type IssuePath } from './issue.js';
import { LIMITS } from './limits.js';

/**
 * Checks that are cheap on raw data and must run before the schema walks it:
 * how deep it nests and how many nodes it has. Iterative, so hostile depth cannot
 * overflow the stack.
 */
export function rawLimits(data: unknown): Finding[] {
  const deep = deepestPath(data);
  if (deep !== undefined) {
    return [
      error(
        'too-deep',
        deep,
        `expected data nested at most ${LIMITS.maxDepth} levels deep, received deeper nesting`,
        'flatten the structure: subtopics nest a few levels at most',
      ),
    ];
  }
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

/** The path to the first place nested deeper than the limit, or undefined. */
function deepestPath(data: unknown): IssuePath | undefined {
  const stack: Array<{ value: unknown; path: (string | number)[] }> = [{ value: data, path: [] }];
  while (stack.length > 0) {
    const next = stack.pop();
    if (!next || next.value === null || typeof next.value !== 'object') continue;
    if (next.path.length > LIMITS.maxDepth) return next.path;
    if (Array.isArray(next.value)) {
      for (let i = 0; i < next.value.length; i++)
        stack.push({ value: next.value[i], path: [...next.path, i] });
    } else {
      for (const [key, value] of Object.entries(next.value))
        stack.push({ value, path: [...next.path, key] });
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
