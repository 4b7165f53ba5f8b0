import { relative } from 'node:path';
import { UsageError } from './errors.js';
import type { Input } from './expand-inputs.js';
import { type PlannedOutput, STDOUT } from './output-plan.js';
import { identityOf } from './safe-paths.js';

/**
 * Refuses a plan in which an output would replace one of the inputs (`render foo.json
 * --format json` beside itself, or through a link): found up front by device and inode,
 * before any file is written, as a usage error naming both.
 */
export async function refuseInputOverwrites(
  inputs: readonly Input[],
  plans: readonly (readonly PlannedOutput[])[],
  cwd: string,
): Promise<void> {
  const identities = await Promise.all(
    inputs.map((input) => (input.path === '-' ? undefined : identityOf(input.path))),
  );
  for (const [i, outputs] of plans.entries()) {
    for (const output of outputs) {
      if (output.path === STDOUT) continue;
      const info = await identityOf(output.path);
      if (info === undefined) continue;
      const hit = identities.findIndex((id) => id?.dev === info.dev && id.ino === info.ino);
      if (hit === -1) continue;
      const shown = relative(cwd, output.path) || output.path;
      throw new UsageError(
        `the ${output.format} output of ${inputs[i]?.name} would overwrite the input ${inputs[hit]?.name} (${shown}); write it elsewhere with -o or --out-dir`,
      );
    }
  }
}
