import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { project, runCli } from './run-cli.js';

const VALID = 'schemaVersion: 1\nid: ok\ntitle: OK\ntopics:\n  - { id: a, label: A }\n';
const INVALID = 'schemaVersion: 1\nid: bad\ntitle: Bad\ntopics:\n  - { id: a, lable: A }\n';
/** A file with one "unknown key" error per topic. */
const manyErrors = (n: number) =>
  `schemaVersion: 1\nid: many\ntitle: Many\ntopics:\n${Array.from({ length: n }, (_, i) => `  - { id: t${i}, label: T, extra${i}: 1 }\n`).join('')}`;

describe('validate on GitHub Actions', () => {
  it('writes annotations without a flag, paths relative to GITHUB_WORKSPACE, and the job summary', () => {
    const cwd = project({
      'roadmaps/bad.roadmap.yaml': INVALID,
      'roadmaps/ok.roadmap.yaml': VALID,
      'summary.md': '',
    });
    const run = runCli(['validate', '.'], {
      cwd: join(cwd, 'roadmaps'),
      env: {
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: cwd,
        GITHUB_STEP_SUMMARY: join(cwd, 'summary.md'),
      },
    });
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')).toEqual([
      '::error file=roadmaps/bad.roadmap.yaml,line=5,col=14,endLine=5,endColumn=19,title=roadmapkit unknown-key::unknown key "lable", did you mean "label" (at topics[0].lable). Fix: rename "lable" to "label"',
      '✖ 2 files checked, 1 invalid (1 error, 0 warnings)',
      '',
    ]);
    expect(readFileSync(join(cwd, 'summary.md'), 'utf8')).toBe(`### roadmapkit validate

2 files checked, 1 invalid.

| File | Status | Errors | Warnings |
| --- | --- | ---: | ---: |
| \`roadmaps/bad.roadmap.yaml\` | ❌ invalid | 1 | 0 |
| \`roadmaps/ok.roadmap.yaml\` | ✅ valid | 0 | 0 |

| Where | Severity | Code | Problem | Fix |
| --- | --- | --- | --- | --- |
| \`roadmaps/bad.roadmap.yaml:5:14\` | error | unknown-key | unknown key "lable", did you mean "label" (at topics&#91;0&#93;.lable) | rename "lable" to "label" |
`);
  });

  it('beyond 10 error annotations, prints the rest in the log and keeps all in the summary', () => {
    const cwd = project({ 'many.yaml': manyErrors(13), 'summary.md': '' });
    const run = runCli(['validate', 'many.yaml'], {
      cwd,
      env: {
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: cwd,
        GITHUB_STEP_SUMMARY: join(cwd, 'summary.md'),
      },
    });
    const lines = run.stdout.split('\n');
    expect(lines.filter((line) => line.startsWith('::error '))).toHaveLength(10);
    expect(run.stdout).toContain(
      '3 more issues beyond GitHub\'s 10 annotations a step:\n✖ unknown key "extra10"',
    );
    expect(run.stdout).toContain('(many.yaml:15:');
    const summary = readFileSync(join(cwd, 'summary.md'), 'utf8');
    expect(summary.match(/\| error \| unknown-key \|/g)).toHaveLength(13);
  });
});

describe('validate report formats', () => {
  it('--format sarif is valid SARIF 2.1.0 with a result per issue', () => {
    const cwd = project({ 'bad.yaml': INVALID, 'ok.yaml': VALID });
    const run = runCli(['validate', '--format', 'sarif', 'bad.yaml', 'ok.yaml'], { cwd });
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout) as {
      version: string;
      runs: Array<{ results: Array<{ ruleId: string; level: string; locations: unknown[] }> }>;
    };
    const require = createRequire(import.meta.url);
    const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as object;
    // The SARIF 2.1.0 schema is written in JSON Schema draft 4.
    const ajv = new Ajv({
      strict: false,
      allErrors: true,
      validateFormats: false,
      unicodeRegExp: false,
    });
    const validate = ajv.compile(schema);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]?.results.map((r) => [r.ruleId, r.level])).toEqual([
      ['unknown-key', 'error'],
    ]);
    expect(log.runs[0]?.results[0]?.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'bad.yaml' },
          region: { startLine: 5, startColumn: 14, endLine: 5, endColumn: 19 },
        },
      },
    ]);
  });

  it('-o writes the report to a file; -o - to standard output', () => {
    const cwd = project({ 'bad.yaml': INVALID });
    const toFile = runCli(['validate', '--format', 'json', '-o', 'report.json', 'bad.yaml'], {
      cwd,
    });
    expect(toFile.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(cwd, 'report.json'), 'utf8')).summary.invalid).toBe(1);
    const toStdout = runCli(['validate', '--format', 'json', '-o', '-', 'bad.yaml'], { cwd });
    expect(JSON.parse(toStdout.stdout).summary.invalid).toBe(1);
  });

  it('--quiet prints only errors, and nothing when all is well', () => {
    const cwd = project({ 'ok.yaml': VALID, 'warn.yaml': `${VALID}  - { id: b, label: " a " }\n` });
    expect(runCli(['validate', '--quiet', 'ok.yaml', 'warn.yaml'], { cwd }).stdout).toBe('');
    writeFileSync(join(cwd, 'bad.yaml'), INVALID);
    const bad = runCli(['validate', '-q', 'bad.yaml', 'warn.yaml'], { cwd });
    expect(bad.stdout).toContain('✖ unknown key "lable"');
    expect(bad.stdout).not.toContain('⚠');
    expect(bad.stdout).toContain('✖ 2 files checked, 1 invalid (1 error, 1 warning)');
  });
});
