import type { RoadmapDocument } from '@roadmapkit/schema';
import { describe, expect, it } from 'vitest';
import { fromBalsamiq, fromRoadmapSh } from '../src/index.js';
import { loadJson, readFixture } from './helpers.js';

// The corpus is made by scripts/make-synthetic-corpus.mjs: made-up words in the shapes
// real files have, with each subtopic's topic (by label) in truth.json.
const truth = loadJson('synthetic/truth.json') as Record<string, Record<string, string>>;
const editorFiles = [1, 2, 3, 4, 5].map((n) => `roadmapsh-${n}.json`);
const mockups = [1, 2, 3].map((n) => `balsamiq-${n}.json`);

function parents(doc: RoadmapDocument | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const topic of doc?.topics ?? [])
    for (const sub of topic.subtopics ?? []) out[sub.label] = topic.label;
  return out;
}

function importEditor(name: string, withMapping: boolean) {
  return fromRoadmapSh(loadJson(`synthetic/${name}`), {
    ...(withMapping
      ? {
          migrationMapping: readFixture(
            `synthetic/${name.replace('.json', '.migration-mapping.json')}`,
          ),
        }
      : {}),
  });
}

describe('parents on the synthetic roadmap.sh corpus', () => {
  it.each(editorFiles)(
    '%s: every subtopic under its own topic, from the mapping, stacks and sections',
    (name) => {
      const result = importEditor(name, true);
      expect(parents(result.value)).toEqual(truth[name]);
      expect(result.issues.filter((i) => i.code === 'unattached-subtopic')).toEqual([]);
    },
  );

  it.each(editorFiles)(
    '%s: without the mapping, only the unjoined stack-less boxes are guessed, and counted',
    (name) => {
      const result = importEditor(name, false);
      const got = parents(result.value);
      const expected = truth[name] ?? {};
      const wrong = Object.keys(expected).filter((label) => got[label] !== expected[label]);
      const guessed = result.issues.find((i) => i.code === 'unattached-subtopic');
      // Only the "mapped" pattern (three boxes apart, no edge) has no signal but nearness.
      expect(guessed?.message).toMatch(/^3 of \d+ subtopics are joined to no topic/);
      expect(wrong.length).toBeLessThanOrEqual(3);
    },
  );
});

describe('parents on the synthetic Balsamiq corpus', () => {
  it.each(mockups)('%s: control names say the topic; labels read in order', (name) => {
    const result = fromBalsamiq(loadJson(`synthetic/${name}`));
    expect(parents(result.value)).toEqual(truth[name]);
  });

  const mockup = fromBalsamiq(loadJson('synthetic/balsamiq-1.json')).value;

  it('keeps a topic whose check-mark badge is its own inner group, with the badge', () => {
    expect(mockup?.topics).toHaveLength(4);
    expect(mockup?.topics.map((t) => t.legend)).toEqual([
      'personal-pick',
      undefined,
      'personal-pick',
      undefined,
    ]);
  });

  it('makes a check mark before a label a legend item only when its colour badges a box', () => {
    expect(mockup?.legend?.map((item) => item.label)).toEqual(['Personal pick']);
    const labels = (mockup?.elements ?? []).flatMap((e) => (e.kind === 'label' ? [e.label] : []));
    expect(labels).toContain('Practise every day');
  });
});

describe('drawing order', () => {
  it('keeps the source z-order: the panel first, the boxes on it after', () => {
    const doc = importEditor('roadmapsh-1.json', true).value;
    const order = doc?.drawOrder ?? [];
    const idOf = (label: string) =>
      [...(doc?.topics ?? []), ...(doc?.topics ?? []).flatMap((t) => t.subtopics ?? [])].find((n) =>
        n.label.endsWith(label),
      )?.id;
    const panel = doc?.elements?.find((e) => e.kind === 'paragraph')?.id ?? 'missing';
    const button = doc?.elements?.find((e) => e.kind === 'button')?.id ?? 'missing';
    const sub = idOf('on the panel') ?? 'missing';
    expect(order.indexOf(panel)).toBeGreaterThanOrEqual(0);
    expect(order.indexOf(panel)).toBeLessThan(order.indexOf(button));
    expect(order.indexOf(panel)).toBeLessThan(order.indexOf(sub));
  });

  it('keeps Balsamiq zOrder, a group before what it holds', () => {
    const doc = fromBalsamiq(loadJson('synthetic/balsamiq-1.json')).value;
    const first = doc?.topics[0]?.id ?? 'missing';
    const last = doc?.topics[3]?.subtopics?.[2]?.id ?? 'missing';
    expect(doc?.drawOrder?.indexOf(first)).toBeLessThan(doc?.drawOrder?.indexOf(last) ?? -1);
  });
});

describe('paragraph alignment', () => {
  it("keeps the panel's textAlign and its flex-start (top) justifyContent", () => {
    const doc = importEditor('roadmapsh-1.json', true).value;
    expect(doc?.elements?.find((e) => e.kind === 'paragraph')).toMatchObject({
      textAlign: 'left',
      verticalAlign: 'top',
    });
  });
});
