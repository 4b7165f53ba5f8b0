import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { checkSafeMarkup, checkSafePage } from '@roadmapkit/render';
import { XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { capJobs } from '../src/pool/jobs-cap.js';
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
      timeoutMs: 240_000,
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
  }, 600_000);

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
      { cwd, timeoutMs: 240_000 },
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
      const check = name.endsWith('.html') ? checkSafePage : checkSafeMarkup;
      expect(check(markup), name).toEqual([]);
      if (name.endsWith('.svg')) expect(XMLValidator.validate(markup), name).toBe(true);
      expect(markup, name).not.toContain('<script>alert');
      const ids = [...markup.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);
      expect(ids.length, `${name}: every id unique`).toBe(new Set(ids).size);
      expect(markup, name).not.toMatch(/href="[^"]*(?:javascript|vbscript|data):/i);
    }
  }, 600_000);
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

describe('resource limits', () => {
  const VALID = 'schemaVersion: 1\nid: a\ntitle: A\ntopics: [{ id: t, label: T }]\n';

  it('a PNG over the pixel budget: one line naming the file, the size and the way out; the batch goes on', () => {
    const cwd = tempDir();
    // Ten topics: about 0.2 megapixels at scale 1, so over 1 megapixel at scale 4.
    const topics = Array.from({ length: 10 }, (_, i) => `{ id: t${i}, label: Topic number ${i} }`);
    const doc = `schemaVersion: 1\nid: a\ntitle: A wide roadmap title\ntopics: [${topics.join(', ')}]\n`;
    writeFileSync(join(cwd, 'a.yaml'), doc);
    writeFileSync(join(cwd, 'b.yaml'), doc.replace('id: a', 'id: b'));
    const run = runCli(
      [
        'render',
        'a.yaml',
        'b.yaml',
        '--format',
        'svg,png',
        '--scale',
        '4',
        '--max-megapixels',
        '1',
        '--out-dir',
        'out',
      ],
      { cwd },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    for (const name of ['a.yaml', 'b.yaml'])
      expect(run.stdout).toMatch(
        new RegExp(
          `✖ ${name.replace('.', '\\.')}: the PNG would be \\d+ × \\d+ px \\([\\d.]+ megapixels\\), over the 1-megapixel budget: lower --scale \\(now 4\\), render --format svg, or raise --max-megapixels\n`,
        ),
      );
    expect(run.stdout).toContain('✖ 0 rendered, 2 failed');
    // Refused from the layout's canvas size, before any SVG is drawn: no output at all.
    const out = join(cwd, 'out');
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });

  it('a PDF page over the pixel budget: the same one line, whatever the scale', () => {
    const cwd = tempDir();
    // 150 topics down one spine: a page of about 2 megapixels.
    const topics = Array.from({ length: 150 }, (_, i) => `{ id: t${i}, label: Topic number ${i} }`);
    writeFileSync(
      join(cwd, 'tall.yaml'),
      `schemaVersion: 1\nid: tall\ntitle: Tall\ntopics: [${topics.join(', ')}]\n`,
    );
    const run = runCli(
      ['render', 'tall.yaml', '--format', 'pdf', '--max-megapixels', '1', '--out-dir', 'out'],
      { cwd },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /✖ tall\.yaml: the PDF would be \d+ × \d+ px \([\d.]+ megapixels\), over the 1-megapixel budget: render --format svg, or raise --max-megapixels\n/,
    );
  });

  it('--jobs past the cores or memory is capped with a warning', () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'a.yaml'), VALID);
    const run = runCli(['render', 'a.yaml', '--format', 'svg', '--jobs', '64'], { cwd });
    expect(run.code).toBe(0);
    const { warning } = capJobs(64);
    expect(run.stderr).toBe(warning === undefined ? '' : `roadmapkit: warning: ${warning}\n`);
  });
});

/** Every issue of a `validate --format json` report. */
function issuesOf(stdout: string): unknown[] {
  const report = JSON.parse(stdout) as { files: { issues: unknown[] }[] };
  return report.files.flatMap((file) => file.issues);
}

describe('standard input and output', () => {
  it('validate - stops reading standard input past the size limit and says so', () => {
    const cwd = tempDir();
    const run = runCli(['validate', '-', '--format', 'json'], {
      cwd,
      input: `title: "${'x'.repeat(6 * 1024 * 1024)}"\n`,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(issuesOf(run.stdout)).toEqual([expect.objectContaining({ code: 'file-too-large' })]);
  });

  it('a closed pipe (validate … | head -c 20) ends quietly, without a stack trace', () => {
    const cwd = tempDir();
    const bad = 'schemaVersion: 1\nid: a\ntitle: A\ntopics: [{ id: t, lable: T }]\n';
    const names = Array.from({ length: 200 }, (_, i) => `f${i}.yaml`);
    for (const name of names) writeFileSync(join(cwd, name), bad);
    const bin = join(import.meta.dirname, '../dist/bin.js');
    const run = spawnSync(
      'sh',
      [
        '-c',
        `"${process.execPath}" "${bin}" validate ${names.join(' ')} 2>err.txt | head -c 20 >/dev/null`,
      ],
      { cwd, encoding: 'utf8', timeout: 240_000 },
    );
    expect(run.status).toBe(0);
    expect(readFileSync(join(cwd, 'err.txt'), 'utf8')).toBe('');
  });
});

describe('links to folders', () => {
  const VALID = 'schemaVersion: 1\nid: a\ntitle: A\ntopics: [{ id: t, label: T }]\n';

  it('a link to / is never walked, and a file in a linked folder outside is refused', () => {
    const outside = tempDir();
    writeFileSync(join(outside, 'roadmap.yaml'), VALID);
    const cwd = tempDir();
    mkdirSync(join(cwd, 'maps'));
    writeFileSync(join(cwd, 'maps', 'roadmap.yaml'), VALID);
    symlinkSync('/', join(cwd, 'maps', 'root'));
    symlinkSync(outside, join(cwd, 'linked'));
    const walk = runCli(['validate', '.', '--format', 'json'], { cwd });
    expect(walk.code).toBe(0);
    expect(issuesOf(walk.stdout)).toEqual([]);
    const named = runCli(['validate', 'linked/roadmap.yaml', '--format', 'json'], { cwd });
    expect(named.code).toBe(1);
    expect(issuesOf(named.stdout)).toEqual([
      expect.objectContaining({
        file: 'linked/roadmap.yaml',
        code: 'unreadable-file',
        message:
          'expected a file inside the working folder, received a link (or a file in a linked folder) that leads outside it',
      }),
    ]);
  });
});
