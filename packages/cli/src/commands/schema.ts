import { roadmapJsonSchema } from '@roadmapkit/schema';
import type { CliIo } from '../io.js';
import { writeFileAtomic } from '../write-file-atomic.js';

export const SCHEMA_HELP = `Usage: roadmapkit schema [-o FILE]

Prints the JSON Schema of roadmap files (for editors and other validators),
or writes it to FILE.`;

export async function schemaCommand(
  args: { output: string | undefined },
  io: CliIo,
): Promise<number> {
  const text = `${JSON.stringify(roadmapJsonSchema(), null, 2)}\n`;
  if (args.output === undefined) io.write(text);
  else await writeFileAtomic(args.output, text, io.cwd);
  return 0;
}
