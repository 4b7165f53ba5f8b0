import { PALETTE, type PaletteName } from '@roadmapkit/schema';

const PALETTE_NAMES = new Set<string>(Object.keys(PALETTE));
/** CSS colour names that mean the same as a palette name. */
const ALIASES: Readonly<Record<string, PaletteName>> = { grey: 'gray', lightblue: 'light-blue' };

const hex2 = (n: number) =>
  Math.max(0, Math.min(255, Math.round(n)))
    .toString(16)
    .padStart(2, '0');

/**
 * A colour the schema accepts (`#rgb`, `#rrggbb` or a palette name) read from a CSS-like
 * value: hex (an alpha channel is dropped), `rgb()`/`rgba()`, or a CSS name that is also a
 * palette name. Undefined when the value is none of these (or fully transparent).
 */
export function toColor(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim().toLowerCase();
  if (/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/.test(text)) return text;
  const alpha =
    /^#([0-9a-f]{6})([0-9a-f]{2})$/.exec(text) ?? /^#([0-9a-f]{3})([0-9a-f])$/.exec(text);
  if (alpha?.[1] !== undefined) return /^0+$/.test(alpha[2] ?? '') ? undefined : `#${alpha[1]}`;
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)\s*(?:[,/]\s*([\d.]+%?)\s*)?\)$/.exec(
    text,
  );
  if (rgb) {
    if (rgb[4] !== undefined && Number.parseFloat(rgb[4]) === 0) return undefined;
    return `#${hex2(Number(rgb[1]))}${hex2(Number(rgb[2]))}${hex2(Number(rgb[3]))}`;
  }
  if (PALETTE_NAMES.has(text)) return text;
  return ALIASES[text];
}

/** True for the values that mean "no paint": `transparent`, `none`, a zero alpha. */
export function isNoPaint(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const text = value.trim().toLowerCase();
  return (
    text === 'transparent' ||
    text === 'none' ||
    /^#[0-9a-f]{6}00$/.test(text) ||
    /^#[0-9a-f]{3}0$/.test(text) ||
    /^rgba\(.*[,/]\s*0(?:\.0*)?%?\s*\)$/.test(text)
  );
}

/** A fill or border: a colour, or `none`. */
export function toPaint(value: unknown): string | undefined {
  return isNoPaint(value) ? 'none' : toColor(value);
}

/** A colour written as a decimal RGB integer (Balsamiq's `color: 16776960`) as `#rrggbb`. */
export function fromDecimalRgb(value: unknown): string | undefined {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 0xffffff) return undefined;
  return `#${n.toString(16).padStart(6, '0')}`;
}

/** The palette name a hex colour is exactly, if any (so labels can say "purple"). */
export function paletteNameOf(hex: string): PaletteName | undefined {
  const wanted = hex.toLowerCase();
  for (const [name, value] of Object.entries(PALETTE)) {
    if (value === wanted) return name as PaletteName;
  }
  return undefined;
}
