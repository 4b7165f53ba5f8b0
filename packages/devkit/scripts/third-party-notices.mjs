// Writes (or with --check, verifies) each published package's THIRD-PARTY-NOTICES.md: the
// name, version and licence text of every npm package whose code the build bundled into its
// dist/, read from the build's esbuild metafiles (tsup's `metafile: true`). A package that
// bundles nothing needs no notices file.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '../../..');
const check = process.argv.includes('--check');
const LICENCE_FILE = /^(?:mit-)?(?:licen[cs]e|copying)(?:[-.].*)?$/i;

/**
 * The folders (inside node_modules) of the npm packages the build's metafiles list, and those
 * of the reader page's script for a package that bundles one (scripts/bundle-client.mjs).
 */
async function bundledPackages(packageDir) {
  const dist = join(packageDir, 'dist');
  const metafiles = readdirSync(dist)
    .filter((file) => /^metafile-.*\.json$/.test(file))
    .map((name) => ({ base: packageDir, ...JSON.parse(readFileSync(join(dist, name), 'utf8')) }));
  const client = join(packageDir, 'scripts/bundle-client.mjs');
  if (existsSync(client)) {
    const { bundleClient } = await import(client);
    metafiles.push({ base: root, ...(await bundleClient({ metafile: true })).metafile });
  }
  const folders = new Map();
  for (const { base, inputs } of metafiles) {
    for (const input of Object.keys(inputs)) {
      const at = input.lastIndexOf('node_modules/');
      if (at < 0) continue;
      const parts = input.slice(at + 'node_modules/'.length).split('/');
      const length = parts[0]?.startsWith('@') ? 2 : 1;
      const folder = join(base, input.slice(0, at), 'node_modules', ...parts.slice(0, length));
      folders.set(parts.slice(0, length).join('/'), folder);
    }
  }
  return [...folders].sort(([a], [b]) => (a < b ? -1 : 1));
}

function notice(name, folder) {
  const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
  const file = readdirSync(folder).find((entry) => LICENCE_FILE.test(entry));
  if (file === undefined) throw new Error(`${name} ${manifest.version} has no licence file`);
  const text = readFileSync(join(folder, file), 'utf8').trim();
  return `## ${name} ${manifest.version} (${manifest.license})\n\n\`\`\`\n${text}\n\`\`\`\n`;
}

const stale = [];
for (const dir of readdirSync(join(root, 'packages'))) {
  const packageDir = join(root, 'packages', dir);
  const dist = join(packageDir, 'dist');
  const manifestPath = join(packageDir, 'package.json');
  if (!existsSync(manifestPath) || !existsSync(dist)) continue;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  if (manifest.private) continue;
  const bundled = await bundledPackages(packageDir);
  if (bundled.length === 0) continue;
  const text = `# Third-party code in dist/\n\nThe build bundles the parts it uses of these packages into \`dist/\`, so they are not installed with ${manifest.name}. Their licences:\n\n${bundled.map(([name, folder]) => notice(name, folder)).join('\n')}`;
  const path = join(packageDir, 'THIRD-PARTY-NOTICES.md');
  const shown = relative(root, path);
  if (!manifest.files?.includes('THIRD-PARTY-NOTICES.md'))
    stale.push(`${relative(root, manifestPath)}: "files" must list THIRD-PARTY-NOTICES.md`);
  if (check) {
    if (!existsSync(path) || readFileSync(path, 'utf8') !== text)
      stale.push(
        `${shown} does not list what dist/ bundles: run node packages/devkit/scripts/third-party-notices.mjs`,
      );
  } else {
    writeFileSync(path, text);
    process.stdout.write(`wrote ${shown} (${bundled.length} packages)\n`);
  }
}
if (stale.length > 0) {
  process.stderr.write(`${stale.join('\n')}\n`);
  process.exitCode = 1;
}
