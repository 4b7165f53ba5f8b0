import { describe, expect, it } from 'vitest';
import { migrate } from './index.js';
import { type MigrationStep, migrateData } from './migrate.js';

describe('migrate', () => {
  it('returns a current document unchanged', () => {
    const data = { schemaVersion: 1, id: 'a' };
    expect(migrate(data)).toEqual({ value: data, issues: [] });
  });

  it('explains a version from the future, with its position', () => {
    const result = migrate({ schemaVersion: 7, id: 'a' }, { file: 'new.json' });
    expect(result.value).toBeUndefined();
    expect(result.issues).toMatchObject([
      {
        code: 'unsupported-version',
        file: 'new.json',
        line: 2,
        column: 20,
        path: ['schemaVersion'],
      },
    ]);
  });

  it.each([
    [undefined, 'missing-key'],
    ['1', 'invalid-value'],
    [1.5, 'invalid-value'],
    [0, 'invalid-value'],
  ])('rejects schemaVersion %j with %s', (schemaVersion, code) => {
    expect(migrate({ schemaVersion }).issues[0]?.code).toBe(code);
  });

  it('runs each step from the file version up, without changing the input', () => {
    const steps = new Map<number, MigrationStep>([
      [1, (d: Record<string, unknown>) => ({ ...d, renamed: d.old, old: undefined })],
      [2, (d: Record<string, unknown>) => ({ ...d, added: true })],
    ]);
    const input = { schemaVersion: 1, old: 'x' };
    const result = migrateData(input, steps, 3);
    expect(result.data).toEqual({ schemaVersion: 3, renamed: 'x', old: undefined, added: true });
    expect(input).toEqual({ schemaVersion: 1, old: 'x' });
  });

  it('reports a version with no way forward', () => {
    expect(migrateData({ schemaVersion: 1 }, new Map(), 2).findings[0]?.code).toBe(
      'unsupported-version',
    );
  });
});
