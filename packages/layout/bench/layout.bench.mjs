// Benchmarks the layout (run `pnpm run build` first; it imports ../dist). A script, not a test:
//   node bench/layout.bench.mjs
// - the backend example, warm: the median of 15 layouts with one engine (measurer and ELK
//   loaded, words measured);
// - the backend example, cold: the first layout in a fresh process (importing elkjs, the first
//   ELK call and measuring every word for the first time), median of 3 processes;
// - generated roadmaps of 100, 500, 1,000 and 2,000 boxes, each in a fresh process: the median
//   layout time and the peak resident memory of that process;
// - warm layouts of the backend example and of a generated 147-box roadmap: with one engine
//   and with a new engine each time (all engines share the process's ELK instance, so both
//   take the sides ELK placed before from its cache; the cold layout above is the one where
//   ELK lays out every side), interleaved, medians;
// - hostile shapes next to a plain roadmap of the same size, laid out in one process,
//   interleaved, a new engine each time, medians: a 5,000-box grid as a roadmap.sh editor file
//   imports it (10 boxes a row, topic→subtopic edges, manual layout) and 300 topics with 1,000
//   explicit edges (bar: each within 10× its plain twin);
// - the backend example's edge crossings, total edge length and its cross-links (crossings,
//   total and longest length, runs beside other lines, and each link's length, detour and
//   longest run along the edge of the picture).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const here = import.meta.dirname;
const backendFile = join(here, '../../../examples/backend/roadmap.yaml');
const [mode, arg] = process.argv.slice(2);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (value) => `${value.toFixed(1)} ms`;

