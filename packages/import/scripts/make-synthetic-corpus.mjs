// Writes the synthetic corpus to test/fixtures/synthetic/: roadmap.sh editor files (with a
// migration-mapping.json each) and Balsamiq mockups in the shapes real files have, with
// made-up words, and truth.json (each subtopic's topic, by label). Every file is made from
// a seed, so running this again writes the same bytes.
//   node scripts/make-synthetic-corpus.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const OUT = join(import.meta.dirname, '../test/fixtures/synthetic');
const WORDS = ['Quill', 'Marrow', 'Tessel', 'Brindle', 'Cobalt', 'Juniper', 'Lattice', 'Orrery'];
const MORE = ['basics', 'tooling', 'patterns', 'drills', 'gauges', 'relays', 'ledgers', 'hinges'];

function random(seed) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function nanoid(next) {
  const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
  let id = '';
  for (let i = 0; i < 21; i++) id += abc[Math.floor(next() * 62)];
  return id;
}

const TOPIC_GAP = 340;
const PATTERNS = ['stack', 'section', 'mapped', 'section-joined', 'all-joined'];
const dotted = {
  stroke: '#2b78e4',
  strokeWidth: 3.5,
  strokeDasharray: '0.8 8',
  strokeLinecap: 'round',
};

/** One roadmap.sh editor file: five topics, each with its subtopics in one of PATTERNS. */
function editorFile(seed) {
  const next = random(seed);
  const nodes = [];
  const edges = [];
  const mapping = {};
  const truth = {};
  const node = (type, x, y, width, height, data, extra = {}) => {
    const id = nanoid(next);
    nodes.push({
      id,
      type,
      position: { x, y },
      width,
      height,
      style: { width, height },
      measured: { width, height },
      zIndex: type === 'section' ? -999 : 999,
      selected: false,
      dragging: false,
      data,
      ...extra,
    });
    return id;
  };
  const edge = (source, sourceHandle, target, targetHandle, edgeStyle, style) =>
    edges.push({
      id: nanoid(next),
      source,
      sourceHandle,
      target,
      targetHandle,
      style,
      data: { edgeStyle },
    });
  const text = { fontSize: 17, justifyContent: 'flex-start', textAlign: 'center' };
  node('title', 420, -140, 380, 68, {
    label: `The ${WORDS[seed % 8]} roadmap`,
    style: { fontSize: 28 },
  });
  // The "related roadmaps" panel: drawn first, its buttons and a subtopic drawn on it.
  node('paragraph', 860, -170, 320, 200, {
    label: 'Related roadmaps are listed below.',
    style: {
      ...text,
      textAlign: 'left',
      backgroundColor: '#ffffff',
      borderColor: '#000000',
      padding: 16,
    },
  });
  node('button', 890, -120, 260, 40, {
    label: 'Another roadmap',
    href: 'https://example.org/roadmaps?g=A+%2F+B',
  });
  let previous;
  for (let t = 0; t < 5; t++) {
    const y = t * TOPIC_GAP;
    const label = `${WORDS[(seed + t) % 8]} ${MORE[(seed * 3 + t) % 8]} ${seed}.${t}`;
    const key = `topic-${t}`;
    const topic = node('topic', 500, y, 240, 50, { label, style: text });
    mapping[key] = topic;
    if (previous !== undefined) {
      const dashed = t % 2 === 0;
      edge(previous, 'x2', topic, 'w1', dashed ? 'dashed' : 'solid', {
        stroke: '#2b78e4',
        strokeWidth: 3.5,
        strokeDasharray: dashed ? '0.8 8' : '0',
      });
    }
    previous = topic;
    if (t === 0) {
      const onPanel = `${label} / on the panel`;
      const id = node('subtopic', 890, -60, 260, 46, { label: onPanel, style: text });
      edge(topic, 'z1', id, 'y2', 'dashed', dotted);
      truth[onPanel] = label;
    }
    const pattern = PATTERNS[(seed + t) % PATTERNS.length];
    const sub = (x, sy, j) => {
      const sublabel = `${label} / ${MORE[(t + j) % 8]} ${j}`;
      const id = node('subtopic', x + Math.round(next() * 2 - 1), sy, 240, 46, {
        label: sublabel,
        style: text,
      });
      mapping[`${key}:${MORE[(t + j) % 8]}-${j}`] = id;
      truth[sublabel] = label;
      return id;
    };
    if (pattern === 'stack') {
      // Touching boxes under the topic's level, one of them joined: the lower ones are
      // nearer the next topic than their own.
      const ids = [0, 1, 2, 3].map((j) => sub(150, y + 80 + j * 46 + (j > 1 ? 1 : 0), j));
      edge(topic, 'y2', ids[0], 'z1', 'dashed', dotted);
    } else if (pattern === 'section' || pattern === 'section-joined') {
      const ids = [0, 1, 2].map((j) => sub(880, y + 110 + j * 60, j));
      const section = node('section', 860, y + 90, 280, 200, {
        style: { backgroundColor: '#ffffff', borderColor: '#000000' },
      });
      if (pattern === 'section') edge(topic, 'z2', section, 'y1', 'dashed', dotted);
      else edge(topic, 'z2', ids[0], 'y1', 'dashed', dotted);
    } else if (pattern === 'mapped') {
      [0, 1, 2].forEach((j) => sub(150, y + 120 + j * 64, j));
    } else {
      const ids = [0, 1].map((j) => sub(880, y + j * 60 - 20, j));
      for (const id of ids) edge(topic, 'z2', id, 'y1', 'dashed', dotted);
    }
  }
  // A section that frames no topic (an empty panel), kept as authored.
  node('section', -200, 0, 200, 120, { style: { backgroundColor: '#f5f5f5' } });
  return { file: { nodes, edges }, mapping, truth };
}

