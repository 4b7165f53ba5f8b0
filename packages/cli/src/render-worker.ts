import { codeCacheDir } from './code-cache.js';
import type { OutputFormat } from './output-plan.js';
import { createJobRunner, type RenderJob } from './render-job.js';

// A render worker process: loads and warms its tools once for the formats named in its
// arguments, says it is ready, then takes one job at a time from the pool and sends back what
// it wrote. It ends when the pool closes the channel (or kills it at a timeout).
const send = (message: unknown) => process.send?.(message);
const run = createJobRunner(codeCacheDir(process.env));
run.warm(process.argv.slice(2) as OutputFormat[]).then(
  () => send({ ready: true }),
  () => send({ ready: true }),
);
process.on('message', (message: { id: number; input: RenderJob }) => {
  run(message.input).then(
    (value) => send({ id: message.id, ok: true, value }),
    (error: unknown) =>
      send({
        id: message.id,
        ok: false,
        error:
          error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : String(error),
      }),
  );
});
process.on('disconnect', () => process.exit(0));
