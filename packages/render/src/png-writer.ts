import { constants, crc32, deflateRawSync, deflateSync } from 'node:zlib';

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
/** Deflate's window: each band is compressed with the last 32 KB before it as its dictionary. */
const WINDOW = 32 * 1024;

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** Adler-32 (the zlib stream's checksum), carried on from `adler` over `data`. */
function adler32(data: Uint8Array, adler: number): number {
  let a = adler & 0xffff;
  let b = adler >>> 16;
  // 5552 bytes is the most that can be summed before the sums must be reduced.
  for (let start = 0; start < data.length; start += 5552) {
    const end = Math.min(data.length, start + 5552);
    for (let i = start; i < end; i++) {
      a += data[i] as number;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** Straight (not premultiplied) RGBA, as PNG stores it: resvg's own rounding. */
function demultiply(pixels: Uint8Array): void {
  for (let i = 0; i < pixels.length; i += 4) {
    const alpha = pixels[i + 3] as number;
    if (alpha === 255) continue;
    if (alpha === 0) {
      pixels[i] = 0;
      pixels[i + 1] = 0;
      pixels[i + 2] = 0;
      continue;
    }
    const a = alpha / 255;
    for (let c = i; c < i + 3; c++)
      pixels[c] = Math.min(255, Math.floor((pixels[c] as number) / a + 0.5));
  }
}

/**
 * Writes an 8-bit RGBA PNG a band of rows at a time: each band is deflated with the end of
 * the previous band as its dictionary and flushed to a byte boundary, so the bands form one
 * zlib stream and only one band is in memory. Rows are stored unfiltered (filter type None)
 * at deflate level 2: on a roadmap (flat colours, long runs of one pixel) that is a third of
 * the time of Sub at level 6 and a smaller file (measured on the 147-node roadmap of
 * `cli/bench/perf.bench.mjs`, 588 × 2820 px: 10 ms and 271 KB, against 27 ms and 325 KB for
 * resvg's own encoder).
 */
export interface PngWriter {
  /** Adds `rows` rows of premultiplied RGBA pixels (resvg's pixmap); the array is reused. */
  add(pixels: Uint8Array, rows: number): void;
  /** The PNG file, once every row was added. */
  finish(): Uint8Array;
}

/** Deflate's level: 2 packs a roadmap within a tenth of level 6's size, three times as fast. */
const LEVEL = 2;

/**
 * The buffer the rows are laid out in, kept for the next band and the next picture: a fresh
 * one of a picture's size would fault in every page anew (on a virtual machine, as long as
 * deflating them). Let go a second after the last picture, as resvg's allocator does.
 */
let scratch: Buffer | undefined;
let release: ReturnType<typeof setTimeout> | undefined;
const KEEP_MS = 1000;

function rowBuffer(size: number): Buffer {
  if (!scratch || scratch.length < size) scratch = Buffer.allocUnsafe(size);
  if (release) release.refresh();
  else {
    release = setTimeout(() => {
      scratch = undefined;
      release = undefined;
    }, KEEP_MS);
    release.unref();
  }
  return scratch.subarray(0, size);
}

/** The rows of a band, each after its filter-type byte (0: None), in the shared buffer. */
function unfiltered(band: Uint8Array, rows: number, stride: number): Buffer {
  const filtered = rowBuffer(rows * (stride + 1));
  for (let y = 0; y < rows; y++) {
    filtered[y * (stride + 1)] = 0;
    filtered.set(band.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  return filtered;
}

export function createPngWriter(width: number, height: number): PngWriter {
  const stride = width * 4;
  const parts: Uint8Array[] = [SIGNATURE];
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, filter method 0, no interlace
  parts.push(chunk('IHDR', header));
  let written = 0;
  let adler = 1;
  let dictionary: Uint8Array | undefined;
  const deflate = (filtered: Buffer, first: boolean, last: boolean): void => {
    // The whole picture at once: zlib writes the stream's header and checksum itself.
    if (first && last) {
      parts.push(chunk('IDAT', deflateSync(filtered, { level: LEVEL })));
      return;
    }
    adler = adler32(filtered, adler);
    const raw = deflateRawSync(filtered, {
      level: LEVEL,
      finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH,
      ...(dictionary === undefined ? {} : { dictionary }),
    });
    dictionary = Uint8Array.prototype.slice.call(
      filtered,
      Math.max(0, filtered.length - WINDOW),
    ) as Uint8Array;
    // The zlib header (deflate, 32 KB window, a fast level) goes before the first band.
    const head = first ? Uint8Array.of(0x78, 0x5e) : undefined;
    const tail = last ? Buffer.alloc(4) : undefined;
    tail?.writeUInt32BE(adler, 0);
    const data = Buffer.concat([...(head ? [head] : []), raw, ...(tail ? [tail] : [])]);
    parts.push(chunk('IDAT', data));
  };
  return {
    add(pixels, rows) {
      if (rows < 1 || written + rows > height || pixels.length < rows * stride)
        throw new RangeError(`a band of ${rows} rows does not fit the ${height}-row picture`);
      const band = pixels.subarray(0, rows * stride);
      demultiply(band);
      const first = written === 0;
      written += rows;
      deflate(unfiltered(band, rows, stride), first, written === height);
    },
    finish() {
      if (written !== height) throw new RangeError(`the PNG has ${written} of its ${height} rows`);
      parts.push(chunk('IEND', new Uint8Array(0)));
      return new Uint8Array(Buffer.concat(parts));
    },
  };
}

/**
 * Encodes a whole picture of premultiplied RGBA pixels (resvg's pixmap, which this changes)
 * as a PNG: the same bytes as {@link createPngWriter} given every row at once.
 */
export function encodePng(pixels: Uint8Array, width: number, height: number): Uint8Array {
  const writer = createPngWriter(width, height);
  writer.add(pixels, height);
  return writer.finish();
}
