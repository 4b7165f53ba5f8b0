// Node only: WOFF 1.0 → TTF/OTF with Node's native zlib, so fontkit reads a fallback font
// without inflating its tables in JavaScript (about ten times faster to open).
import { inflateSync } from 'node:zlib';

/**
 * The sfnt (TTF/OTF) inside a WOFF 1.0 file (W3C WOFF 1.0, section 4): each table inflated
 * when it was compressed, laid out again 4-byte aligned with a fresh table directory. Bytes
 * that are not WOFF 1.0 are returned as they are.
 */
export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (woff.byteLength < 44 || view.getUint32(0) !== 0x774f4646) return woff; // 'wOFF'
  const flavor = view.getUint32(4);
  const numTables = view.getUint16(12);
  const tables: { tag: number; checksum: number; data: Uint8Array }[] = [];
  for (let i = 0; i < numTables; i++) {
    const entry = 44 + i * 20;
    const tag = view.getUint32(entry);
    const offset = view.getUint32(entry + 4);
    const compLength = view.getUint32(entry + 8);
    const origLength = view.getUint32(entry + 12);
    const checksum = view.getUint32(entry + 16);
    const raw = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? new Uint8Array(inflateSync(raw)) : raw;
    if (data.byteLength !== origLength)
      throw new TypeError('WOFF: a table does not inflate to its size');
    tables.push({ tag, checksum, data });
  }
  const headerSize = 12 + numTables * 16;
  const size = tables.reduce((sum, t) => sum + ((t.data.byteLength + 3) & ~3), headerSize);
  const out = new Uint8Array(size);
  const o = new DataView(out.buffer);
  o.setUint32(0, flavor);
  o.setUint16(4, numTables);
  let power = 1;
  let log = 0;
  while (power * 2 <= numTables) {
    power *= 2;
    log++;
  }
  o.setUint16(6, power * 16);
  o.setUint16(8, log);
  o.setUint16(10, numTables * 16 - power * 16);
  let offset = headerSize;
  tables.forEach((table, i) => {
    const entry = 12 + i * 16;
    o.setUint32(entry, table.tag);
    o.setUint32(entry + 4, table.checksum);
    o.setUint32(entry + 8, offset);
    o.setUint32(entry + 12, table.data.byteLength);
    out.set(table.data, offset);
    offset += (table.data.byteLength + 3) & ~3;
  });
  return out;
}
