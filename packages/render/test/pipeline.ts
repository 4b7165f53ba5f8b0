import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMeasurer } from '@roadmapkit/fonts';
import { layoutRoadmap, type PositionedRoadmap } from '@roadmapkit/layout';
import { parseRoadmap, type RoadmapDocument } from '@roadmapkit/schema';
import { XMLValidator } from 'fast-xml-parser';
import { expect } from 'vitest';
import { checkSafeMarkup } from '../src/safe-markup.js';

const measurer = createMeasurer();

export function fixture(name: string): RoadmapDocument {
  const result = parseRoadmap(readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8'));
  if (!result.value)
    throw new Error(`test/fixtures/${name} is invalid: ${JSON.stringify(result.issues)}`);
  return result.value;
}

export function layout(doc: RoadmapDocument): Promise<PositionedRoadmap> {
  return layoutRoadmap(doc, { measurer });
}

/** Every SVG or HTML a test makes goes through here: well-formed XML, nothing that runs. */
export function expectSafe(markup: string, kind: 'svg' | 'html' = 'svg'): string {
  expect(checkSafeMarkup(markup)).toEqual([]);
  if (kind === 'svg') expect(XMLValidator.validate(markup)).toBe(true);
  return markup;
}
