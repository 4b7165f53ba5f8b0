import type { DraftLink } from '../core/draft.js';
import type { IssueLog } from '../import-issue.js';
import { asRecord, asText, dig } from '../read-value.js';
import { sideOfHandle, strokeStyle } from './handles.js';
import type { NodeIds } from './node-ids.js';

/**
 * Reads editor edges into links between document nodes. An edge without a source or
 * target, or naming a node that does not exist or was not imported, is dropped with a
 * warning that names it.
 */
export function readEdges(edges: readonly unknown[], ids: NodeIds, log: IssueLog): DraftLink[] {
  const links: DraftLink[] = [];
  edges.forEach((raw, index) => {
    const path = ['edges', index];
    const edge = asRecord(raw);
    if (edge === undefined) {
      log.warn('invalid-edge', path, `edges[${index}] is not an object; skipped it`);
      return;
    }
    const name = `edge "${asText(edge.id) ?? `edges[${index}]`}"`;
    const ends: string[] = [];
    for (const key of ['source', 'target'] as const) {
      const sourceId = asText(edge[key])?.trim();
      if (sourceId === undefined || sourceId === '') {
        log.warn('missing-edge-end', [...path, key], `${name} has no ${key}; dropped it`);
        return;
      }
      const resolved = ids.resolve(sourceId);
      if ('missing' in resolved) {
        log.warn(
          'unknown-edge-end',
          [...path, key],
          `${name}: its ${key} names node "${sourceId}", ${resolved.missing}; dropped it`,
        );
        return;
      }
      ends.push(resolved.id);
    }
    const [from, to] = ends;
    if (from === undefined || to === undefined) return;
    links.push({
      name,
      path,
      from,
      to,
      fromSide: sideOfHandle(edge.sourceHandle),
      toSide: sideOfHandle(edge.targetHandle),
      style: strokeStyle(dig(edge, 'data', 'edgeStyle'), dig(edge, 'style', 'strokeDasharray')),
    });
  });
  return links;
}
