import { parseRoadmap, validateRoadmap } from '@roadmapkit/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBalsamiq, fromRoadmapSh, type ImportResult, toJson, toYaml } from '../src/index.js';
import { NODE_TYPES as READ_NODE_TYPES } from '../src/roadmapsh/read-nodes.js';
import { subtopicsOf } from './helpers.js';

const ids = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f g', '-x', '', 'Ab_9-z');
const text = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom('', '   ', 'Topic', 'Topic', '[x](javascript:y)'),
  fc.constant(null),
  fc.integer(),
);
const coordinate = fc.oneof(
  fc.double({ min: -3000, max: 3000, noNaN: true }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, null, '12', 'x', 1e12),
);
const extent = fc.oneof(
  fc.double({ min: -20, max: 600, noNaN: true }),
  fc.constantFrom(0, '40', null),
);
const color = fc.constantFrom('#874efe', 'purple', 'transparent', 'rgb(1,2,3)', 'nope', '', 7);
const NODE_TYPES = [...READ_NODE_TYPES, 'bogus'];

const data = fc.record(
  {
    label: text,
    href: fc.constantFrom('https://example.com', 'javascript:x', '/rel', '', 5),
    badge: text,
    legend: fc.oneof(
      fc.record(
        {
          id: ids,
          label: text,
          color,
          position: fc.constantFrom('right-top', 'left-center', 'up'),
        },
        { requiredKeys: [] },
      ),
      fc.constant('nope'),
    ),
    legends: fc.array(fc.record({ id: ids, label: text, color }, { requiredKeys: [] }), {
      maxLength: 3,
    }),
    links: fc.array(
      fc.record({ label: text, url: fc.constantFrom('https://e.com/a', 'data:x', '') }),
      {
        maxLength: 3,
      },
    ),
    checklists: fc.array(fc.record({ id: ids, label: text }, { requiredKeys: [] }), {
      maxLength: 3,
    }),
    resources: fc.array(
      fc.record({ title: text, url: fc.constantFrom('https://e.com', 'vbscript:x') }),
      {
        maxLength: 2,
      },
    ),
    style: fc.record(
      {
        backgroundColor: color,
        borderColor: color,
        color,
        fontSize: extent,
        stroke: color,
        strokeDasharray: fc.constantFrom('0', '0.8 8', '5 5', 'x'),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);

const node = fc.record(
  {
    id: fc.oneof(ids, fc.integer()),
    type: fc.constantFrom(...NODE_TYPES),
    position: fc.oneof(
      fc.record({ x: coordinate, y: coordinate }, { requiredKeys: [] }),
      fc.constant(7),
    ),
    width: extent,
    height: extent,
    measured: fc.record({ width: extent, height: extent }),
    data: fc.oneof(data, fc.constant(null)),
  },
  { requiredKeys: ['type'] },
);

const handle = fc.constantFrom('w1', 'w2', 'x1', 'x2', 'y1', 'y2', 'z1', 'z2', 'q', '');
const edge = fc.record(
  {
    id: ids,
    source: fc.oneof(ids, fc.constant(null)),
    target: fc.oneof(ids, fc.constant(null)),
    sourceHandle: handle,
    targetHandle: handle,
    data: fc.record({ edgeStyle: fc.constantFrom('solid', 'dashed', 'dotted', 'wavy') }),
    style: fc.record({ strokeDasharray: fc.constantFrom('0', '0.8 8', '5 5') }),
  },
  { requiredKeys: [] },
);

const editorFile = fc.record(
  {
    nodes: fc.array(fc.oneof({ weight: 9, arbitrary: node }, fc.constantFrom(null, 3, 'x')), {
      maxLength: 25,
    }),
    edges: fc.oneof(
      fc.array(fc.oneof({ weight: 9, arbitrary: edge }, fc.constant(null)), { maxLength: 25 }),
      fc.constant('x'),
    ),
  },
  { requiredKeys: ['nodes'] },
);

/** Topics and subtopics the importer must keep: a box with data and a label with text. */
function usableBoxes(file: { nodes: unknown[] }): number {
  return file.nodes.filter((raw) => {
    if (raw === null || typeof raw !== 'object') return false;
    const n = raw as { type?: unknown; data?: unknown };
    if (n.type !== 'topic' && n.type !== 'subtopic') return false;
    const label = (n.data as { label?: unknown } | null)?.label;
    return (typeof label === 'string' && label.trim() !== '') || typeof label === 'number';
  }).length;
}

function checkResult(result: ImportResult): void {
  expect(result.issues.filter((issue) => issue.code === 'internal-error')).toEqual([]);
  for (const issue of result.issues) expect(issue.message.length).toBeGreaterThan(10);
  if (result.value === undefined) {
    expect(result.issues.filter((issue) => issue.severity === 'error').length).toBeGreaterThan(0);
    return;
  }
  expect(result.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  expect(
    validateRoadmap(result.value).issues.filter((issue) => issue.severity === 'error'),
  ).toEqual([]);
  expect(parseRoadmap(toYaml(result.value)).value).toEqual(result.value);
  expect(parseRoadmap(toJson(result.value)).value).toEqual({
    $schema: expect.any(String),
    ...result.value,
  });
}

describe('random dirty input', () => {
  it('editor files: never a throw, always a valid document or an error, every box kept', () => {
    fc.assert(
      fc.property(
        editorFile,
        fc.constantFrom('manual' as const, 'auto' as const),
        (file, layout) => {
          const result = fromRoadmapSh(file, { layout });
          checkResult(result);
          const boxes = usableBoxes(file);
          expect(result.value === undefined).toBe(boxes === 0);
          if (result.value)
            expect(result.value.topics.length + subtopicsOf(result.value).length).toBe(boxes);
        },
      ),
      { numRuns: 300, seed: 20261124 },
    );
  });

  const control: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
    control: fc.record(
      {
        ID: ids,
        typeID: fc.constantFrom(
          'Label',
          'TextArea',
          'Canvas',
          'TextInput',
          'Arrow',
          'Icon',
          '__group__',
          'HRule',
        ),
        x: coordinate,
        y: coordinate,
        w: extent,
        h: extent,
        measuredW: extent,
        properties: fc.record(
          {
            text: fc.oneof(text, fc.constant('{color:blue3}Topic{color}')),
            controlName: fc.constantFrom(
              '100-a',
              '100-a:b',
              'ext_link:example.com',
              'ext_link:javascript:x',
              '',
            ),
            color: fc.constantFrom(16776960, 16770457, 8867582, '16776960', -1, 'x'),
            size: fc.constantFrom(12, 32, '40'),
            icon: fc.constantFrom('check-circle', 'check-circle|small', 'star', {
              ID: 'check-circle',
            }),
            stroke: fc.constantFrom('dotted', 'dashed', 'solid'),
            p0: fc.record({ x: coordinate, y: coordinate }),
            p2: fc.record({ x: coordinate, y: coordinate }),
          },
          { requiredKeys: [] },
        ),
        children: fc.record({
          controls: fc.record({ control: fc.array(tie('control'), { maxLength: 3 }) }),
        }),
      },
      { requiredKeys: [] },
    ),
  })).control;

  it('Balsamiq mockups: never a throw, always a valid document or an error', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof({ weight: 9, arbitrary: control }, fc.constant(null)), { maxLength: 20 }),
        fc.constantFrom('manual' as const, 'auto' as const),
        (controls, layout) => {
          checkResult(fromBalsamiq({ mockup: { controls: { control: controls } } }, { layout }));
        },
      ),
      { numRuns: 300, seed: 20261124 },
    );
  });
});
