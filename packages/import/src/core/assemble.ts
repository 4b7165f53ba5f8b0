import {
  CURRENT_SCHEMA_VERSION,
  formatPath,
  type RoadmapDocument,
  type RoadmapDocumentInput,
  validateRoadmap,
} from '@roadmapkit/schema';
import type { IssueLog } from '../import-issue.js';
import { attachSubtopics } from './attach-subtopics.js';
import { build } from './build-tree.js';
import { frameFor } from './coordinates.js';
import { documentId } from './document-id.js';
import type { Draft, DraftBox, DraftItem } from './draft.js';
import { explicitEdges, pairKey } from './explicit-edges.js';
import { type Rect, rectOf } from './geometry.js';
import type { ElementInput } from './model-types.js';
import { placeElements } from './place-elements.js';
import { placeMissing } from './place-missing.js';

/** `manual`: every node pinned where the source has it. `auto`: positions left to the layout. */
export type LayoutMode = 'manual' | 'auto';

export interface AssembleOptions {
  readonly layout: LayoutMode;
  /** The document id to use (made a slug); default: from the source, else from the title. */
  readonly id: string | undefined;
}

const UNTITLED = 'Untitled roadmap';

/**
 * Builds the document from a draft: the spine is the topics from top to bottom, each
 * subtopic hangs from the topic it is linked to, edges the tree implies are left out.
 * Returns a document that validates, or undefined with an error in the log.
 */
export function assemble(
  draft: Draft,
  log: IssueLog,
  options: AssembleOptions,
): RoadmapDocument | undefined {
  const items = [...draft.boxes, ...draft.elements];
  const positions = placeMissing(items, log);
  const rects = new Map<string, Rect>();
  const order = new Map<string, number>();
  items.forEach((item, i) => {
    order.set(item.id, i);
    rects.set(item.id, rectOf(positions.get(item.id) ?? { x: 0, y: 0 }, item.size));
  });
  const rect = (id: string): Rect => rects.get(id) ?? { x: 0, y: 0, width: 1, height: 1 };
  const byPlace = (a: DraftBox, b: DraftBox) =>
    rect(a.id).y - rect(b.id).y ||
    rect(a.id).x - rect(b.id).x ||
    (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0);

  let topics = draft.boxes.filter((box) => box.kind === 'topic');
  let subtopics = draft.boxes.filter((box) => box.kind === 'subtopic');
  if (topics.length === 0) {
    if (subtopics.length === 0) {
      log.fail(
        'no-topics',
        [],
        'found no topic or subtopic with a label: a roadmap needs at least one topic',
      );
      return undefined;
    }
    log.warn(
      'promoted-subtopics',
      [],
      `found no topic; made the ${subtopics.length} subtopics the topics of the spine`,
    );
    topics = subtopics.map((box) => ({ ...box, kind: 'topic' }));
    subtopics = [];
  }
  const spine = [...topics].sort(byPlace);
  const sections = draft.elements
    .filter((item) => item.element.kind === 'section')
    .map((item) => ({ id: item.id, rect: rect(item.id) }));
  const attachments = attachSubtopics({
    topics: spine,
    subtopics,
    links: draft.links,
    sections,
    rectOf: rect,
    log,
  });

  // A manual picture keeps every edge of the source and draws only those (`treeEdges:
  // hidden`): the tree is data. An auto layout draws the tree, so its edges are left out.
  const manual = options.layout === 'manual';
  const implied = new Set<string>();
  if (!manual) {
    for (let i = 1; i < spine.length; i++) {
      const [a, b] = [spine[i - 1], spine[i]];
      if (a !== undefined && b !== undefined) implied.add(pairKey(a.id, b.id));
    }
    for (const [subtopic, { topic }] of attachments) implied.add(pairKey(topic, subtopic));
  }

  const legendAt = draft.legend.length > 0 ? draft.legendAt : undefined;
  const frame =
    options.layout === 'manual'
      ? frameFor([...positions.values(), ...(legendAt === undefined ? [] : [legendAt])])
      : undefined;
  const elements = placeElements(draft.elements, { spine, rectOf: rect, frame, log });
  const nodes = new Set<string>([...topics, ...subtopics].map((box) => box.id));
  for (const element of elements) nodes.add(element.id);
  const edges = explicitEdges(draft.links, implied, nodes, log);

  const title = draft.meta.title ?? missingTitle(log);
  const { meta } = draft;
  const data: RoadmapDocumentInput = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: documentId(options.id ?? meta.id, title),
    title,
    ...(meta.description ? { description: meta.description } : {}),
    ...(meta.tags && meta.tags.length > 0 ? { tags: [...meta.tags] } : {}),
    ...(meta.updated ? { updated: meta.updated } : {}),
    layout: options.layout,
    ...(manual ? { treeEdges: 'hidden' as const } : {}),
    ...(draft.legend.length > 0 ? { legend: [...draft.legend] } : {}),
    ...(frame && legendAt ? { legendPosition: frame.point(legendAt) } : {}),
    topics: build({ spine, subtopics: [...subtopics].sort(byPlace), attachments, rect, frame }),
    ...(elements.length > 0 ? { elements } : {}),
    ...(edges.length > 0 ? { edges } : {}),
    ...(manual ? drawOrderOf(items, boxesDrawn(topics, subtopics, elements)) : {}),
    ...(meta.faq && meta.faq.length > 0 ? { faq: [...meta.faq] } : {}),
  };
  const checked = validateRoadmap(data);
  if (checked.value === undefined) {
    for (const issue of checked.issues.filter((i) => i.severity === 'error')) {
      log.fail(
        'internal-error',
        [],
        `the imported document breaks the schema at ${formatPath(issue.path)}: ${issue.message} (this is a bug in @roadmapkit/import; please report it with the source file)`,
      );
    }
  }
  return checked.value;
}

function missingTitle(log: IssueLog): string {
  log.warn('missing-title', [], `found no title; called the roadmap "${UNTITLED}"`);
  return UNTITLED;
}

/**
 * The source's z-order (`z`, then file order) of the boxes the document keeps, when the
 * source says where each is drawn: the picture keeps what the source drew on top on top.
 */
function drawOrderOf(
  items: readonly DraftItem[],
  kept: ReadonlySet<string>,
): { drawOrder?: string[] } {
  const layered = items.filter((item) => item.layer !== undefined && kept.has(item.id));
  if (layered.length === 0) return {};
  const sorted = [...layered].sort(
    (a, b) =>
      (a.layer?.z ?? 0) - (b.layer?.z ?? 0) || (a.layer?.index ?? 0) - (b.layer?.index ?? 0),
  );
  return { drawOrder: sorted.map((item) => item.id) };
}

/** The ids drawn as boxes (sections, lines and the title are drawn apart from them). */
function boxesDrawn(
  topics: readonly DraftBox[],
  subtopics: readonly DraftBox[],
  elements: readonly ElementInput[],
): Set<string> {
  const ids = new Set([...topics, ...subtopics].map((box) => box.id));
  for (const element of elements)
    if (element.kind !== 'section' && element.kind !== 'line' && element.kind !== 'title')
      ids.add(element.id);
  return ids;
}
