import {
  PALETTE,
  type PaletteName,
  type RoadmapDocument,
  type ThemeRole,
  themeSchema,
} from '@roadmapkit/schema';

/** Every colour a picture uses, as hex. */
export type ThemeColors = Readonly<Record<ThemeRole, string>>;

export interface Theme {
  readonly name: 'light' | 'dark' | 'custom';
  readonly colors: ThemeColors;
}

/** The classic roadmap look: strong-yellow topics, light-yellow subtopics, blue connectors. */
export const LIGHT_THEME: Theme = {
  name: 'light',
  colors: {
    background: '#ffffff',
    text: '#000000',
    title: '#000000',
    topic: '#fdff00',
    topicText: '#000000',
    subtopic: '#ffe599',
    subtopicText: '#000000',
    border: '#000000',
    edge: '#2b78e4',
    link: '#1d4ed8',
    section: '#ffffff',
    paragraph: '#ffffff',
    button: '#4136d4',
    buttonText: '#ffffff',
  },
};

/**
 * The same picture for dark surroundings; every text/background pair has at least 4.5:1
 * contrast, and every box fill at least 3:1 against the background (boxes read as boxes).
 */
export const DARK_THEME: Theme = {
  name: 'dark',
  colors: {
    background: '#0f172a',
    text: '#e2e8f0',
    title: '#f8fafc',
    topic: '#facc15',
    topicText: '#111827',
    subtopic: '#c98f2c',
    subtopicText: '#111827',
    border: '#94a3b8',
    edge: '#60a5fa',
    link: '#93c5fd',
    section: '#1e293b',
    paragraph: '#1e293b',
    button: '#818cf8',
    buttonText: '#111827',
  },
};

/** The text/background pairs a theme must keep readable. */
export const TEXT_PAIRS: ReadonlyArray<readonly [ThemeRole, ThemeRole]> = [
  ['text', 'background'],
  ['title', 'background'],
  ['topicText', 'topic'],
  ['subtopicText', 'subtopic'],
  ['text', 'section'],
  ['text', 'paragraph'],
  ['buttonText', 'button'],
  ['link', 'background'],
];

/**
 * The box roles and what draws their outline: a box must stand out from the background by
 * its fill or its border (WCAG 1.4.11, non-text contrast: at least 3:1). Buttons have no border.
 */
export const BOX_ROLES: ReadonlyArray<readonly [ThemeRole, ThemeRole | undefined]> = [
  ['topic', 'border'],
  ['subtopic', 'border'],
  ['section', 'border'],
  ['paragraph', 'border'],
  ['button', undefined],
];

/** Lines and badges need 3:1 against what they are drawn on; text 4.5:1. */
export const NON_TEXT_CONTRAST = 3;

/**
 * A badge colour from the document, made readable on `background`: mixed towards white (on a
 * dark background) or black (on a light one) just enough for 3:1 contrast. Colours that are
 * already readable are returned as they are.
 */
