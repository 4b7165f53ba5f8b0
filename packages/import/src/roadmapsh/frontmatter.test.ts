import { describe, expect, it } from 'vitest';
import { createValueReader } from '../core/values.js';
import { createIssueLog } from '../import-issue.js';
import { readFrontmatter } from './frontmatter.js';

function read(input: string | object) {
  const log = createIssueLog();
  return { meta: readFrontmatter(input, createValueReader(log), log), issues: log.issues };
}

describe('readFrontmatter', () => {
  it('reads the YAML between the --- lines, ignoring the page body', () => {
    const text =
      "---\ntitle: 'Gizmos'\njsonUrl: '/jsons/roadmaps/gizmos.json'\n---\n\n# Body: not: yaml: [\n";
    expect(read(text)).toEqual({ meta: { title: 'Gizmos', id: 'gizmos' }, issues: [] });
  });

  it('reads YAML without --- lines, and parsed data', () => {
    expect(read('title: Plain').meta).toEqual({ title: 'Plain' });
    expect(read({ title: 'Parsed', description: 'Already data.' }).meta).toEqual({
      title: 'Parsed',
      description: 'Already data.',
    });
  });

  it('falls back to the SEO description, and to the published date', () => {
    const data = {
      seo: { description: 'From SEO.', keywords: ['a', '', 'a', 'x'.repeat(51), 'b'] },
      schema: { datePublished: '2024-02-29', dateModified: 'not a date' },
    };
    expect(read(data).meta).toEqual({
      description: 'From SEO.',
      tags: ['a', 'b'],
      updated: '2024-02-29',
    });
  });

  it('refuses dates that do not exist', () => {
    expect(read({ schema: { dateModified: '2023-02-30' } }).meta).toEqual({});
  });

  it('warns about YAML it cannot read and imports none of it', () => {
    const { meta, issues } = read('---\ntitle: [unclosed\n---\n');
    expect(meta).toEqual({});
    expect(issues).toMatchObject([{ code: 'invalid-frontmatter', path: ['frontmatter'] }]);
    expect(issues[0]?.message).toMatch(/^could not read the frontmatter: .+; imported none of it$/);
  });

  it('warns about frontmatter that is not a mapping', () => {
    expect(read('---\n- a\n- b\n---\n').issues).toMatchObject([
      { message: 'expected the frontmatter to be a mapping of keys; imported none of it' },
    ]);
  });

  it('stops YAML alias bombs', () => {
    const bomb = `a: &a [x, x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 12 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`).join('\n')}\ntitle: Bomb\n`;
    const { meta, issues } = read(bomb);
    expect(meta).toEqual({});
    expect(issues).toMatchObject([{ code: 'invalid-frontmatter' }]);
  });
});
