import { describeValue } from './describe-value.js';
import { withoutExtensionKeys } from './extension-keys.js';
import { error, hasErrors, type Result } from './issue.js';
import { strictJsonProblem } from './json-syntax.js';
import { mergeTypos } from './merge-typos.js';
import { migrateData } from './migrate.js';
import { type RoadmapDocument, roadmapDocument } from './model/document.js';
import { dataLocator, place, placeAll } from './place.js';
import { rawLimits } from './raw-limits.js';
import { markChecked } from './require-document.js';
import { RULES } from './rules/all-rules.js';
import { type GlyphCheck, missingGlyphs } from './rules/missing-glyphs.js';
import { type Locator, readSource } from './source.js';
import { withQuoteHints } from './text-hints.js';
import { withNodesVisitedOnce } from './traverse.js';
import { findingsFromZod } from './zod-findings.js';

export interface ValidateOptions {
  /** The file name issues carry (default `<input>`). */
  readonly file?: string;
  /**
   * `json` reads the text as strict JSON (a trailing comma or a comment is an error at its
   * line and column); `yaml` as YAML, of which JSON is a part. Default: `json` for a file
   * name ending in `.json`, else `yaml`.
   */
  readonly format?: 'json' | 'yaml';
  /**
   * What the fonts can draw: every drawn text with characters no font has gets a
   * `missing-glyph` warning. A function is called with the valid document (its `locale`).
   */
  readonly glyphs?: GlyphCheck | ((doc: RoadmapDocument) => GlyphCheck | undefined);
}

export const DEFAULT_FILE = '<input>';

const START = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/**
 * Reads a roadmap from YAML or JSON text (or UTF-8 bytes) and validates it.
 * Returns the document when there are no errors, and every issue with its position.
 * Never throws on user input.
 */
export function parseRoadmap(
  source: string | Uint8Array,
  options: ValidateOptions = {},
): Result<RoadmapDocument> {
  const file = options.file ?? DEFAULT_FILE;
  if (typeof source !== 'string' && !(source instanceof Uint8Array)) {
    const finding = error(
      'invalid-type',
      [],
      `expected YAML or JSON text or UTF-8 bytes, received ${describeValue(source)}`,
      'pass the file contents (a string or a Uint8Array); for parsed data use validateRoadmap',
    );
    return { value: undefined, issues: [place(finding, START, file)] };
  }
  const read = readSource(source);
  if (read.findings.length > 0) {
    const issues = read.findings.map((finding, i) =>
      place(finding, read.spans[i] ?? read.locate([], 'value'), file),
    );
    return { value: undefined, issues };
  }
  const text = typeof source === 'string' ? source : new TextDecoder().decode(source);
  if ((options.format ?? (/\.json$/i.test(file) ? 'json' : 'yaml')) === 'json') {
    const problem = strictJsonProblem(text.replace(/^\uFEFF/, ''));
    if (problem) return { value: undefined, issues: [place(problem.finding, problem.span, file)] };
  }
  const result = checkData(read.data, read.locate, file, options.glyphs);
  return { value: result.value, issues: withQuoteHints(result.issues, text) };
}

/**
 * Validates data that is already parsed (for example from a database or an API).
 * Positions refer to the data written as JSON with two-space indentation.
 */
export function validateRoadmap(
  data: unknown,
  options: ValidateOptions = {},
): Result<RoadmapDocument> {
  const file = options.file ?? DEFAULT_FILE;
  const early = rawLimits(data);
  // Data past the raw limits is not written out as JSON to place the finding: it may be
  // cyclic, or far too large to write. Its issue points at the start.
  if (early.length > 0) return { value: undefined, issues: placeAll(early, () => START, file) };
  return checkData(data, dataLocator(data), file, options.glyphs);
}

function checkData(
  data: unknown,
  locate: Locator,
  file: string,
  glyphs: ValidateOptions['glyphs'],
): Result<RoadmapDocument> {
  const early = rawLimits(data);
  if (early.length > 0) return { value: undefined, issues: placeAll(early, locate, file) };
  const migrated = migrateData(withoutExtensionKeys(data));
  if (migrated.findings.length > 0)
    return { value: undefined, issues: placeAll(migrated.findings, locate, file) };
  const parsed = roadmapDocument.safeParse(migrated.data, { reportInput: false });
  if (!parsed.success) {
    const findings = mergeTypos(
      parsed.error.issues.flatMap((issue) =>
        findingsFromZod(issue, migrated.data, roadmapDocument),
      ),
    );
    return { value: undefined, issues: placeAll(findings, locate, file) };
  }
  const findings = withNodesVisitedOnce(parsed.data, () =>
    RULES.flatMap((rule) => rule(parsed.data)),
  );
  const check = typeof glyphs === 'function' ? glyphs(parsed.data) : glyphs;
  if (check) findings.push(...missingGlyphs(parsed.data, check));
  const issues = placeAll(findings, locate, file);
  if (hasErrors(issues)) return { value: undefined, issues };
  markChecked(parsed.data);
  return { value: parsed.data, issues };
}
