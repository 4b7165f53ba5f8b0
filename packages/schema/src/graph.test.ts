import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../test/helpers.js';
import { toGraph } from './graph.js';

describe('toGraph', () => {
  it('refuses a value that is not a roadmap document, naming itself', () => {
    const wrong = { ...sampleDocument(), title: 42 } as never;
    expect(() => toGraph(wrong)).toThrow(/^toGraph: expected a roadmap document/);
  });

  it('derives the spine and branch edges and appends the written ones', () => {
    const graph = toGraph(sampleDocument());
    expect(graph.spine).toEqual(['internet', 'git']);
    expect(graph.edges).toEqual([
      { from: 'internet', to: 'git', style: 'solid', origin: 'spine' },
      { from: 'internet', to: 'dns', style: 'dashed', origin: 'branch' },
      { from: 'dns', to: 'records', style: 'dashed', origin: 'branch' },
      { from: 'internet', to: 'http', style: 'dashed', origin: 'branch' },
      { from: 'records', to: 'git', style: 'dotted', origin: 'explicit' },
    ]);
  });

  it('gives nested subtopics the side and depth of their place in the tree', () => {
    const byId = new Map(toGraph(sampleDocument()).nodes.map((node) => [node.id, node]));
    expect(byId.get('records')).toEqual({
      id: 'records',
      kind: 'subtopic',
      parent: 'dns',
      side: 'left',
      depth: 2,
    });
    expect(byId.get('http')).toMatchObject({ side: 'right', depth: 1 });
    expect(byId.get('intro')).toMatchObject({ kind: 'paragraph', depth: 0, parent: undefined });
  });

  it('follows an explicit spine order', () => {
    expect(
      toGraph(
        sampleDocument((d) => {
          d.spine = ['git', 'internet'];
        }),
      ).edges[0],
    ).toEqual({
      from: 'git',
      to: 'internet',
      style: 'solid',
      origin: 'spine',
    });
  });
});
