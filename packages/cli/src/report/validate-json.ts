import { issueJson } from '@roadmapkit/schema';
import type { FileReport } from './file-report.js';
import { errorCount } from './file-report.js';

/**
 * The `validate --format json` report, a stable shape (new fields may be added; none is
 * removed or changes meaning within `version` 1):
 *
 * ```json
 * { "version": 1,
 *   "summary": { "files": 2, "valid": 1, "invalid": 1, "errors": 1, "warnings": 0 },
 *   "files": [{ "file": "a.yaml", "status": "invalid", "errors": 1, "warnings": 0,
 *               "issues": [{ "file", "line", "column", "endLine", "endColumn",
 *                            "severity", "code", "path", "message", "hint" }] }] }
 * ```
 */
export function formatValidateJson(reports: readonly FileReport[]): string {
  const files = reports.map((report) => {
    const errors = errorCount(report.issues);
    return {
      file: report.file,
      status: errors > 0 ? 'invalid' : 'valid',
      errors,
      warnings: report.issues.length - errors,
      issues: report.issues.map(issueJson),
    };
  });
  const summary = {
    files: files.length,
    valid: files.filter((file) => file.status === 'valid').length,
    invalid: files.filter((file) => file.status === 'invalid').length,
    errors: files.reduce((sum, file) => sum + file.errors, 0),
    warnings: files.reduce((sum, file) => sum + file.warnings, 0),
  };
  return JSON.stringify({ version: 1, summary, files }, null, 2);
}
