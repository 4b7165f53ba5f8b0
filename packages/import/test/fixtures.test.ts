import { type RoadmapDocument, validateRoadmap } from '@roadmapkit/schema';
import { describe, expect, it } from 'vitest';
import { fromBalsamiq, fromRoadmapSh, type ImportResult } from '../src/index.js';
import {
  contentFiles,
  documentCounts,
  documentIds,
  documentTexts,
  loadJson,
  readFixture,
  subtopicsOf,
} from './helpers.js';
import { editorTexts, mockupTexts } from './source-texts.js';

type Layout = 'manual' | 'auto';

interface FixtureCase {
  readonly name: string;
  readonly run: (layout: Layout) => ImportResult;
  /** The texts of the source, read from the fixture itself. */
  readonly sourceTexts: string[];
  /** Texts the importer drops (each with a warning) or writes differently. */
  readonly missing: readonly string[];
  readonly added: readonly string[];
  /** The legend labels are part of the texts (Balsamiq draws the legend as labels). */
  readonly legendIsText?: boolean;
  readonly counts: Record<Layout, Record<string, number>>;
}

const longLabel = 'Very long label '.repeat(25).trim();
const same = (counts: Record<string, number>) => ({ manual: counts, auto: counts });
const widgetsCounts = {
  topic: 4,
  subtopic: 5,
  title: 1,
  paragraph: 1,
  label: 1,
  button: 2,
  links: 1,
  checklist: 2,
  section: 1,
};

const cases: FixtureCase[] = [
  {
    name: 'roadmapsh/widgets.json (with frontmatter, FAQ and content)',
    run: (layout) =>
      fromRoadmapSh(loadJson('roadmapsh/widgets.json'), {
        layout,
        frontmatter: readFixture('roadmapsh/widgets.md'),
        faqs: readFixture('roadmapsh/faqs.astro'),
        content: contentFiles('roadmapsh/content'),
      }),
    sourceTexts: editorTexts(loadJson('roadmapsh/widgets.json')),
    missing: [],
    added: [],
    counts: { manual: { ...widgetsCounts, line: 3 }, auto: widgetsCounts },
  },
  {
    name: 'roadmapsh/handles.json',
    run: (layout) => fromRoadmapSh(loadJson('roadmapsh/handles.json'), { layout }),
    sourceTexts: editorTexts(loadJson('roadmapsh/handles.json')),
    missing: [],
    added: [],
    counts: same({ topic: 2, subtopic: 12 }),
  },
  {
    name: 'roadmapsh/subtopics-only.json',
    run: (layout) => fromRoadmapSh(loadJson('roadmapsh/subtopics-only.json'), { layout }),
    sourceTexts: editorTexts(loadJson('roadmapsh/subtopics-only.json')),
    missing: [],
    added: [],
    counts: same({ topic: 2, subtopic: 0, title: 1 }),
  },
  {
    name: 'roadmapsh/dirty.json (with content)',
    run: (layout) =>
      fromRoadmapSh(loadJson('roadmapsh/dirty.json'), {
        layout,
        content: contentFiles('roadmapsh/dirty-content'),
      }),
    sourceTexts: editorTexts(loadJson('roadmapsh/dirty.json')),
    missing: ['What am I', 'Nothing to do', 'Unsafe one', longLabel],
    added: ['Recovered Topic', 'https://example.com/unlabelled', `${longLabel.slice(0, 299)}…`],
    counts: same({
      topic: 8,
      subtopic: 3,
      title: 1,
      section: 1,
      label: 4,
      links: 1,
      paragraph: 1,
    }),
  },
  {
    name: 'balsamiq/gadgets.json',
    run: (layout) => fromBalsamiq(loadJson('balsamiq/gadgets.json'), { layout }),
    sourceTexts: mockupTexts(loadJson('balsamiq/gadgets.json')),
    missing: [],
    added: [],
    legendIsText: true,
    counts: {
      manual: {
        topic: 3,
        subtopic: 5,
        title: 1,
        section: 1,
        paragraph: 1,
        label: 2,
        button: 1,
        line: 1,
      },
      auto: { topic: 3, subtopic: 5, title: 1, section: 1, paragraph: 1, label: 2, button: 1 },
    },
  },
  {
    name: 'balsamiq/dirty.json',
    run: (layout) => fromBalsamiq(loadJson('balsamiq/dirty.json'), { layout }),
    sourceTexts: mockupTexts(loadJson('balsamiq/dirty.json')),
    missing: ['A note with a [bad link](javascript:alert(1)) inside.'],
    added: ['A note with a bad link inside.', 'Badge #ff0000'],
    legendIsText: true,
    counts: same({ topic: 2, subtopic: 1, label: 3, paragraph: 1 }),
  },
];

