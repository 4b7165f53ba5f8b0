import type { Finding } from './issue.js';
import { closest } from './suggest.js';

const parentOf = (path: Finding['path']) => JSON.stringify(path.slice(0, -1));

/**
 * A misspelt required key is one mistake, not two: when an object has an unknown key that is
 * a likely typo of a key it is missing (`lable` for `label`), the "missing" finding is
 * dropped and the "unknown key … did you mean" one says it all.
 */
export function mergeTypos(findings: readonly Finding[]): Finding[] {
  const unknownByParent = new Map<string, string[]>();
  for (const finding of findings) {
    if (finding.code !== 'unknown-key') continue;
    const key = finding.path[finding.path.length - 1];
    if (typeof key !== 'string') continue;
    const list = unknownByParent.get(parentOf(finding.path)) ?? [];
    list.push(key);
    unknownByParent.set(parentOf(finding.path), list);
  }
  return findings.filter((finding) => {
    if (finding.code !== 'missing-key') return true;
    const missing = finding.path[finding.path.length - 1];
    if (typeof missing !== 'string') return true;
    const unknown = unknownByParent.get(parentOf(finding.path)) ?? [];
    return !unknown.some((key) => closest(key, [missing]) === missing);
  });
}
