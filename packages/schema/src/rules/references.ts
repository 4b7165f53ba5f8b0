import { error, type Finding, type IssuePath } from '../issue.js';
import type { RoadmapDocument } from '../model/document.js';
import { closest } from '../suggest.js';
import { visitNodes } from '../traverse.js';

/**
 * Every reference resolves: edge ends, legend badges, spine and section topics, `near`
 * anchors and the ids `drawOrder` lists.
 */
export function references(doc: RoadmapDocument): Finding[] {
  const findings: Finding[] = [];
  const visited = visitNodes(doc);
  const allIds = visited.map((v) => v.node.id);
  const topicIds = visited.filter((v) => v.kind === 'topic').map((v) => v.node.id);
  const legendIds = (doc.legend ?? []).map((item) => item.id);
  const nodeSet = new Set(allIds);
  const topicSet = new Set(topicIds);
  const legendSet = new Set(legendIds);

  const resolve = (
    id: string,
    path: IssuePath,
    known: Set<string>,
    candidates: string[],
    what: string,
  ) => {
    if (known.has(id)) return;
    const near = closest(id, candidates);
    const wrongKind = what === 'topic' && nodeSet.has(id);
    findings.push(
      error(
        'unknown-reference',
        path,
        wrongKind
          ? `expected the id of a topic, received "${id}", which is not a topic`
          : `expected the id of a ${what}, received "${id}", which does not exist${near === undefined ? '' : ` (did you mean "${near}"?)`}`,
        near === undefined || wrongKind
          ? `use one of the ${what} ids, or add a ${what} with the id "${id}"`
          : `change it to "${near}"`,
      ),
    );
  };

  doc.edges?.forEach((edge, i) => {
    resolve(edge.from, ['edges', i, 'from'], nodeSet, allIds, 'node');
    resolve(edge.to, ['edges', i, 'to'], nodeSet, allIds, 'node');
  });
  doc.spine?.forEach((id, i) => resolve(id, ['spine', i], topicSet, topicIds, 'topic'));
  doc.drawOrder?.forEach((id, i) => resolve(id, ['drawOrder', i], nodeSet, allIds, 'node'));
  for (const { node, path } of visited) {
    if ('legend' in node && node.legend !== undefined) {
      resolve(node.legend, [...path, 'legend'], legendSet, legendIds, 'legend item');
    }
    if ('topics' in node)
      node.topics?.forEach((id, i) =>
        resolve(id, [...path, 'topics', i], topicSet, topicIds, 'topic'),
      );
    if ('near' in node && node.near !== undefined)
      resolve(node.near, [...path, 'near'], nodeSet, allIds, 'node');
  }
  return findings;
}
