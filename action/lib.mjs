// Helpers the action's steps share: inputs from the environment, the runner's output and
// summary files, and running the installed roadmapkit. Node built-ins only.
import { spawnSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';

/** An environment variable, or `fallback` when it is unset or empty. */
export function env(name, fallback = '') {
  const value = process.env[name];
  return value === undefined || value === '' ? fallback : value;
}

/** Paths given as one input, separated by spaces or new lines. */
export function splitList(text) {
  return text.split(/[\s,]+/).filter((item) => item !== '');
}

/** Sets a step output (the multi-line form, safe for any value). */
export function setOutput(name, value) {
  const file = env('GITHUB_OUTPUT');
  if (file === '') return;
  const delimiter = `roadmapkit_${Math.random().toString(36).slice(2)}`;
  appendFileSync(file, `${name}<<${delimiter}\n${value}\n${delimiter}\n`);
}

/** Adds Markdown to the job summary. */
export function appendSummary(text) {
  const file = env('GITHUB_STEP_SUMMARY');
  if (file !== '') appendFileSync(file, text.endsWith('\n') ? text : `${text}\n`);
}

/** Escapes a workflow command's message. */
export function command(kind, message) {
  const data = message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  process.stdout.write(`::${kind} title=roadmapkit::${data}\n`);
}

/** Runs the installed roadmapkit; its output goes to the log unless `capture` is set. */
export function roadmapkit(args, { capture = false } = {}) {
  const bin = env('ROADMAPKIT_BIN');
  if (bin === '') throw new Error('ROADMAPKIT_BIN is not set: the install step did not run');
  const result = spawnSync(process.execPath, [bin, ...args], {
    stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { code: result.status ?? 1, stdout: result.stdout ?? '' };
}
