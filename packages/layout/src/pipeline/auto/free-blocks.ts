import type { AuthoredGroup } from '../model/authored-groups.js';
import type { MeasuredNode } from '../model/measure-nodes.js';

export interface FreeBlocks {
  /** What the header's free column stacks: lone boxes and authored groups, in document order. */
  readonly free: ReadonlyArray<{
    readonly id: string;
    readonly width: number;
    readonly height: number;
  }>;
  /** The groups by the id they are placed under. */
  readonly groups: ReadonlyMap<string, AuthoredGroup>;
}

/**
 * The free boxes (placed by no topic) as blocks: each authored group is one block of its
 * authored size, so its members keep their offsets; a group of sections only (which are no
 * nodes) follows the rest.
 */
export function freeBlocks(
  free: readonly string[],
  groups: readonly AuthoredGroup[],
  measured: ReadonlyMap<string, MeasuredNode>,
): FreeBlocks {
  const groupOf = new Map<string, AuthoredGroup>();
  for (const group of groups) for (const member of group.members) groupOf.set(member.id, group);
  const out: Array<{ id: string; width: number; height: number }> = [];
  const placed = new Set<AuthoredGroup>();
  const add = (group: AuthoredGroup) => {
    if (placed.has(group)) return;
    placed.add(group);
    out.push({ id: group.id, width: group.width, height: group.height });
  };
  for (const id of free) {
    const group = groupOf.get(id);
    if (group) add(group);
    else
      out.push({ id, width: measured.get(id)?.width ?? 1, height: measured.get(id)?.height ?? 1 });
  }
  for (const group of groups) add(group);
  return { free: out, groups: new Map(groups.map((g) => [g.id, g])) };
}
