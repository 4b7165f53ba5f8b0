import type { ElkNode } from 'elkjs/lib/elk-api';
import { childRoom, framePad, frameRoom, type Room } from './group-frames.js';
import type { ElkEngine } from './load-elk.js';
import { type SideCache, sideCacheOf } from './side-cache.js';
import { gridHeight, isGroup, type Segment, type SidePlan, type SideTops } from './side-layout.js';
import { stripGwtFields } from './strip-gwt-fields.js';

/** The ELK layered options for one side of a topic: the tree grows away from the spine. */
export const SIDE_LAYOUT_OPTIONS: Readonly<Record<string, string>> = Object.freeze({
  'elk.algorithm': 'layered',
  // Our router draws the edges: ELK's cheapest routing, whose bends are never read.
  'elk.edgeRouting': 'POLYLINE',
  // A tree kept in the order written has no crossings to remove: ELK's sweeps and switches
  // change nothing here (the same places with and without them) and cost a fifth of the call.
  'elk.layered.crossingMinimization.strategy': 'NONE',
  'elk.layered.crossingMinimization.greedySwitch.type': 'OFF',
  'elk.layered.crossingMinimization.forceNodeModelOrder': 'true',
  // In a tree every box's layer is its depth: the longest path from the topic gives it at once,
  // as network simplex does after its search.
  'elk.layered.layering.strategy': 'LONGEST_PATH_SOURCE',
  // One port a side where the edges meet, in the middle of the side: what a port of our own
  // on the side facing the spine gave, without ELK sizing and placing ports node by node.
  'elk.layered.mergeEdges': 'true',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  // A side is one tree, so one connected graph: no splitting into components and packing them
  // again; and with nothing to minimise, the least thorough search (the same places).
  'elk.separateConnectedComponents': 'false',
  'elk.layered.thoroughness': '1',
  'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
  'elk.randomSeed': '1',
  'elk.padding': '[top=0,left=0,bottom=0,right=0]',
});

/** A side to lay out: its plan and the height of the topic it hangs from. */
export interface SideJob {
  readonly plan: SidePlan;
  readonly topicHeight: number;
}

interface Entry {
  readonly seg: Segment;
  /** The space above and below the box kept free (the wider gap around groups). */
  readonly padTop: number;
}

/**
 * The ELK graph of one side: the topic, each segment a node in the layer of its column (a
 * two-column run is a node with a shadow in the next layer that holds its outer column), each
 * edge from a box to what hangs from it (each box's edges meet in one port a side). Without
 * frames, groups get half the stack gap more room above and below, and so do the first and
 * last box hanging from an item, so neighbouring groups stand twice the stack gap apart; with
 * frames, a two-column run gets its frame's room, and the first and last box hanging from an
 * item get the room of the frames around them (the first also their headers').
 */
export function sideGraph(job: SideJob, prefix: string, entries: Map<string, Entry>): ElkNode {
  const { plan } = job;
  // With frames, a group's frame (its room) sets it apart instead of the wider gap.
  const pad = framePad(plan.gaps) > 0 ? 0 : plan.gaps.stack / 2;
  const children: ElkNode[] = [];
  const edges: { id: string; sources: string[]; targets: string[] }[] = [];
  const node = (id: string, width: number, height: number) => {
    children.push({ id, width: Math.max(1, width), height: Math.max(1, height) });
  };
  const link = (from: string, to: string, straight = false) => {
    edges.push({
      id: `${from}>${to}`,
      sources: [from],
      targets: [to],
      ...(straight ? { layoutOptions: { 'elk.layered.priority.straightness': '100' } } : {}),
    });
  };
  const topic = `${prefix}t`;
  node(topic, 1, job.topicHeight);
  let count = 0;
  const add = (segs: readonly Segment[], parent: string, nested: Room | undefined) => {
    segs.forEach((seg, i) => {
      const id = `${prefix}${count++}`;
      const group = isGroup(plan, seg);
      const room = frameRoom(plan, seg);
      // The first and last box hanging from an item keep room for their frame too.
      const first = nested !== undefined && i === 0;
      const last = nested !== undefined && i === segs.length - 1;
      const padTop = (group || first ? pad : 0) + room + (first ? (nested?.top ?? 0) : 0);
      const padBottom = (group || last ? pad : 0) + room + (last ? (nested?.bottom ?? 0) : 0);
      entries.set(id, { seg, padTop });
      const width = plan.widths[seg.depth] ?? 1;
      if (seg.kind === 'grid') {
        const height = gridHeight(plan, seg) + padTop + padBottom;
        node(id, width, height);
        node(`${id}s`, plan.widths[seg.depth + 1] ?? 1, height);
        link(id, `${id}s`, true);
      } else {
        node(id, width, seg.item.height + padTop + padBottom);
        add(plan.below.get(seg.item.id) ?? [], id, childRoom(plan, seg.item));
      }
      link(parent, id);
    });
  };
  add(plan.tree, topic, undefined);
  return {
    id: `${prefix}side`,
    layoutOptions: {
      ...SIDE_LAYOUT_OPTIONS,
      'elk.direction': plan.sign > 0 ? 'RIGHT' : 'LEFT',
      'elk.spacing.nodeNode': String(plan.gaps.stack),
      'elk.layered.spacing.nodeNodeBetweenLayers': String(plan.gaps.column),
    },
    children,
    edges,
  };
}

