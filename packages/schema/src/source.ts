import { CORE_SCHEMA, load } from 'js-yaml';
import { Alias, isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import { describeValue, quote } from './describe-value.js';
import type { Finding, IssuePath } from './issue.js';
import { error } from './issue.js';
import { LIMITS } from './limits.js';
import { deeperThan } from './scan-nesting.js';
import { colonInValueHint } from './text-hints.js';

/** Where a finding sits in the source text (1-based lines and columns). */
export interface SourceSpan {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** Finds the span of a path in a parsed source. */
export type Locator = (path: IssuePath, at: 'key' | 'value') => SourceSpan;

export interface ParsedSource {
  /** The data, when the text could be read. */
  readonly data: unknown;
  readonly findings: readonly Finding[];
  /** Findings of reading carry their own position; this places the others. */
  readonly locate: Locator;
  /** Spans for the reading findings, in the same order. */
  readonly spans: readonly SourceSpan[];
}

const START: SourceSpan = { line: 1, column: 1, endLine: 1, endColumn: 1 };

function utf8Length(text: string): number {
  if (text.length * 3 <= LIMITS.maxFileBytes) return text.length;
  return new TextEncoder().encode(text).length;
}

/**
 * Reads YAML or JSON text (JSON is read by the same parser, so both carry positions).
 * Never throws: anything unreadable becomes a finding.
 */
export function readSource(input: string | Uint8Array): ParsedSource {
  const bytes = typeof input === 'string' ? utf8Length(input) : input.length;
  if (bytes > LIMITS.maxFileBytes) {
    return failed(
      error(
        'file-too-large',
        [],
        `expected a file of at most ${LIMITS.maxFileBytes / 1024 / 1024} MB, received ${(bytes / 1024 / 1024).toFixed(1)} MB`,
        'split the roadmap into several files, or move long texts out of it',
      ),
    );
  }
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      return failed(
        error(
          'invalid-encoding',
          [],
          'expected UTF-8 text, received bytes that are not UTF-8',
          'save the file as UTF-8',
        ),
      );
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const deepLine = deeperThan(text, LIMITS.maxDepth * 2);
  if (deepLine !== undefined) {
    const finding = unreadable(new RangeError('Maximum call stack size exceeded'));
    return {
      data: undefined,
      findings: [finding],
      spans: [{ line: deepLine, column: 1, endLine: deepLine, endColumn: 1 }],
      locate: () => START,
    };
  }
  const data = readFast(text);
  if (data === undefined) return readText(text);
  let locate: Locator | undefined;
  return {
    data,
    findings: [],
    spans: [],
    locate: (path, at) => {
      const quick =
        path.length === 1 && typeof path[0] === 'string'
          ? topLevelKey(text, path[0], at)
          : undefined;
      if (quick) return quick;
      locate ??= readText(text).locate;
      return locate(path, at);
    },
  };
}

/**
 * The fast path for the common case: js-yaml reads a clean file several times faster
 * than the position-keeping parser. It gives up (undefined) on anything unusual — a
 * syntax error, a duplicate key, a root that is not an object, or any alias — and the
 * full parser then reads the file and reports it. Positions are only computed when
 * there is an issue to place.
 */
function readFast(text: string): object | undefined {
  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA, json: false });
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  return sharesReferences(data) ? undefined : data;
}

/**
 * The span of a top-level key written in block style at the start of a line (`topics:`), or
 * of its value when it sits on the same line, found without parsing a large file again.
 */
function topLevelKey(text: string, key: string, at: 'key' | 'value'): SourceSpan | undefined {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`^(["']?)${escaped}\\1[ \\t]*:[ \\t]*`, 'm').exec(text);
  if (!match) return undefined;
  const line = text.slice(0, match.index).split('\n').length;
  const lineEnd = text.indexOf('\n', match.index);
  const restOfLine = text
    .slice(match.index + match[0].length, lineEnd === -1 ? undefined : lineEnd)
    .replace(/\r$/, '');
  if (at === 'key' || restOfLine.trim() === '' || restOfLine.startsWith('#')) {
    return {
      line,
      column: 1,
      endLine: line,
      endColumn: 1 + key.length + (match[1]?.length ?? 0) * 2,
    };
  }
  const column = match[0].length + 1;
  return { line, column, endLine: line, endColumn: column + restOfLine.trimEnd().length };
}

/** True when an object appears twice in the data: js-yaml's form of an alias. */
function sharesReferences(root: object): boolean {
  const seen = new Set<object>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    if (seen.has(value)) return true;
    seen.add(value);
    for (const child of Object.values(value)) stack.push(child);
  }
  return false;
}

function failed(finding: Finding): ParsedSource {
  return { data: undefined, findings: [finding], spans: [START], locate: () => START };
}

