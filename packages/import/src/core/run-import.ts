import { describeValue, type RoadmapDocument } from '@roadmapkit/schema';
import { createIssueLog, type IssueLog } from '../import-issue.js';
import type { ImportResult } from '../options.js';

/**
 * Runs an importer with a fresh issue log. Importers never throw: a problem nobody
 * foresaw becomes an `internal-error` issue (a bug to report) instead of an exception.
 */
export function runImport(body: (log: IssueLog) => RoadmapDocument | undefined): ImportResult {
  const log = createIssueLog();
  try {
    const value = body(log);
    return { value, issues: log.issues };
  } catch (error) {
    const reason = error instanceof Error ? error.message : describeValue(error);
    log.fail(
      'internal-error',
      [],
      `the import stopped on an unexpected problem (${reason}); this is a bug in @roadmapkit/import, please report it with the source file`,
    );
    return { value: undefined, issues: log.issues };
  }
}
