import { isWoff, woffTables } from './woff.ts';

/**
 * Just enough of a font parser to lay out card text ourselves: which characters a font
 * has (so nothing renders as a blank box) and how wide they are (so titles can be
 * hyphenated and clipped before satori sees them). Reads WOFF 1.0 and plain TrueType/
 * OpenType files; only the `head`, `hhea`, `hmtx` and `cmap` tables are used.
 */
export interface FontMetrics {
  unitsPerEm: number;
  /** Code point → advance width in font units. */
  advances: Map<number, number>;
}

type Tables = Map<string, Buffer>;

function sfntTables(data: Buffer): Tables {
  const tables: Tables = new Map();
  const count = data.readUInt16BE(4);
  for (let index = 0; index < count; index++) {
    const entry = 12 + index * 16;
    const tag = data.toString('latin1', entry, entry + 4);
    const offset = data.readUInt32BE(entry + 8);
    tables.set(tag, data.subarray(offset, offset + data.readUInt32BE(entry + 12)));
  }
  return tables;
}

/** Code point → glyph id from the best Unicode subtable (format 12, else format 4). */
function readCmap(cmap: Buffer): Map<number, number> {
  const glyphs = new Map<number, number>();
  const count = cmap.readUInt16BE(2);
  let best: { offset: number; format: number } | undefined;
  for (let index = 0; index < count; index++) {
    const record = 4 + index * 8;
    const platform = cmap.readUInt16BE(record);
    const encoding = cmap.readUInt16BE(record + 2);
    const offset = cmap.readUInt32BE(record + 4);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    const format = cmap.readUInt16BE(offset);
    if (format === 12 || (format === 4 && best?.format !== 12)) best = { offset, format };
  }
  if (!best) return glyphs;
  const base = best.offset;
  if (best.format === 12) {
    const groups = cmap.readUInt32BE(base + 12);
    for (let group = 0; group < groups; group++) {
      const at = base + 16 + group * 12;
      const start = cmap.readUInt32BE(at);
      const end = cmap.readUInt32BE(at + 4);
      const glyph = cmap.readUInt32BE(at + 8);
      for (let code = start; code <= end; code++) glyphs.set(code, glyph + code - start);
    }
    return glyphs;
  }
  const segments = cmap.readUInt16BE(base + 6) / 2;
  const ends = base + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let segment = 0; segment < segments; segment++) {
    const end = cmap.readUInt16BE(ends + segment * 2);
    const start = cmap.readUInt16BE(starts + segment * 2);
    const delta = cmap.readInt16BE(deltas + segment * 2);
    const rangeAt = rangeOffsets + segment * 2;
    const rangeOffset = cmap.readUInt16BE(rangeAt);
    for (let code = start; code <= end && code !== 0xffff; code++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (code + delta) & 0xffff;
      else {
        const raw = cmap.readUInt16BE(rangeAt + rangeOffset + (code - start) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) glyphs.set(code, glyph);
    }
  }
  return glyphs;
}

/** Parses a WOFF or TrueType/OpenType font file. */
export function readFontMetrics(data: Buffer): FontMetrics {
  const tables = isWoff(data) ? new Map(woffTables(data).map((table) => [table.tag, table.data])) : sfntTables(data);
  const table = (tag: string): Buffer => {
    const found = tables.get(tag);
    if (!found) throw new Error(`font has no ${tag} table`);
    return found;
  };
  const unitsPerEm = table('head').readUInt16BE(18);
  const hMetrics = table('hhea').readUInt16BE(34);
  const hmtx = table('hmtx');
  const advanceOf = (glyph: number) => hmtx.readUInt16BE(Math.min(glyph, hMetrics - 1) * 4);
  const advances = new Map<number, number>();
  for (const [code, glyph] of readCmap(table('cmap'))) advances.set(code, advanceOf(glyph));
  return { unitsPerEm, advances };
}
