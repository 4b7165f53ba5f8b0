import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './run-cli.js';

const fixtures = join(import.meta.dirname, '../../import/test/fixtures');

describe('roadmapkit import', () => {
  it('imports a roadmap.sh editor file with its page, FAQ and content files, and the result validates', () => {
    const cwd = tempDir();
    cpSync(join(fixtures, 'roadmapsh'), join(cwd, 'widgets'), { recursive: true });
    const run = runCli(['import', 'widgets/widgets.json', '--out-dir', 'out'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /✔ widgets\/widgets\.json → .*\/out\/widgets\.roadmap\.yaml \(roadmapsh, \d+ warnings?\)/,
    );
    const yaml = readFileSync(join(cwd, 'out/widgets.roadmap.yaml'), 'utf8');
    expect(yaml.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=https://unpkg.com/@roadmapkit/schema/schema.json',
    );
    expect(yaml).toContain('layout: manual');
    expect(yaml).toContain('faq:');
    expect(runCli(['validate', 'out/widgets.roadmap.yaml'], { cwd }).code).toBe(0);
  });

  it('reads migration-mapping.json beside an editor file: its tree gives the parents', () => {
    const cwd = tempDir();
    const synthetic = join(fixtures, 'synthetic');
    cpSync(join(synthetic, 'roadmapsh-1.json'), join(cwd, 'a/picture.json'));
    cpSync(join(synthetic, 'roadmapsh-1.json'), join(cwd, 'b/picture.json'));
    cpSync(
      join(synthetic, 'roadmapsh-1.migration-mapping.json'),
      join(cwd, 'b/migration-mapping.json'),
    );
    // Without the mapping, three boxes apart with no edge are attached by a guess.
    const without = runCli(['import', 'a/picture.json', '-o', 'a.yaml'], { cwd });
    expect(without.code).toBe(0);
    expect(without.stdout).toContain('[unattached-subtopic]');
    const beside = runCli(['import', 'b/picture.json', '-o', 'b.yaml'], { cwd });
    expect(beside.code).toBe(0);
    expect(beside.stdout).not.toContain('[unattached-subtopic]');
    expect(readFileSync(join(cwd, 'b.yaml'), 'utf8')).toContain('treeEdges: hidden');
  });

  it('detects Balsamiq files, writes JSON on request, and renders the result with a fresh layout', () => {
    const cwd = tempDir();
    cpSync(join(fixtures, 'balsamiq/gadgets.json'), join(cwd, 'gadgets.json'));
    const run = runCli(
      ['import', 'gadgets.json', '-o', 'gadgets.roadmap.json', '--layout', 'auto'],
      { cwd },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('(balsamiq,');
    const doc = JSON.parse(readFileSync(join(cwd, 'gadgets.roadmap.json'), 'utf8')) as {
      layout: string;
    };
    expect(doc.layout).toBe('auto');
    expect(runCli(['render', 'gadgets.roadmap.json', '-o', 'gadgets.svg'], { cwd }).code).toBe(0);
    expect(readFileSync(join(cwd, 'gadgets.svg'), 'utf8')).toContain('<svg');
  });

  it('reports a file that is not a roadmap and imports the others', () => {
    const cwd = tempDir();
    cpSync(join(fixtures, 'balsamiq/gadgets.json'), join(cwd, 'gadgets.json'));
    writeFileSync(join(cwd, 'other.json'), '{"hello": "world"}');
    writeFileSync(join(cwd, 'broken.json'), '{"nodes": [');
    const run = runCli(
      ['import', 'broken.json', 'gadgets.json', 'other.json', '--out-dir', 'out'],
      { cwd },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('✖ broken.json: not JSON');
    expect(run.stdout).toContain(
      '✖ other.json: not a roadmap.sh editor file or a Balsamiq mockup (use --from to say which)',
    );
    expect(readFileSync(join(cwd, 'out/gadgets.roadmap.yaml'), 'utf8')).toContain(
      'schemaVersion: 1',
    );
  });
});
