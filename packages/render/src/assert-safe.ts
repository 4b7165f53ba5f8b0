import { checkSafeMarkup } from './safe-markup.js';

/**
 * With `ROADMAPKIT_ASSERT_SAFE=1` in the environment (the test suite sets it), every SVG and
 * HTML string this package returns is checked first, and anything that could run or load
 * code is an internal error. Off otherwise: the output is built safe; this proves it.
 */
export function assertSafe<T extends string>(
  markup: T,
  check: (markup: string) => string[] = checkSafeMarkup,
): T {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process
    ?.env;
  if (env?.ROADMAPKIT_ASSERT_SAFE !== '1') return markup;
  const problems = check(markup);
  if (problems.length > 0)
    throw new Error(`internal error: unsafe markup generated (${problems.join(', ')})`);
  return markup;
}
