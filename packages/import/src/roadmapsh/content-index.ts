import type { ValueReader } from '../core/values.js';
import type { IssueLog } from '../import-issue.js';
import { nodeIdOfContentKey, parseContentFile, type TopicContent } from './content-file.js';

/** The topic content files given beside an editor file, found by the node id they are for. */
export interface ContentIndex {
  /** The content of the node with this source id; only the first node asking gets it. */
  take(sourceId: string): TopicContent | undefined;
  /** Warns about every file that no topic or subtopic took. */
  reportUnused(): void;
}

export function indexContent(
  files: Readonly<Record<string, string>>,
  values: ValueReader,
  log: IssueLog,
): ContentIndex {
  const byId = new Map<string, { key: string; text: string }>();
  for (const [key, text] of Object.entries(files)) {
    const id = nodeIdOfContentKey(key);
    const first = byId.get(id);
    if (first !== undefined) {
      log.warn(
        'invalid-content',
        ['content', key],
        `the content file "${key}" is for node "${id}", like "${first.key}"; kept the first`,
      );
      continue;
    }
    if (typeof text !== 'string') {
      log.warn(
        'invalid-content',
        ['content', key],
        `the content file "${key}" is not text; skipped it`,
      );
      continue;
    }
    byId.set(id, { key, text });
  }
  const used = new Set<string>();
  return {
    take(sourceId) {
      const file = byId.get(sourceId);
      if (file === undefined || used.has(sourceId)) return undefined;
      used.add(sourceId);
      return parseContentFile(file.text, ['content', file.key], values, log);
    },
    reportUnused() {
      for (const [id, file] of byId) {
        if (used.has(id)) continue;
        log.warn(
          'unmatched-content',
          ['content', file.key],
          `the content file "${file.key}" is for node "${id}", which is no topic or subtopic of the roadmap; ignored it`,
        );
      }
    },
  };
}
