import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli, tempDir } from './run-cli.js';

const { version } = JSON.parse(
  readFileSync(join(import.meta.dirname, '../package.json'), 'utf8'),
) as { version: string };

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
    // Not in a git repository: the workflow goes beside the roadmap.
    const workflow = parse(
      readFileSync(join(cwd, 'docs/.github/workflows/roadmaps.yml'), 'utf8'),
    ) as {
      permissions: unknown;
      jobs: Record<string, { steps: Array<{ uses?: string; run?: string; with?: object }> }>;
    };
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(Object.keys(workflow.jobs)).toEqual(['review', 'render', 'merge']);
    expect(workflow.jobs.review?.steps[1]).toEqual({
      uses: `roadmapkit/roadmapkit@v${version}`,
      with: { paths: '.', formats: '' },
    });
    expect(workflow.jobs.render?.steps[2]?.run).toBe(
      `npx --yes @roadmapkit/cli@${version} render . --shard \${{ matrix.shard }}/2 --out-dir rendered --format svg,png`,
    );
  });

  it('writes the workflow to the git repository root, watching the roadmap folder', () => {
    const cwd = tempDir();
    execFileSync('git', ['init', '-q'], { cwd });
    mkdirSync(join(cwd, 'roadmaps/backend'), { recursive: true });
    const run = runCli(['init', '.'], { cwd: join(cwd, 'roadmaps/backend') });
    expect(run.stdout).toContain('created ../../.github/workflows/roadmaps.yml');
    const text = readFileSync(join(cwd, '.github/workflows/roadmaps.yml'), 'utf8');
    expect(text).toContain('    paths: ["roadmaps/backend/**"]');
    expect(text).toContain('          paths: roadmaps/backend\n');
    expect(existsSync(join(cwd, 'roadmaps/backend/.github'))).toBe(false);
  });

  it('refuses a folder whose name GitHub Actions would run as an expression', () => {
    const cwd = tempDir();
    execFileSync('git', ['init', '-q'], { cwd });
    const folder = ['a$', '{{ github.token }}'].join('');
    const run = runCli(['init', folder], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('would run the "${{" in its name as an expression');
    expect(existsSync(join(cwd, '.github'))).toBe(false);
  });

  it('pins every action to a full commit', () => {
    const cwd = tempDir();
    runCli(['init'], { cwd });
    const uses = [
      ...readFileSync(join(cwd, '.github/workflows/roadmaps.yml'), 'utf8').matchAll(/uses: (\S+)/g),
    ].map((m) => m[1]);
    expect(uses.length).toBeGreaterThan(4);
    for (const ref of uses) expect(ref).toMatch(/@([0-9a-f]{40}|v\d+\.\d+\.\d+)$/);
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
