import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './run-cli.js';

// Real pipes (mkfifo) and real processes: a read or write that blocked on a pipe would hang
// the child, and the hang guard (a generous timeout) would then fail the test with code null.
// The guards are wide because a render process on a busy 2-core machine can take a minute.
const GUARD = 240_000;
const cli = (args: string[], cwd: string) => runCli(args, { cwd, timeoutMs: GUARD });

const VALID = 'schemaVersion: 1\nid: a\ntitle: A\ntopics: [{ id: t, label: T }]\n';
const fixtures = join(import.meta.dirname, '../../import/test/fixtures');
const fifo = (path: string) => execFileSync('mkfifo', [path]);

describe('pipes and devices where a file is read', () => {
  it(
    'validate, render, diff and watch report a FIFO input in one line and exit',
    () => {
      const cwd = tempDir();
      writeFileSync(join(cwd, 'good.yaml'), VALID);
      fifo(join(cwd, 'pipe.yaml'));
      const validate = cli(['validate', 'pipe.yaml', 'good.yaml'], cwd);
      expect(validate.code).toBe(1);
      expect(validate.stdout).toContain('✖ 2 files checked, 1 invalid');
      expect(validate.stdout).toMatch(
        /device, socket or pipe \[unreadable-file\]\n\s+→ .*pipe\.yaml/,
      );

      const render = cli(['render', 'pipe.yaml', 'good.yaml', '--out-dir', 'out'], cwd);
      expect(render.code).toBe(1);
      expect(render.stdout).toContain('✖ 1 rendered, 1 failed, 1 file written');
      expect(readdirSync(join(cwd, 'out'))).toEqual(['good.svg']);

      const diff = cli(['diff', 'good.yaml', 'pipe.yaml'], cwd);
      expect(diff.code).toBe(2);
      expect(diff.stderr.split('\n')[0]).toBe(
        `roadmapkit: cannot read ${join(cwd, 'pipe.yaml')}: it is a pipe (FIFO), not a regular file`,
      );

      const watch = cli(['watch', 'pipe.yaml'], cwd);
      expect(watch.code).toBe(2);
      expect(watch.stderr.split('\n')[0]).toBe(
        'roadmapkit: cannot read pipe.yaml: it is a pipe (FIFO), not a regular file',
      );
    },
    4 * GUARD,
  );

  it(
    'a device as input (/dev/zero) is refused without being read',
    () => {
      const run = cli(['render', '/dev/zero', '-o', 'zero.svg'], tempDir());
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('✖ /dev/zero: expected a regular file, received a device');
    },
    2 * GUARD,
  );

  it(
    'import: a FIFO input, a FIFO migration-mapping.json and a FIFO content file each fail alone',
    () => {
      const cwd = tempDir();
      cpSync(join(fixtures, 'balsamiq/gadgets.json'), join(cwd, 'gadgets.json'));
      fifo(join(cwd, 'pipe.json'));
      const synthetic = join(fixtures, 'synthetic/roadmapsh-1.json');
      cpSync(synthetic, join(cwd, 'mapped/picture.json'));
      fifo(join(cwd, 'mapped/migration-mapping.json'));
      cpSync(synthetic, join(cwd, 'content/picture.json'));
      mkdirSync(join(cwd, 'content/content'));
      fifo(join(cwd, 'content/content/topic.md'));
      const run = cli(
        [
          'import',
          'pipe.json',
          'mapped/picture.json',
          'content/picture.json',
          'gadgets.json',
          '--out-dir',
          'out',
        ],
        cwd,
      );
      expect(run.code).toBe(1);
      expect(run.stdout).toContain(
        '✖ pipe.json: cannot read it: it is a pipe (FIFO), not a regular file\n',
      );
      expect(run.stdout).toContain(
        '✖ mapped/picture.json: cannot read migration-mapping.json beside it: it is a pipe (FIFO), not a regular file\n',
      );
      expect(run.stdout).toContain(
        '✖ content/picture.json: cannot read content/topic.md beside it: it is a pipe (FIFO), not a regular file\n',
      );
      expect(run.stdout).toContain('✖ 1 imported, 3 failed\n');
      expect(readdirSync(join(cwd, 'out'))).toEqual(['gadgets.roadmap.yaml']);
    },
    4 * GUARD,
  );
});

