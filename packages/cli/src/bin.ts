#!/usr/bin/env node
import { buffer } from 'node:stream/consumers';
import { main } from './main.js';

void main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTty: process.stdout.isTTY === true,
  columns: process.stdout.columns,
  write: (text) => process.stdout.write(text),
  writeError: (text) => process.stderr.write(text),
  readStdin: async () => new Uint8Array(await buffer(process.stdin)),
  onInterrupt: (handler) => {
    process.on('SIGINT', handler);
    return () => process.off('SIGINT', handler);
  },
}).then((code) => {
  process.exitCode = code;
  // After Ctrl-C the outputs are cleaned up; a worker stuck in native code must not keep
  // the process alive.
  if (code === 130) process.exit(code);
});
