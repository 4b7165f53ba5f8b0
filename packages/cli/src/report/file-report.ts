import type { Issue } from '@roadmapkit/schema';

/** One checked file and what was found in it. */
export interface FileReport {
  /** The file's name as shown (relative to the working folder, or to GITHUB_WORKSPACE on GitHub). */
  readonly file: string;
  readonly issues: readonly Issue[];
}

export function errorCount(issues: readonly Issue[]): number {
  return issues.filter((issue) => issue.severity === 'error').length;
}
