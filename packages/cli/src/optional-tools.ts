import { UsageError } from './errors.js';

/** The packages that lay out and draw: optional dependencies, left out of a validate-only install. */
export const RENDER_TOOLS = ['@roadmapkit/layout', '@roadmapkit/render', '@roadmapkit/fonts'];

function installed(name: string): boolean {
  try {
    import.meta.resolve(name);
    return true;
  } catch {
    return false;
  }
}

/**
 * Checks that optional packages a command needs are installed, before it starts work.
 * They are optional dependencies of @roadmapkit/cli, so `npm install --omit=optional`
 * gives a small install that validates and diffs as text; drawing needs them.
 */
export function requireTools(what: string, names: readonly string[] = RENDER_TOOLS): void {
  const missing = names.filter((name) => !installed(name));
  if (missing.length === 0) return;
  throw new UsageError(
    `${what} needs ${missing.join(', ')}, which ${missing.length === 1 ? 'is' : 'are'} not installed (optional dependencies of @roadmapkit/cli, left out by --omit=optional): install with "npm install ${missing.join(' ')}"`,
  );
}
