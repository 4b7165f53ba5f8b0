import type { FaqInput } from '../core/model-types.js';
import type { ValueReader } from '../core/values.js';
import type { IssueLog } from '../import-issue.js';
import { asArray, asRecord } from '../read-value.js';
import { parseLiteral } from './js-literal.js';

/** `faqs` then an optional type annotation, then `=`: the array literal follows. */
const DECLARATION = /\bfaqs\s*(?::[^=;]*)?=\s*(?=\[)/;

/**
 * The questions and answers of a FAQ module (`faqs.astro`): the `faqs = [...]` array is
 * read as data, never run. Each answer's paragraphs become one markdown answer.
 */
export function readFaqs(source: string, values: ValueReader, log: IssueLog): FaqInput[] {
  const match = DECLARATION.exec(source);
  if (match === null) {
    log.warn(
      'invalid-faqs',
      ['faqs'],
      'found no "faqs = [ … ]" array in the FAQ file; imported no FAQ',
    );
    return [];
  }
  const parsed = parseLiteral(source, match.index + match[0].length);
  if (!parsed.ok) {
    const before = source.slice(0, parsed.offset).split('\n');
    log.warn(
      'invalid-faqs',
      ['faqs'],
      `could not read the FAQ array at line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}: ${parsed.message}; imported no FAQ`,
    );
    return [];
  }
  const faq: FaqInput[] = [];
  (asArray(parsed.value) ?? []).forEach((entry, i) => {
    const path = ['faqs', i];
    const record = asRecord(entry);
    const name = `FAQ entry ${i + 1}`;
    const question = values.label(record?.question, [...path, 'question'], name);
    if (question === '') {
      log.warn('invalid-faqs', path, `${name} has no question; dropped it`);
      return;
    }
    const paragraphs =
      typeof record?.answer === 'string' ? [record.answer] : asArray(record?.answer);
    const answer = values.markdown(
      (paragraphs ?? [])
        .filter((p): p is string => typeof p === 'string')
        .map((p) => p.trim())
        .filter((p) => p !== '')
        .join('\n\n'),
      [...path, 'answer'],
      name,
    );
    if (answer === '')
      log.warn('invalid-faqs', [...path, 'answer'], `${name} ("${question}") has no answer text`);
    faq.push({ question, answer });
  });
  return faq;
}