/**
 * Lays out every side of every topic that has subtopics of its own in one ELK call (each side
 * a layered graph of its own, nested in one root) and returns the top of each segment. ELK's
 * layering and node placement decide the vertical places (crossing minimisation is off: a tree
 * in model order has no crossings); the columns stay ours. A side of one level only (a plain
 * column, where ELK's answer is our stacking) gets `undefined` without asking ELK, and so does
 * a side whose result does not keep a two-column run's shadow level with the run: the caller
 * stacks those by hand. A side ELK has placed before (the same graph) takes its places from
 * `cache` and is not sent again.
 */
export async function placeSidesWithElk(
  elk: ElkEngine,
  jobs: readonly SideJob[],
  cache: SideCache = sideCacheOf(elk),
): Promise<(SideTops | undefined)[]> {
  const entries = jobs.map(() => new Map<string, Entry>());
  const graphs = jobs.map((job, i) => {
    const { plan } = job;
    const wanted = plan.tree.some(
      (seg) => seg.kind === 'item' && (plan.below.get(seg.item.id)?.length ?? 0) > 0,
    );
    if (!wanted) return undefined;
    const prefix = `s${i}:`;
    const graph = sideGraph(job, prefix, entries[i] as Map<string, Entry>);
    return { graph, key: JSON.stringify(graph).split(prefix).join('') };
  });
  const placed = graphs.map((side) => {
    const tops = side && cache.get(side.key);
    return tops && new Map((side.graph.children ?? []).map((n, k) => [n.id, tops[k] ?? NaN]));
  });
  const asked = graphs.flatMap((side, i) => (side && !placed[i] ? [{ side, i }] : []));
  if (asked.length > 0) {
    const graph: ElkNode = {
      id: 'root',
      layoutOptions: { 'elk.algorithm': 'fixed' },
      children: asked.map(({ side }) => side.graph),
    };
    const result = stripGwtFields(await elk.layout(graph));
    const sides = new Map((result.children ?? []).map((side) => [side.id, side]));
    for (const { side, i } of asked) {
      const ys = new Map(
        (sides.get(side.graph.id)?.children ?? []).map((n) => [n.id, n.y ?? Number.NaN]),
      );
      placed[i] = ys;
      const tops = (side.graph.children ?? []).map((n) => ys.get(n.id) ?? Number.NaN);
      if (tops.every(Number.isFinite)) cache.set(side.key, tops);
    }
  }
  return jobs.map((_, i) => {
    const ys = placed[i];
    if (!ys) return undefined;
    const tops = new Map<Segment, number>();
    for (const [id, entry] of entries[i] ?? []) {
      const y = ys.get(id);
      if (y === undefined || !Number.isFinite(y)) return undefined;
      if (entry.seg.kind === 'grid' && Math.abs((ys.get(`${id}s`) ?? Number.NaN) - y) > 0.01)
        return undefined;
      tops.set(entry.seg, y + entry.padTop);
    }
    return tops;
  });
}
