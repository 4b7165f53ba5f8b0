import { PALETTE, type PaletteName } from '@roadmapkit/schema';
import { wcagContrast } from 'culori';

/** WCAG AA for normal text. */
export const AA_CONTRAST = 4.5;
const DARK = '#000000';
const LIGHT = '#ffffff';

function hexOf(color: string): string {
  return Object.hasOwn(PALETTE, color) ? PALETTE[color as PaletteName] : color;
}

/**
 * The text colour to write on a fill: the authored one when it reaches WCAG AA contrast
 * (4.5:1) with the fill, else black or white, whichever reads better. Undefined when
 * there is no colour fill (the theme's own pair is readable).
 */
export function readableText(
  color: string | undefined,
  background: string | undefined,
): { color: string | undefined; changed: boolean } {
  if (background === undefined || background === 'none') return { color, changed: false };
  const fill = hexOf(background);
  if (color !== undefined && wcagContrast(hexOf(color), fill) >= AA_CONTRAST)
    return { color, changed: false };
  const best = wcagContrast(DARK, fill) >= wcagContrast(LIGHT, fill) ? DARK : LIGHT;
  return { color: best, changed: color !== undefined };
}
