import { PALETTE } from '@roadmapkit/schema';
import { describe, expect, it } from 'vitest';
import {
  BOX_ROLES,
  contrastRatio,
  DARK_THEME,
  frameHeaderColor,
  frameStroke,
  LIGHT_THEME,
  NON_TEXT_CONTRAST,
  readableOn,
  resolveTheme,
  TEXT_PAIRS,
  toHex,
} from './theme.js';

const THEMES = [LIGHT_THEME, DARK_THEME];

/** `fill` drawn with `opacity` over `ground`, as `#rrggbb`. */
function over(fill: string, ground: string, opacity: number): string {
  const rgb = (hex: string) =>
    [1, 3, 5].map((i) => Number.parseInt(toHex(hex).slice(i, i + 2), 16));
  const [f, g] = [rgb(fill), rgb(ground)];
  return `#${f
    .map((v, i) =>
      Math.round(v * opacity + (g[i] ?? 0) * (1 - opacity))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}
const BADGE_COLOURS = [...Object.values(PALETTE), '#5c5c5c', '#fdff00', '#111827'];

describe('every colour pair of every built-in theme meets WCAG', () => {
  for (const theme of THEMES) {
    const c = theme.colors;
    it.each(BOX_ROLES)(
      `${theme.name}: a %s box stands out from the background by 3:1`,
      (fill, border) => {
        const best = Math.max(
          contrastRatio(c[fill], c.background),
          border ? contrastRatio(c[border], c.background) : 0,
        );
        expect(best).toBeGreaterThanOrEqual(NON_TEXT_CONTRAST);
      },
    );
    it(`${theme.name}: connectors and borders are 3:1 against the background`, () => {
      expect(contrastRatio(c.edge, c.background)).toBeGreaterThanOrEqual(NON_TEXT_CONTRAST);
      expect(contrastRatio(c.border, c.background)).toBeGreaterThanOrEqual(NON_TEXT_CONTRAST);
    });
    it(`${theme.name}: every badge colour is drawn 3:1 against the background`, () => {
      for (const colour of BADGE_COLOURS)
        expect(
          contrastRatio(readableOn(colour, c.background), c.background),
        ).toBeGreaterThanOrEqual(NON_TEXT_CONTRAST);
    });
  }
  // A group's frame has no fill: what is drawn in it keeps its contrast against the ground
  // (checked above); its outline must show (3:1, WCAG 1.4.11) on the background and in a section.
  const custom = resolveTheme({
    base: 'light',
    colors: { background: '#fdf6e3', border: '#586e75', section: '#eee8d5' },
  });
  for (const theme of [...THEMES, custom]) {
    const c = theme.colors;
    it(`${theme.name}: a group frame's outline is 3:1 against the background and a section`, () => {
      const stroke = frameStroke(c);
      expect(contrastRatio(stroke, c.background)).toBeGreaterThanOrEqual(NON_TEXT_CONTRAST);
      expect(contrastRatio(stroke, c.section)).toBeGreaterThanOrEqual(NON_TEXT_CONTRAST);
      // Lighter than the boxes' own borders where it can be: a group outline, not a box.
      expect(contrastRatio(stroke, c.background)).toBeLessThan(
        contrastRatio(c.border, c.background),
      );
    });
  }
  for (const theme of [...THEMES, custom]) {
    const c = theme.colors;
    it(`${theme.name}: a group frame's header is 4.5:1 on the background and in a section`, () => {
      const color = frameHeaderColor(c);
      // A section's fill is drawn see-through over the background: the header may stand on
      // the background, on the fill, or on the fill as drawn.
      for (const ground of [c.background, c.section, over(c.section, c.background, 0.6)])
        expect(contrastRatio(color, ground)).toBeGreaterThanOrEqual(4.5);
      // Softer than the boxes' own labels where it can be: a caption, not a label.
      expect(contrastRatio(color, c.background)).toBeLessThan(contrastRatio(c.text, c.background));
    });
  }
  it('a header colour falls back to the text colour when no softer one is readable', () => {
    const colors = { ...LIGHT_THEME.colors, text: '#767676', section: '#ffffff' };
    expect(frameHeaderColor(colors)).toBe('#767676');
  });

  it('the dark theme fills topics and subtopics, not only outlines them', () => {
    for (const role of ['topic', 'subtopic', 'button'] as const)
      expect(
        contrastRatio(DARK_THEME.colors[role], DARK_THEME.colors.background),
      ).toBeGreaterThanOrEqual(NON_TEXT_CONTRAST);
  });
  it('keeps a readable badge colour as it is and changes an unreadable one as little as it can', () => {
    expect(readableOn('green', '#ffffff')).toBe('#00a651');
    const grey = readableOn('#5c5c5c', DARK_THEME.colors.background);
    expect(grey).not.toBe('#5c5c5c');
    expect(contrastRatio(grey, DARK_THEME.colors.background)).toBeLessThan(4);
  });
});

describe('themes', () => {
  it.each(TEXT_PAIRS)('dark theme: %s on %s has at least 4.5:1 contrast', (text, background) => {
    expect(
      contrastRatio(DARK_THEME.colors[text], DARK_THEME.colors[background]),
    ).toBeGreaterThanOrEqual(4.5);
  });

  it.each(TEXT_PAIRS)('light theme: %s on %s has at least 4.5:1 contrast', (text, background) => {
    expect(
      contrastRatio(LIGHT_THEME.colors[text], LIGHT_THEME.colors[background]),
    ).toBeGreaterThanOrEqual(4.5);
  });

  it('computes WCAG contrast', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#2b78e4', '#2b78e4')).toBe(1);
  });

  it('reads hex and palette colours', () => {
    expect(toHex('#ABC')).toBe('#aabbcc');
    expect(toHex('blue')).toBe('#2b78e4');
  });

  it('starts a custom theme from its base and validates it', () => {
    const theme = resolveTheme({ base: 'dark', colors: { edge: 'red', topic: '#123' } });
    expect(theme.name).toBe('custom');
    expect(theme.colors.edge).toBe('#e06666');
    expect(theme.colors.topic).toBe('#112233');
    expect(theme.colors.background).toBe(DARK_THEME.colors.background);
    expect(() => resolveTheme({ colors: { edge: 'red;}</style><script>' } })).toThrow(
      /invalid theme at colors\.edge: expected a hex colour/,
    );
  });

  it('uses the document theme when no option is given', () => {
    expect(resolveTheme(undefined, { theme: { base: 'dark' } })).toBe(DARK_THEME);
    expect(resolveTheme(undefined, {})).toBe(LIGHT_THEME);
  });
});
