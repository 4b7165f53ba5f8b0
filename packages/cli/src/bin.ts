#!/usr/bin/env node
import { buffer } from 'node:stream/consumers';
import { main } from './main.js';

void main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTty: process.stdout.isTTY === true,
  write: (text) => process.stdout.write(text),
  writeError: (text) => process.stderr.write(text),
  readStdin: async () => new Uint8Array(await buffer(process.stdin)),
}).then((code) => {
  process.exitCode = code;
});
