import { spawnSync } from 'node:child_process';
import { validateRoadmap } from '@roadmapkit/schema';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { toYaml } from './serialize.js';

// Strings some common parser reads as something else when written plain.
const tricky = [
  'yes',
  'No',
  'on',
  'off',
  'y',
  '0777',
  '1:20',
  '2024-01-01',
  '~',
  'null',
  '.inf',
  '0x1F',
  '1_000',
  '+12',
  'a: b',
  'x, y',
  '[x]',
  '{x}',
  '50%',
  'what?',
  '@handle',
  '`tick`',
  '#tag',
  'it’s fine',
];
const links = tricky.map((label, i) => ({
  label,
  url: `https://example.org/p${i}?g=A+%2F+B&x=[1]`,
}));
const checked = validateRoadmap({
  schemaVersion: 1,
  id: 'portable',
  title: 'Portable',
  topics: tricky.map((label, i) => ({ id: `t${i}`, label })),
  elements: [
    { kind: 'links', id: 'links', links },
    {
      kind: 'button',
      id: 'b',
      label: 'More',
      url: 'https://roadmap.example/roadmaps?g=Languages+%2F+Platforms',
    },
  ],
});
const doc = checked.value;
if (doc === undefined) throw new Error(JSON.stringify(checked.issues));
const text = toYaml(doc);
const { $schema: _, ...expected } = JSON.parse(JSON.stringify(doc)) as Record<string, unknown>;

const pyYaml = spawnSync('python3', ['-c', 'import yaml'], { encoding: 'utf8' }).status === 0;

describe('toYaml writes YAML every common parser reads back the same', () => {
  it('yaml (YAML 1.2)', () => {
    expect(parse(text)).toEqual(expected);
  });

  it('yaml with YAML 1.1 rules (what PyYAML follows)', () => {
    expect(parse(text, { version: '1.1' })).toEqual(expected);
  });

  it('js-yaml', () => {
    expect(jsYaml.load(text)).toEqual(expected);
  });

  it.runIf(pyYaml)('PyYAML', () => {
    const run = spawnSync(
      'python3',
      ['-c', 'import sys, json, yaml; print(json.dumps(yaml.safe_load(sys.stdin.read())))'],
      { input: text, encoding: 'utf8' },
    );
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual(expected);
  });

  it('quotes only what needs it: plain words and a URL outside a flow mapping stay plain', () => {
    expect(text).toContain('title: Portable\n');
    expect(text).toContain('url: https://roadmap.example/roadmaps?g=Languages+%2F+Platforms\n');
    expect(text).toContain('{ label: "a: b", url: "https://example.org/p14?g=A+%2F+B&x=[1]" }');
  });
});