if (mode === '--cold') {
  // A fresh process: everything below happens for the first time.
  const { parseRoadmap } = await import('@roadmapkit/schema');
  const { createMeasurer } = await import('@roadmapkit/fonts');
  let t = performance.now();
  const measurer = createMeasurer();
  const measurerMs = performance.now() - t;
  const doc = parseRoadmap(readFileSync(backendFile, 'utf8')).value;
  t = performance.now();
  const { layoutRoadmap } = await import('../dist/index.js');
  const importMs = performance.now() - t;
  t = performance.now();
  await layoutRoadmap(doc, { measurer });
  const firstMs = performance.now() - t;
  process.stdout.write(JSON.stringify({ measurerMs, importMs, firstMs }));
} else if (mode === '--scale') {
  const nodes = Number(arg);
  const { validateRoadmap } = await import('@roadmapkit/schema');
  const { createMeasurer } = await import('@roadmapkit/fonts');
  const { createLayoutEngine } = await import('../dist/index.js');
  const { generateRoadmap } = await import('../dist/testing.js');
  const doc = validateRoadmap(generateRoadmap({ nodes, seed: 1 })).value;
  const engine = createLayoutEngine({ measurer: createMeasurer() });
  const runs = nodes >= 2000 ? 5 : 7;
  const times = [];
  let t = performance.now();
  const first = await engine.layout(doc);
  const firstMs = performance.now() - t;
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    await engine.layout(doc);
    times.push(performance.now() - t);
  }
  const edges = first.edges.length;
  const explicit = first.edges.filter((e) => e.origin === 'explicit').length;
  process.stdout.write(
    JSON.stringify({
      nodes: first.nodes.length,
      edges,
      explicit,
      firstMs,
      medianMs: median(times),
      // VmHWM is this process's own peak; ru_maxrss can carry the parent's over fork and exec.
      maxRssMb:
        Number(
          /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ??
            process.resourceUsage().maxRSS,
        ) / 1024,
      canvas: `${first.width}×${first.height}`,
    }),
  );
} else if (mode === '--hostile') {
  const { validateRoadmap } = await import('@roadmapkit/schema');
  const { createMeasurer } = await import('@roadmapkit/fonts');
  const { createLayoutEngine } = await import('../dist/index.js');
  const measurer = createMeasurer();
  const head = (id, layout = 'auto') => ({ schemaVersion: 1, id, title: id, layout });
  const box = (id, label, x, y) => ({
    id,
    label,
    fontSize: 17,
    position: { x, y },
    size: { width: 160, height: 40 },
  });
  const gridTopics = Array.from({ length: 500 }, (_, row) => ({
    ...box(`t${row}`, `Topic ${row}`, 0, row * 60),
    subtopics: Array.from({ length: 9 }, (_, c) => ({
      ...box(`s${row}x${c + 1}`, `Sub ${row}.${c + 1}`, (c + 1) * 180, row * 60),
      side: 'right',
    })),
  }));
  const plain = (topics, per) =>
    Array.from({ length: topics }, (_, t) => ({
      id: `t${t}`,
      label: `Topic ${t}`,
      ...(per
        ? {
            subtopics: Array.from({ length: per }, (_, s) => ({
              id: `s${t}x${s}`,
              label: `Sub ${t}.${s}`,
            })),
          }
        : {}),
    }));
  const doc = (value) => validateRoadmap(value).value;
  const pairs = [
    [
      '5,000-box grid (roadmap.sh import)',
      doc({
        ...head('grid', 'manual'),
        treeEdges: 'hidden',
        topics: gridTopics,
        edges: gridTopics.flatMap((t) =>
          t.subtopics.map((s) => ({ from: t.id, to: s.id, style: 'dashed' })),
        ),
      }),
      doc({ ...head('plain-5000'), topics: plain(500, 9) }),
    ],
    [
      '300 topics, 1,000 explicit edges',
      doc({
        ...head('edges-1000'),
        topics: plain(300, 0),
        edges: Array.from({ length: 1_000 }, (_, i) => {
          const from = i % 300;
          const to = (from + 1 + ((i * 7) % 50)) % 300;
          return { from: `t${from}`, to: `t${to === from ? (to + 1) % 300 : to}`, style: 'dotted' };
        }),
      }),
      doc({ ...head('plain-300'), topics: plain(300, 0) }),
    ],
  ];
  const runs = Number(arg ?? 3);
  const out = [];
  for (const [label, hostile, twin] of pairs) {
    const times = [[], []];
    for (let i = 0; i < runs; i++)
      for (const [k, d] of [hostile, twin].entries()) {
        const engine = createLayoutEngine({ measurer, timeoutMs: 100_000 });
        const t = performance.now();
        await engine.layout(d);
        times[k].push(performance.now() - t);
      }
    out.push({ label, hostileMs: median(times[0]), plainMs: median(times[1]) });
  }
  process.stdout.write(JSON.stringify(out));
} else {
  const { parseRoadmap } = await import('@roadmapkit/schema');
  const { createMeasurer } = await import('@roadmapkit/fonts');
  const {
    checkLayoutInvariants,
    countCrossings,
    createLayoutEngine,
    crossLinkReport,
    totalEdgeLength,
  } = await import('../dist/index.js');
  const child = (...args) =>
    JSON.parse(
      execFileSync(process.execPath, [join(here, 'layout.bench.mjs'), ...args], {
        cwd: here,
        encoding: 'utf8',
        maxBuffer: 16 * 1024 * 1024,
      }),
    );

  const doc = parseRoadmap(readFileSync(backendFile, 'utf8')).value;
  const engine = createLayoutEngine({ measurer: createMeasurer() });
  let positioned;
  for (let i = 0; i < 3; i++) positioned = await engine.layout(doc);
  const warm = [];
  for (let i = 0; i < 15; i++) {
    const t = performance.now();
    positioned = await engine.layout(doc);
    warm.push(performance.now() - t);
  }
  const { validateRoadmap } = await import('@roadmapkit/schema');
  const { generateRoadmap } = await import('../dist/testing.js');
  const generated = validateRoadmap(generateRoadmap({ nodes: 147, seed: 1 })).value;
  const measurer = createMeasurer();
  const kept = createLayoutEngine({ measurer });
  const warmPairs = { keptBackend: [], keptGenerated: [], newBackend: [], newGenerated: [] };
  for (let i = 0; i < 13; i++) {
    for (const [key, engine, d] of [
      ['keptBackend', kept, doc],
      ['keptGenerated', kept, generated],
      ['newBackend', createLayoutEngine({ measurer }), doc],
      ['newGenerated', createLayoutEngine({ measurer }), generated],
    ]) {
      const t = performance.now();
      await engine.layout(d);
      if (i >= 3) warmPairs[key].push(performance.now() - t);
    }
  }
  const cold = [0, 1, 2, 3, 4].map(() => child('--cold'));
  console.log('backend example (24 topics, 239 boxes, 237 edges)');
  console.log(`  canvas                       ${positioned.width} × ${positioned.height} px`);
  console.log(
    `  warm layout, median of 15    ${ms(median(warm))} (min ${ms(Math.min(...warm))}, max ${ms(Math.max(...warm))}; target ≤ 150 ms)`,
  );
  console.log(
    `  cold layout, fresh process   ${ms(median(cold.map((c) => c.firstMs)))} (median of 5; imports elkjs, first ELK call, first measuring; target ≤ 400 ms)`,
  );
  console.log(
    `  before it, not counted       createMeasurer() ${ms(median(cold.map((c) => c.measurerMs)))}, import of @roadmapkit/layout ${ms(median(cold.map((c) => c.importMs)))}`,
  );
  console.log(
    `  warm, interleaved, median of 10: backend ${ms(median(warmPairs.keptBackend))} with one engine, ${ms(median(warmPairs.newBackend))} with a new engine (the process's ELK instance and its remembered sides shared); generated 147 boxes ${ms(median(warmPairs.keptGenerated))} / ${ms(median(warmPairs.newGenerated))}`,
  );
  console.log(`  edge crossings               ${countCrossings(positioned)}`);
  console.log(`  total edge length            ${totalEdgeLength(positioned).toFixed(0)} px`);
  const links = crossLinkReport(positioned, 24);
  console.log(
    `  cross-links, length          ${links.total.toFixed(0)} px in all, the longest ${links.longest.toFixed(0)} px`,
  );
  console.log(
    `  cross-links                  cross ${links.crossings} lines (target ≤ 3), run beside a line for at most ${links.longestNearRun.toFixed(0)} px (target ≤ 20), ${links.inMargin} in the margin, ${links.crossSpine} across the spine, at most ${links.detour.toFixed(2)}× the distance between their ends`,
  );
  console.log(
    `  cross-links, edge of picture longest straight run within 48 px of the border: ${links.edgeRun.toFixed(0)} px`,
  );
  for (const link of links.links)
    console.log(
      `    ${`${link.from} → ${link.to}`.padEnd(32)} ${link.length.toFixed(0).padStart(5)} px, ${link.detour.toFixed(2)}× the distance between its ends, ${link.edgeRun.toFixed(0)} px along the edge`,
    );
  console.log(`  invariant violations         ${checkLayoutInvariants(positioned).length}`);

  console.log('\ngenerated roadmaps (seed 1), each in a fresh process');
  console.log(
    '  boxes   edges (explicit)   canvas          first      median     peak RSS   ms per 100 boxes',
  );
  const rows = [100, 500, 1000, 2000].map((n) => child('--scale', String(n)));
  for (const r of rows) {
    console.log(
      `  ${String(r.nodes).padStart(5)}   ${String(r.edges).padStart(5)} (${String(r.explicit).padStart(2)})         ${r.canvas.padEnd(14)}  ${ms(r.firstMs).padStart(9)}  ${ms(r.medianMs).padStart(9)}  ${`${r.maxRssMb.toFixed(0)} MB`.padStart(8)}   ${((100 * r.medianMs) / r.nodes).toFixed(1)}`,
    );
  }
  const small = rows[0];
  const large = rows[rows.length - 1];
  const growth = large.medianMs / large.nodes / (small.medianMs / small.nodes);
  console.log(
    `  time per box at ${large.nodes} boxes is ${growth.toFixed(2)}× the time per box at ${small.nodes}: ${
      growth < 2 ? 'close to linear' : 'faster than linear'
    }` +
      (growth < 2
        ? ''
        : ' (the searched edge routes cross more of a taller canvas as the roadmap grows)'),
  );
  const last = rows[rows.length - 1];
  console.log(
    `  2,000 boxes: ${ms(last.medianMs)} (target ≤ 5 s), ${last.maxRssMb.toFixed(0)} MB (target ≤ 500 MB)`,
  );

  console.log(
    '\nhostile shapes: layout only, one process, interleaved with the plain twin, median of 7',
  );
  for (const r of child('--hostile', '7'))
    console.log(
      `  ${r.label.padEnd(36)} ${ms(r.hostileMs).padStart(10)}   [plain ${ms(r.plainMs)}]   ${(r.hostileMs / r.plainMs).toFixed(1)}× (bar 10×)`,
    );
  console.log(
    '  cross-link routing: each link prices at most 12 short routes (each query of the other lines stops at a fixed cost, and\n' +
      "  looks at the lines near it only), each box's usable ports are found once per layout,\n" +
      '  and all links share one search budget of 50,000 + 20 × (boxes + edges) steps up to 20 links; past 20 links the fixed part\n' +
      '  shrinks as 20 / links and further links add no steps: O((n + E) log n) for n boxes, E links',
  );
}
