import { describeValue } from './describe-value.js';
import { formatPath } from './issue.js';
import { type RoadmapDocument, roadmapDocument } from './model/document.js';
import { rawLimits } from './raw-limits.js';

/**
 * The one error the libraries throw for a value that is not a roadmap document: `toGraph`,
 * `layoutRoadmap`, `renderMarkdown` and the other functions that take a document from
 * `parseRoadmap`/`validateRoadmap`. A `TypeError`, so `catch (e) { if (e instanceof
 * TypeError) … }` also works. User files never reach it: they are validated first.
 */
export class RoadmapInputError extends TypeError {
  override readonly name = 'RoadmapInputError';
}

/**
 * The documents known to have the shape of one: the values `parseRoadmap`/`validateRoadmap`
 * returned and the values `requireDocument` accepted. A document is read-only data, so the
 * same object is not checked again when layout and render each ask (a changed copy is a new
 * object, checked anew). Weak: the set never keeps a document alive.
 */
const checkedDocuments = new WeakSet<object>();

/** Records that `doc` has the shape of a roadmap document (it passed the zod schema). */
export function markChecked(doc: RoadmapDocument): void {
  checkedDocuments.add(doc);
}

/**
 * Throws {@link RoadmapInputError} unless `value` has the shape of a roadmap document (the
 * cross-reference rules are not run: a document with warnings or rule errors still draws).
 * Bounded like validation: cycles, hostile depth and huge lists are refused fast. A value
 * already checked (from `parseRoadmap`, or accepted here before) is not checked again.
 */
export function requireDocument(value: unknown, caller: string): asserts value is RoadmapDocument {
  if (typeof value === 'object' && value !== null && checkedDocuments.has(value)) return;
  const expected = `${caller}: expected a roadmap document (from parseRoadmap or validateRoadmap)`;
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new RoadmapInputError(`${expected}, received ${describeValue(value)}`);
  const raw = rawLimits(value)[0];
  if (raw !== undefined)
    throw new RoadmapInputError(
      `${expected}, received data that breaks a limit at ${formatPath(raw.path)}: ${raw.message}`,
    );
  const parsed = roadmapDocument.safeParse(value, { reportInput: false });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new RoadmapInputError(
      `${expected}, received an object that is not one: at ${formatPath(issue?.path.map((p) => (typeof p === 'symbol' ? String(p) : p)) ?? [])}: ${issue?.message ?? 'invalid'}`,
    );
  }
  checkedDocuments.add(value);
}
