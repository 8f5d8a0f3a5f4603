import satori from 'satori';
import sharp, { type OverlayOptions } from 'sharp';
import { loadFonts } from './fonts.ts';
import { cleanCardText, layoutLines, measurer, type Measure } from './text.ts';
import { cardElement, type TemplateContext } from './templates/index.ts';
import type { CardNode } from './templates/elements.ts';
import type { CardSpec } from './types.ts';

/**
 * Card → PNG. Satori lays the template out into SVG (text as paths, so the fonts travel
 * with it) and sharp rasterises and encodes it in one pipeline. Pictures do not go through
 * the SVG: an embedded image makes satori wrap it in a mask, and librsvg then draws a whole
 * offscreen canvas for it (some 30 ms a card). Templates place a plain placeholder box
 * instead; its position is read back from the SVG, the box removed, and sharp composites
 * the picture there, above the drawing or beneath it (backgrounds). libvips composites
 * only the picture's area, so a portrait costs about 2 ms. One renderer per thread loads
 * the fonts once and keeps the small pictures that recur (portraits).
 */

/** zlib level 3 without adaptive filtering: under half the CPU of sharp's default (level 6, adaptive), files some 10 % larger. */
export const PNG_OPTIONS = { compressionLevel: 3, adaptiveFiltering: false } as const;

const KEEP_IMAGE_AREA = 400 * 400;

/** Raw RGBA pixels of a resized picture. */
interface Picture {
  data: Buffer;
  width: number;
  height: number;
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
      lines: (text, { size, weight, maxWidth, maxLines }) =>
        layoutLines(text, measure(size, weight), { maxWidth: maxWidth * 0.98, maxLines }),
      image: (file, width, height, { round = false, under = false } = {}) => {
        const colour = `#f0${(placeholders.length + 1).toString(16).padStart(4, '0')}`;
        placeholders.push({ file, width, height, round, under, colour });
        return { type: 'div', props: { style: { display: 'flex', flexShrink: 0, width, height, backgroundColor: colour } } };
      },
    };
    const element = cardElement(spec, ctx);
    let svg = await satori(element, { width: spec.width, height: spec.height, fonts: fonts.satoriFor(textOf(element)) });
    const layers: OverlayOptions[] = [];
    for (const placeholder of placeholders) {
      const box = new RegExp(
        `<rect x="(-?[\\d.]+)" y="(-?[\\d.]+)" width="[\\d.]+" height="[\\d.]+" fill="${placeholder.colour}"/>`,
      );
      const found = box.exec(svg);
      if (!found) throw new Error(`${spec.url}: image placeholder for ${placeholder.file} not found in the layout`);
      svg = svg.replace(found[0], '');
      const { data, width, height } = await picture(placeholder);
      layers.push({
        input: data,
        raw: { width, height, channels: 4 },
        left: Math.round(Number(found[1])),
        top: Math.round(Number(found[2])),
        // Beneath what is drawn already: the drawing shows the picture where it is transparent.
        ...(placeholder.under ? { blend: 'dest-over' as const } : {}),
      });
    }
    // Cards are opaque: no alpha channel, a quarter less to encode.
    return sharp(Buffer.from(slim(svg)))
      .composite(layers)
      .removeAlpha()
      .png(PNG_OPTIONS)
      .toBuffer();
  };
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
