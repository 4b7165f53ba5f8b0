// Generates src/latin-widths.ts: for each shipped Inter weight, the advance of every printable
// ASCII character and the kerning of every pair, as fontkit's shaping gives them, so the
// measurer can measure plain ASCII words without shaping (nor reading GSUB/GPOS) at start-up.
// A character is left out ("unsafe") when shaping it in some pair or triple does anything the
// pair table cannot tell (a substitution, a contextual kern): words with it are still shaped.
// Run: node packages/fonts/scripts/latin-widths.mjs (again whenever the font files change).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { create } from 'fontkit';
import { fingerprint } from './fingerprint.mjs';

const root = join(import.meta.dirname, '..');
const chars = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i));

function table(file) {
  const bytes = readFileSync(join(root, 'fonts', file));
  const font = create(bytes);
  const glyph = new Map(chars.map((c) => [c, font.glyphForCodePoint(c.charCodeAt(0)).id]));
  const advance = new Map(chars.map((c) => [c, font.layout(c).advanceWidth]));
  const unsafe = new Set();
  /** Marks the characters whose glyph shaping changed (all of them when glyphs merged or split). */
  const changed = (run, text) => {
    let any = false;
    for (let i = 0; i < text.length; i++) {
      if (run.glyphs.length === text.length && run.glyphs[i].id === glyph.get(text[i])) continue;
      unsafe.add(text[i]);
      any = true;
    }
    return any;
  };
  const kern = new Map();
  // Pairs whose glyphs change (a ligature, a contextual form): a two-character word of them
  // is shaped. Any other two-character word is told exactly by its advances and kerning.
  const shapedPairs = [];
  for (const a of chars)
    for (const b of chars) {
      const run = font.layout(a + b);
      if (changed(run, a + b)) {
        if (a !== ' ' && b !== ' ') shapedPairs.push(a + b);
        continue;
      }
      const k = run.advanceWidth - advance.get(a) - advance.get(b);
      if (k !== 0) kern.set(a + b, k);
    }
  const safe = chars.filter((c) => !unsafe.has(c) && c !== ' ');
  // A pair next to a character found unsafe later is not used: words with it are shaped.
  const width = (text) => {
    let units = 0;
    for (let i = 0; i < text.length; i++)
      units += advance.get(text[i]) + (i > 0 ? (kern.get(text[i - 1] + text[i]) ?? 0) : 0);
    return units;
  };
  // Triples of the characters still safe: a contextual rule (chained kerning) shows as a
  // different width. Each such triple gets one character marked unsafe, punctuation first,
  // then the one in most such triples (a greedy cover).
  const failing = [];
  for (const a of safe)
    for (const b of safe)
      for (const c of safe) {
        const text = a + b + c;
        const run = font.layout(text);
        if (!changed(run, text) && run.advanceWidth !== width(text)) failing.push(text);
      }
  const rank = (ch) => (/[A-Za-z0-9]/.test(ch) ? 1 : 0);
  let open = failing.filter((t) => ![...t].some((ch) => unsafe.has(ch)));
  while (open.length > 0) {
    const counts = new Map();
    for (const t of open) for (const ch of new Set(t)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    const [pick] = [...counts].sort((x, y) => rank(x[0]) - rank(y[0]) || y[1] - x[1])[0];
    unsafe.add(pick);
    open = open.filter((t) => !t.includes(pick));
  }
  // Longer words of safe characters, as a check of the pair model past three characters.
  let seed = 1;
  const random = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const kept = chars.filter((c) => !unsafe.has(c) && c !== ' ');
  for (let i = 0; i < 20_000; i++) {
    let text = '';
    const length = 4 + Math.floor(random() * 9);
    for (let j = 0; j < length; j++) text += kept[Math.floor(random() * kept.length)];
    const run = font.layout(text);
    if (changed(run, text) || run.advanceWidth !== width(text))
      throw new Error(`${file}: the pair table is wrong for ${JSON.stringify(text)}`);
  }
  // An unsafe lowercase letter may still be safe among lowercase letters only (Inter's `x` turns into
  // `×` between digits or capitals, never between lowercase letters): every pair and triple of
  // it with lowercase letters, and random such words, must match the pair model.
  const lower = [...'abcdefghijklmnopqrstuvwxyz'];
  const matches = (text) => {
    const run = font.layout(text);
    return (
      run.glyphs.length === text.length &&
      [...text].every((ch, i) => run.glyphs[i].id === glyph.get(ch)) &&
      run.advanceWidth === width(text)
    );
  };
  const lowercaseSafe = [...unsafe].filter((u) => {
    if (!lower.includes(u)) return false;
    const pool = [...lower, u];
    for (const a of pool)
      for (const b of pool) {
        if ((a + b).includes(u) && !matches(a + b)) return false;
        for (const c of pool) if ((a + b + c).includes(u) && !matches(a + b + c)) return false;
      }
    return true;
  });
  const amongLower = [...lower, ...lowercaseSafe];
  for (let i = 0; i < 20_000 && lowercaseSafe.length > 0; i++) {
    let text = lowercaseSafe[i % lowercaseSafe.length];
    const length = 3 + Math.floor(random() * 10);
    while (text.length < length) {
      const ch = amongLower[Math.floor(random() * amongLower.length)];
      text = random() < 0.5 ? ch + text : text + ch;
    }
    if (!matches(text))
      throw new Error(`${file}: the pair table is wrong for ${JSON.stringify(text)}`);
  }
  // An unsafe digit may still be safe among digits only (Inter's `4` and `7` kern differently
  // next to letters and punctuation, never next to other digits): every word of two to five
  // digits with it, and random longer ones, must match the pair model.
  const digits = [...'0123456789'];
  const digitSafe = [...unsafe].filter((u) => digits.includes(u));
  const digitFailing = new Set();
  for (let n = 10; n < 100_000; n++) {
    const text = String(n);
    for (const u of digitSafe) if (text.includes(u) && !matches(text)) digitFailing.add(u);
    // The same words with leading zeros (0047), which String(n) never writes.
    const padded = text.padStart(5, '0');
    for (const u of digitSafe) if (padded.includes(u) && !matches(padded)) digitFailing.add(u);
  }
  for (let i = 0; i < 20_000; i++) {
    let text = '';
    const length = 6 + Math.floor(random() * 10);
    while (text.length < length) text += digits[Math.floor(random() * digits.length)];
    if (!digitSafe.some((u) => text.includes(u)) || matches(text)) continue;
    for (const u of digitSafe) if (text.includes(u)) digitFailing.add(u);
  }
  const amongDigits = digitSafe.filter((u) => !digitFailing.has(u));
  const ascent = font.ascent;
  return {
    fingerprint: fingerprint(bytes),
    unsafe: [...unsafe].sort().join(''),
    lowercaseSafe: lowercaseSafe.sort().join(''),
    digitSafe: amongDigits.sort().join(''),
    shapedPairs: shapedPairs.sort().join(' '),
    metrics: {
      unitsPerEm: font.unitsPerEm,
      ascent,
      descent: Math.abs(font.descent),
      lineGap: Math.max(0, font.lineGap),
      capHeight: font.capHeight,
      xHeight: font.xHeight,
    },
    advances: chars.map((c) => advance.get(c)),
    kerning: [...kern]
      .filter(([pair]) => !pair.includes(' '))
      .sort()
      .map(([pair, units]) => `${pair}${units}`)
      .join(' '),
  };
}

const regular = table('Inter-Regular.ttf');
const bold = table('Inter-Bold.ttf');
const out = `// Generated by scripts/latin-widths.mjs from the shipped Inter files: do not edit.
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: pairs such as \`\${\` are data.
// For each weight: the FNV-1a fingerprint of the font file, the printable ASCII characters
// (U+0020–U+007E) whose shaping the pair table cannot tell in longer words, those of them the
// table tells in a word of lowercase letters and in a word of digits, the pairs shaping
// changes, the font's vertical metrics, the advance of each character from U+0020, and the
// kerning of each pair (font units; pairs not listed kern by 0). Lists are strings, so the
// table stays a small file.

/** The precomputed widths of one font file. */
export interface LatinWidths {
  readonly fingerprint: number;
  readonly unsafe: string;
  /** Unsafe characters the table tells when every other character of the word is a–z. */
  readonly lowercaseSafe: string;
  /** Unsafe digits the table tells when every other character of the word is a digit. */
  readonly digitSafe: string;
  /** The pairs shaping changes (space-separated): the two-character words it does not tell. */
  readonly shapedPairs: string;
  /** In font units, as \`parseFontFace\` reads them (descent positive). */
  readonly metrics: {
    readonly unitsPerEm: number;
    readonly ascent: number;
    readonly descent: number;
    readonly lineGap: number;
    readonly capHeight: number;
    readonly xHeight: number;
  };
  readonly advances: readonly number[];
  /** Each kerning pair and its units, space-separated: \`AT-174 AV-140 …\`. */
  readonly kerning: string;
}

export const latinWidths: Readonly<Record<'regular' | 'bold', LatinWidths>> = ${JSON.stringify({ regular, bold })};
`;
writeFileSync(join(root, 'src/latin-widths.ts'), out);
console.log(
  `regular: unsafe ${JSON.stringify(regular.unsafe)} (among lowercase: ${JSON.stringify(regular.lowercaseSafe)}, among digits: ${JSON.stringify(regular.digitSafe)}), ${regular.kerning.split(' ').length} pairs; bold: unsafe ${JSON.stringify(bold.unsafe)}, ${bold.kerning.split(' ').length} pairs`,
);
