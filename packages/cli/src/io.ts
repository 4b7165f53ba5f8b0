/** Everything the CLI touches outside itself, so commands can run against a fake in tests. */
export interface CliIo {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdoutIsTty: boolean;
  /** The terminal's width in columns, when there is one. */
  readonly columns?: number | undefined;
  /** Writes to standard output (bytes for a picture written with `-o -`). */
  write(text: string | Uint8Array): void;
  writeError(text: string): void;
  readStdin(): Promise<Uint8Array>;
  /** Calls `handler` on Ctrl-C (SIGINT); returns a function that stops listening. */
  onInterrupt(handler: () => void): () => void;
}

/** Colours on a terminal unless NO_COLOR is set (https://no-color.org) or FORCE_COLOR asks for them. */
export function useColor(io: CliIo): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return io.stdoutIsTty;
}