export function readableOn(color: string, background: string, min = NON_TEXT_CONTRAST): string {
  const hex = toHex(color);
  if (contrastRatio(hex, background) >= min) return hex;
  const target = luminance(background) < 0.18 ? 255 : 0;
  const value = Number.parseInt(hex.slice(1), 16);
  const rgb = [(value >> 16) & 255, (value >> 8) & 255, value & 255];
  for (let step = 1; step <= 20; step++) {
    const mixed = rgb.map((c) => Math.round(c + ((target - c) * step) / 20));
    const out = `#${mixed.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
    if (contrastRatio(out, background) >= min) return out;
  }
  return target === 255 ? '#ffffff' : '#000000';
}

/**
 * The outline of the frames drawn around groups of subtopics, from a theme's own colours. A
 * frame has no fill (as roadmap.sh's section boxes, it shows the ground: the background or a
 * section), so every box, connector and badge in it keeps the contrast it has there; its
 * outline is what shows the group (WCAG 1.4.11), mixed from the background towards the border
 * colour just far enough for 3:1 against the background and a section's fill, so it is visible
 * in every theme without competing with the boxes' own borders.
 */
export function frameStroke(colors: ThemeColors): string {
  for (let step = 3; step <= 20; step++) {
    const stroke = mix(colors.background, colors.border, step / 20);
    if (
      contrastRatio(stroke, colors.background) >= NON_TEXT_CONTRAST &&
      contrastRatio(stroke, colors.section) >= NON_TEXT_CONTRAST
    )
      return stroke;
  }
  return toHex(colors.border);
}

/**
 * The colour of a group frame's header: the theme's text colour softened towards the
 * background, as far as keeps 4.5:1 (WCAG 1.4.3) on every ground a frame stands on: the
 * background, a section's fill, and that fill as drawn over the background (see-through), so
 * it reads as a caption beside the boxes' own labels. The text colour itself when no softer
 * one is readable.
 */
export function frameHeaderColor(colors: ThemeColors): string {
  const grounds = [
    colors.background,
    colors.section,
    mix(colors.background, colors.section, SECTION_OPACITY),
  ];
  for (let step = 12; step <= 20; step++) {
    const color = mix(colors.background, colors.text, step / 20);
    if (grounds.every((ground) => contrastRatio(color, ground) >= TEXT_CONTRAST)) return color;
  }
  return toHex(colors.text);
}

/** Text needs 4.5:1 against what it is drawn on (WCAG 1.4.3). */
export const TEXT_CONTRAST = 4.5;

/** How opaque a section's fill is drawn over the background. */
export const SECTION_OPACITY = 0.6;

/** `a` moved `t` of the way towards `b`, channel by channel, as `#rrggbb`. */
function mix(a: string, b: string, t: number): string {
  const [x, y] = [a, b].map((c) => Number.parseInt(toHex(c).slice(1), 16)) as [number, number];
  const out = [16, 8, 0].map((shift) => {
    const from = (x >> shift) & 255;
    const to = (y >> shift) & 255;
    return Math.round(from + (to - from) * t);
  });
  return `#${out.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** A colour as written in a document (hex or palette name) as `#rrggbb`. */
export function toHex(color: string): string {
  const named = PALETTE[color as PaletteName];
  const hex = named ?? color;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(hex);
  return (
    short ? `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}` : hex
  ).toLowerCase();
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a hex colour. */
export function luminance(hex: string): number {
  const value = Number.parseInt(toHex(hex).slice(1), 16);
  return (
    0.2126 * channel((value >> 16) & 255) +
    0.7152 * channel((value >> 8) & 255) +
    0.0722 * channel(value & 255)
  );
}

/** WCAG contrast ratio between two colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** A custom theme: a base theme and colours for some roles (hex or palette names). */
export type ThemeInput =
  | 'light'
  | 'dark'
  | { readonly base?: 'light' | 'dark'; readonly colors?: Partial<Record<ThemeRole, string>> };

/**
 * The theme to draw with: the option, else the document's theme, else light. Custom colours
 * are validated (hex or palette names only), so nothing but a colour reaches the SVG.
 */
export function resolveTheme(
  option: ThemeInput | undefined,
  doc?: Pick<RoadmapDocument, 'theme'>,
): Theme {
  const input = option ?? doc?.theme ?? 'light';
  if (input === 'light') return LIGHT_THEME;
  if (input === 'dark') return DARK_THEME;
  const parsed = themeSchema.safeParse(input);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new TypeError(
      `invalid theme at ${first?.path.join('.') || '(theme)'}: ${first?.message ?? 'not a theme'}`,
    );
  }
  const base = parsed.data.base === 'dark' ? DARK_THEME : LIGHT_THEME;
  const colors: Record<string, string> = { ...base.colors };
  for (const [role, color] of Object.entries(parsed.data.colors ?? {})) {
    if (color !== undefined) colors[role] = toHex(color);
  }
  if (Object.keys(parsed.data.colors ?? {}).length === 0) return base;
  return { name: 'custom', colors: colors as ThemeColors };
}
