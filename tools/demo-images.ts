/**
 * Generates the demo images for the content in `content/`, locally and deterministically:
 *
 * - a 600×600 portrait for every person with `consent` and a `photo` (`content/people/<id>.jpg`),
 * - a 1280×720 poster for every video (`content/videos/<id>.jpg`),
 * - a 1600×900 cover for every folder post with a `cover` (`content/posts/<slug>/cover.jpg`).
 *
 * Everything is drawn as SVG from shapes (no fonts, no downloads) and rendered with sharp.
 * Colours and layout are derived from the entry's id, so the same content gives the same bytes.
 *
 * Run: node_modules/.bin/node tools/demo-images.ts [--content <dir>]
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { parse } from 'yaml';
import { parseHexColour, type Rgba } from '../src/og/colour.ts';

const BRAND = { primary: '#2E5A7E', accent: '#D9822B', dark: '#16324A', light: '#E8EEF3' };

// ---------------------------------------------------------------- helpers

/** FNV-1a, 32 bit: a stable number for a string. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (const char of text) {
    h ^= char.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A small seeded PRNG (mulberry32) returning numbers in [0, 1). */
function random(seedText: string): () => number {
  let state = hash(seedText);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(items: readonly T[], rnd: () => number): T {
  const item = items[Math.floor(rnd() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function between(rnd: () => number, min: number, max: number): number {
  return min + rnd() * (max - min);
}

const r1 = (value: number): string => (Math.round(value * 10) / 10).toString();

/** Mixes two hex colours; `amount` 0 gives `a`, 1 gives `b`. */
function mix(a: string, b: string, amount: number): string {
  const [from, to] = [a, b].map((hex) => {
    const rgba = parseHexColour(hex);
    if (!rgba) throw new Error(`not a hex colour: ${hex}`);
    return rgba;
  }) as [Rgba, Rgba];
  const out = [0, 1, 2].map((i) => Math.round(from[i]! * (1 - amount) + to[i]! * amount));
  return `#${out.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

interface Entry {
  file: string;
  data: Record<string, unknown>;
}

/** Reads the YAML frontmatter of a Markdown/MDX file; returns an empty object if there is none. */
function frontmatter(file: string): Record<string, unknown> {
  const text = readFileSync(file, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match?.[1]) return {};
  const data: unknown = parse(match[1]);
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
}

function imageSrc(value: unknown): string | undefined {
  if (value && typeof value === 'object' && 'src' in value) {
    const src = (value as { src: unknown }).src;
    return typeof src === 'string' ? src : undefined;
  }
  return undefined;
}

// ---------------------------------------------------------------- stroke font for initials

/**
 * Capital letters as stroke paths in a 4×6 box (M and W are 5 wide), so initials render the
 * same on every machine without any installed font.
 */
const GLYPHS: Record<string, { d: string; w: number }> = {
  A: { d: 'M0 6L2 0L4 6M0.7 4H3.3', w: 4 },
  B: { d: 'M0 6V0H2.3A1.5 1.5 0 0 1 2.3 3H0M2.3 3H2.5A1.5 1.5 0 0 1 2.5 6H0', w: 4 },
  C: { d: 'M4 1A2.3 3 0 1 0 4 5', w: 4 },
  D: { d: 'M0 0V6H1.6A2.4 3 0 0 0 1.6 0Z', w: 4 },
  E: { d: 'M4 0H0V6H4M0 3H3', w: 4 },
  F: { d: 'M4 0H0V6M0 3H3', w: 4 },
  G: { d: 'M4 1A2.3 3 0 1 0 4 4.6V3.4H2.4', w: 4 },
  H: { d: 'M0 0V6M4 0V6M0 3H4', w: 4 },
  I: { d: 'M2 0V6M1 0H3M1 6H3', w: 4 },
  J: { d: 'M3.4 0V4.2A1.7 1.8 0 0 1 0.2 4.8', w: 4 },
  K: { d: 'M0 0V6M4 0L0 3.6M1.3 2.4L4 6', w: 4 },
  L: { d: 'M0 0V6H4', w: 4 },
  M: { d: 'M0 6V0L2.5 3.8L5 0V6', w: 5 },
  N: { d: 'M0 6V0L4 6V0', w: 4 },
  O: { d: 'M2 0A2 3 0 1 0 2 6A2 3 0 1 0 2 0Z', w: 4 },
  P: { d: 'M0 6V0H2.4A1.6 1.6 0 0 1 2.4 3.2H0', w: 4 },
  Q: { d: 'M2 0A2 3 0 1 0 2 6A2 3 0 1 0 2 0ZM2.6 4.4L4.2 6.2', w: 4 },
  R: { d: 'M0 6V0H2.4A1.6 1.6 0 0 1 2.4 3.2H0M2 3.2L4 6', w: 4 },
  S: { d: 'M3.8 0.8C3.2 0 0.2 -0.2 0.2 1.5C0.2 3.2 3.8 2.6 3.8 4.5C3.8 6.3 0.8 6.2 0.1 5.2', w: 4 },
  T: { d: 'M0 0H4M2 0V6', w: 4 },
  U: { d: 'M0 0V4A2 2 0 0 0 4 4V0', w: 4 },
  V: { d: 'M0 0L2 6L4 0', w: 4 },
  W: { d: 'M0 0L1.2 6L2.5 2L3.8 6L5 0', w: 5 },
  X: { d: 'M0 0L4 6M4 0L0 6', w: 4 },
  Y: { d: 'M0 0L2 3L4 0M2 3V6', w: 4 },
  Z: { d: 'M0 0H4L0 6H4', w: 4 },
};

/** Marks drawn on top of a base glyph (same 4-wide box). */
const MARKS: Record<string, string> = {
  '\u0308': 'M1.2 -1.3V-1.2M2.8 -1.3V-1.2', // diaeresis: Ä Ö Ü
  '\u0301': 'M1.6 -0.9L2.6 -1.8', // acute
  '\u0300': 'M1.4 -1.8L2.4 -0.9', // grave
  '\u030C': 'M1 -1.8L2 -0.9L3 -1.8', // caron: Č Š Ž
  '\u0327': 'M2 6.1V6.7Q3 6.7 3 7.3Q3 7.9 1.6 7.8', // cedilla: Ç Ş
};

/** Splits a letter into base glyph and marks; handles Ł, which Unicode does not decompose. */
function glyphFor(letter: string): { d: string; w: number } | undefined {
  if (letter === 'Ł') {
    const base = GLYPHS['L'];
    return base && { d: `${base.d}M-0.7 3.9L1.4 2.3`, w: base.w };
  }
  const [baseChar = '', ...marks] = [...letter.normalize('NFD')];
  const base = GLYPHS[baseChar.toUpperCase()];
  if (!base) return undefined;
  return { d: base.d + marks.map((mark) => MARKS[mark] ?? '').join(''), w: base.w };
}

/** Initials of a name, ignoring academic titles such as `Dr.`: `Dr. Birgit Lohmann` → `BL`. */
function initials(name: string): string[] {
  const words = name.split(/\s+/).filter((word) => word && !word.endsWith('.'));
  const first = words[0];
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  return [first, last].filter((w): w is string => Boolean(w)).map((word) => [...word][0]?.toUpperCase() ?? '');
}

/** Initials as stroked SVG paths, centred on (cx, cy), `size` pixels high. */
function initialsSvg(letters: string[], cx: number, cy: number, size: number, colour: string): string {
  const glyphs = letters.map(glyphFor).filter((g): g is { d: string; w: number } => Boolean(g));
  if (glyphs.length === 0) return '';
  const scale = size / 6;
  const gap = 1.6;
  const width = glyphs.reduce((sum, g) => sum + g.w, 0) + gap * (glyphs.length - 1);
  let x = cx / scale - width / 2;
  const y = cy / scale - 3;
  const parts = glyphs.map((g) => {
    const part = `<path transform="translate(${r1(x)} ${r1(y)})" d="${g.d}"/>`;
    x += g.w + gap;
    return part;
  });
  return `<g transform="scale(${r1(scale)})" fill="none" stroke="${colour}" stroke-width="${r1(0.6)}" stroke-linecap="round" stroke-linejoin="round">${parts.join('')}</g>`;
}

// ---------------------------------------------------------------- portraits

/** Calm background colours for portraits; `alt` is the adjective used in the photo's alt text. */
const PORTRAIT_PALETTE = [
  { bg: '#5E7F9C', alt: 'blaugrauem' },
  { bg: '#5C8A6E', alt: 'salbeigrünem' },
  { bg: '#B7864F', alt: 'ockerfarbenem' },
  { bg: '#8A6E9E', alt: 'lavendelfarbenem' },
  { bg: '#3F7A84', alt: 'petrolfarbenem' },
  { bg: '#B0675C', alt: 'terrakottafarbenem' },
  { bg: '#7D8A4A', alt: 'olivgrünem' },
  { bg: '#45628C', alt: 'dunkelblauem' },
  { bg: '#A38A6D', alt: 'sandfarbenem' },
  { bg: '#B56F8A', alt: 'altrosafarbenem' },
] as const;

/** The portrait background of a person, with the adjective for the alt text. */
function portraitColour(id: string): (typeof PORTRAIT_PALETTE)[number] {
  return pick(PORTRAIT_PALETTE, random(`portrait:${id}`));
}

/** Describes the generated portrait, for the `photo.alt` field. */
function portraitAlt(id: string, name: string): string {
  return `abstrakte Illustration, eine helle Kopf-und-Schultern-Silhouette vor ${portraitColour(id).alt} Hintergrund, auf der Brust die Initialen ${initials(name).join('')}.`;
}

function portraitSvg(id: string, name: string): string {
  const rnd = random(`portrait:${id}`);
  const { bg } = pick(PORTRAIT_PALETTE, rnd);
  const size = 600;
  const figure = mix(bg, '#FFFFFF', 0.72);
  const shade = mix(bg, '#000000', 0.18);
  const deco = mix(bg, '#FFFFFF', 0.16);
  const circles = Array.from({ length: 3 }, () => {
    const cx = between(rnd, 40, 560);
    const cy = between(rnd, 40, 300);
    const r = between(rnd, 50, 130);
    return `<circle cx="${r1(cx)}" cy="${r1(cy)}" r="${r1(r)}" fill="${deco}" opacity="0.55"/>`;
  }).join('');
  const headY = between(rnd, 215, 235);
  const headR = between(rnd, 82, 92);
  const shoulderTop = headY + headR + 28;
  const shoulderWidth = between(rnd, 205, 230);
  const body = [
    `M${r1(300 - shoulderWidth)} ${size}`,
    `C${r1(300 - shoulderWidth)} ${r1(shoulderTop + 40)} ${r1(300 - shoulderWidth * 0.55)} ${r1(shoulderTop)} 300 ${r1(shoulderTop)}`,
    `C${r1(300 + shoulderWidth * 0.55)} ${r1(shoulderTop)} ${r1(300 + shoulderWidth)} ${r1(shoulderTop + 40)} ${r1(300 + shoulderWidth)} ${size}Z`,
  ].join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
<rect width="${size}" height="${size}" fill="${bg}"/>
${circles}
<path d="${body}" fill="${figure}"/>
<rect x="${r1(300 - headR * 0.42)}" y="${r1(headY + headR * 0.6)}" width="${r1(headR * 0.84)}" height="${r1(shoulderTop - headY - headR * 0.6 + 6)}" fill="${figure}"/>
<circle cx="300" cy="${r1(headY)}" r="${r1(headR)}" fill="${figure}"/>
${initialsSvg(initials(name), 300, 500, 84, shade)}
</svg>`;
}

// ---------------------------------------------------------------- scenes for posters and covers

type Motif = 'network' | 'bundle' | 'profile' | 'celebration';

/** Which picture fits which kind of post or video. */
const MOTIF_BY_KIND: Record<string, Motif> = {
  article: 'network',
  montage: 'network',
  interview: 'bundle',
  tutorial: 'profile',
  column: 'profile',
  event: 'celebration',
};

/** A horizontal or vertical pipe with highlight and shadow, drawn as rectangles. */
function pipe(x: number, y: number, length: number, thickness: number, vertical: boolean, colour: string): string {
  const [w, h] = vertical ? [thickness, length] : [length, thickness];
  const light = mix(colour, '#FFFFFF', 0.35);
  const dark = mix(colour, '#000000', 0.25);
  const band = thickness * 0.22;
  const highlight = vertical
    ? `<rect x="${r1(x + band * 0.6)}" y="${r1(y)}" width="${r1(band)}" height="${r1(h)}" fill="${light}"/>`
    : `<rect x="${r1(x)}" y="${r1(y + band * 0.6)}" width="${r1(w)}" height="${r1(band)}" fill="${light}"/>`;
  const shadow = vertical
    ? `<rect x="${r1(x + w - band)}" y="${r1(y)}" width="${r1(band)}" height="${r1(h)}" fill="${dark}"/>`
    : `<rect x="${r1(x)}" y="${r1(y + h - band)}" width="${r1(w)}" height="${r1(band)}" fill="${dark}"/>`;
  return `<rect x="${r1(x)}" y="${r1(y)}" width="${r1(w)}" height="${r1(h)}" fill="${colour}"/>${highlight}${shadow}`;
}

/** A flange (a slightly wider ring) across a pipe. */
function flange(cx: number, cy: number, thickness: number, vertical: boolean, colour: string): string {
  const long = thickness * 1.45;
  const short = thickness * 0.32;
  const [w, h] = vertical ? [long, short] : [short, long];
  return `<rect x="${r1(cx - w / 2)}" y="${r1(cy - h / 2)}" width="${r1(w)}" height="${r1(h)}" rx="${r1(short * 0.3)}" fill="${colour}"/>`;
}

function background(width: number, height: number, rnd: () => number): string {
  const top = mix(BRAND.dark, BRAND.primary, between(rnd, 0.1, 0.35));
  const bottom = mix(BRAND.primary, BRAND.light, between(rnd, 0.05, 0.2));
  const step = Math.round(between(rnd, 70, 110));
  const lines: string[] = [];
  for (let x = step; x < width; x += step) lines.push(`M${x} 0V${height}`);
  for (let y = step; y < height; y += step) lines.push(`M0 ${y}H${width}`);
  return `<defs><linearGradient id="bg" x1="0" y1="0" x2="0.35" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient></defs>
<rect width="${width}" height="${height}" fill="url(#bg)"/>
<path d="${lines.join('')}" stroke="#FFFFFF" stroke-opacity="0.07" stroke-width="1.5" fill="none"/>`;
}

function networkScene(width: number, height: number, rnd: () => number): string {
  const steel = mix(BRAND.light, BRAND.primary, 0.28);
  const parts: string[] = [];
  const rows = 3 + Math.floor(rnd() * 2);
  const t = height * 0.075;
  const ys = Array.from({ length: rows }, (_, i) => height * (0.2 + (0.62 * i) / (rows - 1)) + between(rnd, -12, 12));
  // a vertical riser joined to the first and last row with elbows
  const riserX = width * between(rnd, 0.58, 0.78);
  const firstY = ys[0] ?? height * 0.2;
  const lastY = ys[ys.length - 1] ?? height * 0.8;
  const elbowR = t * 1.6;
  parts.push(pipe(riserX - t / 2, firstY + elbowR, lastY - firstY - elbowR, t, true, steel));
  parts.push(
    `<path d="M${r1(riserX - elbowR)} ${r1(firstY)}A${r1(elbowR)} ${r1(elbowR)} 0 0 1 ${r1(riserX)} ${r1(firstY + elbowR)}" fill="none" stroke="${steel}" stroke-width="${r1(t)}"/>`,
  );
  ys.forEach((y, i) => {
    const thickness = t * (i === 0 ? 1 : between(rnd, 0.55, 1));
    const start = i === 0 ? -10 : between(rnd, -10, width * 0.12);
    const end = i === 0 ? riserX - elbowR : width + 10;
    parts.push(pipe(start, y - thickness / 2, end - start, thickness, false, steel));
    const flanges = 2 + Math.floor(rnd() * 3);
    for (let f = 0; f < flanges; f += 1) {
      const fx = start + ((end - start) * (f + 1)) / (flanges + 1);
      if (Math.abs(fx - riserX) > t * 2) parts.push(flange(fx, y, thickness, false, mix(steel, '#FFFFFF', 0.2)));
    }
    if (i === 1 || rnd() > 0.4) {
      const vx = between(rnd, start + 80, Math.min(end, width) - 80);
      const vr = thickness * 0.9;
      parts.push(`<circle cx="${r1(vx)}" cy="${r1(y)}" r="${r1(vr)}" fill="${BRAND.accent}"/>`);
      parts.push(
        `<rect x="${r1(vx - vr * 0.18)}" y="${r1(y - vr * 2.2)}" width="${r1(vr * 0.36)}" height="${r1(vr * 1.3)}" fill="${BRAND.accent}"/>`,
      );
      parts.push(
        `<rect x="${r1(vx - vr * 0.8)}" y="${r1(y - vr * 2.5)}" width="${r1(vr * 1.6)}" height="${r1(vr * 0.4)}" rx="${r1(vr * 0.2)}" fill="${BRAND.accent}"/>`,
      );
    }
  });
  parts.push(flange(riserX, (firstY + lastY) / 2, t, true, mix(steel, '#FFFFFF', 0.2)));
  return parts.join('\n');
}

function bundleScene(width: number, height: number, rnd: () => number): string {
  const steel = mix(BRAND.light, BRAND.primary, 0.25);
  const r = height * between(rnd, 0.07, 0.08);
  const cx0 = width * between(rnd, 0.55, 0.68);
  const cy0 = height * 0.52;
  const parts: string[] = [];
  const accentCount = 2 + Math.floor(rnd() * 3);
  const cells: Array<[number, number]> = [];
  for (let row = -3; row <= 3; row += 1) {
    for (let col = -4; col <= 4; col += 1) {
      const x = cx0 + col * r * 2.05 + (row % 2 === 0 ? 0 : r * 1.025);
      const y = cy0 + row * r * 1.78;
      if (Math.hypot(x - cx0, y - cy0) < r * 5.4) cells.push([x, y]);
    }
  }
  const accents = new Set(Array.from({ length: accentCount }, () => Math.floor(rnd() * cells.length)));
  cells.forEach(([x, y], i) => {
    const ring = accents.has(i) ? BRAND.accent : steel;
    parts.push(`<circle cx="${r1(x)}" cy="${r1(y)}" r="${r1(r)}" fill="${ring}"/>`);
    parts.push(`<circle cx="${r1(x)}" cy="${r1(y)}" r="${r1(r * 0.78)}" fill="${mix(BRAND.dark, BRAND.primary, 0.4)}"/>`);
  });
  // a long pipe leading out of the bundle to the left
  parts.push(pipe(-10, cy0 - r, cx0 - r * 6.2, r * 2, false, steel));
  parts.push(flange(cx0 - r * 6.4, cy0, r * 2, false, mix(steel, '#FFFFFF', 0.2)));
  return parts.join('\n');
}

function profileScene(width: number, height: number, rnd: () => number): string {
  const steel = mix(BRAND.light, BRAND.primary, 0.25);
  const t = height * 0.16;
  const y = height * 0.62;
  const parts: string[] = [pipe(-10, y, width + 20, t, false, steel)];
  const flanges = 3;
  for (let f = 1; f <= flanges; f += 1)
    parts.push(flange((width * f) / (flanges + 1), y + t / 2, t, false, mix(steel, '#FFFFFF', 0.2)));
  // a roughness profile: a fine zigzag line above the pipe with measuring ticks
  const baseY = height * 0.34;
  const points: string[] = [];
  for (let x = width * 0.08; x <= width * 0.92; x += 9)
    points.push(`${r1(x)} ${r1(baseY + between(rnd, -1, 1) * height * 0.05)}`);
  parts.push(`<path d="M${points.join('L')}" fill="none" stroke="${BRAND.accent}" stroke-width="4" stroke-linejoin="round"/>`);
  parts.push(
    `<path d="M${r1(width * 0.08)} ${r1(baseY)}H${r1(width * 0.92)}" stroke="#FFFFFF" stroke-opacity="0.55" stroke-width="2" stroke-dasharray="12 10"/>`,
  );
  const ticks: string[] = [];
  for (let x = width * 0.08; x <= width * 0.921; x += width * 0.105)
    ticks.push(`M${r1(x)} ${r1(baseY + height * 0.09)}v${r1(height * 0.035)}`);
  parts.push(
    `<path d="M${r1(width * 0.08)} ${r1(baseY + height * 0.125)}H${r1(width * 0.92)}${ticks.join('')}" stroke="#FFFFFF" stroke-opacity="0.6" stroke-width="3" fill="none"/>`,
  );
  return parts.join('\n');
}

function celebrationScene(width: number, height: number, rnd: () => number): string {
  const steel = mix(BRAND.light, BRAND.primary, 0.28);
  const colours = [BRAND.accent, '#E9B949', '#6FB3A8', '#C8675A', BRAND.light, '#8FB0D6'];
  const t = height * 0.07;
  const parts: string[] = [];
  for (let i = 0; i < 3; i += 1) {
    const y = height * (0.74 + i * 0.085);
    parts.push(pipe(-10, y, width + 20, t * (1 - i * 0.15), false, steel));
    for (let f = 1; f <= 4; f += 1)
      parts.push(
        flange(
          width * (f / 5 + (i % 2) * 0.07),
          y + (t * (1 - i * 0.15)) / 2,
          t * (1 - i * 0.15),
          false,
          mix(steel, '#FFFFFF', 0.2),
        ),
      );
  }
  const count = 9 + Math.floor(rnd() * 5);
  for (let i = 0; i < count; i += 1) {
    const x = width * ((i + 0.5) / count) + between(rnd, -25, 25);
    const r = height * between(rnd, 0.045, 0.075);
    const y = height * between(rnd, 0.16, 0.5);
    const colour = pick(colours, rnd);
    parts.push(
      `<path d="M${r1(x)} ${r1(y + r * 1.15)}Q${r1(x + between(rnd, -20, 20))} ${r1((y + height * 0.74) / 2)} ${r1(x)} ${r1(height * 0.74)}" stroke="#FFFFFF" stroke-opacity="0.45" stroke-width="2" fill="none"/>`,
    );
    parts.push(`<ellipse cx="${r1(x)}" cy="${r1(y)}" rx="${r1(r)}" ry="${r1(r * 1.15)}" fill="${colour}"/>`);
    parts.push(
      `<ellipse cx="${r1(x - r * 0.35)}" cy="${r1(y - r * 0.4)}" rx="${r1(r * 0.22)}" ry="${r1(r * 0.3)}" fill="#FFFFFF" opacity="0.35"/>`,
    );
  }
  return parts.join('\n');
}

function sceneSvg(seed: string, motif: Motif, width: number, height: number): string {
  const rnd = random(`${motif}:${seed}`);
  const scenes: Record<Motif, (w: number, h: number, r: () => number) => string> = {
    network: networkScene,
    bundle: bundleScene,
    profile: profileScene,
    celebration: celebrationScene,
  };
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
${background(width, height, rnd)}
${scenes[motif](width, height, rnd)}
<rect x="0" y="${height - 14}" width="${width}" height="14" fill="${BRAND.accent}"/>
</svg>`;
}

// ---------------------------------------------------------------- main

async function writeJpeg(svg: string, target: string, quality: number, limitKb: number): Promise<void> {
  await sharp(Buffer.from(svg)).jpeg({ quality, mozjpeg: true, chromaSubsampling: '4:2:0' }).toFile(target);
  const kb = statSync(target).size / 1024;
  const note = kb > limitKb ? `  (over ${limitKb} KB)` : '';
  console.log(`${path.relative(process.cwd(), target)}  ${kb.toFixed(1)} KB${note}`);
}

function entries(dir: string, extensions: string[]): Entry[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) {
        const index = extensions.map((ext) => path.join(full, `index${ext}`)).find((file) => existsSync(file));
        return index ? [{ file: index, data: frontmatter(index) }] : [];
      }
      return extensions.some((ext) => name.endsWith(ext)) ? [{ file: full, data: frontmatter(full) }] : [];
    });
}

async function main(): Promise<void> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const flag = process.argv.indexOf('--content');
  const contentDir = path.resolve(
    flag >= 0 && process.argv[flag + 1] ? (process.argv[flag + 1] ?? '') : path.join(here, '..', 'content'),
  );

  for (const { file, data } of entries(path.join(contentDir, 'people'), ['.md'])) {
    const id = path.basename(file, '.md');
    const src = imageSrc(data['photo']);
    if (!src) continue;
    if (!data['consent']) {
      console.log(`skip ${id}: no consent`);
      continue;
    }
    const name = typeof data['name'] === 'string' ? data['name'] : id;
    await writeJpeg(portraitSvg(id, name), path.resolve(path.dirname(file), src), 70, 30);
    console.log(`  alt: Porträt von ${name}: ${portraitAlt(id, name)}`);
  }

  for (const { file, data } of entries(path.join(contentDir, 'videos'), ['.md'])) {
    const id = path.basename(file, '.md');
    const src = imageSrc(data['poster']);
    if (!src) continue;
    const motif = MOTIF_BY_KIND[String(data['kind'])] ?? 'network';
    await writeJpeg(sceneSvg(id, motif, 1280, 720), path.resolve(path.dirname(file), src), 72, 60);
  }

  for (const { file, data } of entries(path.join(contentDir, 'posts'), ['.mdx', '.md'])) {
    const src = imageSrc(data['cover']);
    if (!src) continue;
    const slug = path.basename(file).startsWith('index.')
      ? path.basename(path.dirname(file))
      : path.basename(file).replace(/\.mdx?$/, '');
    const motif = MOTIF_BY_KIND[String(data['kind'])] ?? 'network';
    await writeJpeg(sceneSvg(slug, motif, 1600, 900), path.resolve(path.dirname(file), src), 72, 80);
  }
}

await main();
