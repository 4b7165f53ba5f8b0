import { describe, expect, it } from 'vitest';
import { parseRoadmap } from '../src/index.js';

/** A valid document with `extra` lines spliced in at the end (line 8 onwards). */
const base = (extra: string) => `schemaVersion: 1
id: demo
title: Demo
legend:
  - { id: rec, label: Recommended, color: purple }
topics:
  - id: internet
    label: Internet
${extra}`;

interface Case {
  name: string;
  source: string;
  code: string;
  line: number;
  column: number;
  message: string;
  hint: string;
}

const cases: Case[] = [
  {
    name: 'misspelt key',
    source: base('    lable: Net\n'),
    code: 'unknown-key',
    line: 9,
    column: 5,
    message: 'unknown key "lable", did you mean "label"',
    hint: 'rename "lable" to "label"',
  },
  {
    name: 'unknown key with no near match',
    source: base('    colour2024: red\n'),
    code: 'unknown-key',
    line: 9,
    column: 5,
    message: 'unknown key "colour2024"',
    hint: 'remove "colour2024"; the keys allowed here are: id, label, legend, badgeCorner, url, content, fontSize, padding, position, size, subtopics',
  },
  {
    name: 'wrong type',
    source: base('    subtopics: 3\n'),
    code: 'invalid-type',
    line: 9,
    column: 16,
    message: 'expected a list for "subtopics", received the number 3',
    hint: 'write a list ("- item" lines, or []) here',
  },
  {
    name: 'missing label',
    source: base('  - id: dns\n'),
    code: 'missing-key',
    line: 9,
    column: 5,
    message: 'missing "label": expected a string',
    hint: 'add "label: "some text"" to topics[1]',
  },
  {
    name: 'bad side',
    source: base('    subtopics:\n      - { id: dns, label: DNS, side: lfet }\n'),
    code: 'invalid-value',
    line: 10,
    column: 38,
    message: 'expected one of "left", "right" for "side", received the text "lfet"',
    hint: 'did you mean "left"?',
  },
  {
    name: 'legend reference typo',
    source: base('    legend: recc\n'),
    code: 'unknown-reference',
    line: 9,
    column: 13,
    message:
      'expected the id of a legend item, received "recc", which does not exist (did you mean "rec"?)',
    hint: 'change it to "rec"',
  },
  {
    name: 'edge to a missing node',
    source: base('edges:\n  - { from: internet, to: internt }\n'),
    code: 'unknown-reference',
    line: 10,
    column: 27,
    message:
      'expected the id of a node, received "internt", which does not exist (did you mean "internet"?)',
    hint: 'change it to "internet"',
  },
  {
    name: 'self-loop',
    source: base('edges:\n  - { from: internet, to: internet }\n'),
    code: 'self-loop',
    line: 10,
    column: 27,
    message: 'expected an edge between two different nodes, received one from "internet" to itself',
    hint: 'point "to" at another node, or remove the edge',
  },
  {
    name: 'javascript: URL',
    source: base("    url: 'javascript:alert(1)'\n"),
    code: 'unsafe-url',
    line: 9,
    column: 10,
    message: 'expected an http(s), mailto or relative URL, received a "javascript:" URL',
    hint: 'remove the javascript: link; links may only lead to pages',
  },
  {
    name: 'data: URL hidden behind a tab',
    source: base('    url: "da\\tta:text/html,x"\n'),
    code: 'unsafe-url',
    line: 9,
    column: 10,
    message:
      'expected an http(s), mailto or relative URL, received a "data:" URL (hidden by invisible characters)',
    hint: 'remove the data: link; links may only lead to pages',
  },
  {
    name: 'javascript: URL hidden by a NUL',
    source: base('    url: "java\\0script:alert(1)"\n'),
    code: 'unsafe-url',
    line: 9,
    column: 10,
    message:
      'expected an http(s), mailto or relative URL, received a "javascript:" URL (hidden by invisible characters)',
    hint: 'remove the javascript: link; links may only lead to pages',
  },
  {
    name: 'javascript: URL hidden by a zero-width space and U+FFFE',
    source: base('    url: "\\u200Bjava\\uFFFEscript:alert(1)"\n'),
    code: 'unsafe-url',
    line: 9,
    column: 10,
    message:
      'expected an http(s), mailto or relative URL, received a "javascript:" URL (hidden by invisible characters)',
    hint: 'remove the javascript: link; links may only lead to pages',
  },
  {
    name: 'protocol-relative URL',
    source: base("    url: '//evil.example/x'\n"),
    code: 'unsafe-url',
    line: 9,
    column: 10,
    message:
      'expected an http(s), mailto or same-site relative URL, received "//evil.example/x", which leads to another host',
    hint: 'write the full https:// URL of the page, or a path on this site such as /docs/page',
  },
  {
    name: 'javascript: link in a Markdown description',
    source: base('    content: { description: "See [it](java\\tscript:alert(1))" }\n'),
    code: 'unsafe-url',
    line: 9,
    column: 29,
    message:
      'expected an http(s), mailto or relative URL in a Markdown link, received a "javascript:" URL (hidden by invisible characters)',
    hint: 'remove the javascript: link; links may only lead to pages',
  },
  {
    name: 'empty label',
    source: base("  - { id: b, label: '  ' }\n"),
    code: 'empty-label',
    line: 9,
    column: 21,
    message: 'expected text for "label", received only spaces',
    hint: 'write the text to show, or remove the item',
  },
  {
    name: 'label too long',
    source: base(`  - { id: b, label: ${'x'.repeat(301)} }\n`),
    code: 'too-long',
    line: 9,
    column: 21,
    message: 'expected at most 300 characters for "label", received 301',
    hint: 'shorten the text (long explanations belong in content.description)',
  },
  {
    name: 'duplicate id',
    source: base('  - { id: internet, label: Again }\n'),
    code: 'duplicate-id',
    line: 9,
    column: 11,
    message:
      'expected each node id to be unique, received "internet" again (first used at topics.0)',
    hint: 'rename one of them, for example to "internet-2"',
  },
  {
    name: 'spine visiting a topic twice',
    source: base('  - { id: git, label: Git }\nspine: [internet, git, internet]\n'),
    code: 'spine-cycle',
    line: 10,
    column: 24,
    message:
      'expected each topic once on the spine, received "internet" again at position 3 (first at 1): the spine would loop back',
    hint: 'remove the second "internet" from spine; connect back to it with an entry in edges instead',
  },
  {
    name: 'colour not in the palette',
    source: base('theme:\n  colors: { edge: bleu }\n'),
    code: 'invalid-format',
    line: 10,
    column: 19,
    message:
      'expected a hex colour (#rgb or #rrggbb) or a palette name (yellow, light-yellow, orange, red, pink, purple, blue, light-blue, green, teal, gray, black, white), received the text "bleu"',
    hint: 'did you mean "blue"?',
  },
  {
    name: 'CSS injection in a colour',
    source: base("theme:\n  colors: { edge: 'red;}</style><script>' }\n"),
    code: 'invalid-format',
    line: 10,
    column: 19,
    message:
      'expected a hex colour (#rgb or #rrggbb) or a palette name (yellow, light-yellow, orange, red, pink, purple, blue, light-blue, green, teal, gray, black, white), received the text "red;}</style><script>"',
    hint: 'write a colour as #rrggbb (for example #2b78e4) or a palette name such as blue or yellow',
  },
  {
    name: 'CSS colour keyword as a fill',
    source: base('elements:\n  - { kind: paragraph, id: p, text: Hi, background: transparent }\n'),
    code: 'invalid-format',
    line: 10,
    column: 53,
    message:
      'expected a hex colour (#rgb or #rrggbb), a palette name (yellow, light-yellow, orange, red, pink, purple, blue, light-blue, green, teal, gray, black, white) or none, received the text "transparent"',
    hint: 'write a colour as #rrggbb (for example #2b78e4) or a palette name such as blue or yellow',
  },
  {
    name: 'id that is not a slug',
    source: 'schemaVersion: 1\nid: My Roadmap\ntitle: T\ntopics: [{ id: a, label: A }]\n',
    code: 'invalid-format',
    line: 2,
    column: 5,
    message:
      'expected a lower-case slug such as "backend" or "system-design", received the text "My Roadmap"',
    hint: 'use "my-roadmap"',
  },
  {
    name: 'unknown element kind',
    source: base('elements:\n  - { kind: paragrph, id: p, text: Hi }\n'),
    code: 'invalid-value',
    line: 10,
    column: 13,
    message:
      'expected "kind" to be one of "title", "section", "paragraph", "button", "checklist", "label", "links", "line", received the text "paragrph"',
    hint: 'did you mean "paragraph"?',
  },
  {
    name: 'future schema version',
    source: 'schemaVersion: 2\nid: a\ntitle: T\ntopics: []\n',
    code: 'unsupported-version',
    line: 1,
    column: 16,
    message:
      'expected schemaVersion 1 or lower, received 2: the file was written for a newer roadmapkit',
    hint: 'upgrade @roadmapkit/schema (or the roadmapkit CLI) to a version that reads this file',
  },
  {
    name: 'position out of range',
    source: base('    position: { x: 1e308, y: 0 }\n'),
    code: 'too-big',
    line: 9,
    column: 20,
    message: 'expected a number at most 1000000 for "x", received the number 1e+308',
    hint: 'use a number at most 1000000',
  },
  {
    name: 'manual layout without positions',
    source: base('layout: manual\n'),
    code: 'missing-position',
    line: 7,
    column: 9,
    message:
      'expected a position for "internet" because the document sets layout: manual, received none',
    hint: 'add "position: { x: …, y: … }" to the node, or set layout: auto',
  },
  {
    name: 'duplicate key',
    source: base('    label: Again\n'),
    code: 'duplicate-key',
    line: 9,
    column: 5,
    message: 'expected each key once per object, received "label" a second time',
    hint: 'remove one of the two, or merge their values',
  },
  {
    name: 'YAML syntax error',
    source: base('    subtopics: [a, b\n'),
    code: 'syntax-error',
    // the parser notices the missing "]" where the input ends
    line: 10,
    column: 1,
    message: 'Flow sequence in block collection must be sufficiently indented and end with a ]',
    hint: 'check the indentation: items of one list or object start in the same column',
  },
  {
    name: 'list instead of a document',
    source: '- a\n- b\n',
    code: 'invalid-type',
    line: 1,
    column: 1,
    message:
      'expected the document to be an object with keys such as "title" and "topics", received a list of 2',
    hint: 'start from examples/minimal/roadmap.yaml',
  },
];

