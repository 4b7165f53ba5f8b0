import { describeValue } from '@roadmapkit/schema';
import type { DraftBox } from '../core/draft.js';
import type { IssueLog } from '../import-issue.js';
import { asRecord, asText } from '../read-value.js';
import type { NodeIds } from './node-ids.js';

/**
 * Gives every box the key `migration-mapping.json` names it by (`topic:subtopic` → node
 * id), so the assembler can hang a subtopic from the topic its key starts with. A mapping
 * that is not an object of texts, or an entry naming no imported node, is skipped with a
 * warning.
 */
export function applyMigrationMapping(
  boxes: readonly DraftBox[],
  mapping: string | object,
  ids: NodeIds,
  log: IssueLog,
): DraftBox[] {
  const data = typeof mapping === 'string' ? parseJson(mapping, log) : mapping;
  if (data === undefined) return [...boxes];
  const record = asRecord(data);
  if (record === undefined) {
    log.warn(
      'invalid-mapping',
      ['migration-mapping.json'],
      `expected the migration mapping to be an object of "topic:subtopic": node id, received ${describeValue(data)}; ignored it`,
    );
    return [...boxes];
  }
  const keys = new Map<string, string>();
  let unknown = 0;
  for (const [key, value] of Object.entries(record)) {
    const sourceId = asText(value)?.trim();
    const resolved = sourceId ? ids.resolve(sourceId) : undefined;
    if (resolved === undefined || !('id' in resolved)) {
      unknown++;
      continue;
    }
    if (!keys.has(resolved.id)) keys.set(resolved.id, key.trim());
  }
  if (unknown > 0)
    log.warn(
      'invalid-mapping',
      ['migration-mapping.json'],
      `${unknown} entries of the migration mapping name no imported node; ignored them`,
    );
  return boxes.map((box) => {
    const treeKey = keys.get(box.id);
    return treeKey === undefined ? box : { ...box, treeKey };
  });
}

function parseJson(text: string, log: IssueLog): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    log.warn(
      'invalid-mapping',
      ['migration-mapping.json'],
      `the migration mapping is not JSON (${reason}); ignored it`,
    );
    return undefined;
  }
}
