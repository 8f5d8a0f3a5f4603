import { createRequire } from 'node:module';
import opentype, { type OpenTypeFont, type OpenTypeGlyph, type OpenTypePath } from '@shuding/opentype.js';
import type { HarfBuzz, HbFont, HbGlyph } from 'harfbuzzjs';
import sharp from 'sharp';
import type { Rgba } from './colour.ts';
import { isWoff, woffTables } from './woff.ts';

/**
 * Text for the cards, drawn from cached glyph bitmaps instead of as SVG paths.
 *
 * Satori lays the card out and reports every word as a `<text>` element with its pen
 * position, size, weight and colour (`embedFont: false`). Drawing those words as outline
 * paths through librsvg was half of a card's CPU time, and the same few hundred glyphs
 * were rasterised again on every card. Here each glyph is rasterised once per thread —
 * per font, size and a quarter-pixel horizontal phase, so spacing stays as exact as a
 * path's — by librsvg itself (the same antialiasing as before), many glyphs to one
 * atlas SVG, and then blended into the card's pixels in place.
 *
 * Shaping is HarfBuzz's, the same build satori measures and draws with, so ligatures,
 * kerning and marks land where satori's own outlines would; the outlines come from
 * opentype.js, satori's font parser.
 */

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Horizontal phases per pixel: a glyph's pen position is kept to a quarter pixel. */
const PHASES = 4;
/** The widest atlas row before the next row starts. */
const ATLAS_WIDTH = 2048;

export interface TextRun {
  text: string;
  /** Pen position: left edge and baseline, in card pixels. */
  x: number;
  y: number;
  size: number;
  weight: number;
  letterSpacing: number;
  colour: Rgba;
}

/** A rasterised glyph: coverage (0–255) and its offset from the integer pen position. */
interface Bitmap {
  width: number;
  height: number;
  left: number;
  top: number;
  alpha: Uint8Array;
}

interface Placement {
  key: number;
  glyph: OpenTypeGlyph;
  size: number;
  phase: number;
  penX: number;
  penY: number;
  colour: Rgba;
}

export interface GlyphPainter {
  /** Draws the runs into an RGB canvas of `width` × `height` pixels. */
  paint(canvas: Buffer, width: number, height: number, runs: TextRun[]): Promise<void>;
  /** Glyph bitmaps made so far (for tests and the benchmark). */
  readonly rasterised: number;
}

/**
 * `fonts` maps a weight to its fonts in fallback order (the first that has a character
 * draws it), the same order satori is given.
 */
