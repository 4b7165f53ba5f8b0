import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanUrl, judgeUrl, safeUrl, urlScheme } from './clean-url.js';

/** Characters a browser or a later stage removes or ignores, each able to hide a scheme. */
const HIDERS = [
  '\u0000',
  '\u0001',
  '\u0008',
  '\t',
  '\n',
  '\r',
  '\u000b',
  '\u000c',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u009f',
  '\u00ad',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u200e',
  '\u2028',
  '\u202e',
  '\u2060',
  '\ufeff',
  '\ufffe',
  '\uffff',
  '\ud800',
  '\udfff',
];

describe('cleanUrl', () => {
  it.each(HIDERS.map((c) => [c]))('removes %j anywhere in the URL', (hider) => {
    expect(cleanUrl(`${hider} java${hider}script${hider}:alert(1)${hider} `)).toBe(
      'javascript:alert(1)',
    );
  });

  it('keeps surrogate pairs, spaces inside and every visible character', () => {
    expect(cleanUrl('  https://example.com/a b?q=\u{1F680}#x  ')).toBe(
      'https://example.com/a b?q=\u{1F680}#x',
    );
  });
});

describe('judgeUrl', () => {
  it.each([
    ['https://example.com', 'https'],
    ['HTTP://example.com', 'http'],
    ['MAILTO:someone@example.com', 'mailto'],
    ['/docs/intro', undefined],
    ['../other.md#part', undefined],
    ['page?next=javascript:x', undefined],
    ['#anchor', undefined],
    ['./name:with-colon', undefined],
    // A character outside the Basic Multilingual Plane is one visible character, not two
    // surrogates a viewer drops: the link stays a relative path.
    ['\u{10000}\\\\', undefined],
    ['/\u{1F600}/page', undefined],
  ])('allows %j (scheme %j)', (url, scheme) => {
    expect(judgeUrl(url)).toEqual({ ok: true, url, scheme });
  });

  it.each([
    ['javascript:alert(1)', 'javascript'],
    ['  JaVa\tScRiPt:alert(1)', 'javascript'],
    ['java\u0000script:alert(1)', 'javascript'],
    ['jav\u200Bascript:alert(1)', 'javascript'],
    ['java\ud800script:alert(1)', 'javascript'],
    ['\ufeffdata:text/html,x', 'data'],
    ['vb\u000bscript:msgbox(1)', 'vbscript'],
    ['file:///etc/passwd', 'file'],
  ])('refuses %j as a %j URL', (url, scheme) => {
    expect(judgeUrl(url)).toMatchObject({ ok: false, refusal: { kind: 'scheme', scheme } });
  });

  it.each([
    '//evil.example/x',
    '/\\evil.example',
    '\\/evil.example',
    '\\\\host\\share',
    ' /\u0000/evil.example',
    // Spaces and format characters a viewer may drop hide a host as well as controls do.
    '\u3000//evil.example',
    '/\u00a0/evil.example',
    '\u0600//evil.example',
    '/\u{E0020}/evil.example',
  ])('refuses %j, which leaves the site', (url) => {
    expect(judgeUrl(url)).toMatchObject({ ok: false, refusal: { kind: 'other-host' } });
  });

  it.each(['java script:alert(1)', '%6Aavascript:alert(1)', 'java\uFFFDscript:alert(1)'])(
    'refuses %j: a colon before the first slash without a known scheme',
    (url) => {
      expect(judgeUrl(url)).toMatchObject({ ok: false, refusal: { kind: 'malformed' } });
    },
  );

  it('the value judged is the value returned', () => {
    expect(safeUrl('\u0000https://exa\u200Bmple.com/\n')).toBe('https://example.com/');
    expect(urlScheme('\u0000java\u0000script:x')).toBe('javascript');
  });

  it('property: whatever a URL hides, an allowed URL is http(s), mailto or same-site relative', () => {
    const hider = fc.constantFrom(...HIDERS, ' ', '\\', '/', ':', 'java', 'script', 'data');
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc
        .array(fc.oneof(hider, fc.string({ maxLength: 3 })), { maxLength: 12 })
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(text, (url) => {
        const written = safeUrl(url);
        if (written === undefined) return;
        // What a browser does with the written value: drop controls and tabs/newlines, read the scheme.
        // biome-ignore lint/suspicious/noControlCharactersInRegex: what browsers strip
        const browser = written.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
        const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(browser)?.[1]?.toLowerCase();
        if (scheme !== undefined) expect(['http', 'https', 'mailto']).toContain(scheme);
        else {
          expect(browser).not.toMatch(/^[/\\]{2}/);
          expect(browser).not.toMatch(/^[^/?#]*:/);
        }
        expect(cleanUrl(written)).toBe(written);
      }),
      { numRuns: 200 },
    );
  });
});
