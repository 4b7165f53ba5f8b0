// Node only: fontkit, required on first use. Measuring Latin text with the shipped fonts needs
// only the precomputed table, so most runs never load fontkit (nor its dependencies).
import { createRequire } from 'node:module';
import type { CreateFont } from './font-face.js';

let loaded: CreateFont | undefined;

/** fontkit's `create`, loaded the first time it is asked for. */
export function requireFontkit(): CreateFont {
  loaded ??= (createRequire(import.meta.url)('fontkit') as { create: CreateFont }).create;
  return loaded;
}
