import { describe, expect, it } from 'vitest';
import { createValueReader } from '../core/values.js';
import { createIssueLog } from '../import-issue.js';
import { readFaqs } from './faqs.js';

function read(source: string) {
  const log = createIssueLog();
  return { faq: readFaqs(source, createValueReader(log), log), issues: log.issues };
}

describe('readFaqs', () => {
  it('reads an empty array as no FAQ, without a warning', () => {
    expect(read('---\nexport const faqs: FAQType[] = [];\n---\n')).toEqual({ faq: [], issues: [] });
  });

  it('joins the paragraphs of an answer and accepts a single string answer', () => {
    const source = `export const faqs = [
      { question: 'One?', answer: ['First.', ' ', 'Second.'] },
      { question: 'Two?', answer: 'Only one.' },
    ];`;
    expect(read(source).faq).toEqual([
      { question: 'One?', answer: 'First.\n\nSecond.' },
      { question: 'Two?', answer: 'Only one.' },
    ]);
  });

  it('never runs code: a call in the array makes a warning and no FAQ', () => {
    const source =
      "export const faqs = [{ question: 'Q', answer: [fetch('https://example.com')] }];";
    expect(read(source)).toEqual({
      faq: [],
      issues: [
        {
          code: 'invalid-faqs',
          severity: 'warning',
          path: ['faqs'],
          message:
            'could not read the FAQ array at line 1, column 48: "fetch" is code, not data; imported no FAQ',
        },
      ],
    });
  });

  it('warns when there is no faqs array at all', () => {
    expect(read('<h1>No frontmatter</h1>').issues).toMatchObject([
      {
        code: 'invalid-faqs',
        message: 'found no "faqs = [ … ]" array in the FAQ file; imported no FAQ',
      },
    ]);
  });

  it('drops entries without a question and names them', () => {
    const source = "const faqs = [{ answer: ['A'] }, 'text', { question: 'Q?', answer: [] }];";
    const { faq, issues } = read(source);
    expect(faq).toEqual([{ question: 'Q?', answer: '' }]);
    expect(issues.map((i) => [i.path, i.message])).toEqual([
      [['faqs', 0], 'FAQ entry 1 has no question; dropped it'],
      [['faqs', 1], 'FAQ entry 2 has no question; dropped it'],
      [['faqs', 2, 'answer'], 'FAQ entry 3 ("Q?") has no answer text'],
    ]);
  });

  it('takes unsafe links out of answers', () => {
    const source =
      "const faqs = [{ question: 'Q', answer: ['See [here](javascript:alert(1)).'] }];";
    const { faq, issues } = read(source);
    expect(faq).toEqual([{ question: 'Q', answer: 'See here.' }]);
    expect(issues).toMatchObject([{ code: 'unsafe-url', path: ['faqs', 0, 'answer'] }]);
  });
});