function readText(text: string): ParsedSource {
  const lineCounter = new LineCounter();
  const spanOf = (from: number, to: number): SourceSpan => {
    const start = lineCounter.linePos(from);
    const end = lineCounter.linePos(Math.max(from, to));
    return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
  };
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  } catch (cause) {
    return failed(unreadable(cause));
  }
  const locate: Locator = (path, at) => {
    const range = locateRange(doc.contents, path, at, doc);
    return range === undefined ? START : spanOf(range[0], range[1]);
  };
  // A file indented with tabs has a tab on many lines: one error, at the first, says it.
  const problems = [
    ...doc.errors,
    ...doc.warnings.filter((w) => w.code !== 'TAG_RESOLVE_FAILED'),
  ].filter(
    (problem, i, all) =>
      problem.code !== 'TAB_AS_INDENT' || all.findIndex((p) => p.code === 'TAB_AS_INDENT') === i,
  );
  if (doc.errors.length > 0) {
    const findings = problems.map((problem) =>
      problem.code === 'DUPLICATE_KEY'
        ? error(
            'duplicate-key',
            [],
            `expected each key once per object, received ${quote(keyText(text, problem.pos[0]))} a second time`,
            'remove one of the two, or merge their values',
          )
        : /call stack/i.test(problem.message)
          ? unreadable(new RangeError(problem.message))
          : error(
              'syntax-error',
              [],
              `${firstLine(problem)}`,
              colonInValueHint(text, problem.pos[0]) ?? syntaxHint(problem.code),
            ),
    );
    const spans = problems.map((problem) => spanOf(problem.pos[0], problem.pos[1]));
    return { data: undefined, findings, spans, locate };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: LIMITS.maxAliasCount });
  } catch (cause) {
    const message = firstLine(cause);
    const finding = /alias/i.test(message)
      ? error(
          'alias-limit',
          [],
          `expected at most ${LIMITS.maxAliasCount} alias expansions, received more (the file expands aliases exponentially)`,
          'write the repeated content out instead of nesting aliases',
        )
      : unreadable(cause);
    return { data: undefined, findings: [finding], spans: [START], locate };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    const finding = error(
      'invalid-type',
      [],
      `expected the document to be an object with keys such as "title" and "topics", received ${describeValue(data === null && text.trim() === '' ? undefined : data)}`,
      'start from examples/minimal/roadmap.yaml',
    );
    return { data: undefined, findings: [finding], spans: [START], locate };
  }
  return { data, findings: [], spans: [], locate };
}

/** The key written at `offset` (up to its colon or the end of the line). */
function keyText(text: string, offset: number): string {
  const rest = text.slice(offset, offset + 200);
  const quoted = /^(["'])(.*?)\1/.exec(rest);
  return quoted?.[2] ?? /^[^:\n]*/.exec(rest)?.[0]?.trim() ?? '';
}

/** A finding for a parser that gave up: running out of stack means the data nests too deep. */
function unreadable(cause: unknown): Finding {
  if (cause instanceof RangeError && /call stack/i.test(cause.message)) {
    return error(
      'too-deep',
      [],
      `expected data nested at most ${LIMITS.maxDepth} levels deep, received nesting too deep to read`,
      'flatten the structure: subtopics nest a few levels at most',
    );
  }
  return error(
    'syntax-error',
    [],
    `could not read the file: ${firstLine(cause)}`,
    'check the file is valid YAML or JSON',
  );
}

function syntaxHint(code: string): string {
  switch (code) {
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'check the indentation: items of one list or object start in the same column';
    case 'TAB_AS_INDENT':
      return 'indent with spaces, not tabs';
    case 'MULTIPLE_DOCS':
      return 'keep one document per file (remove the second "---")';
    default:
      return 'check the file is valid YAML or JSON near this position';
  }
}

function firstLine(cause: unknown): string {
  const message = cause instanceof Error ? cause.message : String(cause);
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').trim();
}

type Range = readonly [number, number];

function rangeOf(node: unknown): Range | undefined {
  if (node && typeof node === 'object' && 'range' in node) {
    const range = (node as { range?: readonly number[] | null }).range;
    if (range && range.length >= 2) return [range[0] ?? 0, range[1] ?? 0];
  }
  return undefined;
}

/** Walks the YAML tree along `path`; returns the deepest node found (the closest place to point at). */
function locateRange(
  root: unknown,
  path: IssuePath,
  at: 'key' | 'value',
  doc: ReturnType<typeof parseDocument>,
): Range | undefined {
  let node: unknown = root;
  let found = rangeOf(root);
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    if (node instanceof Alias) node = node.resolve(doc);
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment),
      );
      if (!pair) return found;
      const keyRange = rangeOf(pair.key);
      if (last && at === 'key' && keyRange) return keyRange;
      node = pair.value;
      found = rangeOf(pair.value as Node | null) ?? keyRange ?? found;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) return found;
      node = item;
      found = rangeOf(item) ?? found;
    } else {
      return found;
    }
  }
  return found;
}
