import type { Readable } from 'node:stream';

/**
 * Reads a stream, but never more than `max + 1` bytes: past the limit it stops reading and
 * lets go of the stream, so a huge or endless standard input (`validate -` fed from
 * /dev/zero) costs `max` bytes of memory, not all of it. The caller sees more than `max`
 * bytes and reports the file as too large.
 */
export async function readLimited(stream: Readable, max: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(bytes);
    size += bytes.length;
    if (size > max) break;
  }
  stream.destroy();
  return new Uint8Array(Buffer.concat(chunks).subarray(0, max + 1));
}
