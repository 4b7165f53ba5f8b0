// Adds up the vitest results of every package into one closing line: "tests: N passed, N failed".
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const packagesDir = join(import.meta.dirname, '../..');
let passed = 0;
let failed = 0;
let skipped = 0;
const rows = [];
for (const name of readdirSync(packagesDir).sort()) {
  const file = join(packagesDir, name, 'test-results.json');
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
  rows.push(
    `  ${name.padEnd(8)} ${String(report.numPassedTests).padStart(5)} passed, ${report.numFailedTests} failed`,
  );
}
process.stdout.write(`${rows.join('\n')}\n`);
process.stdout.write(
  `tests: ${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}\n`,
);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
