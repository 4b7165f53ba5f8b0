import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  DARK_THEME,
  LIGHT_THEME,
  resolveTheme,
  TEXT_PAIRS,
  toHex,
} from './theme.js';

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
