import { themeSchema } from '@roadmapkit/schema';
import { UsageError } from './errors.js';

/** What `--width` and `--background` ask of a PNG. */
export interface PngOptions {
  readonly width?: number;
  readonly background?: string;
}

/**
 * Reads `--width PX` (a whole number, 1 to 20000, as render's `renderPng` takes) and
 * `--background COLOR` (a colour as a document's theme takes it: #rgb, #rrggbb or a palette
 * name), so a bad value is a usage error before anything is drawn.
 */
export function parsePngOptions(
  width: string | undefined,
  background: string | undefined,
): PngOptions {
  const px = width === undefined ? undefined : Number(width);
  if (px !== undefined && !(Number.isInteger(px) && px >= 1 && px <= 20_000))
    throw new UsageError(
      `--width must be a whole number of px from 1 to 20000, received ${JSON.stringify(width)}`,
    );
  if (background !== undefined) {
    const checked = themeSchema.safeParse({ colors: { background } });
    if (!checked.success)
      throw new UsageError(
        `--background: ${checked.error.issues[0]?.message ?? 'not a colour'}, received ${JSON.stringify(background)}`,
      );
  }
  return {
    ...(px === undefined ? {} : { width: px }),
    ...(background === undefined ? {} : { background }),
  };
}
