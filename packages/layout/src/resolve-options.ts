import type { Measurer } from '@roadmapkit/fonts/measurer';
import type { FontSizes, Gaps, LayoutOptions, Padding } from './options.js';

/** The options with every default filled in and every number checked. */
export interface ResolvedOptions {
  readonly measurer: Measurer;
  readonly layout: 'auto' | 'manual' | undefined;
  readonly maxWidth: number;
  readonly maxLabelWidth: number;
  readonly maxTextWidth: number;
  readonly maxTitleWidth: number;
  readonly maxLegendWidth: number;
  readonly fontSizes: FontSizes;
  readonly padding: Padding;
  readonly gaps: Gaps;
  readonly frameHeaders: boolean;
  readonly badgeRadius: number;
  readonly signal: AbortSignal | undefined;
  readonly timeoutMs: number | undefined;
}

export const DEFAULT_FONT_SIZES: FontSizes = Object.freeze({
  title: 28,
  topic: 17,
  subtopic: 16,
  text: 14,
  legend: 13,
  section: 14,
  callout: 14,
  tag: 11,
  frame: 12,
});

export const DEFAULT_PADDING: Padding = Object.freeze({ x: 12, y: 6 });

export const DEFAULT_GAPS: Gaps = Object.freeze({
  margin: 24,
  band: 20,
  column: 32,
  stack: 8,
  header: 16,
  section: 16,
  edge: 8,
  frame: 6,
});

/** Fills in the defaults and checks every number; throws a `RangeError` naming a bad option. */
export function resolveOptions(options: LayoutOptions): ResolvedOptions {
  if (typeof options?.measurer?.wrapText !== 'function') {
    throw new TypeError(
      'layoutRoadmap: options.measurer must be a Measurer (createMeasurer from @roadmapkit/fonts), received ' +
        describe(options?.measurer),
    );
  }
  if (options.layout !== undefined && options.layout !== 'auto' && options.layout !== 'manual') {
    throw new RangeError(
      `layoutRoadmap: layout must be "auto" or "manual", received ${describe(options.layout)}`,
    );
  }
  const timeoutMs = options.timeoutMs;
  if (timeoutMs !== undefined) check('timeoutMs', timeoutMs, 0);
  return {
    measurer: options.measurer,
    layout: options.layout,
    maxWidth: check('maxWidth', options.maxWidth ?? 1200, 1),
    maxLabelWidth: check('maxLabelWidth', options.maxLabelWidth ?? 200, 1),
    maxTextWidth: check('maxTextWidth', options.maxTextWidth ?? 240, 1),
    maxTitleWidth: check('maxTitleWidth', options.maxTitleWidth ?? 560, 1),
    maxLegendWidth: check('maxLegendWidth', options.maxLegendWidth ?? 240, 1),
    fontSizes: group('fontSizes', DEFAULT_FONT_SIZES, options.fontSizes, 1),
    padding: group('padding', DEFAULT_PADDING, options.padding, 0),
    gaps: group('gaps', DEFAULT_GAPS, options.gaps, 0, GAP_MINIMUMS),
    frameHeaders: flag('frameHeaders', options.frameHeaders ?? true),
    badgeRadius: check('badgeRadius', options.badgeRadius ?? 8, 0),
    signal: options.signal,
    timeoutMs,
  };
}

/** Gaps edges run through need room: an edge between touching boxes would have no length. */
const GAP_MINIMUMS: Readonly<Record<string, number>> = Object.freeze({
  band: 8,
  column: 8,
  stack: 2,
});

function group<T extends object>(
  name: string,
  defaults: T,
  given: Partial<T> | undefined,
  min: number,
  minimums: Readonly<Record<string, number>> = {},
): T {
  const out: Record<string, number> = {};
  for (const [key, value] of Object.entries(defaults)) {
    const chosen = (given as Record<string, unknown> | undefined)?.[key] ?? value;
    out[key] = check(`${name}.${key}`, chosen, minimums[key] ?? min);
  }
  return out as T;
}

function check(name: string, value: unknown, min: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > 100_000) {
    throw new RangeError(
      `layoutRoadmap: ${name} must be a finite number from ${min} to 100000, received ${describe(value)}`,
    );
  }
  return value;
}

function flag(name: string, value: unknown): boolean {
  if (typeof value !== 'boolean')
    throw new RangeError(
      `layoutRoadmap: ${name} must be true or false, received ${describe(value)}`,
    );
  return value;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value == null)
    return String(value);
  return typeof value;
}
