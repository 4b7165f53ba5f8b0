/** A mistake in how the command was called: printed as one line, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly exitCode = 2;
}

/** Exit codes: 0 success, 1 invalid input or a failed file, 2 usage error. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;
