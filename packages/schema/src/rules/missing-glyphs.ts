import { type Finding, type IssuePath, warning } from '../issue.js';
import type { RoadmapDocument } from '../model/document.js';
import { cleanText } from '../text/invisible.js';
import { labelFields } from '../traverse.js';

/**
 * What the fonts that will draw a document can draw (the CLI builds it from the font
 * measurer): `validate` and `render` turn every character no font has into a warning.
 */
export interface GlyphCheck {
  /** The characters (graphemes) of `text` that no font can draw, each once. */
  missing(text: string): readonly string[];
  /** How to get a font for `characters`: the warning's hint. */
  hint?(characters: readonly string[]): string;
}

/** `𠀋 (U+2000B)`: each character with its code points. */
function describe(characters: readonly string[]): string {
  const hex = (c: string) =>
    [...c].map((p) => `U+${(p.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
  return characters.map((c) => `${c} (${hex(c).join(' ')})`).join(', ');
}

/** The id of the innermost item on `path` that has one (a node, a legend item). */
function ownerId(doc: RoadmapDocument, path: IssuePath): string | undefined {
  let at: unknown = doc;
  let id: string | undefined;
  for (const key of path.slice(0, -1)) {
    at = (at as Record<string | number, unknown> | undefined)?.[key];
    const own = (at as { id?: unknown } | undefined)?.id;
    if (typeof own === 'string') id = own;
  }
  return id;
}

/** Every text the picture or the page draws: labels, titles, questions and link labels. */
function drawnFields(doc: RoadmapDocument): { path: IssuePath; value: string }[] {
  const fields = labelFields(doc);
  doc.callouts?.forEach((callout, i) => {
    if (callout.linkLabel !== undefined)
      fields.push({ path: ['callouts', i, 'linkLabel'], value: callout.linkLabel });
  });
  return fields;
}

/** A `missing-glyph` warning for each drawn text with characters that no font can draw. */
export function missingGlyphs(doc: RoadmapDocument, check: GlyphCheck): Finding[] {
  const findings: Finding[] = [];
  for (const { path, value } of drawnFields(doc)) {
    // What is drawn: the text without the characters XML cannot carry (render removes them).
    const characters = check.missing(cleanText(value));
    if (characters.length === 0) continue;
    const key = String(path[path.length - 1]);
    const id = ownerId(doc, path);
    const where = id === undefined ? `"${key}"` : `"${key}" of "${id}"`;
    findings.push(
      warning(
        'missing-glyph',
        path,
        `${where} has characters no font can draw (they would show as empty boxes): ${describe(characters)}`,
        check.hint?.(characters) ?? 'add a font that has them',
      ),
    );
  }
  return findings;
}
