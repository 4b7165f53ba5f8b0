import { type ParseError, parse, printParseErrorCode } from 'jsonc-parser';
import { error, type Finding } from './issue.js';
import type { SourceSpan } from './source.js';

/** Where in the text an offset is, 1-based. */
function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/** What was found and how to fix it, for each kind of JSON error. */
function describe(code: string, found: string): [string, string] {
  switch (code) {
    case 'InvalidCommentToken':
      return ['a comment', 'JSON has no comments: remove it (or write the roadmap as YAML)'];
    case 'PropertyNameExpected':
    case 'ValueExpected':
      return found === '}' || found === ']'
        ? ['a comma before the closing bracket', 'remove the trailing comma']
        : [
            `${JSON.stringify(found)} where a value was expected`,
            'write keys and texts in double quotes',
          ];
    case 'CommaExpected':
      return [
        `${JSON.stringify(found)} where a comma was expected`,
        'separate the items with commas',
      ];
    case 'CloseBraceExpected':
    case 'CloseBracketExpected':
    case 'EndOfFileExpected':
      return [
        found === '' ? 'the end of the file' : JSON.stringify(found),
        'check that every { and [ is closed once',
      ];
    default:
      return [
        found === '' ? 'the end of the file' : JSON.stringify(found),
        'check the JSON near this position',
      ];
  }
}

/**
 * Checks that a `.json` file is strict JSON (no trailing comma, no comment): YAML would
 * accept some of these, and other JSON tools would not. Returns the first problem with its
 * place, or undefined when the text is strict JSON. Parsed with jsonc-parser, which gives
 * each error's offset.
 */
export function strictJsonProblem(
  text: string,
): { finding: Finding; span: SourceSpan } | undefined {
  const errors: ParseError[] = [];
  parse(text, errors, {
    allowTrailingComma: false,
    disallowComments: true,
    allowEmptyContent: false,
  });
  const first = errors[0];
  if (!first) return undefined;
  const found = text.slice(first.offset, first.offset + Math.max(1, first.length)).slice(0, 20);
  const [what, hint] = describe(printParseErrorCode(first.error), found);
  // A trailing comma is reported at the bracket after it: point at the comma itself.
  const comma = text.slice(0, first.offset).trimEnd();
  const offset =
    hint === 'remove the trailing comma' && comma.endsWith(',') ? comma.length - 1 : first.offset;
  const { line, column } = positionOf(text, offset);
  return {
    finding: error('syntax-error', [], `expected strict JSON, received ${what}`, hint),
    span: { line, column, endLine: line, endColumn: column + Math.max(1, first.length) },
  };
}
