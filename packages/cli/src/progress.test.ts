import { describe, expect, it } from 'vitest';
import type { CliIo } from './io.js';
import { createProgress, progressLine } from './progress.js';

function fakeIo(tty: boolean): CliIo & { out: string[] } {
  const out: string[] = [];
  return {
    out,
    cwd: '/',
    env: {},
    stdoutIsTty: tty,
    columns: 60,
    write: (text) => out.push(String(text)),
    writeError: () => {},
    readStdin: async () => new Uint8Array(),
    onInterrupt: () => () => {},
  };
}

describe('progress', () => {
  it('draws done/total, the current file, elapsed time and ETA', () => {
    expect(progressLine(3, 12, 'maps/a.yaml', 3000, 80)).toBe(
      '[█████░░░░░░░░░░░░░░░] 3/12 maps/a.yaml 3.0s ETA 9.0s',
    );
    expect(progressLine(0, 2, 'x.yaml', 500, 80)).toBe('[░░░░░░░░░░░░░░░░░░░░] 0/2 x.yaml 0.5s');
  });

  it('shortens a long file name to fit the terminal', () => {
    const line = progressLine(1, 2, `deep/${'x'.repeat(100)}.yaml`, 1000, 60);
    expect(line.length).toBeLessThanOrEqual(59);
    expect(line).toContain('…xxx');
  });

  it('prints one plain line per file when not on a terminal', () => {
    const io = fakeIo(false);
    const progress = createProgress(io, 2);
    progress.started(0, 'a.yaml');
    progress.done(0, '✔ a.yaml');
    progress.done(1, '✖ b.yaml');
    progress.stop();
    expect(io.out).toEqual(['✔ a.yaml\n', '✖ b.yaml\n']);
  });

  it('redraws a bar on a terminal, keeping file lines above it', () => {
    const io = fakeIo(true);
    let clock = 0;
    const progress = createProgress(io, 2, () => clock);
    progress.started(0, 'a.yaml');
    clock = 1000;
    progress.done(0, '✔ a.yaml');
    progress.stop();
    expect(io.out.join('')).toBe(
      '\r\u001b[2K[░░░░░░░░░░░░░░░░░░░░] 0/2 a.yaml 0.0s\r\u001b[2K✔ a.yaml\n\r\u001b[2K[██████████░░░░░░░░░░] 1/2 a.yaml 1.0s ETA 1.0s\r\u001b[2K',
    );
  });
});
