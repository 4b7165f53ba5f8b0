import { readFileSync } from 'node:fs';
import { createMeasurer } from '@roadmapkit/fonts';
const doc = readFileSync(`/work/wt/worldtext/examples/arabic/roadmap.yaml`, 'utf8');
const measurer = createMeasurer();
let t = performance.now();
for (const line of doc.split('\n')) measurer.wrapText(line, { size: 14, maxWidth: 150 });
console.log('wrap ms', (performance.now() - t).toFixed(0)); t = performance.now();
for (const line of doc.split('\n')) measurer.wrapText(line, { size: 14, maxWidth: 150 });
console.log('wrap again ms', (performance.now() - t).toFixed(0));
