import { createMeasurer } from '@roadmapkit/fonts';
import { expect, it } from 'vitest';
import { DEFAULT_GAPS, resolveOptions } from './resolve-options.js';

const measurer = createMeasurer();

it('fills in every default and keeps what is given, without changing the options', () => {
  const given = { measurer, maxLabelWidth: 200, gaps: { band: 60 } };
  const frozen = JSON.stringify({ ...given, measurer: undefined });
  const resolved = resolveOptions(given);
  expect(resolved.maxLabelWidth).toBe(200);
  expect(resolved.maxTextWidth).toBe(240);
  expect(resolved.gaps).toEqual({ ...DEFAULT_GAPS, band: 60 });
  expect(resolved.fontSizes.topic).toBe(17);
  expect(resolved.fontSizes.subtopic).toBe(16);
  expect(resolved.maxWidth).toBe(1200);
  expect(resolved.frameHeaders).toBe(true);
  expect(resolved.fontSizes.frame).toBe(12);
  expect(JSON.stringify({ ...given, measurer: undefined })).toBe(frozen);
});

it.each([
  [{ maxLabelWidth: 0 }, /maxLabelWidth must be a finite number from 1 to 100000, received 0/],
  [{ maxLabelWidth: Number.NaN }, /maxLabelWidth .* received NaN/],
  [{ fontSizes: { topic: -3 } }, /fontSizes.topic .* received -3/],
  [{ gaps: { band: '40' } }, /gaps.band .* received "40"/],
  [{ gaps: { column: 4 } }, /gaps.column must be a finite number from 8 to 100000, received 4/],
  [{ timeoutMs: -1 }, /timeoutMs .* received -1/],
  [{ layout: 'grid' }, /layout must be "auto" or "manual", received "grid"/],
  [{ frameHeaders: 'yes' }, /frameHeaders must be true or false, received "yes"/],
])('rejects %j', (bad, message) => {
  expect(() => resolveOptions({ measurer, ...(bad as object) })).toThrow(message);
});

it('asks for a measurer', () => {
  expect(() => resolveOptions({} as never)).toThrow(/options.measurer must be a Measurer/);
});