export function createGlyphPainter(fonts: Map<number, Buffer[]>): GlyphPainter {
  const parsed = new Map<number, OpenTypeFont[]>();
  for (const [weight, files] of fonts) {
    parsed.set(
      weight,
      files.map((file) => opentype.parse(Uint8Array.from(file).buffer)),
    );
  }
  const fontIds = new Map<OpenTypeFont, number>();
  for (const list of parsed.values()) for (const font of list) fontIds.set(font, fontIds.size);
  const sources = new Map<OpenTypeFont, Buffer>();
  for (const [weight, files] of fonts) {
    parsed.get(weight)?.forEach((font, index) => {
      const file = files[index];
      if (file) sources.set(font, file);
    });
  }
  const bitmaps = new Map<number, Bitmap | null>();
  const fontFor = new Map<string, OpenTypeFont | undefined>();
  const shapers = new Map<OpenTypeFont, HbFont>();
  const shapes = new Map<OpenTypeFont, Map<string, HbGlyph[]>>();
  let harfbuzz: HarfBuzz | undefined;

  /** Satori's choice: the first font that has the character, else the last one. */
  const pick = (weight: number, grapheme: string): OpenTypeFont | undefined => {
    const key = `${weight}|${grapheme}`;
    if (!fontFor.has(key)) {
      const list = parsed.get(weight) ?? parsed.get(400) ?? [];
      fontFor.set(key, list.find((font) => font.charToGlyphIndex(grapheme) > 0) ?? list.at(-1));
    }
    return fontFor.get(key);
  };

  /** HarfBuzz's glyphs and positions for a piece of text in one font, in font units. */
  const shape = (hb: HarfBuzz, font: OpenTypeFont, text: string): HbGlyph[] => {
    let known = shapes.get(font);
    if (!known) {
      known = new Map();
      shapes.set(font, known);
    }
    let shaped = known.get(text);
    if (!shaped) {
      let shaper = shapers.get(font);
      if (!shaper) {
        const blob = hb.createBlob(sfnt(sources.get(font) ?? Buffer.alloc(0)));
        const face = hb.createFace(blob, 0);
        shaper = hb.createFont(face);
        shaper.setScale(font.unitsPerEm, font.unitsPerEm);
        face.destroy();
        blob.destroy();
        shapers.set(font, shaper);
      }
      const buffer = hb.createBuffer();
      try {
        buffer.addText(text);
        buffer.guessSegmentProperties();
        hb.shape(shaper, buffer);
        shaped = buffer.json();
      } finally {
        buffer.destroy();
      }
      if (known.size > 20_000) known.clear();
      known.set(text, shaped);
    }
    return shaped;
  };

  /**
   * Where every glyph's pen goes, as satori computes it: the run split into pieces by font
   * (a space stays with the font before it), each piece shaped, letter-spacing after
   * every cluster.
   */
  const place = (hb: HarfBuzz, run: TextRun, into: Placement[]): void => {
    const pieces: Array<{ text: string; font: OpenTypeFont }> = [];
    for (const { segment } of graphemes.segment(run.text)) {
      const last = pieces.at(-1);
      const font =
        last && /^\s$/.test(segment) && last.font.charToGlyphIndex(segment) > 0 ? last.font : pick(run.weight, segment);
      if (!font) continue;
      if (last && last.font === font) last.text += segment;
      else pieces.push({ text: segment, font });
    }
    let penX = run.x;
    const baseline = Math.round(run.y);
    for (const { text, font } of pieces) {
      const scale = run.size / font.unitsPerEm;
      const glyphs = shape(hb, font, text);
      // Sizes to an eighth of a pixel, four phases, 65,536 glyphs, fonts above that.
      // The bitmap is drawn at the size its key names (an eighth of a pixel), never at the
      // size of whichever run asked first, so it is the same in every build.
      const eighths = Math.round(run.size * 8);
      const base = ((fontIds.get(font) ?? 0) * 4096 + eighths) * PHASES;
      for (let index = 0; index < glyphs.length; index++) {
        const shaped = glyphs[index];
        if (!shaped) continue;
        const glyph = font.glyphs.get(shaped.g);
        const x = penX + shaped.dx * scale;
        const whole = Math.floor(x);
        const phase = Math.min(PHASES - 1, Math.round((x - whole) * PHASES));
        if (glyph) {
          into.push({
            key: (base + phase) * 65_536 + shaped.g,
            glyph,
            size: eighths / 8,
            phase,
            penX: whole,
            penY: baseline + Math.round(shaped.dy * scale),
            colour: run.colour,
          });
        }
        penX += shaped.ax * scale;
        if (glyphs[index + 1]?.cl !== shaped.cl) penX += run.letterSpacing;
      }
    }
  };

  /** Rasterises every glyph not in the cache yet, all in one atlas. */
  const rasterise = async (placements: Placement[]): Promise<void> => {
    const cells: Array<{ key: number; x: number; y: number; width: number; height: number; left: number; top: number }> = [];
    const paths: string[] = [];
    let rowX = 0;
    let rowY = 0;
    let rowHeight = 0;
    let atlasWidth = 0;
    const queued = new Set<number>();
    for (const placement of placements) {
      if (bitmaps.has(placement.key) || queued.has(placement.key)) continue;
      queued.add(placement.key);
      const { glyph, size, phase } = placement;
      const origin = phase / PHASES;
      const box = bounds(glyph.getPath(origin, 0, size));
      if (!box) {
        bitmaps.set(placement.key, null); // A space: advances, draws nothing.
        continue;
      }
      const left = Math.floor(box.x1) - 1;
      const top = Math.floor(box.y1) - 1;
      const width = Math.ceil(box.x2) + 1 - left;
      const height = Math.ceil(box.y2) + 1 - top;
      if (rowX + width > ATLAS_WIDTH && rowX > 0) {
        rowY += rowHeight + 1;
        rowX = 0;
        rowHeight = 0;
      }
      cells.push({ key: placement.key, x: rowX, y: rowY, width, height, left, top });
      paths.push(pathData(glyph.getPath(origin, 0, size), rowX - left, rowY - top));
      rowX += width + 1;
      rowHeight = Math.max(rowHeight, height);
      atlasWidth = Math.max(atlasWidth, rowX);
    }
    if (cells.length === 0) return;
    const atlasHeight = rowY + rowHeight;
    // A path per glyph, not one for all: cairo's scan converter treats a pixel row
    // differently when any edge of the path starts or ends in it, so a glyph filled
    // together with its neighbours would come out a little different in each atlas.
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${atlasWidth}" height="${atlasHeight}">${paths.map((d) => `<path d="${d}"/>`).join('')}</svg>`;
    const alpha = await sharp(Buffer.from(svg)).extractChannel(3).raw().toBuffer();
    for (const cell of cells) {
      const mask = new Uint8Array(cell.width * cell.height);
      for (let row = 0; row < cell.height; row++) {
        const from = (cell.y + row) * atlasWidth + cell.x;
        mask.set(alpha.subarray(from, from + cell.width), row * cell.width);
      }
      bitmaps.set(cell.key, { width: cell.width, height: cell.height, left: cell.left, top: cell.top, alpha: mask });
    }
  };

  return {
    get rasterised() {
      let count = 0;
      for (const bitmap of bitmaps.values()) if (bitmap) count++;
      return count;
    },
    async paint(canvas, width, height, runs) {
      // Required, not imported: the package exports a promise, which ESM interop would
      // mistake for a thenable module.
      harfbuzz ??= await (createRequire(import.meta.url)('harfbuzzjs') as Promise<HarfBuzz>);
      const placements: Placement[] = [];
      for (const run of runs) place(harfbuzz, run, placements);
      await rasterise(placements);
      for (const placement of placements) {
        const bitmap = bitmaps.get(placement.key);
        if (bitmap)
          blend(canvas, width, height, bitmap, placement.penX + bitmap.left, placement.penY + bitmap.top, placement.colour);
      }
    },
  };
}

