// Renders a roadmap from code: parse and validate, lay out, draw, write.
// Usage: node render.mjs [roadmap.yaml] [out-dir]
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createMeasurer } from '@roadmapkit/fonts';
import { layoutRoadmap } from '@roadmapkit/layout';
import { renderMarkdown, renderPng, renderSvg } from '@roadmapkit/render';
import { formatIssuesPretty, parseRoadmap } from '@roadmapkit/schema';

const [file = '../backend/roadmap.yaml', outDir = 'out'] = process.argv.slice(2);
const text = await readFile(file, 'utf8');

const { value: roadmap, issues } = parseRoadmap(text, { file });
if (issues.length > 0)
  process.stderr.write(`${formatIssuesPretty(issues, { sources: { [file]: text } })}\n`);
if (!roadmap) process.exit(1);

const positioned = await layoutRoadmap(roadmap, { measurer: createMeasurer() });
const svg = renderSvg(positioned, { roadmap, theme: 'light' });

await mkdir(outDir, { recursive: true });
await writeFile(join(outDir, `${roadmap.id}.svg`), svg);
await writeFile(join(outDir, `${roadmap.id}.png`), renderPng(svg, { scale: 2 }));
await writeFile(join(outDir, `${roadmap.id}.md`), renderMarkdown(roadmap));
process.stdout.write(
  `${roadmap.title}: ${positioned.nodes.length} boxes on ${positioned.width}×${positioned.height} px, written to ${outDir}/\n`,
);
