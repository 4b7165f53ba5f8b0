import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRoadmap, type RoadmapDocument } from '@roadmapkit/schema';

/** The repository's examples directory. */
export const examplesDir = join(import.meta.dirname, '../../../examples');

/** Parses YAML that must be a valid roadmap (the test fails with the issues otherwise). */
export function parse(yaml: string): RoadmapDocument {
  const { value, issues } = parseRoadmap(yaml);
  if (!value) throw new Error(issues.map((i) => `${i.code}: ${i.message}`).join('\n'));
  return value;
}

export function example(name: string): RoadmapDocument {
  return parse(readFileSync(join(examplesDir, name, 'roadmap.yaml'), 'utf8'));
}

export function fixture(name: string): RoadmapDocument {
  return parse(readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8'));
}
