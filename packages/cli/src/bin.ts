#!/usr/bin/env node
import { main } from './main.js';
import { readLimited } from './read-limited.js';

// A closed pipe (`roadmapkit validate … | head -1`) ends the run quietly, with no stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

// resvg's allocator keeps freed memory a second (its default is 10 ms), so each PNG of a batch
// reuses the pages of the one before instead of faulting in fresh ones. It reads the variable
// when loaded, in whichever thread: it must be in the process's environment before workers start.
process.env.MIMALLOC_PURGE_DELAY ??= '1000';

void main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTty: process.stdout.isTTY === true,
  columns: process.stdout.columns,
  write: (text) => process.stdout.write(text),
  writeError: (text) => process.stderr.write(text),
  // Past the file size limit, reading stops: the input is then reported as too large.
  // (schema is loaded here, not at start: --help loads only the command line itself)
  readStdin: async () =>
    readLimited(process.stdin, (await import('@roadmapkit/schema')).LIMITS.maxFileBytes),
  // Ctrl-C, `kill` and a closed terminal all stop a run the same way: temporary files removed.
  onInterrupt: (handler) => {
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, handler);
    return () => {
      for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.off(signal, handler);
    };
  },
}).then((code) => {
  process.exitCode = code;
  // After Ctrl-C the outputs are cleaned up; a worker stuck in native code must not keep
  // the process alive.
  if (code === 130) process.exit(code);
});