describe('outputs that are not files', () => {
  it(
    'a FIFO as output is refused without waiting for a reader, and the process exits',
    () => {
      const cwd = tempDir();
      writeFileSync(join(cwd, 'a.yaml'), VALID);
      fifo(join(cwd, 'out.svg'));
      const run = cli(['render', 'a.yaml', '-o', 'out.svg'], cwd);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain(
        `✖ a.yaml: cannot write ${join(cwd, 'out.svg')}: it is a pipe (FIFO), not a file\n`,
      );
      const schema = cli(['schema', '-o', 'out.svg'], cwd);
      expect(schema.code).toBe(1);
      expect(schema.stderr).toBe(
        `roadmapkit: cannot write ${join(cwd, 'out.svg')}: it is a pipe (FIFO), not a file\n`,
      );
    },
    4 * GUARD,
  );

  it(
    'a /proc path as output is refused, whether it exists or not',
    () => {
      const cwd = tempDir();
      writeFileSync(join(cwd, 'a.yaml'), VALID);
      const existing = cli(['render', 'a.yaml', '-o', '/proc/self/comm', '--format', 'svg'], cwd);
      expect(existing.code).toBe(1);
      expect(existing.stdout).toContain(
        '✖ a.yaml: cannot write /proc/self/comm: it is a kernel file (/proc, /sys), not a file\n',
      );
      // (schema writes from the main thread, render from a worker: both are refused)
      const missing = cli(['schema', '-o', '/proc/roadmap.json'], cwd);
      expect(missing.code).toBe(1);
      expect(missing.stderr).toBe(
        'roadmapkit: cannot write /proc/roadmap.json: it is a kernel file (/proc, /sys), not a file\n',
      );
    },
    4 * GUARD,
  );
});

describe('an output never overwrites an input', () => {
  it(
    'render foo.json --format json beside itself, or through a link, is a usage error; nothing is written',
    () => {
      const cwd = tempDir();
      const json = JSON.stringify({ schemaVersion: 1, id: 'a', title: 'A', topics: [] });
      writeFileSync(join(cwd, 'foo.json'), json);
      const run = cli(['render', 'foo.json', '--format', 'json'], cwd);
      expect(run.code).toBe(2);
      expect(run.stderr.split('\n')[0]).toBe(
        'roadmapkit: the json output of foo.json would overwrite the input foo.json (foo.json); write it elsewhere with -o or --out-dir',
      );
      expect(readFileSync(join(cwd, 'foo.json'), 'utf8')).toBe(json);

      symlinkSync('a.yaml', join(cwd, 'link.svg'));
      writeFileSync(join(cwd, 'a.yaml'), VALID);
      const linked = cli(['render', 'a.yaml', '-o', 'link.svg'], cwd);
      expect(linked.code).toBe(2);
      expect(linked.stderr).toContain('would overwrite the input a.yaml (link.svg)');
      expect(readFileSync(join(cwd, 'a.yaml'), 'utf8')).toBe(VALID);
    },
    4 * GUARD,
  );

  it(
    'import x.json -o x.json fails that file with one line and leaves it as it was',
    () => {
      const cwd = tempDir();
      cpSync(join(fixtures, 'balsamiq/gadgets.json'), join(cwd, 'x.json'));
      const before = readFileSync(join(cwd, 'x.json'), 'utf8');
      const run = cli(['import', 'x.json', '-o', 'x.json'], cwd);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain(
        `✖ x.json: cannot write ${join(cwd, 'x.json')}: it is an input file, and would be overwritten\n`,
      );
      expect(readFileSync(join(cwd, 'x.json'), 'utf8')).toBe(before);
    },
    2 * GUARD,
  );
});

