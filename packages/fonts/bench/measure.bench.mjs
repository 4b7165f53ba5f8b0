// biome-ignore-all lint/suspicious/noConsole: a benchmark script prints its results.
// Measures and wraps 150 roadmap-like labels with one warm measurer and prints the median.
// Run after `pnpm run build`: node bench/measure.bench.mjs
import { performance } from 'node:perf_hooks';
import { createMeasurer } from '../dist/index.js';

const words = [
  'Internet',
  'HTTP',
  'DNS',
  'domain',
  'names',
  'hosting',
  'browsers',
  'how',
  'they',
  'work',
  'Learn',
  'a',
  'language',
  'Version',
  'control',
  'systems',
  'Git',
  'repo',
  'services',
  'Relational',
  'databases',
  'PostgreSQL',
  'MySQL',
  'NoSQL',
  'APIs',
  'REST',
  'GraphQL',
  'authentication',
  'JWT',
  'OAuth',
  'caching',
  'server-side',
  'CDN',
  'web',
  'security',
  'testing',
  'CI/CD',
  'design',
  'patterns',
  'architectural',
  'message',
  'brokers',
  'containerization',
  'vs.',
  'virtualization',
  'scaling',
  'observability',
  'and',
  'the',
];

/** A deterministic pseudo-random label generator (no Math.random, same labels every run). */
function labels(count) {
  let seed = 42;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed;
  };
  return Array.from({ length: count }, () => {
    const length = 1 + (next() % 7);
    return Array.from({ length }, () => words[next() % words.length]).join(' ');
  });
}

function run(measurer, texts) {
  let total = 0;
  for (const [index, text] of texts.entries()) {
    const weight = index % 5 === 0 ? 'bold' : 'regular';
    total += measurer.measureText(text, { size: 14, weight });
    total += measurer.wrapText(text, { size: 14, weight, maxWidth: 160 }).height;
  }
  return total;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const texts = labels(150);
const rounds = 50;

let start = performance.now();
const measurer = createMeasurer();
const created = performance.now() - start;
start = performance.now();
const checksum = run(measurer, texts);
const cold = performance.now() - start;

const times = [];
for (let round = 0; round < rounds; round++) {
  start = performance.now();
  if (run(measurer, texts) !== checksum) throw new Error('results changed between rounds');
  times.push(performance.now() - start);
}

console.log(`createMeasurer() (read + parse 2 fonts): ${created.toFixed(2)} ms`);
console.log(`150 labels, first run (cold caches):     ${cold.toFixed(2)} ms`);
console.log(`150 labels, warm, median of ${rounds}:        ${median(times).toFixed(3)} ms`);

// Other labels on a measurer that has seen the first 150: known words come from the cache,
// new ones (the numbered tokens) are shaped.
const fresh = labels(450)
  .slice(300)
  .map((text, index) => `${text} ${index}x`);
const freshTimes = [];
for (let round = 0; round < 5; round++) {
  const m = createMeasurer();
  run(m, texts);
  start = performance.now();
  run(m, fresh);
  freshTimes.push(performance.now() - start);
}
console.log(`150 other labels, median of 5:           ${median(freshTimes).toFixed(2)} ms`);
