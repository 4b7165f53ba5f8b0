import { createMeasurer } from '@roadmapkit/fonts';
import { expect, it } from 'vitest';
import { resolveOptions } from '../../resolve-options.js';
import { labelGap, sectionInsets } from './section-insets.js';

const options = resolveOptions({ measurer: createMeasurer() });
const section = (id: string, topics: string[], label?: string) => ({
  id,
  label,
  topics,
  position: undefined,
  size: undefined,
  fontSize: undefined,
  appearance: undefined,
});

it('keeps room above a section first band for padding and label, below its last for padding', () => {
  const insets = sectionInsets(
    [section('s', ['b', 'c'], 'Part one'), section('t', ['d'])],
    ['a', 'b', 'c', 'd'],
    options,
  );
  const label = insets.labels.get('s');
  expect(label?.text.rows[0]?.lines[0]?.text).toBe('Part one');
  expect(insets.top).toEqual([0, 16 + (label?.height ?? 0) + labelGap(options), 0, 16]);
  expect(insets.bottom).toEqual([0, 0, 16, 16]);
  expect(insets.labels.has('t')).toBe(false);
});