describe('a write error in a batch', () => {
  it(
    'import: an output that cannot be written fails that file alone, with a summary, never "internal error"',
    () => {
      const cwd = tempDir();
      cpSync(join(fixtures, 'balsamiq/gadgets.json'), join(cwd, 'a/gadgets.json'));
      cpSync(join(fixtures, 'balsamiq/gadgets.json'), join(cwd, 'b/gizmos.json'));
      // A folder where the first output should go.
      mkdirSync(join(cwd, 'out/gadgets.roadmap.yaml'), { recursive: true });
      const run = cli(['import', 'a/gadgets.json', 'b/gizmos.json', '--out-dir', 'out'], cwd);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain(
        `✖ a/gadgets.json: cannot write ${join(cwd, 'out/gadgets.roadmap.yaml')}: the path is a folder\n`,
      );
      expect(run.stdout).toContain('✖ 1 imported, 1 failed\n');
      expect(run.stderr).not.toContain('internal error');
      expect(readFileSync(join(cwd, 'out/gizmos.roadmap.yaml'), 'utf8')).toContain(
        'schemaVersion: 1',
      );
    },
    2 * GUARD,
  );
  it(
    'render: after a failed write nothing more of that file is written, and that write is the error',
    () => {
      const cwd = tempDir();
      writeFileSync(join(cwd, 'a.yaml'), VALID);
      writeFileSync(join(cwd, 'b.yaml'), VALID.replace('id: a', 'id: b'));
      // A folder where a's SVG should go: its PNG (drawn while the SVG is written) is not written.
      mkdirSync(join(cwd, 'out/a.svg'), { recursive: true });
      const run = cli(
        ['render', 'a.yaml', 'b.yaml', '--out-dir', 'out', '--format', 'svg,png'],
        cwd,
      );
      expect(run.code).toBe(1);
      expect(run.stdout).toContain(
        `✖ a.yaml: cannot write ${join(cwd, 'out/a.svg')}: the path is a folder\n`,
      );
      expect(existsSync(join(cwd, 'out/a.png'))).toBe(false);
      expect(readdirSync(join(cwd, 'out')).sort()).toEqual(['a.svg', 'b.png', 'b.svg']);
      // A folder where its PNG should go: the SVG before it is written, the PNG is the error.
      const second = tempDir();
      writeFileSync(join(second, 'a.yaml'), VALID);
      mkdirSync(join(second, 'out/a.png'), { recursive: true });
      const png = cli(['render', 'a.yaml', '--out-dir', 'out', '--format', 'svg,png'], second);
      expect(png.code).toBe(1);
      expect(png.stderr + png.stdout).toContain(
        `cannot write ${join(second, 'out/a.png')}: the path is a folder`,
      );
      expect(readFileSync(join(second, 'out/a.svg'), 'utf8')).toMatch(/^<svg /);
    },
    2 * GUARD,
  );
});

describe('temporary files', () => {
  it(
    'a later run removes the temporary files that a dead run left, and leaves a live one',
    () => {
      const cwd = tempDir();
      writeFileSync(join(cwd, 'a.yaml'), VALID);
      mkdirSync(join(cwd, 'out'));
      const dead = spawnSync(process.execPath, ['-e', '0']).pid;
      const stale = `a.svg.roadmapkit-${dead}-rk1-0.tmp`;
      const live = `a.svg.roadmapkit-${process.pid}-rk1-0.tmp`;
      const mine = 'a.svg.tmp';
      for (const name of [stale, live, mine]) writeFileSync(join(cwd, 'out', name), 'half');
      const run = cli(['render', 'a.yaml', '--out-dir', 'out'], cwd);
      expect(run.code).toBe(0);
      expect(readdirSync(join(cwd, 'out')).sort()).toEqual(['a.svg', mine, live].sort());
    },
    2 * GUARD,
  );

  it.each(['SIGTERM', 'SIGHUP', 'SIGINT'] as const)(
    '%s removes a temporary file being written, and the process ends by that signal',
    async (signal) => {
      const cwd = tempDir();
      const path = join(cwd, 'a.svg.roadmapkit-1-x.tmp');
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', join(import.meta.dirname, 'fixtures/hold-temporary.ts'), path],
        { cwd: import.meta.dirname },
      );
      child.stdout.on('data', (chunk) => {
        if (String(chunk).includes('ready')) child.kill(signal);
      });
      const [code, ended] = await new Promise<[number | null, string | null]>((done) =>
        child.on('close', (status, by) => done([status, by])),
      );
      expect({ code, ended }).toEqual({ code: null, ended: signal });
      expect(existsSync(path)).toBe(false);
    },
    2 * GUARD,
  );

  it(
    'with another handler of the signal (a render batch), the file is removed and that handler decides',
    async () => {
      const cwd = tempDir();
      const path = join(cwd, 'a.svg.roadmapkit-1-x.tmp');
      const child = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          join(import.meta.dirname, 'fixtures/hold-temporary.ts'),
          path,
          'handled',
        ],
        { cwd: import.meta.dirname },
      );
      let stdout = '';
      child.stdout.on('data', (chunk) => {
        stdout += String(chunk);
        if (stdout === 'ready\n') child.kill('SIGTERM');
      });
      const code = await new Promise<number | null>((done) => child.on('close', done));
      expect(code).toBe(0);
      expect(stdout).toBe('ready\nhandled SIGTERM\n');
      expect(existsSync(path)).toBe(false);
    },
    4 * GUARD,
  );
});
