import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { project, runCli, tempDir } from './run-cli.js';

const VALID = 'schemaVersion: 1\nid: ok\ntitle: OK\ntopics:\n  - { id: a, label: A }\n';
const INVALID = 'schemaVersion: 1\nid: bad\ntitle: Bad\ntopics:\n  - { id: a, lable: A }\n';
const WARNING = `${VALID}  - { id: b, label: " a " }\n`;

describe('roadmapkit validate', () => {
  it('exits 0 for valid files and says how many it checked', () => {
    const cwd = project({
      'a/roadmap.yaml': VALID,
      'b/x.roadmap.json': JSON.stringify({
        schemaVersion: 1,
        id: 'x',
        title: 'X',
        topics: [{ id: 't', label: 'T' }],
      }),
    });
    const run = runCli(['validate', '.'], { cwd });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe('✔ 2 files checked, 0 invalid (0 errors, 0 warnings)\n');
  });

  it('reports every bad file of a batch, not just the first, and exits 1', () => {
    const cwd = project({ 'one.yaml': INVALID, 'two.yaml': INVALID, 'three.yaml': VALID });
    const run = runCli(['validate', 'one.yaml', 'two.yaml', 'three.yaml'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('(one.yaml:5:14)');
    expect(run.stdout).toContain('(two.yaml:5:14)');
    expect(run.stdout).toContain('✖ 3 files checked, 2 invalid (2 errors, 0 warnings)');
    expect(run.stdout).not.toMatch(/\n\s+at .*\.js:\d+/);
  });

  it('prints a code frame without colours when NO_COLOR is set, with them when forced', () => {
    const cwd = project({ 'bad.yaml': INVALID });
    const plain = runCli(['validate', 'bad.yaml'], {
      cwd,
      env: { NO_COLOR: '1', FORCE_COLOR: '1' },
    });
    expect(plain.stdout).toContain('  > 5 |   - { id: a, lable: A }\n      |              ^^^^^');
    expect(plain.stdout).not.toContain('\u001b[');
    expect(runCli(['validate', 'bad.yaml'], { cwd, env: { FORCE_COLOR: '1' } }).stdout).toContain(
      '\u001b[31m',
    );
  });

  it('writes GitHub annotations', () => {
    const cwd = project({ 'bad.yaml': INVALID });
    const run = runCli(['validate', '--format', 'github', 'bad.yaml'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')[0]).toMatch(
      /^::error file=bad\.yaml,line=5,col=14,endLine=5,endColumn=19,title=roadmapkit unknown-key::unknown key "lable"/,
    );
  });

  it('writes JSON that parses, per file with a status, and a summary', () => {
    const cwd = project({ 'bad.yaml': INVALID });
    const run = runCli(['validate', '--format=json', 'bad.yaml'], { cwd });
    const report = JSON.parse(run.stdout) as {
      version: number;
      summary: object;
      files: Array<{
        file: string;
        status: string;
        issues: Array<{ code: string; file: string; line: number }>;
      }>;
    };
    expect(report.version).toBe(1);
    expect(report.summary).toEqual({ files: 1, valid: 0, invalid: 1, errors: 1, warnings: 0 });
    expect(report.files.map((f) => [f.file, f.status])).toEqual([['bad.yaml', 'invalid']]);
    const issues = report.files[0]?.issues ?? [];
    expect(issues.map((issue) => [issue.code, issue.file, issue.line])).toEqual([
      ['unknown-key', 'bad.yaml', 5],
    ]);
  });

  it('turns warnings into errors with --strict', () => {
    const cwd = project({ 'warn.yaml': WARNING });
    expect(runCli(['validate', 'warn.yaml'], { cwd }).code).toBe(0);
    expect(runCli(['validate', '--strict', 'warn.yaml'], { cwd }).code).toBe(1);
  });

  it('reads standard input for -', () => {
    const run = runCli(['validate', '-'], { cwd: tempDir(), input: INVALID });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('(<stdin>:5:14)');
  });

  it('expands globs', () => {
    const cwd = project({ 'maps/a.yaml': VALID, 'maps/b.yaml': INVALID, 'other.txt': 'x' });
    const run = runCli(['validate', 'maps/*.yaml'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('✖ 2 files checked, 1 invalid');
  });

  it('reports a missing file as an issue of that file, and goes on', () => {
    const cwd = project({ 'ok.yaml': VALID });
    const run = runCli(['validate', 'missing.yaml', 'ok.yaml'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'expected a file, received a path that does not exist [unreadable-file]',
    );
    expect(run.stdout).toContain('✖ 2 files checked, 1 invalid');
  });

  it.each([
    [['validate'], 'roadmapkit: validate needs at least one file, folder or glob (or - for stdin)'],
    [
      ['validate', '--format', 'xml', 'a.yaml'],
      'roadmapkit: --format must be one of pretty, json, github, sarif, received "xml"',
    ],
    [
      ['validate', '--bogus', 'a.yaml'],
      'roadmapkit: unknown option "--bogus" (options: --format, --output, --strict, --quiet, --check-links, --font)',
    ],
    [
      ['frobnicate'],
      'roadmapkit: unknown command "frobnicate" (commands: validate, render, diff, import, schema, init, watch)',
    ],
    [['validate', 'nothing/*.yaml'], 'roadmapkit: no files match "nothing/*.yaml"'],
  ])('exits 2 with one line for a usage error: %j', (args, line) => {
    const run = runCli(args, { cwd: tempDir() });
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(line);
    expect(run.stdout).toBe('');
  });
});

describe('roadmapkit schema, --help and --version', () => {
  it('writes the JSON Schema that the schema package ships', () => {
    const cwd = tempDir();
    expect(runCli(['schema', '-o', 'out/schema.json'], { cwd }).code).toBe(0);
    const written = readFileSync(join(cwd, 'out/schema.json'), 'utf8');
    expect(written).toBe(
      readFileSync(join(import.meta.dirname, '../../schema/schema.json'), 'utf8'),
    );
  });

  it('prints help for the tool and for each command', () => {
    expect(runCli(['--help'], { cwd: tempDir() }).stdout).toContain(
      'Usage: roadmapkit <command> [options]',
    );
    expect(runCli(['validate', '--help'], { cwd: tempDir() }).stdout).toContain(
      'Usage: roadmapkit validate',
    );
  });

  it('prints the version of the package', () => {
    const { version } = JSON.parse(
      readFileSync(join(import.meta.dirname, '../package.json'), 'utf8'),
    ) as { version: string };
    expect(runCli(['--version'], { cwd: tempDir() })).toMatchObject({
      code: 0,
      stdout: `${version}\n`,
    });
  });
});
