import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = join(import.meta.dirname, '../dist/bin.js');

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  /** Standard output's bytes (a picture written with `-o -`). */
  readonly stdoutBytes: Buffer;
  readonly stderr: string;
}

/** Runs the built `roadmapkit` in a subprocess, the way users and CI run it. */
export function runCli(
  args: string[],
  options: { cwd: string; input?: string; env?: Record<string, string>; timeoutMs?: number },
): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    input: Buffer.from(options.input ?? '', 'utf8'),
    encoding: 'buffer',
    env: { PATH: process.env.PATH ?? '', ROADMAPKIT_ASSERT_SAFE: '1', ...options.env },
    // A hang guard, not a speed check: generous for a loaded 2-core machine.
    timeout: options.timeoutMs ?? 240_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    code: result.status,
    stdout: result.stdout.toString('utf8'),
    stdoutBytes: result.stdout,
    stderr: result.stderr.toString('utf8'),
  };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'roadmapkit-cli-'));
}

/** A temporary folder holding the given files (names may contain folders). */
export function project(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}
