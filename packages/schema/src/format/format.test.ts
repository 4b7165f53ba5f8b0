import { describe, expect, it } from 'vitest';
import { parseRoadmap } from '../index.js';
import { codeFrame } from './code-frame.js';
import { formatIssuesGithub } from './github.js';
import { formatIssuesJson } from './json.js';
import { formatIssuesPretty, summarizeIssues } from './pretty.js';

const source =
  'schemaVersion: 1\nid: demo\ntitle: Demo\ntopics:\n  - id: internet\n    url2: Internet\n';
const { issues } = parseRoadmap(source, { file: 'docs/road,map.yaml' });

describe('codeFrame', () => {
  it('shows the line with a marker under the offending text and one line around it', () => {
    expect(codeFrame(source, { line: 6, column: 5, endLine: 6, endColumn: 10 })).toBe(
      ['  5 |   - id: internet', '> 6 |     url2: Internet', '    |     ^^^^^'].join('\n'),
    );
  });
});

describe('formatIssuesPretty', () => {
  it('prints the message, the path and place, a code frame and the fix', () => {
    const text = formatIssuesPretty(issues, { sources: { 'docs/road,map.yaml': source } });
    expect(text.split('\n')).toEqual([
      '✖ missing "label": expected a string [missing-key]',
      '  → at topics[0].label (docs/road,map.yaml:5:5)',
      '    4 | topics:',
      '  > 5 |   - id: internet',
      // the object spans several lines: the marker runs to the end of its first line
      '      |     ^^^^^^^^^^^^',
      '    6 |     url2: Internet',
      '  fix: add "label: "some text"" to topics[0]',
      '',
      '✖ unknown key "url2", did you mean "url" [unknown-key]',
      '  → at topics[0].url2 (docs/road,map.yaml:6:5)',
      '    5 |   - id: internet',
      '  > 6 |     url2: Internet',
      '      |     ^^^^',
      '  fix: rename "url2" to "url"',
    ]);
  });

  it('shows escape sequences from the file as visible characters, and cuts a long line', () => {
    const hostile = `schemaVersion: 1\nid: demo\ntitle: Demo\ntopics:\n  - id: internet\n    "\u001b]0;pwned\u0007\u001b[2J${'x'.repeat(1000)}": 1\n`;
    const found = parseRoadmap(hostile, { file: 'a.yaml' }).issues;
    const text = formatIssuesPretty(found, { sources: { 'a.yaml': hostile } });
    // biome-ignore lint/suspicious/noControlCharactersInRegex: none of these may be printed
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(text).toContain('␛]0;pwned␇␛[2J');
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(450);
  });

  it('colours only when asked', () => {
    expect(formatIssuesPretty(issues)).not.toContain('\u001b[');
    expect(formatIssuesPretty(issues, { color: true })).toContain('\u001b[31m✖\u001b[0m');
  });

  it('counts errors and warnings', () => {
    expect(summarizeIssues(issues)).toBe('2 errors, 0 warnings');
  });
});

describe('formatIssuesJson', () => {
  it('gives every field of every issue', () => {
    const parsed = JSON.parse(formatIssuesJson(issues)) as Array<Record<string, unknown>>;
    expect(parsed[1]).toEqual({
      file: 'docs/road,map.yaml',
      line: 6,
      column: 5,
      endLine: 6,
      endColumn: 9,
      severity: 'error',
      code: 'unknown-key',
      path: ['topics', 0, 'url2'],
      message: 'unknown key "url2", did you mean "url"',
      hint: 'rename "url2" to "url"',
    });
  });
});

describe('formatIssuesGithub', () => {
  it('writes one workflow command per issue, escaping commas in properties', () => {
    expect(formatIssuesGithub(issues).split('\n')[1]).toBe(
      '::error file=docs/road%2Cmap.yaml,line=6,col=5,endLine=6,endColumn=9,title=roadmapkit unknown-key::unknown key "url2", did you mean "url" (at topics[0].url2). Fix: rename "url2" to "url"',
    );
  });

  it('escapes newlines and percent signs so a message cannot start a new command', () => {
    const [issue] = issues;
    if (!issue) throw new Error('expected an issue');
    const line = formatIssuesGithub([{ ...issue, message: '100%\n::error::forged' }]);
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toContain('100%25%0A::error::forged');
  });
});