/**
 * SVG path data of a glyph drawn at (`dx`, `dy`), whole pixels: coordinates snapped to
 * 1/64 pixel first, so the sums are exact and a glyph's bitmap is the same bit for bit
 * wherever in whichever atlas it was drawn (builds must not depend on which cards a
 * thread rendered before).
 */
function pathData(path: OpenTypePath, dx: number, dy: number): string {
  const x = (value: number | undefined) => Math.round((value ?? 0) * 64) / 64 + dx;
  const y = (value: number | undefined) => Math.round((value ?? 0) * 64) / 64 + dy;
  let data = '';
  for (const command of path.commands) {
    if (command.type === 'M' || command.type === 'L') data += `${command.type}${x(command.x)} ${y(command.y)}`;
    else if (command.type === 'Q') data += `Q${x(command.x1)} ${y(command.y1)} ${x(command.x)} ${y(command.y)}`;
    else if (command.type === 'C')
      data += `C${x(command.x1)} ${y(command.y1)} ${x(command.x2)} ${y(command.y2)} ${x(command.x)} ${y(command.y)}`;
    else if (command.type === 'Z') data += 'Z';
  }
  return data;
}

/** The box around a path's points (control points included: never too small). */
function bounds(path: OpenTypePath): { x1: number; y1: number; x2: number; y2: number } | undefined {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const command of path.commands) {
    for (const [x, y] of [
      [command.x, command.y],
      [command.x1, command.y1],
      [command.x2, command.y2],
    ]) {
      if (x === undefined || y === undefined) continue;
      x1 = Math.min(x1, x);
      x2 = Math.max(x2, x);
      y1 = Math.min(y1, y);
      y2 = Math.max(y2, y);
    }
  }
  return x2 > x1 && y2 > y1 ? { x1, y1, x2, y2 } : undefined;
}

/** Source-over of one colour through a coverage mask onto RGB pixels, clipped to the canvas. */
function blend(canvas: Buffer, width: number, height: number, bitmap: Bitmap, left: number, top: number, colour: Rgba): void {
  const [red, green, blue, opacity] = colour;
  const fromX = Math.max(0, -left);
  const toX = Math.min(bitmap.width, width - left);
  const fromY = Math.max(0, -top);
  const toY = Math.min(bitmap.height, height - top);
  for (let row = fromY; row < toY; row++) {
    let source = row * bitmap.width + fromX;
    let target = ((top + row) * width + left + fromX) * 3;
    for (let column = fromX; column < toX; column++, source++, target += 3) {
      const coverage = bitmap.alpha[source] ?? 0;
      if (coverage === 0) continue;
      const a = opacity === 255 ? coverage : (coverage * opacity + 127) / 255;
      const keep = 255 - a;
      canvas[target] = ((canvas[target] ?? 0) * keep + red * a + 127) / 255;
      canvas[target + 1] = ((canvas[target + 1] ?? 0) * keep + green * a + 127) / 255;
      canvas[target + 2] = ((canvas[target + 2] ?? 0) * keep + blue * a + 127) / 255;
    }
  }
}

/**
 * A WOFF 1 file as the plain TrueType/OpenType file it wraps (HarfBuzz reads only the
 * latter): each table inflated where it was compressed, laid out 4-byte aligned.
 */
export function sfnt(woff: Buffer): Buffer {
  if (!isWoff(woff)) return woff;
  const tables = woffTables(woff);
  const count = tables.length;
  const power = 2 ** Math.floor(Math.log2(count));
  let size = 12 + count * 16;
  for (const table of tables) size += (table.data.length + 3) & ~3;
  const out = Buffer.alloc(size);
  out.writeUInt32BE(woff.readUInt32BE(4), 0);
  out.writeUInt16BE(count, 4);
  out.writeUInt16BE(power * 16, 6);
  out.writeUInt16BE(Math.log2(power), 8);
  out.writeUInt16BE(count * 16 - power * 16, 10);
  let at = 12 + count * 16;
  tables.forEach((table, index) => {
    const record = 12 + index * 16;
    out.write(table.tag, record, 4, 'latin1');
    out.writeUInt32BE(table.checksum, record + 4);
    out.writeUInt32BE(at, record + 8);
    out.writeUInt32BE(table.data.length, record + 12);
    table.data.copy(out, at);
    at += (table.data.length + 3) & ~3;
  });
  return out;
}
