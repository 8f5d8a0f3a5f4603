import satori from 'satori';
import sharp from 'sharp';
import { decodeEntities } from '../lib/entities.ts';
import { loadFonts } from './fonts.ts';
import { parseHexColour, type Rgba } from './colour.ts';
import { createGlyphPainter, type TextRun } from './glyphs.ts';
import { cleanCardText, layoutLines, measurer, type Measure } from './text.ts';
import { cardElement, type TemplateContext } from './templates/index.ts';
import type { CardNode } from './templates/elements.ts';
import type { CardSpec } from './types.ts';

/**
 * Card → PNG. Satori lays the template out into SVG; the words it places are painted from
 * cached glyph bitmaps (glyphs.ts), everything else is rasterised by librsvg through sharp,
 * and sharp encodes the PNG. The three layers meet in one RGB buffer:
 *
 * - Shapes: the SVG without its text. Most cards of a site share a frame (stripe, body,
 *   footer band, an avatar circle), so the same shapes recur and are rasterised once per
 *   thread; librsvg's fixed cost for a 1200 × 630 canvas is paid once, not per card.
 * - Pictures do not go through the SVG: an embedded image makes satori wrap it in a mask,
 *   and librsvg then draws a whole offscreen canvas for it (some 30 ms a card). Templates
 *   place a plain placeholder box instead; its position is read back from the SVG, the box
 *   removed, and the picture drawn there, above the shapes or beneath them (backgrounds).
 * - Text last, over shapes and pictures.
 *
 * One renderer per thread loads the fonts once and keeps the small pictures that recur
 * (portraits), the glyphs and the recent frames.
 */

/**
 * zlib level 1 without adaptive filtering. For a post's card: 3.5 ms of CPU against 4.4 ms
 * at level 3, for 89 KB against 68 KB — only the social networks' crawlers fetch cards,
 * once each.
 */
export const PNG_OPTIONS = { compressionLevel: 1, adaptiveFiltering: false } as const;

const NO_BREAK_SPACE = '\u00a0';
const KEEP_IMAGE_AREA = 400 * 400;
/** Rasterised frames kept per thread (2.3 MB each). */
const KEEP_SHAPES = 12;
/** One word as satori places it with `embedFont: false`. */
const TEXT = /<text ([^>]*)>([^<]*)<\/text>/g;

/** Raw RGBA pixels of a resized picture. */
interface Picture {
  data: Buffer;
  width: number;
  height: number;
}

/** A picture at its place in the card. */
interface Layer extends Picture {
  left: number;
  top: number;
  under: boolean;
}

interface Placeholder {
  file: string;
  width: number;
  height: number;
  round: boolean;
  under: boolean;
  colour: string;
}

export type RenderCard = (spec: CardSpec) => Promise<Buffer>;

