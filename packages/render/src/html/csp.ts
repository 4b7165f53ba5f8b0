import { createHash } from 'node:crypto';

/** A CSP source for an inline element's text: `'sha256-…'`. */
export function cspHash(content: string): string {
  return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}

/**
 * The page's Content-Security-Policy: nothing from anywhere (no requests, no frames, no
 * forms, no base), our scripts and our styles by hash, fonts and images only from the
 * page itself (data: URLs).
 */
export function contentSecurityPolicy(
  scripts: readonly string[],
  styles: readonly string[],
): string {
  return [
    "default-src 'none'",
    `script-src ${scripts.map(cspHash).join(' ')}`,
    `style-src ${[...new Set(styles.map(cspHash))].join(' ')}`,
    'font-src data:',
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The text of each `<style>` element of our markup, as the browser reads it (for its hash). */
export function styleTexts(markup: string): string[] {
  return [...markup.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) =>
    (match[1] ?? '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}
