import { expect, it } from 'vitest';
import { parseRoadmap } from './index.js';

const yaml = (label: string) =>
  `schemaVersion: 1\nid: x\ntitle: X\ntopics:\n  - id: a\n    label: ${label}\n`;
const brief = (source: string, file?: string) =>
  parseRoadmap(source, file === undefined ? {} : { file }).issues.map((i) => ({
    code: i.code,
    message: i.message,
    hint: i.hint,
    at: `${i.line}:${i.column}`,
  }));

it.each([
  {
    name: 'a value with ": " in it is quoted',
    source: yaml('Go: the basics'),
    issues: [
      {
        code: 'syntax-error',
        message: 'Nested mappings are not allowed in compact mappings',
        hint: 'quote the value, because ": " inside it starts a new key: label: "Go: the basics"',
        at: '6:12',
      },
    ],
  },
  {
    name: 'a version number stays text when quoted',
    source: yaml('1.10'),
    issues: [
      {
        code: 'invalid-type',
        message: 'expected a string for "label", received the number 1.1',
        hint: 'quote it to keep it as text: "1.10"',
        at: '6:12',
      },
    ],
  },
  {
    name: 'a tab is one error',
    source: 'schemaVersion: 1\nid: x\ntitle: X\ntopics:\n  - id: a\n\tlabel: A\n\tside: left\n',
    issues: [
      {
        code: 'syntax-error',
        message: 'Tabs are not allowed as indentation',
        hint: 'indent with spaces, not tabs',
        at: '6:1',
      },
    ],
  },
])('$name', ({ source, issues }) => {
  expect(brief(source)).toEqual(issues);
});

const JSON_DOC =
  '{\n  "schemaVersion": 1,\n  "id": "x",\n  "title": "X",\n  "topics": [{ "id": "a", "label": "A" }]\n}\n';

it.each([
  {
    name: 'a trailing comma',
    source: JSON_DOC.replace('"A" }]', '"A" },]'),
    issue: {
      code: 'syntax-error',
      message: 'expected strict JSON, received a comma before the closing bracket',
      hint: 'remove the trailing comma',
      at: '5:41',
    },
  },
  {
    name: 'a comment',
    source: JSON_DOC.replace('"id": "x",', '"id": "x", // the slug'),
    issue: {
      code: 'syntax-error',
      message: 'expected strict JSON, received a comment',
      hint: 'JSON has no comments: remove it (or write the roadmap as YAML)',
      at: '3:14',
    },
  },
])('.json files are strict JSON: $name', ({ source, issue }) => {
  expect(brief(source, 'a.roadmap.json')).toEqual([issue]);
  // The same text in a .yaml file is read by the YAML parser.
  expect(brief(source, 'a.roadmap.yaml').map((i) => i.code)).not.toContain('syntax-error');
});

it('a valid .json file passes', () => {
  expect(brief(JSON_DOC, 'a.json')).toEqual([]);
});
