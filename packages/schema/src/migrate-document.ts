import type { Result } from './issue.js';
import { migrateData } from './migrate.js';
import { dataLocator, placeAll } from './place.js';
import { DEFAULT_FILE, type ValidateOptions } from './validate.js';

/**
 * Brings parsed document data written for an older schemaVersion to the current one.
 * Returns new data (the input is not changed), or an issue for a missing, malformed or
 * newer version. The result still needs {@link validateRoadmap}.
 */
export function migrate(data: unknown, options: ValidateOptions = {}): Result<unknown> {
  const migrated = migrateData(data);
  if (migrated.findings.length === 0) return { value: migrated.data, issues: [] };
  return {
    value: undefined,
    issues: placeAll(migrated.findings, dataLocator(data), options.file ?? DEFAULT_FILE),
  };
}
