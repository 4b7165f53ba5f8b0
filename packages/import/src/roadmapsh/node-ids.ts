import type { IdRegistry } from '../core/ids.js';
import type { ImportPath, IssueLog } from '../import-issue.js';

/** Gives editor nodes their document ids and remembers which source id went where. */
export interface NodeIds {
  /** The document id for the node at `index`, warning when it is missing, invalid or repeated. */
  claim(
    sourceId: string | undefined,
    type: string,
    index: number,
    path: ImportPath,
    name: string,
  ): string;
  /** Records that the node with this source id became the document node `id`. */
  kept(sourceId: string | undefined, id: string): void;
  /** Records that the node with this source id is not in the document, and why. */
  dropped(sourceId: string | undefined, why: string): void;
  /** The document id of a source id, or why there is none. */
  resolve(sourceId: string): { id: string } | { missing: string };
}

export function createNodeIds(registry: IdRegistry, log: IssueLog): NodeIds {
  const firstAt = new Map<string, number>();
  const ids = new Map<string, string>();
  const lost = new Map<string, string>();
  return {
    claim(sourceId, type, index, path, name) {
      const fallback = `${type || 'node'}-${index + 1}`;
      const id = registry.claim(sourceId ?? '', fallback);
      if (sourceId === undefined) {
        log.warn('missing-id', [...path, 'id'], `${name} has no id; called it "${id}"`);
        return id;
      }
      const first = firstAt.get(sourceId);
      if (first !== undefined) {
        log.warn(
          'duplicate-id',
          [...path, 'id'],
          `${name} repeats the id of nodes[${first}]; renamed it "${id}" (edges naming "${sourceId}" go to the first)`,
        );
        return id;
      }
      firstAt.set(sourceId, index);
      if (id !== sourceId)
        log.warn(
          'renamed-id',
          [...path, 'id'],
          `${name}: "${sourceId}" is not a valid id; renamed it "${id}"`,
        );
      return id;
    },
    kept(sourceId, id) {
      if (sourceId !== undefined && !ids.has(sourceId)) ids.set(sourceId, id);
    },
    dropped(sourceId, why) {
      if (sourceId !== undefined && !lost.has(sourceId)) lost.set(sourceId, why);
    },
    resolve(sourceId) {
      const id = ids.get(sourceId);
      if (id !== undefined) return { id };
      const why = lost.get(sourceId);
      return {
        missing: why === undefined ? 'which does not exist' : `which was not imported (${why})`,
      };
    },
  };
}
