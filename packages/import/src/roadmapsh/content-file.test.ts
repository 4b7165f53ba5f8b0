import { describe, expect, it } from 'vitest';
import { createValueReader } from '../core/values.js';
import { createIssueLog } from '../import-issue.js';
import { nodeIdOfContentKey, parseContentFile } from './content-file.js';

function parse(text: string) {
  const log = createIssueLog();
  const path = ['content', 'x@n1.md'];
  return { ...parseContentFile(text, path, createValueReader(log), log), issues: log.issues };
}

describe('parseContentFile', () => {
  it('reads the title, the description without the resource intro, and the typed links', () => {
    const text = `# Sprockets

Sprockets turn.
They have teeth.

Read these:

- [@video@Sprockets in motion](https://example.com/v "A video")
* [@book@Sprocket book](<https://example.com/b>)
`;
    expect(parse(text)).toEqual({
      title: 'Sprockets',
      content: {
        description: 'Sprockets turn.\nThey have teeth.',
        resources: [
          { type: 'video', title: 'Sprockets in motion', url: 'https://example.com/v' },
          { type: 'book', title: 'Sprocket book', url: 'https://example.com/b' },
        ],
      },
      issues: [],
    });
  });

  it('keeps text after the list and a second heading level in the description', () => {
    const text = '# T\n\n## Part\n\n- [@article@A](/a)\n\nAfterword.\n';
    expect(parse(text).content).toEqual({
      description: '## Part\n\nAfterword.',
      resources: [{ type: 'article', title: 'A', url: '/a' }],
    });
  });

  it('gives no content for a file with only a title', () => {
    expect(parse('# Only a title\n')).toEqual({
      title: 'Only a title',
      content: undefined,
      issues: [],
    });
  });

  it('reads a link with parentheses in its URL, and drops it when unsafe', () => {
    const { content, issues } = parse(
      '- [@official@Wiki](https://example.com/a_(b))\n- [@article@X](javascript:alert(1))',
    );
    expect(content).toEqual({
      resources: [{ type: 'official', title: 'Wiki', url: 'https://example.com/a_(b)' }],
    });
    expect(issues.map((i) => i.code)).toEqual(['unsafe-url']);
  });
});

describe('nodeIdOfContentKey', () => {
  it.each([
    ['content/intro@a1B2_c-3.md', 'a1B2_c-3'],
    ['content\\deep\\intro@xY.md', 'xY'],
    ['intro@a1B2', 'a1B2'],
    ['a1B2', 'a1B2'],
    ['a1B2.MD', 'a1B2'],
    ['name@with@two@zZ.md', 'zZ'],
  ])('%s is for node %s', (key, id) => {
    expect(nodeIdOfContentKey(key)).toBe(id);
  });
});
