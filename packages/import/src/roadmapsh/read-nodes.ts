import type { DraftBox, DraftElement } from '../core/draft.js';
import type { Point } from '../core/geometry.js';
import type { IdRegistry } from '../core/ids.js';
import type { LegendRegistry } from '../core/legend-registry.js';
import type { ValueReader } from '../core/values.js';
import type { IssueLog } from '../import-issue.js';
import { asNumber, asRecord, asText, type Json } from '../read-value.js';
import type { ContentIndex } from './content-index.js';
import { readLegendBox } from './legend.js';
import { elementOf } from './node-elements.js';
import { nodePosition, nodeSize } from './node-geometry.js';
import { createNodeIds, type NodeIds } from './node-ids.js';
import { nodeName } from './node-names.js';
import { readBox } from './read-box.js';

export const NODE_TYPES = new Set([
  'title',
  'topic',
  'subtopic',
  'section',
  'paragraph',
  'label',
  'button',
  'resourceButton',
  'linksgroup',
  'checklist',
  'todo',
  'legend',
  'vertical',
  'horizontal',
]);
/** Types kept without `data`: they show no text of their own. */
const DATALESS = new Set(['section', 'vertical', 'horizontal']);

export interface NodeReadContext {
  readonly registry: IdRegistry;
  readonly legend: LegendRegistry;
  readonly values: ValueReader;
  readonly log: IssueLog;
  readonly content: ContentIndex | undefined;
}

export interface NodeReading {
  readonly boxes: DraftBox[];
  readonly elements: DraftElement[];
  readonly ids: NodeIds;
  /** Labels of title nodes with their top, for the document title. */
  readonly titles: Array<{ readonly label: string; readonly y: number }>;
  /** Where the first legend box is, when it has a position. */
  legendAt: Point | undefined;
}

/** Reads every editor node into boxes and elements; the legend box first, into the legend. */
export function readNodes(nodes: readonly unknown[], ctx: NodeReadContext): NodeReading {
  const { log } = ctx;
  const ids = createNodeIds(ctx.registry, log);
  const reading: NodeReading = {
    boxes: [],
    elements: [],
    ids,
    titles: [],
    legendAt: undefined,
  };
  const valid: Array<{ node: Json; type: string; index: number; sourceId: string | undefined }> =
    [];
  nodes.forEach((raw, index) => {
    const node = asRecord(raw);
    if (node === undefined) {
      log.warn('invalid-node', ['nodes', index], `nodes[${index}] is not an object; skipped it`);
      return;
    }
    const sourceId = asText(node.id)?.trim() || undefined;
    const type = asText(node.type) ?? '';
    if (!NODE_TYPES.has(type)) {
      const name = nodeName('', sourceId ?? `nodes[${index}]`, undefined);
      log.warn(
        'unknown-type',
        ['nodes', index, 'type'],
        `${name} has the unknown type ${JSON.stringify(node.type ?? null)}; skipped it`,
      );
      ids.dropped(sourceId, 'a node of an unknown type');
      return;
    }
    if (type === 'legend') {
      const path = ['nodes', index];
      readLegendBox(node.data, path, nodeName(type, sourceId ?? `nodes[${index}]`, undefined), ctx);
      reading.legendAt ??= nodePosition(node);
      ids.dropped(sourceId, 'the legend box, which became the document legend');
      return;
    }
    valid.push({ node, type, index, sourceId });
  });
  for (const { node, type, index, sourceId } of valid)
    readNode(node, type, index, sourceId, reading, ctx);
  return reading;
}

function readNode(
  node: Json,
  type: string,
  index: number,
  sourceId: string | undefined,
  reading: NodeReading,
  ctx: NodeReadContext,
): void {
  const { log, values } = ctx;
  const path = ['nodes', index];
  let data = asRecord(node.data);
  const name = nodeName(type, sourceId ?? `nodes[${index}]`, asText(data?.label));
  if (data === undefined) {
    if (!DATALESS.has(type)) {
      log.warn('missing-data', [...path, 'data'], `${name} has no data, so no text; dropped it`);
      reading.ids.dropped(sourceId, 'it had no data');
      return;
    }
    log.warn(
      'missing-data',
      [...path, 'data'],
      `${name} has no data; kept it with the default look`,
    );
    data = {};
  }
  const position = nodePosition(node);
  const size = nodeSize(node, type, path, name, log);
  const z = asNumber(node.zIndex);
  const base = { name, path, position, size, layer: { z: z ?? 0, index } };
  if (type === 'topic' || type === 'subtopic') {
    const box = readBox({ ...base, type, data, sourceId }, ctx);
    if (box === undefined) {
      reading.ids.dropped(sourceId, 'it had no label');
      return;
    }
    const id = reading.ids.claim(sourceId, type, index, path, name);
    reading.ids.kept(sourceId, id);
    reading.boxes.push({ ...box, id, layer: base.layer });
    return;
  }
  const element = elementOf({ ...base, type, id: '', data, values, log });
  if (element === undefined) {
    reading.ids.dropped(sourceId, 'it had nothing to show');
    return;
  }
  const id = reading.ids.claim(sourceId, type, index, path, name);
  reading.ids.kept(sourceId, id);
  const linePosition =
    element.kind === 'line'
      ? { x: Math.min(element.from.x, element.to.x), y: Math.min(element.from.y, element.to.y) }
      : position;
  reading.elements.push({ ...base, position: linePosition, id, element: { ...element, id } });
  if (element.kind === 'title')
    reading.titles.push({ label: element.label, y: position?.y ?? Number.POSITIVE_INFINITY });
}
