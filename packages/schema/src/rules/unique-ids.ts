import { error, type Finding } from '../issue.js';
import type { RoadmapDocument } from '../model/document.js';
import { visitNodes } from '../traverse.js';

/** Node ids are unique across the document; legend ids among the legend; item ids within a checklist. */
export function uniqueIds(doc: RoadmapDocument): Finding[] {
  const findings: Finding[] = [];
  const check = (
    seen: Map<string, string>,
    id: string,
    path: (string | number)[],
    what: string,
  ) => {
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, path.slice(0, -1).join('.'));
      return;
    }
    findings.push(
      error(
        'duplicate-id',
        path,
        `expected each ${what} id to be unique, received "${id}" again (first used at ${first})`,
        `rename one of them, for example to "${id}-2"`,
      ),
    );
  };
  const nodes = new Map<string, string>();
  for (const { node, path } of visitNodes(doc)) {
    check(nodes, node.id, [...path, 'id'], 'node');
    if ('items' in node) {
      const items = new Map<string, string>();
      node.items.forEach((item, i) =>
        check(items, item.id, [...path, 'items', i, 'id'], 'checklist item'),
      );
    }
  }
  const legend = new Map<string, string>();
  doc.legend?.forEach((item, i) => check(legend, item.id, ['legend', i, 'id'], 'legend'));
  return findings;
}
