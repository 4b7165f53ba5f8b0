import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSafeMarkup, checkSafePage } from '@roadmapkit/render';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { project, runCli } from './run-cli.js';

const VALID = (id: string) =>
  `schemaVersion: 1\nid: ${id}\ntitle: ${id}\ntopics:\n  - { id: a, label: First, subtopics: [{ id: b, label: Second, side: left }] }\n  - { id: c, label: Third }\n`;
const BROKEN = 'schemaVersion: 1\nid: broken\ntitle: Broken\ntopics: [{ id: a, lable: A }]\n';

/** Every file below `dir`, relative. */
function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

describe('roadmapkit render', () => {
  it('writes an SVG beside the input by default', () => {
    const cwd = project({ 'maps/roadmap.yaml': VALID('one') });
    const run = runCli(['render', 'maps/roadmap.yaml'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^✔ maps\/roadmap\.yaml → maps\/maps\.svg \(\d+ ms\)\n✔ 1 rendered, 0 failed, 1 file written in [\d.]+s\n$/,
    );
    const svg = readFileSync(join(cwd, 'maps/maps.svg'), 'utf8');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(checkSafeMarkup(svg)).toEqual([]);
  });

  it('follows the extension of -o', () => {
    const cwd = project({ 'a.yaml': VALID('one') });
    expect(runCli(['render', 'a.yaml', '-o', 'out/picture.png'], { cwd }).code).toBe(0);
    expect(readFileSync(join(cwd, 'out/picture.png')).subarray(0, 4).toString('hex')).toBe(
      '89504e47',
    );
  });

  it('writes every format at once into --out-dir', () => {
    const cwd = project({ 'a.roadmap.yaml': VALID('one') });
    const run = runCli(
      [
        'render',
        'a.roadmap.yaml',
        '--out-dir',
        'out',
        '--format',
        'svg,png,pdf,html,md,json',
        '--theme',
        'dark',
        '--scale',
        '2',
      ],
      { cwd },
    );
    expect(run.code).toBe(0);
    expect(filesIn(join(cwd, 'out'))).toEqual([
      'a.html',
      'a.json',
      'a.md',
      'a.pdf',
      'a.png',
      'a.svg',
    ]);
    expect(readFileSync(join(cwd, 'out/a.pdf'), 'latin1').startsWith('%PDF-')).toBe(true);
    expect(JSON.parse(readFileSync(join(cwd, 'out/a.json'), 'utf8'))).toMatchObject({
      format: 1,
      id: 'one',
    });
    expect(readFileSync(join(cwd, 'out/a.md'), 'utf8').startsWith('# one\n')).toBe(true);
    expect(checkSafePage(readFileSync(join(cwd, 'out/a.html'), 'utf8'))).toEqual([]);
    // The dark theme's background, as the background's paint class.
    expect(readFileSync(join(cwd, 'out/a.svg'), 'utf8')).toMatch(
      /<style>\.rk-p0\{fill:#0f172a\}[\s\S]*class="rk-background rk-p0"/,
    );
  });

  it('renders the rest of a batch when one file is broken, and exits 1', () => {
    const cwd = project({ 'a.yaml': VALID('one'), 'b.yaml': BROKEN, 'c.yaml': VALID('three') });
    const run = runCli(
      ['render', 'a.yaml', 'b.yaml', 'c.yaml', '--out-dir', 'out', '--jobs', '2'],
      { cwd },
    );
    expect(run.code).toBe(1);
    expect(filesIn(join(cwd, 'out'))).toEqual(['a.svg', 'c.svg']);
    // The misspelt required key is one issue, not "unknown key" plus "missing label".
    expect(run.stdout).toContain('✖ b.yaml: invalid (1 error)');
    expect(run.stdout).toContain('unknown key "lable", did you mean "label"');
    expect(run.stdout).toContain('✖ 2 rendered, 1 failed, 2 files written in');
    expect(run.stderr).toBe('');
  });

  it('--shard splits the files so that each lands in exactly one shard', () => {
    const files = Object.fromEntries(
      Array.from({ length: 7 }, (_, i) => [`maps/m${i}.yaml`, VALID(`m${i}`)]),
    );
    const cwd = project(files);
    const outputs = [1, 2, 3].map((i) => {
      const run = runCli(
        ['render', 'maps/*.yaml', '--shard', `${i}/3`, '--out-dir', `out${i}`, '--jobs', '1'],
        { cwd },
      );
      expect(run.code).toBe(0);
      return existsSync(join(cwd, `out${i}`)) ? filesIn(join(cwd, `out${i}`)) : [];
    });
    expect(outputs.map((o) => o.length)).toEqual([3, 2, 2]);
    expect(outputs.flat().sort()).toEqual(Array.from({ length: 7 }, (_, i) => `m${i}.svg`));
  }, 120_000);

  /**
   * A pathological graph at the document limits: 4,920 boxes and 1,000 long explicit edges to
   * route (some 8 s on an idle machine, 200 times a one-topic file: a margin that holds when
   * the load changes between the calibration and the run).
   */
  function slowRoadmap(): string {
    const topics = Array.from({ length: 120 }, (_, t) => {
      const subtopics = Array.from(
        { length: 40 },
        (_, s) => `      - { id: t${t}s${s}, label: Subtopic ${s} of topic ${t} }`,
      );
      return `  - id: t${t}\n    label: Topic ${t}\n    subtopics:\n${subtopics.join('\n')}`;
    });
    // The two ends are always in different topics (36·i + 11 is never a multiple of 120).
    const edges = Array.from(
      { length: 1_000 },
      (_, i) =>
        `  - { from: t${i % 120}s${(i * 7) % 40}, to: t${(i * 37 + 11) % 120}s${(i * 13) % 40}, style: dotted }`,
    );
    return `schemaVersion: 1\nid: slow\ntitle: Slow\ntopics:\n${topics.join('\n')}\nedges:\n${edges.join('\n')}\n`;
  }

  /**
   * A --timeout (seconds) ten times what a one-topic file takes on this machine right now, in
   * a warmed worker: the small files always finish within it, however loaded the machine is,
   * and the pathological one (hundreds of times slower) never does.
   */
  function calibratedTimeout(cwd: string, format: string): string {
    const run = runCli(
      ['render', 'a.yaml', '--out-dir', 'probe', '--format', format, '--timeout', '600'],
      { cwd, timeoutMs: 100_000 },
    );
    const ms = Number(/\((\d+) ms\)/.exec(run.stdout)?.[1]);
    expect(ms, run.stdout + run.stderr).toBeGreaterThan(0);
    return String(Math.max(1, Math.ceil(ms / 100)));
  }

  it('stops a file that runs past --timeout, reports it, and renders the others', () => {
    const cwd = project({ 'a.yaml': VALID('one'), 'slow.yaml': slowRoadmap() });
    const timeout = calibratedTimeout(cwd, 'svg');
    const run = runCli(
      ['render', 'a.yaml', 'slow.yaml', '--out-dir', 'out', '--timeout', timeout, '--jobs', '1'],
      { cwd, timeoutMs: 200_000 },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `✖ slow.yaml: stopped after ${Number(timeout) * 1000} ms (--timeout)`,
    );
    expect(filesIn(join(cwd, 'out'))).toEqual(['a.svg']);
  }, 300_000);

  it('stops a PNG and PDF render past --timeout in any stage, and draws the other files', () => {
    // The worker process is killed wherever it is (laying out, or inside resvg's native
    // drawing), and nothing is left of it; the next file gets a new worker.
    const cwd = project({
      'a.yaml': VALID('one'),
      'slow.yaml': slowRoadmap(),
      'z.yaml': VALID('two'),
    });
    const timeout = calibratedTimeout(cwd, 'png,pdf');
    const run = runCli(
      [
        'render',
        'a.yaml',
        'slow.yaml',
        'z.yaml',
        '--out-dir',
        'out',
        '--format',
        'png,pdf',
        // The slow file's canvas (some 60 megapixels) is within this budget: it is drawn, not
        // refused before drawing.
        '--max-megapixels',
        '100',
        '--timeout',
        timeout,
        '--jobs',
        '1',
      ],
      { cwd, timeoutMs: 200_000 },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `✖ slow.yaml: stopped after ${Number(timeout) * 1000} ms (--timeout)`,
    );
    expect(run.stdout).toContain('2 rendered, 1 failed, 4 files written');
    expect(filesIn(join(cwd, 'out'))).toEqual(['a.pdf', 'a.png', 'z.pdf', 'z.png']);
  }, 300_000);

  it('draws one file without --timeout in this process, with the same outputs', () => {
    const cwd = project({ 'a.yaml': VALID('one') });
    const run = runCli(['render', 'a.yaml', '--out-dir', 'out', '--format', 'svg,png'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/✔ a\.yaml → out\/a\.svg, out\/a\.png \(\d+ ms\)/);
    expect(filesIn(join(cwd, 'out'))).toEqual(['a.png', 'a.svg']);
  });

  // Ctrl-C, `kill` and a closed terminal stop a batch the same way.
  it.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)(
    'leaves no partial files when interrupted with %s',
    async (signal) => {
      const files = Object.fromEntries(
        Array.from({ length: 8 }, (_, i) => [`maps/m${i}.yaml`, VALID(`m${i}`)]),
      );
      const cwd = project(files);
      const child = spawn(
        process.execPath,
        [
          join(import.meta.dirname, '../dist/bin.js'),
          'render',
          'maps/*.yaml',
          '--out-dir',
          'out',
          '--format',
          'png,pdf',
          '--scale',
          '4',
          '--jobs',
          '1',
        ],
        { cwd },
      );
      let stdout = '';
      let stderr = '';
      let interrupted = false;
      child.stdout.on('data', (chunk) => {
        stdout += String(chunk);
        if (!interrupted && stdout.includes('✔')) {
          interrupted = true;
          child.kill(signal);
        }
      });
      child.stderr.on('data', (chunk) => {
        stderr += String(chunk);
      });
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(code).toBe(130);
      expect(stderr).toMatch(
        /^roadmapkit: interrupted; \d+ files? written, no partial files left\n$/,
      );
      const written = filesIn(join(cwd, 'out'));
      expect(written.filter((name) => name.endsWith('.tmp'))).toEqual([]);
      expect(written.length).toBeLessThan(16);
      for (const name of written)
        expect(readFileSync(join(cwd, 'out', name)).length).toBeGreaterThan(100);
    },
  );

  it.each([
    [['render'], 'roadmapkit: render needs at least one file, folder or glob (or - for stdin)'],
    [
      ['render', 'a.yaml', '--scale', '9'],
      'roadmapkit: --scale must be a number from 1 to 4, received "9"',
    ],
    [
      ['render', 'a.yaml', '--theme', 'neon'],
      'roadmapkit: --theme must be one of light, dark, auto, received "neon"',
    ],
    [
      ['render', 'a.yaml', '--shard', '4/3'],
      'roadmapkit: --shard must be i/n with 1 ≤ i ≤ n (for example 2/4), received "4/3"',
    ],
    [
      ['render', 'a.yaml', '-o', 'x.gif'],
      'roadmapkit: cannot tell the format of "x.gif": use an extension (svg, png, pdf, html, md, json) or --format',
    ],
    [
      ['render', 'a.yaml', '-o', '-', '--format', 'svg,png'],
      'roadmapkit: -o - writes one format to standard output, but --format names 2 (svg, png); pick one',
    ],
    [
      ['render', 'a.yaml', 'b.yaml', '-o', '-'],
      'roadmapkit: -o - writes one picture to standard output, but 2 inputs were given; use --out-dir',
    ],
    [
      ['render', 'a.yaml', '--format', 'png', '--width', '0'],
      'roadmapkit: --width must be a whole number of px from 1 to 20000, received "0"',
    ],
    [
      ['render', 'a.yaml', '-o', 'a.svg', '--width', '600'],
      'roadmapkit: --width applies to PNG output: add --format png (or -o FILE.png)',
    ],
    [
      ['render', 'a.yaml', '--background', 'teal'],
      'roadmapkit: --background applies to PNG output: add --format png (or -o FILE.png)',
    ],
    [
      ['render', 'a.yaml', '-o', 'a.png', '--background', 'rgb(1,2,3)'],
      'roadmapkit: --background: expected a hex colour (#rgb or #rrggbb) or a palette name (yellow, light-yellow, orange, red, pink, purple, blue, light-blue, green, teal, gray, black, white), received "rgb(1,2,3)"',
    ],
  ])('exits 2 for %j', (args, line) => {
    const run = runCli(args, { cwd: project({ 'a.yaml': VALID('one'), 'b.yaml': VALID('two') }) });
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(line);
  });
});

describe('roadmapkit render -o -, --width and --background', () => {
  /** The RGB of the pixel at (x, y), as hex. */
  const pixel = (png: PNG, x: number, y: number) =>
    Buffer.from(png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 3)).toString(
      'hex',
    );

  it('writes the SVG alone to standard output, and its messages to standard error', () => {
    const cwd = project({ 'a.yaml': VALID('one') });
    const run = runCli(['render', 'a.yaml', '-o', '-'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(run.stdout.trimEnd().endsWith('</svg>')).toBe(true);
    expect(checkSafeMarkup(run.stdout)).toEqual([]);
    expect(run.stderr).toMatch(
      /^✔ a\.yaml → <stdout> \(\d+ ms\)\n✔ 1 rendered, 0 failed, 1 file written in [\d.]+s\n$/,
    );
    expect(filesIn(cwd)).toEqual(['a.yaml']);
  });

  it('writes a PNG of --width px on the --background colour to standard output', () => {
    const cwd = project({ 'a.yaml': VALID('one') });
    const svg = runCli(['render', 'a.yaml', '-o', '-'], { cwd }).stdout;
    const size = /<svg[^>]* width="([\d.]+)" height="([\d.]+)"/.exec(svg);
    const [svgWidth, svgHeight] = [Number(size?.[1]), Number(size?.[2])];
    expect(svgWidth).toBeGreaterThan(0);

    const run = runCli(
      [
        'render',
        'a.yaml',
        '-o',
        '-',
        '--format',
        'png',
        '--width',
        '640',
        '--background',
        '#ff0000',
      ],
      { cwd },
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('✔ a.yaml → <stdout>');
    const bytes = run.stdoutBytes;
    // The PNG signature, then the IHDR chunk: width and height as big-endian 32-bit numbers.
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect(bytes.readUInt32BE(16)).toBe(640);
    // The height follows the picture's proportions (resvg rounds it to a whole pixel).
    const height = (svgHeight * 640) / svgWidth;
    expect(bytes.readUInt32BE(20)).toBeGreaterThanOrEqual(Math.floor(height));
    expect(bytes.readUInt32BE(20)).toBeLessThanOrEqual(Math.ceil(height));
    const png = PNG.sync.read(bytes);
    expect([pixel(png, 2, 2), pixel(png, 637, png.height - 3)]).toEqual(['ff0000', 'ff0000']);

    // Without --background the same corner is the theme's white; with a palette name, its colour.
    const plain = PNG.sync.read(
      runCli(['render', 'a.yaml', '-o', '-', '--format', 'png'], { cwd }).stdoutBytes,
    );
    expect(plain.width).toBe(Math.ceil(svgWidth));
    expect(pixel(plain, 2, 2)).toBe('ffffff');
    const named = runCli(['render', 'a.yaml', '-o', 'out.png', '--background', 'black'], { cwd });
    expect(named.code).toBe(0);
    expect(pixel(PNG.sync.read(readFileSync(join(cwd, 'out.png'))), 2, 2)).toBe('000000');
  });
});
