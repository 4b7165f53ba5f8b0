/**
 * The named colours a document may use instead of hex values. Render maps them to
 * the theme in use, so a named colour stays readable in light and dark themes.
 */
export const PALETTE = {
  yellow: '#fdff00',
  'light-yellow': '#ffe599',
  orange: '#f6b26b',
  red: '#e06666',
  pink: '#ea9999',
  purple: '#874efe',
  blue: '#2b78e4',
  'light-blue': '#cfe2f3',
  green: '#00a651',
  teal: '#45818e',
  gray: '#999999',
  black: '#000000',
  white: '#ffffff',
} as const;

/** A name from {@link PALETTE}. */
export type PaletteName = keyof typeof PALETTE;

export const PALETTE_NAMES = Object.keys(PALETTE) as [PaletteName, ...PaletteName[]];
