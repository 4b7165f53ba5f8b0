import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSafeMarkup } from '@roadmapkit/render';
import { XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CorpusCase, writeCorpus } from './fixtures/hostile-corpus.mjs';
import { runCli, tempDir } from './run-cli.js';

describe('the hostile corpus', () => {
  let cwd: string;
  let cases: CorpusCase[];
  beforeAll(() => {
    cwd = tempDir();
    cases = writeCorpus(join(cwd, 'corpus'));
  });

  it('validate: every bad file gets its clear error, the good ones none, no stack trace, exit 1', () => {
    const run = runCli(['validate', '--format', 'json', ...cases.map((c) => `corpus/${c.name}`)], {
      cwd,
      timeoutMs: 60_000,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as {
      files: Array<{
        issues: Array<{
          file: string;
          code: string;
          line: number;
          column: number;
          message: string;
        }>;
      }>;
    };
    const issues = report.files.flatMap((file) => file.issues);
    for (const item of cases) {
      const own = issues.filter((issue) => issue.file === `corpus/${item.name}`);
      if (item.expected === 'valid') expect(own, item.name).toEqual([]);
      else {
        expect(
          own.map((issue) => issue.code),
          item.name,
        ).toContain(item.code);
        for (const issue of own) {
          expect(issue.message.includes('\n'), `${item.name}: ${issue.message}`).toBe(false);
          expect(issue.line).toBeGreaterThanOrEqual(1);
        }
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 90_000);

  it('render: the good files render safely, the bad ones fail alone with one line each, nothing partial is left', () => {
    const run = runCli(
      [
        'render',
        ...cases.map((c) => `corpus/${c.name}`),
        '--out-dir',
        'out',
        '--format',
        'svg,html,png',
        '--jobs',
        '2',
      ],
      { cwd, timeoutMs: 120_000 },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toMatch(/\n\s+at .+:\d+:\d+/);
    const bad = cases.filter((c) => c.expected === 'invalid');
    const good = cases.filter((c) => c.expected === 'valid');
    for (const item of bad)
      expect(run.stdout, item.name).toMatch(
        new RegExp(`✖ corpus/${item.name.replace(/[.]/g, '\\.')}: [^\\n]+\\n`),
      );
    expect(run.stdout).toContain(
      `✖ ${good.length} rendered, ${bad.length} failed, ${good.length * 3} files written`,
    );
    const written = readdirSync(join(cwd, 'out'));
    expect(written.filter((name) => name.endsWith('.tmp'))).toEqual([]);
    for (const name of written.filter((n) => n.endsWith('.svg') || n.endsWith('.html'))) {
      const markup = readFileSync(join(cwd, 'out', name), 'utf8');
      expect(checkSafeMarkup(markup), name).toEqual([]);
      if (name.endsWith('.svg')) expect(XMLValidator.validate(markup), name).toBe(true);
      expect(markup, name).not.toContain('<script>alert');
    }
  }, 150_000);
});

describe('outputs that cannot be written', () => {
  const VALID = 'schemaVersion: 1\nid: a\ntitle: A\ntopics: [{ id: t, label: T }]\n';

  it('an output folder that cannot be created: one line naming the file, the others still render', () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'a.yaml'), VALID);
    writeFileSync(join(cwd, 'blocker'), 'a file where a folder should be');
    const run = runCli(['render', 'a.yaml', '--out-dir', 'blocker/out'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `✖ a.yaml: cannot write ${join(cwd, 'blocker/out/a.svg')}: a part of the path is a file, not a folder\n`,
    );
    expect(run.stdout).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('a full disk (/dev/full): one line, exit 1, and the device is left alone', () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'a.yaml'), VALID);
    const run = runCli(['render', 'a.yaml', '-o', '/dev/full', '--format', 'svg'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('✖ a.yaml: cannot write /dev/full: no space left on the device\n');
    expect(readdirSync('/dev').filter((name) => name.startsWith('full.'))).toEqual([]);
  });
});
