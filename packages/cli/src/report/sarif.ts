import { formatPath, ISSUE_CODES } from '@roadmapkit/schema';
import { version } from '../version.js';
import type { FileReport } from './file-report.js';

const HELP_URI = 'https://github.com/roadmapkit/roadmapkit/tree/main/packages/schema#issue-codes';

/**
 * A SARIF 2.1.0 log (the format code scanning reads): one run of the roadmapkit tool, a
 * rule per issue code, a result per issue with its file, region and fix.
 */
export function formatSarif(reports: readonly FileReport[]): string {
  const issues = reports.flatMap((report) => report.issues);
  const used = ISSUE_CODES.filter((code) => issues.some((issue) => issue.code === code));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'roadmapkit',
            version,
            informationUri: 'https://github.com/roadmapkit/roadmapkit',
            rules: used.map((code) => ({
              id: code,
              name: code.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase()),
              shortDescription: { text: `roadmapkit ${code}` },
              helpUri: HELP_URI,
            })),
          },
        },
        artifacts: reports.map((report) => ({ location: { uri: encodeURI(report.file) } })),
        results: issues.map((issue) => ({
          ruleId: issue.code,
          ruleIndex: used.indexOf(issue.code),
          level: issue.severity === 'error' ? 'error' : 'warning',
          message: { text: `${issue.message} (at ${formatPath(issue.path)}). Fix: ${issue.hint}` },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(issue.file) },
                region: {
                  startLine: issue.line,
                  startColumn: issue.column,
                  endLine: issue.endLine,
                  endColumn: Math.max(
                    issue.endColumn,
                    issue.line === issue.endLine ? issue.column : 1,
                  ),
                },
              },
            },
          ],
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}
