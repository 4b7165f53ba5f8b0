// Import timing: a generated 400-node roadmap.sh editor file (deterministic), imported with
// every side file. Run with `pnpm bench` at the repository root (it builds first).
import { validateRoadmap } from '@roadmapkit/schema';
import { fromRoadmapSh, toYaml } from '../dist/index.js';

const TARGET_MS = 50;
const RUNS = 40;

/** A tiny seeded generator, so every run imports the same file. */
function random(seed) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function editorFile(topics, perTopic, sameLabels = false) {
  const next = random(400);
  const nodes = [];
  const edges = [];
  const id = (prefix, n) =>
    `${prefix}${n.toString(36).padStart(4, '0')}XyZ${(n * 7919).toString(36)}`;
  const style = { fontSize: 17, justifyContent: 'flex-start', textAlign: 'left' };
  nodes.push({
    id: 'legendBox',
    type: 'legend',
    position: { x: 600, y: -200 },
    width: 250,
    height: 100,
    data: { legends: [{ id: 'pick', label: 'Pick', color: '#874efe' }] },
  });
  for (let t = 0; t < topics; t++) {
    const topic = id('t', t);
    const y = t * 260 + next() * 10;
    nodes.push({
      id: topic,
      type: 'topic',
      position: { x: 0, y },
      width: 220,
      height: 49,
      data: { label: `Topic ${t}`, style },
    });
    if (t > 0) {
      edges.push({
        id: id('s', t),
        source: id('t', t - 1),
        sourceHandle: 'x2',
        target: topic,
        targetHandle: 'w1',
        data: { edgeStyle: 'solid' },
      });
    }
    for (let s = 0; s < perTopic; s++) {
      const sub = id(`u${t}_`, s);
      const left = s % 2 === 0;
      nodes.push({
        id: sub,
        type: 'subtopic',
        position: { x: left ? -300 : 300, y: y - 60 + Math.floor(s / 2) * 50 },
        width: 230,
        height: 46,
        data: {
          label: sameLabels ? 'Same label' : `Subtopic ${s} of ${t}`,
          style,
          ...(s % 4 === 0
            ? { legend: { id: 'pick', label: 'Pick', color: '#874efe', position: 'right-top' } }
            : {}),
        },
      });
      edges.push({
        id: id(`e${t}_`, s),
        source: topic,
        sourceHandle: left ? 'y1' : 'z2',
        target: sub,
        targetHandle: left ? 'z1' : 'y1',
        data: { edgeStyle: 'dashed' },
      });
    }
  }
  const kinds = ['paragraph', 'label', 'button', 'vertical', 'section'];
  for (let n = 0; nodes.length < 400; n++) {
    const type = kinds[n % kinds.length];
    nodes.push({
      id: id('o', n),
      type,
      position: { x: 700, y: n * 90 },
      width: type === 'vertical' ? 20 : 240,
      height: type === 'vertical' ? 150 : 60,
      data: { label: `Note ${n}`, href: 'https://example.com', style },
    });
  }
  return { nodes, edges };
}

const file = editorFile(40, 8);
const content = Object.fromEntries(
  file.nodes
    .filter((node) => node.type === 'topic')
    .map((node) => [
      `content/topic@${node.id}.md`,
      `# ${node.data.label}\n\nAbout it.\n\n- [@article@Read](https://example.com/${node.id})\n`,
    ]),
);
const faqs = "export const faqs = [{ question: 'Q?', answer: ['A.', 'B.'] }];";
const options = { frontmatter: "---\ntitle: 'Generated'\n---\n", faqs, content };

const check = fromRoadmapSh(file, options);
const errors = validateRoadmap(check.value).issues.filter((issue) => issue.severity === 'error');
if (!check.value || errors.length > 0) throw new Error('the generated file did not import cleanly');

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function time(input, runs) {
  for (let i = 0; i < 5; i++) fromRoadmapSh(input, options);
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fromRoadmapSh(input, options);
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const ms = time(file, RUNS);
console.log(
  `import ${file.nodes.length} editor nodes, ${file.edges.length} edges: median ${ms.toFixed(1)} ms over ${RUNS} runs (target ≤ ${TARGET_MS} ms) ${ms <= TARGET_MS ? 'ok' : 'SLOW'}`,
);
const repeated = time(editorFile(40, 8, true), 10);
console.log(
  `the same with every sibling label repeated (the schema places 280 duplicate-label warnings): median ${repeated.toFixed(1)} ms`,
);
const yamlSamples = [];
for (let i = 0; i < 10; i++) {
  const start = performance.now();
  toYaml(check.value);
  yamlSamples.push(performance.now() - start);
}
console.log(`toYaml of the result: median ${median(yamlSamples).toFixed(1)} ms`);
const codes = {};
for (const issue of check.issues) codes[issue.code] = (codes[issue.code] ?? 0) + 1;
console.log(`import warnings: ${JSON.stringify(codes)} (content is given for topics only)`);

// Import and render, as `roadmapkit import` then `render` do: the imported file laid out with
// its own positions (manual) and anew (auto), drawn as SVG and PNG.
const { createMeasurer } = await import('@roadmapkit/fonts');
const { layoutRoadmap } = await import('@roadmapkit/layout');
const { renderPng, renderSvg } = await import('@roadmapkit/render');
const measurer = createMeasurer();
for (const layout of ['manual', 'auto']) {
  const samples = [];
  for (let i = 0; i < 6; i++) {
    const start = performance.now();
    const doc = fromRoadmapSh(file, { ...options, layout }).value;
    const svg = renderSvg(await layoutRoadmap(doc, { measurer }), { roadmap: doc });
    renderPng(svg);
    samples.push(performance.now() - start);
  }
  console.log(
    `import + render to SVG and PNG (${layout} layout): median ${median(samples.slice(1)).toFixed(0)} ms, first ${samples[0].toFixed(0)} ms (target ≤ 1000 ms)`,
  );
}
