// Run by determinism.test.ts in a fresh Node process (through tsx, on the sources): prints
// the layout JSON of the backend example and of a generated roadmap.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMeasurer } from '@roadmapkit/fonts';
import { parseRoadmap, validateRoadmap } from '@roadmapkit/schema';
import { layoutRoadmap } from '../src/index.js';
import { generateRoadmap } from '../src/testing/index.js';

const measurer = createMeasurer();
const backend = parseRoadmap(
  readFileSync(join(import.meta.dirname, '../../../examples/backend/roadmap.yaml'), 'utf8'),
).value;
const generated = validateRoadmap(generateRoadmap({ nodes: 400, seed: 42 })).value;
if (!backend || !generated) throw new Error('the documents did not parse');
const layouts = [
  await layoutRoadmap(backend, { measurer }),
  await layoutRoadmap(generated, { measurer }),
];
process.stdout.write(JSON.stringify(layouts));
