import { parentPort } from 'node:worker_threads';
import { createJobRunner, type RenderJob } from './render-job.js';

// A render worker: loads its tools, says it is ready, then takes one job at a time from
// the pool and posts back what it wrote.
const run = createJobRunner();
run.load().then(
  () => parentPort?.postMessage({ ready: true }),
  () => parentPort?.postMessage({ ready: true }),
);
parentPort?.on('message', (message: { id: number; input: RenderJob }) => {
  run(message.input).then(
    (value) => parentPort?.postMessage({ id: message.id, ok: true, value }),
    (error: unknown) =>
      parentPort?.postMessage({
        id: message.id,
        ok: false,
        error:
          error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : String(error),
      }),
  );
});
