import { readFileSync, writeFileSync } from 'node:fs';
import { createMeasurer } from '@roadmapkit/fonts';
import { layoutRoadmap } from '@roadmapkit/layout';
import { parseRoadmap } from '@roadmapkit/schema';
import { renderSvg, renderPng, renderPdf } from './src/index.ts';
for (const name of ['chinese', 'arabic']) {
  const doc = parseRoadmap(readFileSync(`/work/wt/worldtext/examples/${name}/roadmap.yaml`, 'utf8')).value!;
  const measurer = createMeasurer();
  let t = performance.now();
  const positioned = await layoutRoadmap(doc, { measurer });
  console.log(name, 'layout ms', (performance.now() - t).toFixed(0)); t = performance.now();
  const svg = renderSvg(positioned, { roadmap: doc });
  writeFileSync(`/tmp/${name}.svg`, svg);
  writeFileSync(`/tmp/${name}.png`, renderPng(svg, { measurer }));
  console.log(name, 'png ms', (performance.now() - t).toFixed(0)); t = performance.now();
  writeFileSync(`/tmp/${name}.pdf`, await renderPdf(svg, { measurer }));
  console.log(name, 'pdf ms', (performance.now() - t).toFixed(0));
}
