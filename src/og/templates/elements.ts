import { parseHexColour } from '../colour.ts';
import type { CardSpec } from '../types.ts';
import type { FontWeight } from '../fonts.ts';

/**
 * The building blocks of every card template: a tiny element factory in satori's
 * `{ type, props }` shape (no JSX, so the worker runs the templates with plain Node), the
 * shared frame (accent stripe, body, footer band with site name and host) and text helpers.
 */

export interface CardNode {
  type: string;
  props: Record<string, unknown> & { style?: Style | undefined; children?: Child | Child[] | undefined };
}
export type Child = CardNode | string;
export type Style = Record<string, string | number>;

/** What a template can ask of the renderer. */
export interface TemplateContext {
  /** Author text with unprintable characters and characters the fonts lack removed. */
  clean(text: string): string;
  /** Text broken into at most `maxLines` lines of `maxWidth` px, hyphenated, clipped with an ellipsis. */
  lines(text: string, options: { size: number; weight: FontWeight; maxWidth: number; maxLines: number }): string[];
  /**
   * A picture from a file, cropped to the size: returns the box to place in the layout.
   * `round` cuts it to a circle; `under` draws it beneath the rest (for backgrounds).
   */
  image(file: string, width: number, height: number, options?: { round?: boolean; under?: boolean }): CardNode;
}

export const WIDTH = 1200;
export const HEIGHT = 630;
export const STRIPE = 12;
export const FOOTER = 84;
export const PAD = 64;
export const INK = '#14202b';
export const MUTED = '#44525f';

/** An element; sizes include padding and border (satori's default is CSS's content-box). */
export const h = (type: string, style: Style, ...children: Child[]): CardNode => ({
  type,
  props: { style: { boxSizing: 'border-box', ...style }, children: children.length === 1 ? children[0] : children },
});

/** Lines as stacked blocks: each drawn exactly as laid out, never re-wrapped by satori. */
export const textBlock = (lines: string[], style: Style): CardNode =>
  h(
    'div',
    { display: 'flex', flexDirection: 'column', ...style },
    ...lines.map((line) => h('div', { display: 'flex', whiteSpace: 'pre' }, line)),
  );

/** A single-line label such as `INTERVIEW · PRODUKTION`. */
export function label(ctx: TemplateContext, parts: Array<string | undefined>, colour: string, maxWidth: number): CardNode {
  const text = parts
    .filter((part): part is string => Boolean(part))
    .map((part) => ctx.clean(part).toLocaleUpperCase('de-DE'))
    .filter(Boolean)
    .join('  ·  ');
  const [line = ''] = ctx.lines(text, { size: 26, weight: 700, maxWidth: maxWidth - 40, maxLines: 1 });
  return h('div', { display: 'flex', fontSize: 26, fontWeight: 700, letterSpacing: 1.5, color: colour }, line);
}

/**
 * Picks the largest size at which the text fits without clipping, else the smallest size
 * with an ellipsis: short titles are big, long ones stay readable.
 */
export function fitTitle(
  ctx: TemplateContext,
  text: string,
  maxWidth: number,
  steps: Array<{ size: number; maxLines: number }>,
): { size: number; lines: string[] } {
  const clean = ctx.clean(text);
  let chosen = { size: 0, lines: [] as string[] };
  for (const step of steps) {
    const lines = ctx.lines(clean, { size: step.size, weight: 700, maxWidth, maxLines: step.maxLines });
    chosen = { size: step.size, lines };
    if (!lines.at(-1)?.endsWith('…') || clean.endsWith('…')) break;
  }
  return chosen;
}

/**
 * The frame every card shares: accent stripe on top, the body, a brand footer band. The
 * body's background can be `transparent` where a picture is drawn beneath it.
 */
export function frame(spec: CardSpec, ctx: TemplateContext, body: CardNode, background = '#ffffff'): CardNode {
  const { brand } = spec;
  const [site = ''] = ctx.lines(ctx.clean(brand.siteName), { size: 30, weight: 700, maxWidth: 640, maxLines: 1 });
  const [host = ''] = ctx.lines(ctx.clean(brand.host), { size: 26, weight: 400, maxWidth: 460, maxLines: 1 });
  return h(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      width: WIDTH,
      height: HEIGHT,
      color: INK,
    },
    h('div', { display: 'flex', height: STRIPE, backgroundColor: brand.accent }),
    h('div', { display: 'flex', flexGrow: 1, height: HEIGHT - STRIPE - FOOTER, backgroundColor: background }, body),
    h(
      'div',
      {
        display: 'flex',
        height: FOOTER,
        alignItems: 'center',
        justifyContent: 'space-between',
        padding: `0 ${PAD}px`,
        backgroundColor: brand.primary,
        color: '#ffffff',
      },
      h('div', { display: 'flex', fontSize: 30, fontWeight: 700 }, site),
      h('div', { display: 'flex', fontSize: 26 }, host),
    ),
  );
}

/** Initials in a brand circle, for people without a photo. */
export function initials(name: string, size: number, colour: string): CardNode {
  const letters = name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => [...word][0] ?? '')
    .filter((letter) => /\p{L}/u.test(letter));
  const text = letters.length > 1 ? `${letters[0]}${letters.at(-1)}` : (letters[0] ?? '');
  return h(
    'div',
    {
      display: 'flex',
      width: size,
      height: size,
      borderRadius: size / 2,
      backgroundColor: colour,
      color: '#ffffff',
      alignItems: 'center',
      justifyContent: 'center',
      fontSize: Math.round(size * 0.4),
      fontWeight: 700,
    },
    text.toLocaleUpperCase('de-DE'),
  );
}

/** A brand colour mixed with white, e.g. `tint('#2e5a7e', 0.12)` for a pale decoration. */
export function tint(hex: string, amount: number): string {
  const rgba = parseHexColour(hex);
  if (!rgba) throw new Error(`brand colour ${JSON.stringify(hex)} is not a hex colour`);
  const channel = (value: number) =>
    Math.round(255 - (255 - value) * amount)
      .toString(16)
      .padStart(2, '0');
  return `#${channel(rgba[0])}${channel(rgba[1])}${channel(rgba[2])}`;
}