/** A renderer bound to the project root (where the fonts are resolved from). */
export function createRenderer(root: string): RenderCard {
  const fonts = loadFonts(root);
  const regular = fonts.metrics.get(400) ?? [];
  const measures = new Map<string, Measure>();
  const measure = (size: number, weight: 400 | 700): Measure => {
    const key = `${size}/${weight}`;
    let found = measures.get(key);
    if (!found) {
      found = measurer(fonts.metrics.get(weight) ?? regular, size);
      measures.set(key, found);
    }
    return found;
  };
  const has = (code: number) => regular.some((font) => font.advances.has(code));
  const pictures = new Map<string, Promise<Picture>>();
  const glyphs = createGlyphPainter(fonts.files);
  const frames = new Map<string, Promise<Buffer>>();
  // Canvases come back here once their PNG is encoded: fresh 2.3 MB buffers cost page
  // faults and garbage collection on every card.
  const spare: Buffer[] = [];

  /**
   * The shapes' pixels, from the recent frames when the same SVG came before: RGB when
   * nothing lies beneath them (copied as the canvas), else RGBA.
   */
  const shapesOf = (svg: string, alpha: boolean): Promise<Buffer> => {
    const key = `${alpha ? 'rgba' : 'rgb'}\n${svg}`;
    const cached = frames.get(key);
    if (cached) {
      // Most recently used last: the oldest frame is the one dropped.
      frames.delete(key);
      frames.set(key, cached);
      return cached;
    }
    const pipeline = sharp(Buffer.from(svg));
    const made = (alpha ? pipeline.ensureAlpha() : pipeline.removeAlpha()).raw().toBuffer();
    frames.set(key, made);
    made.catch(() => frames.delete(key));
    if (frames.size > KEEP_SHAPES) frames.delete(frames.keys().next().value ?? '');
    return made;
  };

  const picture = ({ file, width, height, round }: Placeholder): Promise<Picture> => {
    const key = `${file}|${width}x${height}|${round}`;
    const cached = pictures.get(key);
    if (cached) return cached;
    // No flattening: a transparent picture simply shows the card beneath it.
    let pipeline = sharp(file).rotate().resize(width, height, { fit: 'cover' }).ensureAlpha();
    if (round) {
      const r = width / 2;
      const mask = Buffer.from(`<svg width="${width}" height="${height}"><circle cx="${r}" cy="${r}" r="${r}"/></svg>`);
      pipeline = pipeline.composite([{ input: mask, blend: 'dest-in' }]);
    }
    const made = pipeline
      .raw()
      .toBuffer({ resolveWithObject: true })
      .then(({ data, info }) => ({ data, width: info.width, height: info.height }));
    if (width * height <= KEEP_IMAGE_AREA) pictures.set(key, made);
    return made;
  };

  return async (spec) => {
    const placeholders: Placeholder[] = [];
    const ctx: TemplateContext = {
      clean: (text) => cleanCardText(text, has),
      // Two per cent of slack: satori applies kerning, which the measure leaves out.
      // Spaces as no-break spaces: the lines are final, and satori then places each line
      // as one word — a third of its time went to placing and writing single words.
      lines: (text, { size, weight, maxWidth, maxLines }) =>
        layoutLines(text, measure(size, weight), { maxWidth: maxWidth * 0.98, maxLines }).map((line) =>
          line.replaceAll(' ', NO_BREAK_SPACE),
        ),
      image: (file, width, height, { round = false, under = false } = {}) => {
        const colour = `#f0${(placeholders.length + 1).toString(16).padStart(4, '0')}`;
        placeholders.push({ file, width, height, round, under, colour });
        return { type: 'div', props: { style: { display: 'flex', flexShrink: 0, width, height, backgroundColor: colour } } };
      },
    };
    const element = cardElement(spec, ctx);
    let svg = await satori(element, {
      width: spec.width,
      height: spec.height,
      fonts: fonts.satoriFor(textOf(element)),
      embedFont: false,
    });
    const layers: Layer[] = [];
    for (const placeholder of placeholders) {
      const box = new RegExp(
        `<rect x="(-?[\\d.]+)" y="(-?[\\d.]+)" width="[\\d.]+" height="[\\d.]+" fill="${placeholder.colour}"/>`,
      );
      const found = box.exec(svg);
      if (!found) throw new Error(`${spec.url}: image placeholder for ${placeholder.file} not found in the layout`);
      svg = svg.replace(found[0], '');
      layers.push({
        ...(await picture(placeholder)),
        left: Math.round(Number(found[1])),
        top: Math.round(Number(found[2])),
        under: placeholder.under,
      });
    }
    const { shapes, runs } = splitText(svg, spec.url);
    let canvas: Buffer;
    const beneath = layers.filter((layer) => layer.under);
    if (beneath.length > 0) {
      // Pictures beneath the shapes, which show them where they are transparent (libvips
      // composites a full-card background several times faster than a loop here).
      const raw = { width: spec.width, height: spec.height, channels: 4 } as const;
      canvas = await sharp(await shapesOf(shapes, true), { raw })
        .composite(
          beneath.map(({ data, width, height, left, top }) => ({
            input: data,
            raw: { width, height, channels: 4 },
            left,
            top,
            blend: 'dest-over',
          })),
        )
        .removeAlpha()
        .raw()
        .toBuffer();
    } else {
      const frame = await shapesOf(shapes, false);
      canvas = spare.pop() ?? Buffer.allocUnsafe(frame.length);
      if (canvas.length !== frame.length) canvas = Buffer.allocUnsafe(frame.length);
      frame.copy(canvas);
    }
    for (const layer of layers) if (!layer.under) drawPicture(canvas, spec.width, spec.height, layer);
    await glyphs.paint(canvas, spec.width, spec.height, runs);
    // Cards are opaque: no alpha channel, a quarter less to encode.
    try {
      return await sharp(canvas, { raw: { width: spec.width, height: spec.height, channels: 3 } })
        .png(PNG_OPTIONS)
        .toBuffer();
    } finally {
      if (spare.length < 2) spare.push(canvas);
    }
  };
}

