import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { yamlReaders } from '../../import/test/yaml-readers.js';
import { STARTER_ROADMAP, starterWorkflow } from '../src/commands/init.js';

// Folder names that a plain YAML scalar or a shell would read otherwise.
const folders = [
  '.',
  'roadmaps/backend',
  'yes',
  'null',
  '0777',
  '1e3',
  'my roadmaps',
  "it's #1: ok",
  '*star/&anchor',
  'c++/v[2]',
  '!draft',
  'back\\slash?',
  '-dash',
  'tab\there',
  '日本語/ロードマップ',
  'line\u2028separator',
];

const { readers, dispose } = yamlReaders();
afterAll(dispose);

interface Workflow {
  on: { pull_request: { paths: string[] } };
  jobs: Record<string, { steps: Array<{ run?: string; with?: Record<string, unknown> }> }>;
}

/** What the shell sees as the folder argument of `render … --shard`. */
function shellArgument(command: string): string {
  const words = spawnSync(
    'sh',
    [
      '-c',
      `set -- ${command.replace(/^npx --yes \S+ render /, '').replace(/ --shard.*$/, '')}; printf %s "$1"`,
    ],
    { encoding: 'utf8' },
  );
  return words.stdout;
}

describe.each(readers)('what init writes reads back the same in %s', (_name, read, skipped) => {
  it('the starter roadmap', (ctx) => {
    if (skipped !== undefined) ctx.skip(skipped);
    expect(read(STARTER_ROADMAP)).toEqual(parse(STARTER_ROADMAP));
    expect(read(STARTER_ROADMAP)).toMatchObject({ schemaVersion: 1, id: 'my-roadmap' });
  });

  it.for(folders)('the workflow for the folder %j', (folder, ctx) => {
    if (skipped !== undefined) ctx.skip(skipped);
    const workflow = read(starterWorkflow(folder, '1.2.3')) as Workflow;
    const watched = workflow.on.pull_request.paths;
    if (folder === '.') expect(watched).toEqual(['**/*.y*ml', '**/*.json']);
    else {
      // GitHub's path filter reads `* ? + [ ] ! \` as pattern characters unless escaped.
      expect(watched).toHaveLength(1);
      const [pattern = ''] = watched;
      expect(pattern.endsWith('/**')).toBe(true);
      const literal = pattern.slice(0, -3);
      expect(literal.replace(/\\(.)/gu, '$1')).toBe(folder);
      expect(literal.replace(/\\./gu, '')).not.toMatch(/[*?+[\]!\\]/u);
    }
    expect(workflow.jobs.review?.steps[1]?.with).toEqual({ paths: folder, formats: '' });
    const run = workflow.jobs.render?.steps[2]?.run ?? '';
    expect(run).toMatch(
      /^npx --yes @roadmapkit\/cli@1\.2\.3 render [\s\S]* --shard \$\{\{ matrix\.shard \}\}\/2/,
    );
    if (!folder.includes('\u2028')) expect(shellArgument(run)).toBe(folder);
  });
});

it('keeps a simple folder plain, as a person would write it', () => {
  const text = starterWorkflow('roadmaps/backend', '1.2.3');
  expect(text).toContain('          paths: roadmaps/backend\n');
  expect(text).toContain(' render roadmaps/backend --shard ');
  expect(starterWorkflow('yes', '1.2.3')).toContain('          paths: "yes"\n');
});

it('watches a folder with pattern characters in its name as written', () => {
  // The action and the CLI take the folder itself; only the path filter is a pattern.
  const text = starterWorkflow('c++/v[2]', '1.2.3');
  expect(text).toContain(String.raw`    paths: ["c\\+\\+/v\\[2\\]/**"]`);
  expect(text).toContain(`          paths: "c++/v[2]"\n`);
});
