import { describe, expect, it } from 'vitest';
import {
  formatOfPath,
  type OutputFormat,
  outputStem,
  parseFormats,
  planOutputs,
  STDOUT,
} from './output-plan.js';

const input = (path: string) => ({ path, name: path.replace('/work/', '') });

describe('output planning', () => {
  it('names outputs after the file, or its folder for roadmap.yaml', () => {
    expect(outputStem('/work/examples/backend/roadmap.yaml')).toBe('backend');
    expect(outputStem('/work/maps/devops.roadmap.json')).toBe('devops');
    expect(outputStem('/work/maps/frontend.yml')).toBe('frontend');
  });

  it('reads formats from --format and from extensions', () => {
    expect(parseFormats('svg, PNG,svg')).toEqual(['svg', 'png']);
    expect(() => parseFormats('svg,gif')).toThrow(
      '--format takes svg, png, pdf, html, md, json (comma-separated), received "gif"',
    );
    expect(formatOfPath('a/b.markdown')).toBe('md');
    expect(formatOfPath('a/b.txt')).toBeUndefined();
  });

  it('plans -o by extension, and several formats beside it', () => {
    const one = [input('/work/a/roadmap.yaml')];
    expect(
      planOutputs(one, {
        output: 'out/x.png',
        outDir: undefined,
        formats: undefined,
        cwd: '/work',
      }),
    ).toEqual([[{ format: 'png', path: '/work/out/x.png' }]]);
    expect(
      planOutputs(one, {
        output: 'out/x',
        outDir: undefined,
        formats: ['svg', 'pdf'],
        cwd: '/work',
      }),
    ).toEqual([
      [
        { format: 'svg', path: '/work/out/x.svg' },
        { format: 'pdf', path: '/work/out/x.pdf' },
      ],
    ]);
    expect(() =>
      planOutputs(one, { output: 'out/x', outDir: undefined, formats: undefined, cwd: '/work' }),
    ).toThrow(/cannot tell the format/);
  });

  it('plans --out-dir and refuses two inputs writing one file', () => {
    const two = [input('/work/a/roadmap.yaml'), input('/work/b/roadmap.yaml')];
    expect(
      planOutputs(two, { output: undefined, outDir: 'out', formats: ['svg'], cwd: '/work' })
        .flat()
        .map((o) => o.path),
    ).toEqual(['/work/out/a.svg', '/work/out/b.svg']);
    const clash = [input('/work/a/x.yaml'), input('/work/b/x.yaml')];
    expect(() =>
      planOutputs(clash, { output: undefined, outDir: 'out', formats: ['svg'], cwd: '/work' }),
    ).toThrow('a/x.yaml and b/x.yaml would both write /work/out/x.svg');
  });

  it('plans -o - as standard output: one input, one format, svg unless --format says', () => {
    const one = [input('/work/a/roadmap.yaml')];
    const plan = (formats: OutputFormat[] | undefined, inputs = one) =>
      planOutputs(inputs, { output: '-', outDir: undefined, formats, cwd: '/work' });
    expect(plan(undefined)).toEqual([[{ format: 'svg', path: STDOUT }]]);
    expect(plan(['png'])).toEqual([[{ format: 'png', path: STDOUT }]]);
    expect(() => plan(['svg', 'png'])).toThrow(
      '-o - writes one format to standard output, but --format names 2 (svg, png); pick one',
    );
    expect(() => plan(['svg'], [...one, input('/work/b/roadmap.yaml')])).toThrow(
      '-o - writes one picture to standard output, but 2 inputs were given; use --out-dir',
    );
  });
});
