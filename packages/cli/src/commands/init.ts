import { access, mkdir, realpath } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../errors.js';
import type { CliIo } from '../io.js';
import { version } from '../version.js';
import { writeFileAtomic } from '../write-file-atomic.js';
import {
  isPlainPath,
  literalFilterPattern,
  shellWord,
  yamlQuoted,
  yamlScalar,
} from './workflow-text.js';

export const INIT_HELP = `Usage: roadmapkit init [DIR] [--force]

Creates a starter roadmap (DIR/roadmap.yaml, with the schema line editors use to
autocomplete) and a GitHub Actions workflow in the repository root's .github/workflows
(found with git; DIR when it is not in a repository) that reviews pull requests with the
roadmapkit action (annotations, a summary, a comment with a picture of the changes) and
renders images on push. Every version in it is pinned.
Existing files are kept unless --force is given.`;

export const STARTER_ROADMAP = `# yaml-language-server: $schema=https://unpkg.com/@roadmapkit/schema/schema.json
schemaVersion: 1
id: my-roadmap
title: My Roadmap
description: What someone learns by following this roadmap, top to bottom.
legend:
  - { id: recommended, label: Recommended, color: purple }
topics:
  - id: basics
    label: The basics
    legend: recommended
    content:
      description: Where everyone starts.
      resources:
        - { type: article, title: An introduction, url: https://example.com/introduction }
    subtopics:
      - { id: first-idea, label: A first idea, side: left }
      - { id: second-idea, label: A second idea, side: right }
  - id: next-steps
    label: Next steps
faq:
  - question: Who is this roadmap for?
    answer: Anyone starting out.
`;

/**
 * The pinned actions every workflow we write uses: a full commit, with the version its
 * package.json states there as a comment (the same pins as action.yml and .github/workflows).
 */
export const PINNED_ACTIONS = {
  checkout: 'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2',
  setupNode: 'actions/setup-node@006364163bb126d308802aeb78f6315cb83c7081 # v6.0.0',
  uploadArtifact: 'actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02 # v4.6.2',
  mergeArtifacts: 'actions/upload-artifact/merge@ea165f8d65b6e75b540449e92b4886f43607fa02 # v4.6.2',
} as const;

/**
 * The workflow `init` writes: on pull requests, the roadmapkit action validates (annotations,
 * a job summary) and comments what changed with a picture; on push to main it renders the
 * roadmaps, in shards, and merges the shards' artifacts into one. Every version is pinned.
 */
export function starterWorkflow(paths: string, cliVersion: string): string {
  const watched =
    paths === '.' ? '"**/*.y*ml", "**/*.json"' : yamlQuoted(`${literalFilterPattern(paths)}/**`);
  const render = `npx --yes @roadmapkit/cli@${cliVersion} render ${shellWord(paths)} --shard \${{ matrix.shard }}/2 --out-dir rendered --format svg,png`;
  return `name: roadmaps

"on":
  pull_request:
    paths: [${watched}]
  push:
    branches: [main]
    paths: [${watched}]

permissions:
  contents: read

jobs:
  # Every problem shows up as an annotation on the pull request; a comment shows what changed.
  review:
    if: github.event_name == 'pull_request'
    runs-on: ubuntu-latest
    permissions:
      contents: write # the diff pictures are committed to the roadmapkit-diff-pictures branch
      pull-requests: write # one comment, updated on every push
    steps:
      - uses: ${PINNED_ACTIONS.checkout}
      - uses: roadmapkit/roadmapkit@v${cliVersion}
        with:
          paths: ${yamlScalar(paths)}
          formats: ""

  # On push, render every roadmap to SVG and PNG, split across two machines.
  render:
    if: github.event_name == 'push'
    runs-on: ubuntu-latest
    strategy:
      matrix:
        shard: [1, 2]
    steps:
      - uses: ${PINNED_ACTIONS.checkout}
      - uses: ${PINNED_ACTIONS.setupNode}
        with:
          node-version: 22
      - run: ${isPlainPath(paths) ? render : yamlQuoted(render)}
      - uses: ${PINNED_ACTIONS.uploadArtifact}
        with:
          name: roadmaps-\${{ matrix.shard }}
          path: rendered/

  # The shards' artifacts, merged into one "roadmaps" artifact.
  merge:
    needs: render
    runs-on: ubuntu-latest
    steps:
      - uses: ${PINNED_ACTIONS.mergeArtifacts}
        with:
          name: roadmaps
          pattern: roadmaps-*
          delete-merged: true
`;
}

/** The root of the git repository holding `dir`, or undefined outside one. */
async function gitRoot(dir: string): Promise<string | undefined> {
  const { execFile } = await import('node:child_process');
  return new Promise((done) => {
    execFile('git', ['rev-parse', '--show-toplevel'], { cwd: dir }, (error, stdout) =>
      done(error ? undefined : stdout.trim()),
    );
  });
}

export async function initCommand(
  args: { dir: string | undefined; force: boolean },
  io: CliIo,
): Promise<number> {
  const dir = resolve(io.cwd, args.dir ?? '.');
  // GitHub reads workflows only from the repository root's .github/workflows.
  await mkdir(dir, { recursive: true });
  const root = (await gitRoot(dir)) ?? dir;
  const paths =
    relative(await realpath(root), await realpath(dir))
      .split(sep)
      .join('/') || '.';
  if (paths.includes('${{'))
    throw new UsageError(
      `cannot write a workflow for the folder ${JSON.stringify(paths)}: GitHub Actions would run the "\${{" in its name as an expression; rename the folder`,
    );
  const files: Array<[string, string]> = [
    [join(dir, 'roadmap.yaml'), STARTER_ROADMAP],
    [join(root, '.github/workflows/roadmaps.yml'), starterWorkflow(paths, version)],
  ];
  for (const [path, text] of files) {
    const shown = relative(io.cwd, path) || path;
    const exists = await access(path).then(
      () => true,
      () => false,
    );
    if (exists && !args.force) {
      io.write(`kept    ${shown} (exists; --force replaces it)\n`);
      continue;
    }
    await writeFileAtomic(path, text, io.cwd);
    io.write(`created ${shown}\n`);
  }
  io.write('Next: edit roadmap.yaml, then run "roadmapkit validate roadmap.yaml".\n');
  return 0;
}
