import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli, tempDir } from './run-cli.js';

describe('roadmapkit init', () => {
  it('creates a roadmap that validates and a workflow that parses', () => {
    const cwd = tempDir();
    const run = runCli(['init', 'docs'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('created docs/roadmap.yaml');
    const roadmap = readFileSync(join(cwd, 'docs/roadmap.yaml'), 'utf8');
    expect(roadmap.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=https://unpkg.com/@roadmapkit/schema/schema.json',
    );
    expect(runCli(['validate', 'docs/roadmap.yaml'], { cwd }).code).toBe(0);
    const workflow = parse(
      readFileSync(join(cwd, 'docs/.github/workflows/roadmaps.yml'), 'utf8'),
    ) as {
      jobs: Record<string, { steps: Array<{ run?: string }> }>;
    };
    expect(Object.keys(workflow.jobs)).toEqual(['validate', 'render']);
    expect(workflow.jobs.validate?.steps.map((s) => s.run).filter(Boolean)).toEqual([
      'npx --yes @roadmapkit/cli validate . --format github --strict',
    ]);
  });

  it('keeps existing files unless --force', () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'roadmap.yaml'), 'mine');
    expect(runCli(['init'], { cwd }).stdout).toContain(
      'kept    roadmap.yaml (exists; --force replaces it)',
    );
    expect(readFileSync(join(cwd, 'roadmap.yaml'), 'utf8')).toBe('mine');
    runCli(['init', '--force'], { cwd });
    expect(readFileSync(join(cwd, 'roadmap.yaml'), 'utf8')).toContain('schemaVersion: 1');
  });
});
