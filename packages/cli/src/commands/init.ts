import { access } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { CliIo } from '../io.js';
import { writeFileAtomic } from '../write-file-atomic.js';

export const INIT_HELP = `Usage: roadmapkit init [DIR] [--force]

Creates a starter roadmap (DIR/roadmap.yaml, with the schema line editors use to
autocomplete) and a GitHub Actions workflow (DIR/.github/workflows/roadmaps.yml) that
validates pull requests with annotations and renders images on push.
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

export const STARTER_WORKFLOW = `name: roadmaps

on:
  pull_request:
  push:
    branches: [main]

jobs:
  validate:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 22
      # Every problem shows up as an annotation on the pull request.
      - run: npx --yes @roadmapkit/cli validate . --format github --strict

  render:
    if: github.event_name == 'push'
    needs: validate
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 22
      - run: npx --yes @roadmapkit/cli render . --out-dir rendered --format svg,png
      - uses: actions/upload-artifact@v4
        with:
          name: roadmaps
          path: rendered/
`;

export async function initCommand(
  args: { dir: string | undefined; force: boolean },
  io: CliIo,
): Promise<number> {
  const dir = join(io.cwd, args.dir ?? '.');
  const files: Array<[string, string]> = [
    [join(dir, 'roadmap.yaml'), STARTER_ROADMAP],
    [join(dir, '.github/workflows/roadmaps.yml'), STARTER_WORKFLOW],
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
