import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { project, runCli } from './run-cli.js';

const FIXTURES = join(import.meta.dirname, 'fixtures/diff');
const BASE = readFileSync(join(FIXTURES, 'base.yaml'), 'utf8');
const HEAD = readFileSync(join(FIXTURES, 'head.yaml'), 'utf8');

describe('roadmapkit diff', () => {
  const cwd = project({ 'base.yaml': BASE, 'head.yaml': HEAD });

  it('prints a readable summary and exits 0 when it ran', () => {
    const run = runCli(['diff', 'base.yaml', 'head.yaml'], { cwd });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      [
        'head.yaml: 1 added, 1 removed, 2 changed, 1 other change',
        '  ~ topic soil: renamed "Soil" → "Soil and beds"',
        '  ~ topic soil: resources: 1 added ("Building a bed")',
        '  + subtopic raised-beds: added under "Soil and beds"',
        '  > subtopic rain: moved from under "Water" to under "Pests"',
        '  - subtopic ph: removed from under "Soil"',
        '  ~ faq When do I start?: answer changed',
        '',
      ].join('\n'),
    );
    expect(run.code).toBe(0);
  });

  it('--exit-code: 1 on any change, 0 without', () => {
    expect(runCli(['diff', 'base.yaml', 'head.yaml', '--exit-code'], { cwd }).code).toBe(1);
    const same = runCli(['diff', 'head.yaml', 'head.yaml', '--exit-code'], { cwd });
    expect(same.stdout).toBe('head.yaml: no changes\n');
    expect(same.code).toBe(0);
  });

  it('--format md writes a pull request comment: counts, a table, collapsible details', () => {
    const run = runCli(['diff', 'base.yaml', 'head.yaml', '--format', 'md'], { cwd });
    expect(run.stdout).toBe(`### Roadmap changes

| File | Added | Removed | Changed | Other |
| --- | ---: | ---: | ---: | ---: |
| \`head.yaml\` | 1 | 1 | 2 | 1 |

<details><summary>head.yaml: 6 changes</summary>

| Change | What | Id | Details |
| --- | --- | --- | --- |
| 🟠 renamed | topic Soil and beds | soil | renamed "Soil" → "Soil and beds" |
| 🟠 resources | topic Soil and beds | soil | resources: 1 added ("Building a bed") |
| 🟢 added | subtopic Raised beds | raised-beds | added under "Soil and beds" |
| 🟠 moved | subtopic Rain barrels | rain | moved from under "Water" to under "Pests" |
| ⚪ removed | subtopic Soil pH | ph | removed from under "Soil" |
| 🟠 content | faq When do I start? | When do I start? | answer changed |

</details>
`);
  });

  it('--format md escapes labels that would break the table or carry HTML', () => {
    const dir = project({
      'a.yaml': BASE,
      'b.yaml': HEAD.replace('label: Raised beds', 'label: "Raised | <b>beds</b>"'),
    });
    const run = runCli(['diff', 'a.yaml', 'b.yaml', '--format', 'md'], { cwd: dir });
    expect(run.stdout).toContain(
      '| 🟢 added | subtopic Raised &#124; &#60;b&#62;beds&#60;/b&#62; | raised-beds |',
    );
  });

  it('--format json has one entry per file with status, node counts and changes', () => {
    const run = runCli(['diff', 'base.yaml', 'head.yaml', '--format', 'json'], { cwd });
    const out = JSON.parse(run.stdout) as {
      files: Array<{ file: string; status: string; nodes: object; changes: unknown[] }>;
      changed: number;
    };
    expect(out.changed).toBe(1);
    expect(out.files).toHaveLength(1);
    expect(out.files[0]).toMatchObject({
      file: 'head.yaml',
      status: 'changed',
      nodes: { added: 1, removed: 1, changed: 2 },
    });
    expect(out.files[0]?.changes[2]).toEqual({
      kind: 'added',
      target: 'subtopic',
      id: 'raised-beds',
      label: 'Raised beds',
      message: 'added under "Soil and beds"',
    });
  });

  it('pairs two folders by path: new, deleted and changed files', () => {
    const dir = project({
      'old/roadmap.yaml': BASE,
      'old/gone.roadmap.yaml': BASE,
      'new/roadmap.yaml': HEAD,
      'new/fresh.roadmap.yaml': HEAD,
    });
    const run = runCli(['diff', 'old', 'new'], { cwd: dir });
    const headings = run.stdout.split('\n').filter((line) => !line.startsWith(' '));
    expect(headings).toEqual([
      'fresh.roadmap.yaml: 8 added, 0 removed, 0 changed, 2 other changes (new file)',
      'gone.roadmap.yaml: 0 added, 8 removed, 0 changed, 2 other changes (deleted file)',
      'roadmap.yaml: 1 added, 1 removed, 2 changed, 1 other change',
      '',
    ]);
  });

  it('--git REF compares the working tree with a git revision', () => {
    const dir = project({ 'roadmaps/garden.roadmap.yaml': BASE, 'notes.txt': 'x' });
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: dir,
        env: { PATH: process.env.PATH ?? '', GIT_CONFIG_NOSYSTEM: '1', HOME: dir },
        stdio: 'pipe',
      });
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'base');
    writeFileSync(join(dir, 'roadmaps/garden.roadmap.yaml'), HEAD);
    const run = runCli(['diff', '--git', 'main', 'roadmaps'], { cwd: dir });
    expect(run.stdout.split('\n')[0]).toBe(
      'roadmaps/garden.roadmap.yaml: 1 added, 1 removed, 2 changed, 1 other change',
    );
    expect(run.code).toBe(0);
    const bad = runCli(['diff', '--git', 'no-such-branch'], { cwd: dir });
    expect(bad.stderr.split('\n')[0]).toBe(
      'roadmapkit: --git no-such-branch: no such revision in this repository',
    );
    expect(bad.code).toBe(2);
  });

  it('draws the newer roadmap with the changes marked (reviewed snapshot)', {
    timeout: 600_000,
  }, async () => {
    const run = runCli(['diff', 'base.yaml', 'head.yaml', '--format', 'svg', '-o', '-'], {
      cwd,
      timeoutMs: 240_000,
    });
    expect(run.code).toBe(0);
    const svg = run.stdout;
    expect(svg.match(/class="rk-mark-added rk-p\d+"/g)).toHaveLength(1);
    expect(svg.match(/class="rk-mark-changed rk-p\d+"/g)).toHaveLength(2);
    expect(svg.match(/class="rk-mark-removed rk-p\d+"/g)).toHaveLength(1);
    expect(svg).toContain('id="rk-ph"');
    await expect(svg).toMatchFileSnapshot('./__file_snapshots__/diff.svg');
  });

  it('writes a PNG of the given width to a file', { timeout: 600_000 }, () => {
    const run = runCli(
      ['diff', 'base.yaml', 'head.yaml', '--format', 'png', '-o', 'out/diff.png', '--width', '600'],
      { cwd, timeoutMs: 240_000 },
    );
    expect(run.code).toBe(0);
    const png = readFileSync(join(cwd, 'out/diff.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(600);
  });

  it.each([
    [['diff', 'base.yaml'], 'diff needs two files or folders (BASE HEAD), or --git REF'],
    [
      ['diff', 'base.yaml', 'head.yaml', '--format', 'svg'],
      '--format svg writes a picture: give -o FILE (or -o - for standard output)',
    ],
    [
      ['diff', 'base.yaml', 'head.yaml', '--format', 'pdf'],
      '--format must be one of text, md, json, svg, png, received "pdf"',
    ],
    [['diff', 'base.yaml', 'missing.yaml'], 'cannot compare "missing.yaml": it does not exist'],
  ])('usage error: %j', (args, message) => {
    const run = runCli(args, { cwd });
    expect(run.stderr.split('\n')[0]).toBe(`roadmapkit: ${message}`);
    expect(run.code).toBe(2);
  });

  it('exits 1 and shows the issues when a version is not a valid roadmap', () => {
    const dir = project({ 'a.yaml': BASE, 'b.yaml': HEAD.replace('id: gardening', 'id: Bad Id') });
    const run = runCli(['diff', 'a.yaml', 'b.yaml'], { cwd: dir });
    expect(run.stdout.split('\n')[0]).toBe('b.yaml: cannot compare: 1 error');
    expect(run.stderr).toContain('→ at id (b.yaml:2:5)');
    expect(run.code).toBe(1);
  });
});
