import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRoadmap, type RoadmapDocument } from '@roadmapkit/schema';

export const examplesDir = join(import.meta.dirname, '../../../examples');

/** An example roadmap, parsed (a broken example is a set-up error, not a test result). */
export function example(name: string): RoadmapDocument {
  const result = parseRoadmap(readFileSync(join(examplesDir, name, 'roadmap.yaml'), 'utf8'));
  if (!result.value) throw new Error(`examples/${name} is invalid`);
  return result.value;
}

/** A document from YAML text, which must be valid. */
export function documentFrom(yaml: string): RoadmapDocument {
  const result = parseRoadmap(yaml);
  if (!result.value) throw new Error(`invalid test document: ${JSON.stringify(result.issues)}`);
  return result.value;
}

/** Strings that break markup when they are not escaped, in one label-sized text. */
export const HOSTILE = `<script>alert(1)</script> </svg> ]]> " ' & é 🚀 مرحبا e\u0301`;
