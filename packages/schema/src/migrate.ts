import { describeValue } from './describe-value.js';
import { error, type Finding } from './issue.js';
import { CURRENT_SCHEMA_VERSION } from './limits.js';

/**
 * One step from version N to N + 1, applied to plain data. Version 1 is the first
 * version, so there are none yet; a change to the format adds a step here and
 * raises CURRENT_SCHEMA_VERSION, and older files keep working.
 */
export type MigrationStep = (data: Record<string, unknown>) => Record<string, unknown>;

const STEPS: ReadonlyMap<number, MigrationStep> = new Map();

export interface Migrated {
  readonly data: unknown;
  readonly findings: readonly Finding[];
}

/**
 * Brings plain document data to the current schema version. Returns a new object
 * (the input is never changed), or a finding for a missing, malformed or future version.
 */
export function migrateData(
  data: unknown,
  steps: ReadonlyMap<number, MigrationStep> = STEPS,
  target: number = CURRENT_SCHEMA_VERSION,
): Migrated {
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return { data, findings: [] };
  const record = data as Record<string, unknown>;
  const version = record.schemaVersion;
  if (version === undefined) {
    return {
      data,
      findings: [
        error(
          'missing-key',
          ['schemaVersion'],
          `missing "schemaVersion": expected ${target}`,
          `add "schemaVersion: ${target}" at the top of the file`,
        ),
      ],
    };
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      data,
      findings: [
        error(
          'invalid-value',
          ['schemaVersion'],
          `expected "schemaVersion" to be a whole number such as ${target}, received ${describeValue(version)}`,
          `write "schemaVersion: ${target}"`,
        ),
      ],
    };
  }
  if (version > target) {
    return {
      data,
      findings: [
        error(
          'unsupported-version',
          ['schemaVersion'],
          `expected schemaVersion ${target} or lower, received ${version}: the file was written for a newer roadmapkit`,
          'upgrade @roadmapkit/schema (or the roadmapkit CLI) to a version that reads this file',
        ),
      ],
    };
  }
  let current: Record<string, unknown> = { ...record };
  for (let from = version; from < target; from++) {
    const step = steps.get(from);
    if (!step) {
      return {
        data,
        findings: [
          error(
            'unsupported-version',
            ['schemaVersion'],
            `expected a schemaVersion this roadmapkit can migrate, received ${version}`,
            `rewrite the file for schemaVersion ${target}`,
          ),
        ],
      };
    }
    current = { ...step(current), schemaVersion: from + 1 };
  }
  return { data: current, findings: [] };
}
