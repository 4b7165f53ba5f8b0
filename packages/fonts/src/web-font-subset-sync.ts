// Node only: a HarfBuzz (hb-subset) font subset, made synchronously: the one subsetter of the
// web fonts (`subsetFontFile`), also for callers that cannot wait (renderSvg's `embedFonts`).
// hb-subset is harfbuzzjs's WebAssembly, loaded with the synchronous WebAssembly API.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface HbSubset {
  readonly memory: { readonly buffer: ArrayBuffer };
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
  hb_set_invert(set: number): void;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
  _initialize(): void;
}

interface SyncWebAssembly {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
}

const HB_MEMORY_MODE_WRITABLE = 2;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;
let loaded: HbSubset | undefined;

/** harfbuzzjs's hb-subset module, compiled once (about 0.7 MB of WebAssembly). */
function harfbuzz(): HbSubset {
  if (!loaded) {
    const file = createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm');
    // The synchronous constructors (this package's types know WebAssembly only as types).
    const wasm = (globalThis as unknown as { WebAssembly: SyncWebAssembly }).WebAssembly;
    const instance = new wasm.Instance(new wasm.Module(readFileSync(file)), {});
    loaded = instance.exports as unknown as HbSubset;
    loaded._initialize();
  }
  return loaded;
}

/**
 * A TrueType/OpenType font (sfnt) cut down by hb-subset to the glyphs `text` needs, with their
 * layout closure: a real font that browsers accept (unlike a PDF subset, it keeps `cmap`).
 * `bytes` is a TrueType/OpenType file (`subsetFontFile` also takes WOFF and WOFF2). Same bytes
 * for the same input.
 */
export function subsetFontFileSync(bytes: Uint8Array, text: string): Uint8Array {
  const hb = harfbuzz();
  const input = hb.hb_subset_input_create_or_fail();
  if (input === 0) throw new Error('hb-subset could not start a subset (out of memory)');
  const pointer = hb.malloc(bytes.byteLength);
  new Uint8Array(hb.memory.buffer).set(bytes, pointer);
  const blob = hb.hb_blob_create(pointer, bytes.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
  const face = hb.hb_face_create(blob, 0);
  hb.hb_blob_destroy(blob);
  try {
    // Every layout feature kept: a browser shapes the subset as it would the whole font.
    const features = hb.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
    hb.hb_set_clear(features);
    hb.hb_set_invert(features);
    const unicodes = hb.hb_subset_input_unicode_set(input);
    for (const char of text) hb.hb_set_add(unicodes, char.codePointAt(0) ?? 0);
    const subset = hb.hb_subset_or_fail(face, input);
    if (subset === 0) throw new Error('hb-subset could not subset this font');
    const result = hb.hb_face_reference_blob(subset);
    const start = hb.hb_blob_get_data(result, 0);
    const length = hb.hb_blob_get_length(result);
    // Copied out before the blob is freed (the memory may also grow and move later).
    const out = new Uint8Array(hb.memory.buffer, start, length).slice();
    hb.hb_blob_destroy(result);
    hb.hb_face_destroy(subset);
    if (length === 0) throw new Error('hb-subset gave an empty font');
    return out;
  } finally {
    hb.hb_face_destroy(face);
    hb.hb_subset_input_destroy(input);
    hb.free(pointer);
  }
}
