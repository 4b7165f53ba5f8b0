// Parse + validate timings: the backend example and a generated 5,000-node document.
// Run with `pnpm bench` at the repository root (it builds first).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { parseRoadmap } from '../dist/index.js';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

function time(text, runs) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = parseRoadmap(text);
    samples.push(performance.now() - start);
    if (!result.value)
      throw new Error(`benchmark input is invalid: ${JSON.stringify(result.issues[0])}`);
  }
  return samples;
}

/** A valid document with `topics` topics and `perTopic` subtopics each (deterministic). */
function generated(topics, perTopic) {
  return {
    schemaVersion: 1,
    id: 'generated',
    title: 'Generated roadmap',
    legend: [{ id: 'rec', label: 'Recommended', color: 'purple' }],
    topics: Array.from({ length: topics }, (_, t) => ({
      id: `topic-${t}`,
      label: `Topic number ${t}`,
      content: {
        description: `About topic ${t}.`,
        resources: [{ type: 'article', title: 'Read', url: `https://example.com/${t}` }],
      },
      subtopics: Array.from({ length: perTopic }, (_, s) => ({
        id: `topic-${t}-sub-${s}`,
        label: `Subtopic ${s} of ${t}`,
        side: s % 2 === 0 ? 'left' : 'right',
        ...(s % 5 === 0 ? { legend: 'rec' } : {}),
      })),
    })),
  };
}

const backend = readFileSync(
  join(import.meta.dirname, '../../../examples/backend/roadmap.yaml'),
  'utf8',
);
const big = stringify(generated(250, 19));

time(backend, 20); // warm up
const backendSamples = time(backend, 50);
const bigSamples = time(big, 15);
const kb = (text) => `${(Buffer.byteLength(text) / 1024).toFixed(0)} KB`;
console.log('schema: parse + validate (median, warm)');
console.log(
  `  backend example (${kb(backend)}):        ${median(backendSamples).toFixed(1)} ms   target ≤ 15 ms`,
);
console.log(
  `  generated 5,000 nodes (${kb(big)}):  ${median(bigSamples).toFixed(1)} ms  target ≤ 300 ms`,
);