/** One Balsamiq mockup: named topic groups (some with a badge drawn as its own group). */
function mockup(seed) {
  const next = random(seed * 31);
  const controls = [];
  const truth = {};
  let id = 1;
  const control = (typeID, x, y, w, h, properties, extra = {}) => {
    const c = {
      ID: String(id++),
      typeID,
      zOrder: String(controls.length),
      x: String(x),
      y: String(y),
      w: String(w),
      h: String(h),
      measuredW: String(w),
      measuredH: String(h),
      properties,
      ...extra,
    };
    return c;
  };
  const jitter = () => Math.round(next() * 2 - 1);
  const pieces = (text, w) => {
    // The words of a label as separate Label controls, each a pixel or so off the line.
    let x = 12;
    return text
      .split(' ')
      .map((word) => {
        const piece = control('Label', x, 14 + jitter(), word.length * 9, 20, { text: word });
        x += word.length * 9 + 6;
        return piece;
      })
      .filter(() => w > 0);
  };
  const group = (name, x, y, w, h, fill, text, inner = []) =>
    control(
      '__group__',
      x,
      y,
      w,
      h,
      { ...(name ? { controlName: name } : {}) },
      {
        children: {
          controls: {
            control: [
              control('TextArea', 0, 0, w, h, { color: String(fill) }),
              ...pieces(text, w),
              ...inner,
            ],
          },
        },
      },
    );
  controls.push(
    control('Label', 380, 0, 320, 40, { text: `${WORDS[seed % 8]} mockup`, size: '32' }),
  );
  controls.push(
    control('Icon', 40, 20, 24, 24, { icon: { ID: 'check-circle' }, color: '8867582' }),
  );
  controls.push(control('Label', 70, 22, 160, 20, { text: 'Personal pick' }));
  // A tick in running text: its colour badges no box, so it is no legend entry.
  controls.push(
    control('Icon', 40, 700, 24, 24, { icon: { ID: 'check-circle' }, color: '4273622' }),
  );
  controls.push(control('Label', 70, 702, 220, 20, { text: 'Practise every day' }));
  for (let t = 0; t < 4; t++) {
    const y = 100 + t * 260;
    const name = `${100 + t}-${WORDS[(seed + t) % 8].toLowerCase()}`;
    const label = `${WORDS[(seed + t) % 8]} ${MORE[t % 8]} ${seed} ${t}`;
    const badge =
      t % 2 === 0
        ? [
            control(
              '__group__',
              230,
              -12,
              24,
              24,
              {},
              {
                children: {
                  controls: {
                    control: [
                      control('Icon', 0, 0, 24, 24, {
                        icon: { ID: 'check-circle' },
                        color: '8867582',
                      }),
                    ],
                  },
                },
              },
            ),
          ]
        : [];
    controls.push(group(name, 400, y, 260, 50, 16770457, label, badge));
    if (t > 0)
      controls.push(
        control('Arrow', 530, y - 210, 1, 210, {
          p0: { x: 0, y: 0 },
          p1: { x: 0, y: 105 },
          p2: { x: 0, y: 210 },
          color: '2848996',
        }),
      );
    for (let j = 0; j < 3; j++) {
      const subLabel = `${MORE[(t + j + 1) % 8]} ${WORDS[(t + j) % 8]} ${seed}${t}${j}`;
      truth[subLabel] = label;
      // Hung below the topic's level, nearer the next topic: only the name says whose it is.
      controls.push(
        group(
          `${name}:${MORE[(t + j + 1) % 8]}-${j}`,
          760,
          y + 90 + j * 56,
          250,
          46,
          16774867,
          subLabel,
        ),
      );
    }
  }
  return {
    file: {
      mockup: {
        measuredW: '1100',
        measuredH: '1200',
        mockupW: '1100',
        mockupH: '1200',
        controls: { control: controls },
      },
    },
    truth,
  };
}

mkdirSync(OUT, { recursive: true });
const truth = {};
const write = (name, data) => writeFileSync(join(OUT, name), `${JSON.stringify(data, null, 1)}\n`);
for (let seed = 1; seed <= 5; seed++) {
  const made = editorFile(seed);
  write(`roadmapsh-${seed}.json`, made.file);
  write(`roadmapsh-${seed}.migration-mapping.json`, made.mapping);
  truth[`roadmapsh-${seed}.json`] = made.truth;
}
for (let seed = 1; seed <= 3; seed++) {
  const made = mockup(seed);
  write(`balsamiq-${seed}.json`, made.file);
  truth[`balsamiq-${seed}.json`] = made.truth;
}
write('truth.json', truth);
