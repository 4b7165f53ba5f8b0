import type { IssueLog } from '../import-issue.js';
import type { DraftLink } from './draft.js';
import type { EdgeInput } from './model-types.js';

/** An unordered pair of ids, for edges the tree implies in either direction. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\n${b}` : `${b}\n${a}`;
}

/**
 * The edges to write: every link except those the tree implies (topic to its subtopic,
 * topic to the next topic on the spine), those ending at a node the document lacks,
 * self-loops and repeats. Each dropped one but the implied is named in a warning.
 */
export function explicitEdges(
  links: readonly DraftLink[],
  implied: ReadonlySet<string>,
  nodes: ReadonlySet<string>,
  log: IssueLog,
): EdgeInput[] {
  const edges: EdgeInput[] = [];
  const written = new Set<string>();
  for (const link of links) {
    if (link.from === link.to) {
      log.warn('self-loop', link.path, `${link.name} joins "${link.from}" to itself; dropped it`);
      continue;
    }
    const lost = [link.from, link.to].find((id) => !nodes.has(id));
    if (lost !== undefined) {
      log.warn(
        'unknown-edge-end',
        link.path,
        `${link.name} ends at "${lost}", which the document does not keep; dropped it`,
      );
      continue;
    }
    if (implied.has(pairKey(link.from, link.to))) continue;
    const key = `${link.from}\n${link.to}`;
    if (written.has(key)) {
      log.warn(
        'duplicate-edge',
        link.path,
        `${link.name} repeats an edge from "${link.from}" to "${link.to}"; dropped it`,
      );
      continue;
    }
    written.add(key);
    edges.push({ from: link.from, to: link.to, style: link.style });
  }
  return edges;
}
