import type { CliIo } from './io.js';

/** Reports a batch: a live bar on a terminal, one plain line per file otherwise. */
export interface Progress {
  started(index: number, name: string): void;
  /** A file is done: `line` is its one-line report, printed above the bar (or plainly). */
  done(index: number, line: string): void;
  /** Clears the bar. */
  stop(): void;
}

function seconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)}s` : `${Math.round(ms / 1000)}s`;
}

/** The bar: `[██████░░░░░░] 12/60 maps/a.yaml 3.2s ETA 10s`, fitted to the terminal width. */
export function progressLine(
  done: number,
  total: number,
  current: string,
  elapsedMs: number,
  columns: number,
): string {
  const width = 20;
  const filled = total === 0 ? width : Math.round((done / total) * width);
  const eta = done === 0 ? '' : ` ETA ${seconds((elapsedMs / done) * (total - done))}`;
  const head = `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${total} `;
  const tail = ` ${seconds(elapsedMs)}${eta}`;
  const room = Math.max(0, columns - head.length - tail.length - 1);
  const name = current.length > room ? `…${current.slice(current.length - room + 1)}` : current;
  return `${head}${name}${tail}`;
}

export function createProgress(
  io: CliIo,
  total: number,
  now: () => number = () => performance.now(),
): Progress {
  const start = now();
  let finished = 0;
  let current = '';
  const live = io.stdoutIsTty && total > 1;
  const draw = () => {
    if (live)
      io.write(
        `\r\u001b[2K${progressLine(finished, total, current, now() - start, io.columns ?? 80)}`,
      );
  };
  const timer = live ? setInterval(draw, 250) : undefined;
  timer?.unref();
  return {
    started(_index, name) {
      current = name;
      draw();
    },
    done(_index, line) {
      finished++;
      if (live) io.write('\r\u001b[2K');
      io.write(`${line}\n`);
      draw();
    },
    stop() {
      if (timer) clearInterval(timer);
      if (live) io.write('\r\u001b[2K');
    },
  };
}
