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

/** Adler-32's modulus: the largest prime below 2^16. */
const BASE = 65521;

/** Adler-32 (the zlib stream's checksum), carried on from `adler` over `data`. */
export function adler32(data: Uint8Array, adler: number): number {
  let a = adler & 0xffff;
  let b = adler >>> 16;
  // 5552 bytes is the most that can be summed before the sums must be reduced.
  for (let start = 0; start < data.length; start += 5552) {
    const end = Math.min(data.length, start + 5552);
    for (let i = start; i < end; i++) {
      a += data[i] as number;
      b += a;
    }
    a %= BASE;
    b %= BASE;
  }
  return ((b << 16) | a) >>> 0;
}

/** Straight (not premultiplied) RGBA of one premultiplied pixel at `i`: resvg's own rounding. */
function demultiplyPixel(pixels: Uint8Array, i: number): void {
  const alpha = pixels[i + 3] as number;
  if (alpha === 255) return;
  if (alpha === 0) {
    pixels[i] = 0;
    pixels[i + 1] = 0;
    pixels[i + 2] = 0;
    return;
  }
  const a = alpha / 255;
  for (let c = i; c < i + 3; c++)
    pixels[c] = Math.min(255, Math.floor((pixels[c] as number) / a + 0.5));
}

/** Whether this machine stores a 32-bit word's low byte first (as x86 and ARM do). */
const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

/**
 * Makes premultiplied RGBA rows straight, in place, as PNG stores them (a fully opaque pixel,
 * most of a picture, stays as it is). With `adler` (the checksum so far), also returns the
 * Adler-32 carried on over the rows as the zlib stream holds them, each after its filter-type
 * byte 0: a run of equal pixels adds to the sums in one step, so a picture of flat colours is
 * summed about as fast as it is read.
 */
export function straightenRows(
  pixels: Uint8Array,
  rows: number,
  stride: number,
  adler?: number,
): number | undefined {
  if (!LITTLE_ENDIAN || pixels.byteOffset % 4 !== 0 || stride % 4 !== 0) {
    // Bytes one at a time: the same result, more slowly.
    for (let i = 0; i < rows * stride; i += 4) demultiplyPixel(pixels, i);
    if (adler === undefined) return undefined;
    const row = new Uint8Array(stride + 1);
    for (let y = 0; y < rows; y++) {
      row.set(pixels.subarray(y * stride, (y + 1) * stride), 1);
      adler = adler32(row, adler);
    }
    return adler;
  }
  const words = new Int32Array(pixels.buffer, pixels.byteOffset, (rows * stride) >> 2);
  const width = stride >> 2;
  let a = (adler ?? 1) & 0xffff;
  let b = (adler ?? 1) >>> 16;
  for (let y = 0; y < rows; y++) {
    // The row's filter-type byte, 0.
    b = (b + a) % BASE;
    const end = (y + 1) * width;
    for (let i = y * width; i < end; ) {
      const found = words[i] as number;
      let j = i + 1;
      while (j < end && words[j] === found) j++;
      let word = found;
      if (found >>> 24 !== 255) {
        // Not opaque: each pixel of the run becomes the same straight pixel.
        demultiplyPixel(pixels, i << 2);
        word = words[i] as number;
        words.fill(word, i + 1, j);
      }
      if (adler !== undefined) {
        // k equal words of bytes x0…x3 (in memory order): a grows by k·s, b by
        // k·(4a + c) + 4s·k(k−1)/2, where s is their sum and c = 4·x0 + 3·x1 + 2·x2 + x3.
        const k = j - i;
        const x0 = word & 0xff;
        const x1 = (word >>> 8) & 0xff;
        const x2 = (word >>> 16) & 0xff;
        const x3 = word >>> 24;
        const sum = x0 + x1 + x2 + x3;
        const c = 4 * x0 + 3 * x1 + 2 * x2 + x3;
        b = (b + k * ((4 * a + c) % BASE) + ((((2 * sum * k) % BASE) * (k - 1)) % BASE)) % BASE;
        a = (a + k * sum) % BASE;
      }
      i = j;
    }
  }
  return adler === undefined ? undefined : ((b << 16) | a) >>> 0;
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
      const first = written === 0;
      written += rows;
      const last = written === height;
      // The whole picture at once: zlib sums the stream itself.
      const sum = straightenRows(band, rows, stride, first && last ? undefined : adler);
      if (sum !== undefined) adler = sum;
      deflate(unfiltered(band, rows, stride), first, last);
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