function expectedTexts(fixture: FixtureCase): string[] {
  const texts = [...fixture.sourceTexts];
  for (const gone of fixture.missing) {
    const at = texts.indexOf(gone);
    expect(at, `"${gone}" is in the source`).toBeGreaterThanOrEqual(0);
    texts.splice(at, 1);
  }
  return [...texts, ...fixture.added].sort();
}

function allPositions(doc: RoadmapDocument): Array<{ x: number; y: number }> {
  const points: Array<{ x: number; y: number }> = [];
  for (const node of [...doc.topics, ...subtopicsOf(doc)])
    if (node.position) points.push(node.position);
  for (const element of doc.elements ?? []) {
    if (element.kind === 'line') points.push(element.from, element.to);
    else if (element.position) points.push(element.position);
  }
  if (doc.legendPosition) points.push(doc.legendPosition);
  return points;
}

describe.each(cases)('$name', (fixture) => {
  describe.each(['manual', 'auto'] as const)('with layout %s', (layout) => {
    const result = fixture.run(layout);
    const doc = result.value as RoadmapDocument;

    it('gives a document that validates with no errors, and reports only warnings', () => {
      expect(result.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
      expect(doc).toBeDefined();
      expect(validateRoadmap(doc).issues.filter((issue) => issue.severity === 'error')).toEqual([]);
      expect(doc.layout).toBe(layout);
    });

    it('keeps every text of the source (dropped ones are listed with their warning)', () => {
      const legend = fixture.legendIsText ? (doc.legend ?? []).map((item) => item.label) : [];
      expect([...documentTexts(doc), ...legend].sort()).toEqual(expectedTexts(fixture));
    });

    it('keeps the nodes, each kind counted', () => {
      expect(documentCounts(doc)).toEqual(fixture.counts[layout]);
      expect(new Set(documentIds(doc)).size).toBe(documentIds(doc).length);
    });

    if (layout === 'manual') {
      it('pins every node, with the picture moved so its top-left is (0, 0)', () => {
        const nodes = [...doc.topics, ...subtopicsOf(doc), ...(doc.elements ?? [])];
        const unplaced = nodes.filter((n) => !('from' in n) && (!n.position || !n.size));
        expect(unplaced.map((n) => n.id)).toEqual([]);
        const points = allPositions(doc);
        expect(Math.min(...points.map((p) => p.x))).toBe(0);
        expect(Math.min(...points.map((p) => p.y))).toBe(0);
      });
    } else {
      it('leaves placing to the layout: no position or size, no line', () => {
        const nodes = [...doc.topics, ...subtopicsOf(doc), ...(doc.elements ?? [])];
        expect(nodes.filter((n) => 'position' in n || 'size' in n).map((n) => n.id)).toEqual([]);
        expect((doc.elements ?? []).filter((e) => e.kind === 'line')).toEqual([]);
      });
    }

    it('names the item in every issue and gives a path into the source', () => {
      for (const issue of result.issues) {
        expect(issue.message).toMatch(/"[^"]+"|\[\d+\]|^found /);
        expect(Array.isArray(issue.path)).toBe(true);
      }
    });
  });
});
