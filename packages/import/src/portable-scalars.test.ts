import { validateRoadmap } from '@roadmapkit/schema';
import { afterAll, describe, expect, it } from 'vitest';
import { yamlReaders } from '../test/yaml-readers.js';
import { fromRoadmapSh } from './roadmapsh/from-roadmapsh.js';
import { toYaml } from './serialize.js';

// Strings some common parser reads as something else (or rejects) when written plain.
const tricky = [
  ...['yes', 'No', 'on', 'OFF', 'y', 'n', 'Y', 'true', 'False', '~', 'null', 'NULL', ''],
  ...['0777', '012', '0x10', '0o17', '0b101', '1e3', '1.0e+3', '.5', '1_000', '+12', '-0'],
  ...['.inf', '-.Inf', '.NaN', '1:20', '190:20:30', '2024-01-01', '2001-12-14t21:59:43.10-05:00'],
  ...['=', '<<', '-', '- item', '? key', ':x', '---', '...', '"quoted"', "'single'"],
  ...['*alias', '&anchor', '!tag', '!!str', '%directive', '@handle', '`tick`', '|', '>'],
  ...['#tag', 'a #b', 'a: b', 'a:b', 'x, y', '[x]', '{x}', '50%', 'what?', 'back\\slash'],
  ...[' leading', 'trailing ', 'tab\there', 'two\nlines', 'para\n\nnext', 'end\n'],
  ...[
    'it’s fine',
    'naïve café',
    '日本語のラベル',
    'مرحبا بالعالم',
    'emoji 🚀 ok',
    'nbsp\u00a0here',
  ],
  ...['line\u2028separator', 'para\u2029separator', 'next\u0085line', 'zero\u200bwidth'],
  ...['bom\ufeffinside', 'bell\u0007', 'del\u007f', 'c1\u009b', 'cr\r\nlf', 'tab\tand\nline'],
];
// URLs whose plain form some parser cuts short: a `#` fragment, `: `, `?` and `[`, `,`.
const urls = [
  'https://roadmap.example/roadmaps?g=Languages+%2F+Platforms',
  'https://example.org/page#section',
  'https://example.org/search?q=a: b',
  'https://example.org/p?x=[1]&y={2}',
  'https://example.org/a,b',
  'https://example.org/%E6%97%A5?yes=on',
];

function checked(input: unknown) {
  const result = validateRoadmap(input);
  if (result.value === undefined) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

const handWritten = checked({
  schemaVersion: 1,
  id: 'portable',
  title: 'Portable',
  description: 'First line: yes\n\n- a list item\n- # not a comment',
  license: '',
  layout: 'manual',
  topics: tricky
    .filter((label) => label.trim() !== '')
    .map((label, i) => ({ id: `t${i}`, label, position: { x: i, y: 40 * i } })),
  elements: [
    {
      kind: 'links',
      id: 'links',
      links: tricky
        .filter((label) => label.trim() !== '')
        .map((label, i) => ({ label, url: urls[i % urls.length] })),
      position: { x: 0, y: 0 },
    },
    { kind: 'button', id: 'b', label: 'More', url: urls[0], position: { x: 1, y: 2 } },
    { kind: 'paragraph', id: 'p', text: tricky.join('\n'), position: { x: 3, y: 4 } },
  ],
});

/** A roadmap.sh editor file whose labels and links are the tricky strings. */
function editorFile() {
  const box = (id: string, type: string, y: number, data: Record<string, unknown>) => ({
    id,
    type,
    position: { x: type === 'topic' ? 0 : 300, y },
    width: 200,
    height: 40,
    zIndex: 999,
    data,
  });
  const labels = tricky.filter((label) => label.trim() !== '' && !label.includes('\n'));
  const nodes = [
    ...labels.map((label, i) =>
      box(`n${i}`, i % 2 === 0 ? 'topic' : 'subtopic', 60 * i, { label }),
    ),
    box('btn', 'button', -100, { label: 'yes', href: urls[0] }),
    box('lbl', 'label', -60, { label: '*star', href: urls[1] }),
  ];
  const edges = labels
    .map((_, i) => i)
    .filter((i) => i % 2 === 1)
    .map((i) => ({
      id: `e${i}`,
      source: `n${i - 1}`,
      target: `n${i}`,
      sourceHandle: 'z2',
      targetHandle: 'y1',
    }));
  return { nodes, edges };
}
const imported = fromRoadmapSh(editorFile(), { layout: 'manual' }).value;
if (imported === undefined) throw new Error('the editor file did not import');

const documents = [
  ['hand-written document with tricky strings', handWritten],
  ['roadmap.sh import with tricky labels', imported],
] as const;

const { readers, dispose } = yamlReaders();
afterAll(dispose);

describe.each(documents)('toYaml of a %s reads back the same', (_name, doc) => {
  const text = toYaml(doc);
  const { $schema: _, ...expected } = JSON.parse(JSON.stringify(doc)) as Record<string, unknown>;

  it.for(readers)('in %s', ([_reader, read, skipped], ctx) => {
    if (skipped !== undefined) ctx.skip(skipped);
    expect(read(text)).toEqual(expected);
  });
});

describe('toYaml quotes only what needs it', () => {
  const text = toYaml(handWritten);

  it('plain words, a plain URL outside a flow mapping and numbers stay plain', () => {
    expect(text).toContain('title: Portable\n');
    expect(text).toContain('url: https://roadmap.example/roadmaps?g=Languages+%2F+Platforms\n');
    expect(text).toContain('position: { x: 1, "y": 2 }');
  });

  it('quotes the strings a parser would read otherwise, inside and outside flow mappings', () => {
    expect(text).toContain('label: "yes"\n');
    expect(text).toContain('label: "0x10"\n');
    expect(text).toContain('{ label: "a: b", url: "https://example.org/p?x=[1]&y={2}" }');
    expect(text).toContain('{ label: "No", url: "https://example.org/page#section" }');
    expect(text).toContain('{ label: "tab\\there", url: ');
  });

  it('escapes the line breaks YAML 1.1 reads in NEL, LS and PS, and controls', () => {
    expect(text).toContain('{ label: "line\\Lseparator", ');
    expect(text).toContain('{ label: "next\\Nline", ');
    expect(text).toContain('{ label: "del\\x7f", ');
    expect(text).not.toMatch(/[\u0085\u2028\u2029\u007f]/);
  });

  it('writes U+FFFD for a lone surrogate, which no UTF-8 file can hold', () => {
    const lone = checked({
      schemaVersion: 1,
      id: 'lone',
      title: 'a\ud800b',
      topics: [{ id: 't', label: 'T' }],
    });
    expect(toYaml(lone)).toContain('title: a\ufffdb\n');
  });
});
