// FNV-1a over a font file's bytes: a generated table is used only for exactly those bytes
// (create-measurer.ts computes the same).

/** The FNV-1a hash of `bytes`, as an unsigned 32-bit number. */
export function fingerprint(bytes) {
  let hash = 0x811c9dc5;
  for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash;
}