/** Source-over of RGBA pixels onto the RGB canvas, clipped to it. */
function drawPicture(
  canvas: Buffer,
  width: number,
  height: number,
  { data, width: pictureWidth, height: pictureHeight, left, top }: Picture & { left: number; top: number },
): void {
  const fromX = Math.max(0, -left);
  const toX = Math.min(pictureWidth, width - left);
  const fromY = Math.max(0, -top);
  const toY = Math.min(pictureHeight, height - top);
  for (let row = fromY; row < toY; row++) {
    let source = (row * pictureWidth + fromX) * 4;
    let target = ((top + row) * width + left + fromX) * 3;
    for (let column = fromX; column < toX; column++, source += 4, target += 3) {
      const alpha = data[source + 3] ?? 0;
      if (alpha === 255) {
        canvas[target] = data[source] ?? 0;
        canvas[target + 1] = data[source + 1] ?? 0;
        canvas[target + 2] = data[source + 2] ?? 0;
      } else if (alpha > 0) {
        const keep = 255 - alpha;
        canvas[target] = ((canvas[target] ?? 0) * keep + (data[source] ?? 0) * alpha + 127) / 255;
        canvas[target + 1] = ((canvas[target + 1] ?? 0) * keep + (data[source + 1] ?? 0) * alpha + 127) / 255;
        canvas[target + 2] = ((canvas[target + 2] ?? 0) * keep + (data[source + 2] ?? 0) * alpha + 127) / 255;
      }
    }
  }
}

/** Satori's SVG (`embedFont: false`) as its words and the rest, slimmed. */
export function splitText(svg: string, url = ''): { shapes: string; runs: TextRun[] } {
  const runs: TextRun[] = [];
  const shapes = svg.replace(TEXT, (_, attributes: string, content: string) => {
    runs.push(textRun(attributes, content, url));
    return '';
  });
  return { shapes: slim(shapes), runs };
}

/** A `<text>` element of satori's SVG as a run to paint. */
function textRun(attributes: string, content: string, url: string): TextRun {
  const values = new Map([...attributes.matchAll(/([a-z-]+)="([^"]*)"/g)].map((match) => [match[1] ?? '', match[2] ?? '']));
  for (const name of ['transform', 'clip-path', 'filter', 'stroke']) {
    // Templates use none of these; drawing the word without it would be wrong.
    if (values.has(name)) throw new Error(`${url}: card text with ${name} is not supported`);
  }
  const number = (name: string, fallback?: number): number => {
    const value = Number.parseFloat(values.get(name) ?? '');
    if (Number.isFinite(value)) return value;
    if (fallback !== undefined) return fallback;
    throw new Error(`${url}: card text without ${name}`);
  };
  const [red, green, blue, alpha] = parseColour(values.get('fill') ?? '#000', url);
  const opacity = number('opacity', 1) * number('fill-opacity', 1);
  return {
    text: decodeEntities(content),
    x: number('x'),
    y: number('y'),
    size: number('font-size'),
    weight: number('font-weight', 400) >= 600 ? 700 : 400,
    letterSpacing: number('letter-spacing', 0),
    colour: [red, green, blue, Math.round(alpha * opacity)],
  };
}

/** `#rgb`, `#rrggbb`, `#rrggbbaa`, `rgb()` and `rgba()`, as satori writes them. */
export function parseColour(value: string, url = ''): Rgba {
  const hex = parseHexColour(value);
  if (hex) return hex;
  const functional = /^rgba?\(([^)]+)\)$/i.exec(value.trim())?.[1];
  if (functional) {
    const parts = functional
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number.parseFloat);
    const [red = NaN, green = NaN, blue = NaN, alpha = 1] = parts;
    if ([red, green, blue, alpha].every(Number.isFinite)) return [red, green, blue, Math.round(alpha * 255)];
  }
  throw new Error(`${url}: card text colour ${JSON.stringify(value)} is not supported`);
}

/** All text in an element tree. */
function textOf(node: CardNode | string | undefined): string {
  if (node === undefined) return '';
  if (typeof node === 'string') return node;
  const { children } = node.props;
  return (Array.isArray(children) ? children : [children]).map(textOf).join('');
}

/**
 * Less SVG for librsvg to parse: satori writes an overflow mask for every element, used
 * or not, and a zero-length line after many curves. Neither changes a pixel.
 */
export function slim(svg: string): string {
  const used = new Set([...svg.matchAll(/mask="url\(#([^)]+)\)"/g)].map((match) => match[1]));
  return svg
    .replace(/<mask id="([^"]+)">.*?<\/mask>/g, (mask, id: string) => (used.has(id) ? mask : ''))
    .replace(/(-?[\d.]+) (-?[\d.]+)L\1 \2(?=[A-Za-z"])/g, '$1 $2');
}
