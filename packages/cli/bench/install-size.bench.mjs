// What a validate-only CI job installs: packs every published package, installs
// @roadmapkit/cli from the tarballs into an empty project with `npm install --omit=optional`
// (layout, render, fonts and import left out), and prints the size of node_modules; then the
// same with the optional packages, then with the world-text font packages too (fonts-cjk,
// fonts-emoji), for comparison. Run: node packages/cli/bench/install-size.bench.mjs
import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const packagesDir = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'roadmapkit-size-'));
const tarballs = join(work, 'tarballs');
mkdirSync(tarballs);
const run = (command, args, cwd) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

const files = {};
for (const dir of readdirSync(packagesDir)) {
  const manifest = JSON.parse(readFileSync(join(packagesDir, dir, 'package.json'), 'utf8'));
  if (manifest.private) continue;
  const before = new Set(readdirSync(tarballs));
  run('pnpm', ['pack', '--pack-destination', tarballs], join(packagesDir, dir));
  const tarball = readdirSync(tarballs).find((name) => !before.has(name));
  files[manifest.name] = `file:${join(tarballs, tarball)}`;
}

function size(dir) {
  let bytes = 0;
  let count = 0;
  const walk = (path) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        bytes += statSync(full).size;
        count++;
      }
    }
  };
  walk(dir);
  return { bytes, count };
}

const worldFonts = ['@roadmapkit/fonts-cjk', '@roadmapkit/fonts-emoji'].filter(
  (name) => files[name],
);
for (const [name, omit, extra] of [
  ['validate-only', true, []],
  ['full', false, []],
  ['full + world fonts', false, worldFonts],
]) {
  const project = join(work, name.replace(/\W+/g, '-'));
  mkdirSync(project);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({
      private: true,
      dependencies: Object.fromEntries(
        ['@roadmapkit/cli', ...extra].map((pkg) => [pkg, files[pkg]]),
      ),
      overrides: files,
    }),
  );
  const args = [
    'install',
    '--no-audit',
    '--no-fund',
    '--loglevel=error',
    ...(omit ? ['--omit=optional'] : []),
  ];
  run('npm', args, project);
  const { bytes, count } = size(join(project, 'node_modules'));
  const packages = readdirSync(join(project, 'node_modules/@roadmapkit')).join(', ');
  process.stdout.write(
    `${name} (npm ${args.join(' ')}${extra.length ? ` + ${extra.join(' ')}` : ''}): ${(bytes / 1024 / 1024).toFixed(1)} MB in ${count} files (@roadmapkit/: ${packages})\n`,
  );
  if (omit) {
    const cli = join(project, 'node_modules/.bin/roadmapkit');
    writeFileSync(
      join(project, 'roadmap.yaml'),
      'schemaVersion: 1\nid: a\ntitle: A\ntopics:\n  - { id: t, label: T }\n',
    );
    process.stdout.write(`  validate: ${run(cli, ['validate', 'roadmap.yaml'], project).trim()}\n`);
    try {
      run(cli, ['render', 'roadmap.yaml'], project);
      process.stdout.write('  render: ran (unexpected in a validate-only install)\n');
    } catch (error) {
      process.stdout.write(
        `  render (exit ${error.status}): ${String(error.stderr).split('\n')[0]}\n`,
      );
    }
  }
}
rmSync(work, { recursive: true, force: true });