describe('invalid documents', () => {
  it.each(cases)('$name', ({ source, code, line, column, message, hint }) => {
    const result = parseRoadmap(source, { file: 'roadmap.yaml' });
    expect(result.value).toBeUndefined();
    const issue = result.issues.find((candidate) => candidate.code === code);
    expect(issue, JSON.stringify(result.issues, null, 2)).toBeDefined();
    expect(issue).toMatchObject({
      file: 'roadmap.yaml',
      severity: 'error',
      line,
      column,
      message,
      hint,
    });
  });
});

describe('warnings', () => {
  it('warns about a topic left off an explicit spine, and keeps the document', () => {
    const result = parseRoadmap(base('  - { id: git, label: Git }\nspine: [internet]\n'));
    expect(result.value?.id).toBe('demo');
    expect(result.issues).toMatchObject([
      {
        code: 'orphan-topic',
        severity: 'warning',
        line: 9,
        column: 11,
        message: 'topic "git" is not on the spine and no edge reaches it, so it floats unconnected',
      },
    ]);
  });

  it('warns about two siblings with the same label', () => {
    const result = parseRoadmap(
      base('    subtopics:\n      - { id: a, label: DNS }\n      - { id: b, label: " dns " }\n'),
    );
    expect(result.value).toBeDefined();
    expect(result.issues).toMatchObject([
      {
        code: 'duplicate-label',
        severity: 'warning',
        line: 11,
        column: 25,
        path: ['topics', 0, 'subtopics', 1, 'label'],
      },
    ]);
  });
});
