import { JSON_SCHEMA_URL, parseRoadmap } from '@roadmapkit/schema';
import { describe, expect, it } from 'vitest';
import { fromRoadmapSh } from './roadmapsh/from-roadmapsh.js';
import { toJson, toYaml } from './serialize.js';

const result = fromRoadmapSh({
  nodes: [
    {
      id: 'a',
      type: 'topic',
      position: { x: 10, y: 20 },
      width: 200,
      height: 40,
      data: { label: 'Topic A' },
    },
    {
      id: 'b',
      type: 'subtopic',
      position: { x: 300, y: 20 },
      width: 180,
      height: 40,
      data: { label: 'true' },
    },
  ],
  edges: [{ id: 'e', source: 'a', sourceHandle: 'z2', target: 'b', targetHandle: 'y1' }],
});
const doc = result.value;
if (doc === undefined) throw new Error('the sample did not import');

describe('toYaml', () => {
  const yaml = toYaml(doc);

  it('starts with the schema line and writes small maps on one line', () => {
    expect(yaml.split('\n').slice(0, 3)).toEqual([
      `# yaml-language-server: $schema=${JSON_SCHEMA_URL}`,
      'schemaVersion: 1',
      'id: untitled-roadmap',
    ]);
    expect(yaml).toContain('    position: { x: 0, "y": 0 }\n    size: { width: 200, height: 40 }');
  });

  it('writes the legend position on one line too', () => {
    const withLegend = fromRoadmapSh({
      nodes: [
        ...[{ id: 'a', type: 'topic', position: { x: 10, y: 20 }, width: 200, height: 40 }].map(
          (node) => ({ ...node, data: { label: 'Topic A' } }),
        ),
        {
          id: 'l',
          type: 'legend',
          position: { x: 300, y: 0 },
          data: { legends: [{ id: 'p', label: 'Pick', color: '#874efe' }] },
        },
      ],
    }).value;
    if (withLegend === undefined) throw new Error('the sample did not import');
    expect(toYaml(withLegend)).toContain('\nlegendPosition: { x: 290, "y": 0 }\n');
  });

  it('reads back as the same document (quoting what YAML would misread)', () => {
    expect(yaml).toContain('label: "true"');
    expect(parseRoadmap(yaml)).toEqual({ value: doc, issues: [] });
  });
});

describe('toJson', () => {
  it('puts $schema first and reads back as the same document', () => {
    const json = toJson(doc);
    expect(Object.keys(JSON.parse(json))[0]).toBe('$schema');
    expect(json.endsWith('}\n')).toBe(true);
    expect(parseRoadmap(json).value).toEqual({ $schema: JSON_SCHEMA_URL, ...doc });
  });
});
