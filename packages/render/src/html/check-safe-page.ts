import { checkSafeMarkup } from '../safe-markup.js';
import { CLIENT_SCRIPT, EARLY_SCRIPT, OPENING_SCRIPT } from './client-script.js';
import { cspHash, styleTexts } from './csp.js';
import { PICTURE_FIRST } from './page-chrome.js';

/** The directives of the CSP meta element(s) of a page. */
function policies(html: string): Map<string, string[]>[] {
  return [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/gi)].map(
    (match) =>
      new Map(
        (match[1] ?? '')
          .split(';')
          .map((part) => part.trim().split(/\s+/))
          .filter((words) => words[0])
          .map(([name = '', ...sources]) => [name.toLowerCase(), sources]),
      ),
  );
}

const same = (a: readonly string[] | undefined, b: readonly string[]) =>
  a !== undefined && a.length === b.length && a.every((value, i) => value === b[i]);

/**
 * The safety oracle for the reader page: {@link checkSafeMarkup} allowing exactly our own
 * three scripts (the early class switch, the picture's opening script and the bundle) and our one `rel="expect"` link (it
 * loads nothing), and a Content-Security-Policy, first in `<head>`, that allows nothing from
 * anywhere but that script and the page's own `<style>` elements by hash (fonts and images
 * only as data: URLs). No `style` attribute (the policy would refuse it) and no other script.
 */
export function checkSafePage(html: string): string[] {
  const problems = checkSafeMarkup(html, {
    allowedScripts: [EARLY_SCRIPT, OPENING_SCRIPT, CLIENT_SCRIPT],
    noStyleAttributes: true,
    allowedLinks: [PICTURE_FIRST],
  });
  const found = policies(html);
  if (found.length !== 1) return [...problems, `${found.length} CSP meta elements (want 1)`];
  const csp = found[0] ?? new Map<string, string[]>();
  const head = html.slice(0, html.search(/<meta http-equiv="Content-Security-Policy"/i));
  if (/<(script|style|link)\b/i.test(head)) problems.push('markup before the CSP meta element');
  const styles = styleTexts(html).map(cspHash);
  const expected: [string, string[]][] = [
    ['default-src', ["'none'"]],
    ['script-src', [EARLY_SCRIPT, OPENING_SCRIPT, CLIENT_SCRIPT].map(cspHash)],
    ['style-src', [...new Set(styles)]],
    ['font-src', ['data:']],
    ['img-src', ['data:']],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
  ];
  for (const [name, sources] of expected) {
    if (!same(csp.get(name), sources))
      problems.push(`CSP ${name} is "${csp.get(name)?.join(' ')}" (want "${sources.join(' ')}")`);
  }
  const extra = [...csp.keys()].filter((name) => !expected.some(([known]) => known === name));
  if (extra.length > 0) problems.push(`CSP has unexpected directives: ${extra.join(', ')}`);
  return problems;
}
