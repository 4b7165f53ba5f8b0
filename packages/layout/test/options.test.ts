import { describe, expect, it } from 'vitest';
import { createLayoutEngine, layoutRoadmap } from '../src/index.js';
import { layoutRoadmap as layoutInNode } from '../src/node.js';
import { layout, measurer, nodeOf } from './layout.js';
import { example, parse } from './parse.js';

const doc = parse(`
schemaVersion: 1
id: options
title: Options
topics:
  - id: a
    label: A topic label long enough to wrap at small widths
    subtopics:
      - { id: a1, label: Relational databases and object-relational mappers }
`);

describe('sizes', () => {
  it('wraps labels to maxLabelWidth and sizes boxes to the text plus padding', async () => {
    const wide = await layout(doc, { maxLabelWidth: 400 });
    const narrow = await layout(doc, { maxLabelWidth: 80, padding: { x: 5 } });
    expect(nodeOf(wide, 'a1').lines).toHaveLength(1);
    // With room beside it, a subtopic grows up to 1.6 times as wide before it wraps.
    const a1 = nodeOf(narrow, 'a1');
    expect(a1.lines.length).toBeGreaterThan(2);
    for (const line of a1.lines) expect(line.width).toBeLessThanOrEqual(128);
    expect(a1.content.x - a1.box.x).toBe(5);
    expect(a1.box.width).toBeLessThanOrEqual(128 + 10 + 0.01);
    // Without room (a picture no wider than the topic needs), it wraps at maxLabelWidth.
    const tight = nodeOf(
      await layout(doc, { maxLabelWidth: 80, padding: { x: 5 }, maxWidth: 1 }),
      'a1',
    );
    expect(tight.lines.length).toBeGreaterThan(3);
    for (const line of tight.lines) expect(line.width).toBeLessThanOrEqual(80);
    expect(tight.box.width).toBeLessThanOrEqual(80 + 10 + 0.01);
  });

  it('sets the fonts given, and tells the renderer which', async () => {
    const positioned = await layout(doc, { fontSizes: { topic: 22, subtopic: 11 } });
    expect(nodeOf(positioned, 'a').font).toEqual({ size: 22, weight: 'regular' });
    expect(nodeOf(positioned, 'a1').font).toEqual({ size: 11, weight: 'regular' });
    expect(positioned.title.font).toEqual({ size: 28, weight: 'bold' });
  });

  it('spaces the columns by the column gap', async () => {
    const near = await layout(doc, { gaps: { column: 20 } });
    const far = await layout(doc, { gaps: { column: 100 } });
    const gap = (p: typeof near) => {
      const a = nodeOf(p, 'a');
      const a1 = nodeOf(p, 'a1');
      return a1.box.x > a.box.x
        ? a1.box.x - (a.box.x + a.box.width)
        : a.box.x - (a1.box.x + a1.box.width);
    };
    expect(gap(near)).toBe(20);
    expect(gap(far)).toBe(100);
  });

  it('gives the frame of a group of two its subtopic as a header, unless told not to', async () => {
    const grouped = parse(`
schemaVersion: 1
id: grouped
title: Grouped
legend:
  - { id: l, label: Recommended, color: purple, shape: check-circle }
topics:
  - id: t
    label: Databases
    subtopics:
      - id: g
        label: Document databases
        side: left
        subtopics:
          - { id: g1, label: MongoDB, legend: l }
          - { id: g2, label: CouchDB }
      - id: h
        label: Key-value stores
        side: left
        subtopics:
          - { id: h1, label: Redis }
`);
    const on = await layout(grouped);
    const off = await layout(grouped, { frameHeaders: false });
    const frame = (p: typeof on, id: string) => p.groupFrames?.find((f) => f.id === id);
    const header = frame(on, 'g')?.header;
    expect(header?.lines.map((l) => l.text)).toEqual(['Document databases']);
    expect(header?.font).toEqual({ size: 12, weight: 'regular' });
    // A group of one box has none; without headers, no frame has one.
    expect(frame(on, 'h')?.header).toBeUndefined();
    expect(off.groupFrames?.some((f) => f.header)).toBe(false);
    // The header takes room above the group's first box: one line, less the frame's pad.
    const room = measurer.lineHeight(12) + 2 * 1.5 - 6;
    const top = (p: typeof on) => nodeOf(p, 'g1').box.y - (frame(p, 'g')?.box.y ?? 0);
    expect(top(on) - top(off)).toBeCloseTo(room, 1);
    // Ending before MongoDB's badge, which reaches up beside it.
    const badge = nodeOf(on, 'g1').badge;
    const line = header?.lines[0];
    expect((line?.x ?? 0) + (line?.width ?? 0)).toBeLessThan((badge?.center.x ?? 0) - 8);
    // A roadmap without such a group is laid out the same with headers on or off.
    const single = parse(
      `schemaVersion: 1
id: single
title: Single
callouts:
  - { text: More roadmaps, url: 'https://example.com' }
legend:
  - { id: l, label: Recommended, color: purple, shape: check-circle }
topics:
  - id: t
    label: Databases
    subtopics:
      - id: h
        label: Key-value stores
        subtopics:
          - { id: h1, label: Redis, legend: l }
`,
    );
    expect(await layout(single)).toEqual(await layout(single, { frameHeaders: false }));
  });

  it('never writes into the options it is given', async () => {
    const options = Object.freeze({ measurer, gaps: Object.freeze({ band: 50 }) });
    await expect(layoutRoadmap(doc, options)).resolves.toMatchObject({ id: 'options' });
    expect(options.gaps).toEqual({ band: 50 });
  });

  it('rejects a bad option with a RangeError that names it', async () => {
    await expect(layout(doc, { maxLabelWidth: -1 })).rejects.toThrow(
      /maxLabelWidth must be a finite number from 1 to 100000, received -1/,
    );
  });
});

describe('cancellation', () => {
  it('rejects with the reason of a signal that is already aborted', async () => {
    const reason = new Error('cancelled by the user');
    await expect(layout(doc, { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
  });

  it('stops between stages when the signal aborts during the layout', async () => {
    const controller = new AbortController();
    const pending = layout(example('backend'), { signal: controller.signal });
    controller.abort(new Error('stop'));
    await expect(pending).rejects.toThrow('stop');
  });

  it('rejects with a TimeoutError once timeoutMs has passed', async () => {
    const error = await layout(example('backend'), { timeoutMs: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe('TimeoutError');
  });

  it('finishes within a generous timeout', async () => {
    const positioned = await layout(example('minimal'), { timeoutMs: 60_000 });
    expect(positioned.nodes).toHaveLength(4);
  });
});

describe('engines and the Node entry', () => {
  it('an engine gives the same result as layoutRoadmap, call after call', async () => {
    const engine = createLayoutEngine({ measurer });
    const direct = JSON.stringify(await layout(example('minimal')));
    expect(JSON.stringify(await engine.layout(example('minimal')))).toBe(direct);
    expect(JSON.stringify(await engine.layout(example('minimal')))).toBe(direct);
    const wider = await engine.layout(example('minimal'), { gaps: { column: 80 } });
    expect(JSON.stringify(wider)).not.toBe(direct);
  });

  it('the Node entry creates the measurer over the shipped fonts when none is given', async () => {
    const direct = JSON.stringify(await layout(example('minimal')));
    expect(JSON.stringify(await layoutInNode(example('minimal')))).toBe(direct);
  });
});
