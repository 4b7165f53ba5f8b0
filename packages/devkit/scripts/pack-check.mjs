// Packs every published package, installs the tarballs with npm into a project outside the
// workspace, then imports every public entry from ESM and from CommonJS, type-checks a
// TypeScript file against the installed types, and runs the installed CLI.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../../..');
const packagesDir = join(root, 'packages');
const work = mkdtempSync(join(tmpdir(), 'roadmapkit-pack-'));
const tarballs = join(work, 'tarballs');
const project = join(work, 'project');
mkdirSync(tarballs);
mkdirSync(project);

const run = (command, args, cwd) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

const packages = readdirSync(packagesDir)
  .map((dir) => ({
    dir: join(packagesDir, dir),
    manifest: JSON.parse(readFileSync(join(packagesDir, dir, 'package.json'), 'utf8')),
  }))
  .filter(({ manifest }) => !manifest.private);

const files = {};
for (const { dir, manifest } of packages) {
  run('pnpm', ['pack', '--pack-destination', tarballs], dir);
  const tarball = readdirSync(tarballs).find((name) =>
    name.startsWith(manifest.name.replace('@', '').replace('/', '-')),
  );
  files[manifest.name] = `file:${join(tarballs, tarball)}`;
}

writeFileSync(
  join(project, 'package.json'),
  JSON.stringify(
    { name: 'pack-check', private: true, dependencies: files, overrides: files },
    null,
    2,
  ),
);
run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], project);

const checks = [];
for (const { manifest } of packages) {
  for (const entry of Object.keys(manifest.exports)) {
    if (entry === './package.json') continue;
    const specifier = entry === '.' ? manifest.name : `${manifest.name}/${entry.slice(2)}`;
    if (entry.includes('*')) continue;
    checks.push(specifier);
  }
}

const esm = checks
  .map((s, i) =>
    s.endsWith('.json')
      ? `import m${i} from '${s}' with { type: 'json' };`
      : `import * as m${i} from '${s}';`,
  )
  .join('\n');
const esmCheck = `${esm}
const modules = { ${checks.map((s, i) => `'${s}': m${i}`).join(', ')} };
const names = {};
for (const [name, module] of Object.entries(modules)) {
  const keys = Object.keys(module).sort();
  if (keys.length === 0) throw new Error(name + ' exports nothing');
  names[name] = keys;
}
process.stdout.write(JSON.stringify(names));
`;
const cjsCheck = `const names = {};
for (const name of ${JSON.stringify(checks)}) {
  const module = require(name);
  const keys = Object.keys(module).filter((k) => k !== '__esModule').sort();
  if (keys.length === 0) throw new Error(name + ' exports nothing');
  names[name] = keys;
}
process.stdout.write(JSON.stringify(names));
`;
writeFileSync(join(project, 'check.mjs'), esmCheck);
writeFileSync(join(project, 'check.cjs'), cjsCheck);
const fromEsm = JSON.parse(run(process.execPath, ['check.mjs'], project));
const fromCjs = JSON.parse(run(process.execPath, ['check.cjs'], project));
for (const name of checks) {
  const a = JSON.stringify(fromEsm[name]);
  const b = JSON.stringify(fromCjs[name]);
  if (a !== b) throw new Error(`${name}: ESM exports ${a} but CommonJS exports ${b}`);
}

// Types: an outside TypeScript project compiles against the installed declarations.
writeFileSync(
  join(project, 'check.ts'),
  `import { parseRoadmap, type RoadmapDocument } from '@roadmapkit/schema';
const result = parseRoadmap('schemaVersion: 1');
const doc: RoadmapDocument | undefined = result.value;
const lines: string[] = result.issues.map((issue) => \`\${issue.file}:\${issue.line}:\${issue.column} \${issue.code}\`);
export { doc, lines };
`,
);
writeFileSync(
  join(project, 'tsconfig.json'),
  JSON.stringify({
    compilerOptions: {
      module: 'node16',
      moduleResolution: 'node16',
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      types: [],
    },
    files: ['check.ts'],
  }),
);
run(
  process.execPath,
  [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'],
  project,
);

// The CLI runs from the installed package.
const cliVersion = run(
  join(project, 'node_modules/.bin/roadmapkit'),
  ['--version'],
  project,
).trim();
const expected = packages.find(({ manifest }) => manifest.name === '@roadmapkit/cli')?.manifest
  .version;
if (cliVersion !== expected)
  throw new Error(`roadmapkit --version printed ${cliVersion}, expected ${expected}`);

rmSync(work, { recursive: true, force: true });
process.stdout.write(
  `pack-check: ${packages.length} packages packed, installed with npm and imported from ESM and CommonJS (${checks.length} entries), types compiled, CLI ran\n`,
);
