import type { ElkNode, ElkPort } from 'elkjs/lib/elk-api';
import type { ElkEngine } from './load-elk.js';
import { gridHeight, isGroup, type Segment, type SidePlan, type SideTops } from './side-layout.js';
import { stripGwtFields } from './strip-gwt-fields.js';

/** The ELK layered options for one side of a topic: the tree grows away from the spine. */
export const SIDE_LAYOUT_OPTIONS: Readonly<Record<string, string>> = Object.freeze({
  'elk.algorithm': 'layered',
  // Our router draws the edges: ELK's cheapest routing, whose bends are never read.
  'elk.edgeRouting': 'POLYLINE',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  // A tree kept in the order written has no crossings to remove: ELK's sweeps changed
  // nothing here (the same places with and without them) and cost a fifth of the call.
  'elk.layered.crossingMinimization.strategy': 'NONE',
  'elk.layered.crossingMinimization.forceNodeModelOrder': 'true',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
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
 * edge from a box to what hangs from it, ports on the side facing the spine. Groups get half
 * the stack gap more room above and below, and so do the first and last box hanging from an
 * item, so neighbouring groups stand twice the stack gap apart.
 */
export function sideGraph(job: SideJob, prefix: string, entries: Map<string, Entry>): ElkNode {
  const { plan } = job;
  const pad = plan.gaps.stack / 2;
  const children: ElkNode[] = [];
  const edges: { id: string; sources: string[]; targets: string[] }[] = [];
  const facing = plan.sign > 0 ? { in: 'WEST', out: 'EAST' } : { in: 'EAST', out: 'WEST' };
  const node = (id: string, width: number, height: number): ElkNode => {
    const ports: ElkPort[] = [
      { id: `${id}.in`, width: 1, height: 1, layoutOptions: { 'elk.port.side': facing.in } },
      { id: `${id}.out`, width: 1, height: 1, layoutOptions: { 'elk.port.side': facing.out } },
    ];
    const made: ElkNode = {
      id,
      width: Math.max(1, width),
      height: Math.max(1, height),
      ports,
      layoutOptions: { 'elk.portConstraints': 'FIXED_SIDE' },
    };
    children.push(made);
    return made;
  };
  const link = (from: string, to: string, straight = false) => {
    edges.push({
      id: `${from}>${to}`,
      sources: [`${from}.out`],
      targets: [`${to}.in`],
      ...(straight ? { layoutOptions: { 'elk.layered.priority.straightness': '100' } } : {}),
    });
  };
  const topic = `${prefix}t`;
  node(topic, 1, job.topicHeight);
  let count = 0;
  const add = (segs: readonly Segment[], parent: string, nested: boolean) => {
    segs.forEach((seg, i) => {
      const id = `${prefix}${count++}`;
      const group = isGroup(plan, seg);
      const padTop = group || (nested && i === 0) ? pad : 0;
      const padBottom = group || (nested && i === segs.length - 1) ? pad : 0;
      entries.set(id, { seg, padTop });
      const width = plan.widths[seg.depth] ?? 1;
      if (seg.kind === 'grid') {
        const height = gridHeight(plan, seg) + padTop + padBottom;
        node(id, width, height);
        node(`${id}s`, plan.widths[seg.depth + 1] ?? 1, height);
        link(id, `${id}s`, true);
      } else {
        node(id, width, seg.item.height + padTop + padBottom);
        add(plan.below.get(seg.item.id) ?? [], id, true);
      }
      link(parent, id);
    });
  };
  add(plan.tree, topic, false);
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
 * in model order has no crossings); the columns stay ours. A side of one level only (a plain column, where ELK's answer
 * is our stacking) gets `undefined` without asking ELK, and so does a side whose result does
 * not keep a two-column run's shadow level with the run: the caller stacks those by hand.
 */
export async function placeSidesWithElk(
  elk: ElkEngine,
  jobs: readonly SideJob[],
): Promise<(SideTops | undefined)[]> {
  const entries = jobs.map(() => new Map<string, Entry>());
  const wanted = jobs.map(({ plan }) =>
    plan.tree.some((seg) => seg.kind === 'item' && (plan.below.get(seg.item.id)?.length ?? 0) > 0),
  );
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: { 'elk.algorithm': 'fixed' },
    children: jobs.flatMap((job, i) =>
      wanted[i] ? [sideGraph(job, `s${i}:`, entries[i] as Map<string, Entry>)] : [],
    ),
  };
  if ((graph.children ?? []).length === 0) return jobs.map(() => undefined);
  const result = stripGwtFields(await elk.layout(graph));
  const sides = new Map((result.children ?? []).map((side) => [side.id, side]));
  return jobs.map((_, i) => {
    if (!wanted[i]) return undefined;
    const placed = new Map(
      (sides.get(`s${i}:side`)?.children ?? []).map((n) => [n.id, n.y ?? Number.NaN]),
    );
    const tops = new Map<Segment, number>();
    for (const [id, entry] of entries[i] ?? []) {
      const y = placed.get(id);
      if (y === undefined || !Number.isFinite(y)) return undefined;
      if (entry.seg.kind === 'grid' && Math.abs((placed.get(`${id}s`) ?? Number.NaN) - y) > 0.01)
        return undefined;
      tops.set(entry.seg, y + entry.padTop);
    }
    return tops;
  });
}
