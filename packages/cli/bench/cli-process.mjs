// What the CLI benches share: one CLI process under GNU time (wall seconds and peak RSS),
// the median of several, and a timed batch render. Not a bench itself (no .bench.mjs).
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const bin = join(import.meta.dirname, '../dist/bin.js');

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Runs one CLI process in `cwd` under GNU time: wall seconds, peak RSS in MB, exit code, output. */
export function timedCli(cwd, args) {
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, bin, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const [seconds, kb] = run.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return { seconds, mb: kb / 1024, code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Runs of one case: median seconds and median peak RSS, the rest from the last run. */
export function summarize(all) {
  return {
    ...all.at(-1),
    seconds: median(all.map((r) => r.seconds)),
    mb: median(all.map((r) => r.mb)),
  };
}

/** The CLI's arguments to render a folder to SVG + PNG with `--jobs jobs`. */
const batchArgs = (folder, out, jobs) => [
  bin,
  'render',
  folder,
  '--out-dir',
  out,
  '--format',
  'svg,png',
  '--jobs',
  String(jobs),
];

/**
 * Renders the folder `maps` of `cwd` to SVG + PNG with `--jobs jobs` into `out<jobs>`, under
 * GNU time: wall ms, CPU ms (user + system, every process and thread) and minor page faults.
 * On a shared machine the CPU time is the steadier figure. `nodeOptions` go before the CLI's
 * script, so its workers get them too.
 */
export function timedBatch(cwd, jobs, nodeOptions = []) {
  const start = performance.now();
  const run = spawnSync(
    '/usr/bin/time',
    ['-f', '%U %S %R', process.execPath, ...nodeOptions, ...batchArgs('maps', `out${jobs}`, jobs)],
    { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`batch --jobs ${jobs} failed: ${run.stderr}`);
  const [user, system, faults] = run.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return { ms, cpuMs: (user + system) * 1000, faults };
}

/**
 * Renders the folders `halves` of `cwd` (to SVG + PNG, `--jobs 1` each) as separate CLI
 * processes at the same time: the wall ms until both end. What two processes that share
 * nothing reach on the machine: a reference for `--jobs 2` (which starts one process fewer).
 */
export async function timedSeparate(cwd, halves) {
  const start = performance.now();
  await Promise.all(
    halves.map(
      (folder) =>
        new Promise((resolve, reject) => {
          const child = spawn(process.execPath, batchArgs(folder, `out-${folder}`, 1), {
            cwd,
            stdio: 'ignore',
          });
          child.on('error', reject);
          child.on('exit', (code) =>
            code === 0 ? resolve() : reject(new Error(`render ${folder} exited with ${code}`)),
          );
        }),
    ),
  );
  return performance.now() - start;
}
