import { inflateSync } from 'node:zlib';

/** One table of a font file, uncompressed. */
export interface FontTable {
  /** Four-letter tag, e.g. `cmap`. */
  tag: string;
  checksum: number;
  data: Buffer;
}

/** Whether the file is WOFF 1.0 (signature `wOFF`) rather than plain TrueType/OpenType. */
export const isWoff = (font: Buffer): boolean => font.toString('latin1', 0, 4) === 'wOFF';

/**
 * The tables of a WOFF 1.0 file in directory order, each inflated where it was stored
 * compressed: the one reader of the format, for the text metrics (metrics.ts) and the
 * glyph painter (glyphs.ts, which hands HarfBuzz the plain font they make).
 */
export function woffTables(woff: Buffer): FontTable[] {
  const count = woff.readUInt16BE(12);
  const tables: FontTable[] = [];
  for (let index = 0; index < count; index++) {
    const entry = 44 + index * 20;
    const offset = woff.readUInt32BE(entry + 4);
    const stored = woff.readUInt32BE(entry + 8);
    const length = woff.readUInt32BE(entry + 12);
    const raw = woff.subarray(offset, offset + stored);
    tables.push({
      tag: woff.toString('latin1', entry, entry + 4),
      checksum: woff.readUInt32BE(entry + 16),
      data: stored < length ? inflateSync(raw) : raw,
    });
  }
  return tables;
}
