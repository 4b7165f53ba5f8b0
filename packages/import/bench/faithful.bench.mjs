// Faithfulness of imported pictures, measured on the synthetic corpus in
// test/fixtures/synthetic (made by scripts/make-synthetic-corpus.mjs: five roadmap.sh editor
// files with a migration-mapping.json each, three Balsamiq mockups, made-up words in the
// shapes real files have, and each subtopic's true topic in truth.json). Prints, per format:
// the share of subtopics under their true topic, labels that overflow their pinned box (and
// those shrunk to fit it),
// boxes hidden under a box drawn later, pinned-overlap warnings (collisions, not the overlaps
// authored on purpose), source edges not drawn, and drawn edges the source does not have (0 in
// an as-authored picture). Run with `pnpm bench` (it builds first).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMeasurer } from '@roadmapkit/fonts';
import { layoutRoadmap } from '@roadmapkit/layout';
import { fromBalsamiq, fromRoadmapSh } from '../dist/index.js';

const dir = join(import.meta.dirname, '../test/fixtures/synthetic');
const read = (name) => readFileSync(join(dir, name), 'utf8');
const truth = JSON.parse(read('truth.json'));
const measurer = createMeasurer();

function parentsOf(doc) {
  const out = {};
  for (const topic of doc?.topics ?? [])
    for (const sub of topic.subtopics ?? []) out[sub.label] = topic.label;
  return out;
}

/** Boxes whose centre a box drawn after them covers (the drawing order the render uses). */
function hiddenBoxes(doc, positioned) {
  const byId = new Map(positioned.nodes.map((n) => [n.id, n]));
  const reading = [];
  for (const topic of doc.topics) {
    reading.push(topic.id);
    for (const sub of topic.subtopics ?? []) reading.push(sub.id);
  }
  for (const element of doc.elements ?? []) reading.push(element.id);
  const listed = doc.drawOrder ?? [];
  const order = [...listed, ...reading.filter((id) => !listed.includes(id))]
    .map((id) => byId.get(id))
    .filter((n) => n !== undefined);
  let hidden = 0;
  order.forEach((node, i) => {
    const cx = node.box.x + node.box.width / 2;
    const cy = node.box.y + node.box.height / 2;
    const covered = order.slice(i + 1).some((other) => {
      const opaque = other.appearance?.background !== 'none' && other.kind !== 'label';
      const b = other.box;
      return opaque && cx > b.x && cx < b.x + b.width && cy > b.y && cy < b.y + b.height;
    });
    if (covered) hidden++;
  });
  return hidden;
}

async function measure(label, files) {
  const sum = {
    right: 0,
    subtopics: 0,
    overflow: 0,
    shrunk: 0,
    labels: 0,
    hidden: 0,
    boxes: 0,
    skipped: 0,
    extra: 0,
    source: 0,
    guessed: 0,
    overlaps: 0,
  };
  for (const { name, result, sourceEdges } of files) {
    const doc = result.value;
    if (!doc) throw new Error(`${name} did not import`);
    const got = parentsOf(doc);
    for (const [sub, topic] of Object.entries(truth[name])) {
      sum.subtopics++;
      if (got[sub] === topic) sum.right++;
    }
    const guess = result.issues.find((i) => i.code === 'unattached-subtopic');
    sum.guessed += guess ? Number.parseInt(guess.message, 10) : 0;
    const positioned = await layoutRoadmap(doc, { measurer });
    sum.boxes += positioned.nodes.length;
    sum.labels += positioned.nodes.filter((n) => n.lines.length > 0).length;
    sum.overflow += positioned.warnings.filter((w) => w.code === 'label-overflow').length;
    sum.shrunk += positioned.warnings.filter((w) => w.code === 'label-shrunk').length;
    sum.hidden += hiddenBoxes(doc, positioned);
    sum.overlaps += positioned.warnings.filter((w) => w.code === 'pinned-overlap').length;
    const drawn = new Set(positioned.edges.map((e) => `${e.from}->${e.to}`));
    const source = new Set(sourceEdges(doc));
    sum.source += source.size;
    for (const edge of source) if (!drawn.has(edge)) sum.skipped++;
    for (const edge of drawn) if (!source.has(edge)) sum.extra++;
  }
  const pct = (a, b) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
  console.log(
    `${label}: right parent ${sum.right}/${sum.subtopics} (${pct(sum.right, sum.subtopics)}), guessed by nearness ${sum.guessed}; ` +
      `labels overflowing ${sum.overflow}/${sum.labels} (shrunk to fit ${sum.shrunk}); boxes hidden ${sum.hidden}/${sum.boxes}; pinned-overlap warnings ${sum.overlaps}; ` +
      `source edges not drawn ${sum.skipped}/${sum.source}; drawn edges not in the source ${sum.extra}`,
  );
}

const editors = [1, 2, 3, 4, 5].map((n) => `roadmapsh-${n}.json`);
const editorEdges = (name) => () =>
  JSON.parse(read(name)).edges.map((e) => `${e.source}->${e.target}`);
for (const withMapping of [true, false]) {
  await measure(
    `roadmap.sh, ${editors.length} files${withMapping ? ' with migration-mapping.json' : ', no mapping'}`,
    editors.map((name) => ({
      name,
      result: fromRoadmapSh(
        JSON.parse(read(name)),
        withMapping
          ? { migrationMapping: read(name.replace('.json', '.migration-mapping.json')) }
          : {},
      ),
      sourceEdges: editorEdges(name),
    })),
  );
}
// A mockup's edges are its arrows between boxes: the ones written in the document.
await measure(
  'Balsamiq, 3 mockups',
  [1, 2, 3].map((n) => {
    const name = `balsamiq-${n}.json`;
    const result = fromBalsamiq(JSON.parse(read(name)));
    return {
      name,
      result,
      sourceEdges: (doc) => (doc.edges ?? []).map((e) => `${e.from}->${e.to}`),
    };
  }),
);
