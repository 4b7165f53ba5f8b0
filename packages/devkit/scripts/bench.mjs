// Runs every package's benchmarks (packages/*/bench/*.bench.mjs) one after another, so
// they do not compete for the two cores, and prints what each reports.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const packagesDir = join(import.meta.dirname, '../..');
let failed = 0;
for (const name of readdirSync(packagesDir).sort()) {
  const benchDir = join(packagesDir, name, 'bench');
  if (!existsSync(benchDir)) continue;
  for (const file of readdirSync(benchDir)
    .filter((f) => f.endsWith('.bench.mjs'))
    .sort()) {
    process.stdout.write(`\n== ${name}/bench/${file}\n`);
    const run = spawnSync(process.execPath, ['--expose-gc', join(benchDir, file)], {
      stdio: 'inherit',
      cwd: join(packagesDir, name),
    });
    if (run.status !== 0) failed++;
  }
}
process.exitCode = failed > 0 ? 1 : 0;
