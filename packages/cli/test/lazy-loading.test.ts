import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './run-cli.js';

/** The modules a CLI run resolved (ESM and the CommonJS packages it imports). */
function modulesLoadedBy(args: string[], label = 'T'): string[] {
  const cwd = tempDir();
  writeFileSync(
    join(cwd, 'a.yaml'),
    `schemaVersion: 1\nid: a\ntitle: A\ntopics: [{ id: t, label: ${label} }]\n`,
  );
  const trace = join(cwd, 'trace.txt');
  writeFileSync(trace, '');
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      join(import.meta.dirname, 'fixtures/trace-imports.mjs'),
      join(import.meta.dirname, '../dist/bin.js'),
      ...args,
    ],
    { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', TRACE_FILE: trace } },
  );
  expect(run.status).toBe(0);
  return readFileSync(trace, 'utf8').split('\n').filter(Boolean);
}

describe('lazy loading', () => {
  it('validate loads neither elkjs, resvg, svg.js nor pdfkit', () => {
    const loaded = modulesLoadedBy(['validate', 'a.yaml']);
    expect(
      loaded.some((url) => url.includes('@roadmapkit/schema') || url.includes('/schema/dist/')),
    ).toBe(true);
    expect(loaded.filter((url) => /elkjs|resvg|svgdotjs|pdfkit|svgdom|fontkit/.test(url))).toEqual(
      [],
    );
  });

  it('--help loads only the command line itself', () => {
    const loaded = modulesLoadedBy(['--help']);
    expect(
      loaded.filter((url) => /elkjs|resvg|svgdotjs|pdfkit|svgdom|fontkit|zod|yaml/.test(url)),
    ).toEqual([]);
  });

  it('render to SVG loads neither the PNG nor the PDF stack nor the font subsetter', () => {
    const loaded = modulesLoadedBy(['render', 'a.yaml', '-o', 'a.svg']);
    expect(loaded.some((url) => url.includes('elkjs'))).toBe(true);
    expect(loaded.filter((url) => /resvg|pdfkit|woff-build|harfbuzz/.test(url))).toEqual([]);
  });

  it('render to SVG of a Latin roadmap loads neither fontkit nor a Markdown module', () => {
    const loaded = modulesLoadedBy(['render', 'a.yaml', '-o', 'a.svg']);
    expect(loaded.some((url) => url.includes('svgdotjs'))).toBe(true);
    expect(
      loaded.filter((url) => /fontkit|restructure|mdast|micromark|hast-util/.test(url)),
    ).toEqual([]);
  });

  it('render to PNG loads resvg but not pdfkit', () => {
    const loaded = modulesLoadedBy(['render', 'a.yaml', '-o', 'a.png']);
    expect(loaded.some((url) => url.includes('resvg'))).toBe(true);
    expect(loaded.filter((url) => /pdfkit/.test(url))).toEqual([]);
  });

  it('render to PNG of a Latin roadmap draws its text without fontkit', () => {
    const latin = modulesLoadedBy(['render', 'a.yaml', '-o', 'a.png'], 'Learn the basics 14');
    expect(latin.some((url) => url.includes('resvg'))).toBe(true);
    expect(latin.filter((url) => /fontkit|restructure/.test(url))).toEqual([]);
    // A letter outside ASCII is shaped by fontkit.
    const accented = modulesLoadedBy(['render', 'a.yaml', '-o', 'a.png'], 'Café basics');
    expect(accented.some((url) => url.includes('fontkit'))).toBe(true);
  });

  it('draws one file in this process, and in a worker process only when --timeout is given', () => {
    const here = modulesLoadedBy(['render', 'a.yaml', '-o', 'a.svg']);
    expect(here.filter((url) => url.includes('render-worker'))).toEqual([]);
    const worker = modulesLoadedBy(['render', 'a.yaml', '-o', 'a.svg', '--timeout', '60']);
    expect(worker.filter((url) => url.includes('render-worker')).length).toBeGreaterThan(0);
  });
});
