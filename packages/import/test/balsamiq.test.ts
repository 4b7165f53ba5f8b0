import type { RoadmapDocument } from '@roadmapkit/schema';
import { describe, expect, it } from 'vitest';
import { fromBalsamiq } from '../src/index.js';
import { loadJson } from './helpers.js';

const result = fromBalsamiq(loadJson('balsamiq/gadgets.json'));
const doc = result.value as RoadmapDocument;
const elements = (kind: string) => (doc.elements ?? []).filter((e) => e.kind === kind);

describe('fromBalsamiq on a legacy mockup', () => {
  it('reads numbers written as strings, and warns only about the unconnected subtopic and the unreadable text', () => {
    expect(result.issues.map((i) => [i.code, i.message])).toEqual([
      [
        'unattached-subtopic',
        '1 of 5 subtopics are joined to no topic by an edge, the source\'s tree, a stack or a section; attached each to the nearest topic, a guess to check: group "Pulleys" (control "125")',
      ],
      [
        'invalid-color',
        'TextArea "Read the notes first. Then practise wit…" (control "137"): its text colour red is unreadable on #ffffff (under the WCAG AA contrast of 4.5:1); wrote #000000 instead',
      ],
    ]);
  });

  it('makes named groups topics, "topic:subtopic" names subtopics, yellow boxes topics', () => {
    expect(
      doc.topics.map((t) => [t.id, t.label, (t.subtopics ?? []).map((s) => [s.id, s.side])]),
    ).toEqual([
      ['100-gadgets-basics', 'Gadget basics', [['100-gadgets-basics-springs', 'left']]],
      [
        '101-gizmos',
        'Gizmos',
        [
          ['101-gizmos-levers', 'right'],
          ['101-gizmos-gears', 'right'],
          ['101-gizmos-belts', 'right'],
        ],
      ],
      ['116', 'Sprocket care', [['125', 'right']]],
    ]);
  });

  it('places the boxes of a group inside a container group relative to both groups', () => {
    const gears = doc.topics[1]?.subtopics?.find((s) => s.label === 'Gears');
    // container at (700, 340) + group at (50, 0); the picture's left-most x is 50, top-most y 20.
    expect(gears?.position).toEqual({ x: 700, y: 320 });
    expect(gears?.size).toEqual({ width: 250, height: 50 });
  });

  it('turns arrows between boxes into edges (the tree ones implied) and a loose arrow into a line', () => {
    expect(doc.edges).toHaveLength(7);
    expect(doc.edges).toContainEqual({
      from: '100-gadgets-basics',
      to: '101-gizmos',
      style: 'solid',
    });
    const auto = fromBalsamiq(loadJson('balsamiq/gadgets.json'), { layout: 'auto' }).value;
    expect(auto?.edges).toEqual([{ from: '100-gadgets-basics', to: '116', style: 'solid' }]);
    expect(elements('line')).toEqual([
      {
        kind: 'line',
        id: '147',
        from: { x: 10, y: 620 },
        to: { x: 250, y: 680 },
        style: 'dotted',
        color: '#2b78e4',
      },
    ]);
  });

  it('builds the legend from icons before labels, and badges from icons on boxes', () => {
    expect(doc.legend?.map((item) => [item.id, item.label, item.color])).toEqual([
      ['personal-pick', 'Personal pick', '#874efe'],
      ['alternative-option', 'Alternative option', '#2b78e4'],
    ]);
    expect(doc.topics[1]).toMatchObject({ legend: 'personal-pick', badgeCorner: 'right-top' });
    expect(doc.topics[0]?.subtopics?.[0]).toMatchObject({
      legend: 'alternative-option',
      badgeCorner: 'left-center',
    });
  });

  it('strips colour markup; its colour, red on white, is under WCAG AA, so black is written', () => {
    expect(doc.topics[1]?.subtopics?.[0]?.label).toBe('Levers');
    expect(elements('paragraph')).toMatchObject([
      {
        text: 'Read the notes first.\nThen practise with real gadgets.',
        color: '#000000',
        background: '#ffffff',
        borderColor: '#000000',
      },
    ]);
    expect(elements('label').map((l) => ('label' in l ? [l.label, l.color] : []))).toEqual([
      ['Search widgets', undefined],
      ['Made-up mockup', '#808080'],
    ]);
  });

  it('takes the large label as the title, a canvas as a section, an ext_link group as a button', () => {
    expect(doc.title).toBe('Gadgets Roadmap');
    expect(doc.id).toBe('gadgets-roadmap');
    expect(elements('title')).toMatchObject([{ label: 'Gadgets Roadmap', fontSize: 32 }]);
    expect(elements('section')).toMatchObject([{ topics: ['100-gadgets-basics', '101-gizmos'] }]);
    expect(elements('button')).toMatchObject([
      { label: 'Other roadmap', url: 'https://example.com/other-roadmap' },
    ]);
  });

  it('gives each topic and subtopic the font size of its label (Balsamiq "size")', () => {
    const sizes = [...doc.topics, ...doc.topics.flatMap((t) => t.subtopics ?? [])].map((box) => [
      box.label,
      box.fontSize,
    ]);
    expect(sizes.filter(([, size]) => size !== 17)).toEqual([]);
    expect(sizes.length).toBeGreaterThan(3);
  });

  it('puts the legend where its first check mark was (50, 40; the picture starts at 50, 20)', () => {
    expect(doc.legend?.map((item) => item.label)).toEqual(['Personal pick', 'Alternative option']);
    expect(doc.legendPosition).toEqual({ x: 0, y: 20 });
  });
});
