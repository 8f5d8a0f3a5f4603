/**
 * Generates the demo images for the content in `content/`, locally and deterministically:
 *
 * - a 600×600 portrait for every person with `consent` and a `photo` (`content/people/<id>.jpg`),
 * - a 1280×720 poster for every video (`content/videos/<id>.jpg`),
 * - a 1600×900 cover for every folder post with a `cover` (`content/posts/<slug>/cover.jpg`),
 * - 1600×1067 gallery pictures for the event posts listed in `GALLERY`
 *   (`content/posts/<slug>/<file>.jpg`).
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

// ---------------------------------------------------------------- gallery pictures for event posts

/**
 * The pictures of an event post's `<Galerie>`, drawn as simple scenes: figures, a hall, a
 * booth, a workbench. Each post folder lists its files and the scene each one shows; the
 * post's `alt` texts describe exactly what a scene draws (the number of figures, the colours).
 */
type GalleryScene =
  | { scene: 'group'; people: number; shirt: string; backdrop: 'hall' | 'street' }
  | { scene: 'hall'; people: number }
  | { scene: 'bench'; pieces: 'openers' | 'plates' }
  | { scene: 'grill'; people: number }
  | { scene: 'booth'; people: number }
  | { scene: 'quiz'; people: number }
  | { scene: 'finish'; people: number; arch: boolean }
  | { scene: 'simulator'; people: number }
  | { scene: 'tent'; people: number }
  | { scene: 'tensile'; people: number }
  | { scene: 'control'; people: number };

const GALLERY: Record<string, Record<string, GalleryScene>> = {
  'ausbildungsstart-2025': {
    'gruppenbild.jpg': { scene: 'group', people: 11, shirt: '#2E5A7E', backdrop: 'hall' },
    'werksrallye.jpg': { scene: 'hall', people: 4 },
    'lehrwerkstatt.jpg': { scene: 'bench', pieces: 'openers' },
    'grillabend.jpg': { scene: 'grill', people: 6 },
  },
  'berufsinfoboerse-iserlohn-2025': {
    'stand.jpg': { scene: 'booth', people: 5 },
    'rohrbiegequiz.jpg': { scene: 'quiz', people: 3 },
    'standteam.jpg': { scene: 'group', people: 6, shirt: '#D9822B', backdrop: 'hall' },
    'schweisssimulator.jpg': { scene: 'simulator', people: 1 },
  },
  'firmenlauf-iserlohn-2026': {
    'vor-dem-start.jpg': { scene: 'group', people: 14, shirt: '#D9822B', backdrop: 'street' },
    'zieleinlauf.jpg': { scene: 'finish', people: 5, arch: true },
    'am-zelt.jpg': { scene: 'tent', people: 7 },
    'strecke.jpg': { scene: 'finish', people: 6, arch: false },
  },
  'tag-der-offenen-tuer-in-hemer': {
    'galerie-rohrfertigung.jpg': { scene: 'hall', people: 6 },
    'zugprobe.jpg': { scene: 'tensile', people: 3 },
    'anlagensteuerung.jpg': { scene: 'control', people: 3 },
    'namensschilder.jpg': { scene: 'bench', pieces: 'plates' },
  },
};

const SHIRTS = ['#2E5A7E', '#D9822B', '#6FB3A8', '#C8675A', '#8FB0D6', '#E9B949', '#5C8A6E'];

/** A standing (or running) figure of height `h`, its feet on `ground`. */
function figure(x: number, ground: number, h: number, shirt: string, rnd: () => number, running = false): string {
  const skin = mix('#F1D2B6', '#7A4E2D', between(rnd, 0, 0.8));
  const trousers = mix(BRAND.dark, '#000000', between(rnd, 0, 0.3));
  const hip = ground - h * 0.47;
  const shoulder = ground - h * 0.8;
  const limb = h * 0.085;
  const stride = running ? h * 0.2 : h * 0.05;
  const legs = `<path d="M${r1(x - h * 0.05)} ${r1(hip)}L${r1(x - stride)} ${r1(ground - limb / 2)}M${r1(x + h * 0.05)} ${r1(hip)}L${r1(x + stride)} ${r1(ground - limb / 2)}" stroke="${trousers}" stroke-width="${r1(limb)}" stroke-linecap="round" fill="none"/>`;
  const armEnd = running ? h * 0.16 : h * 0.04;
  const arms = `<path d="M${r1(x - h * 0.12)} ${r1(shoulder + limb / 2)}L${r1(x - h * 0.15 - armEnd)} ${r1(hip - (running ? h * 0.08 : 0))}M${r1(x + h * 0.12)} ${r1(shoulder + limb / 2)}L${r1(x + h * 0.15 + armEnd)} ${r1(hip - (running ? h * 0.14 : 0))}" stroke="${shirt}" stroke-width="${r1(limb * 0.85)}" stroke-linecap="round" fill="none"/>`;
  const torso = `<rect x="${r1(x - h * 0.14)}" y="${r1(shoulder)}" width="${r1(h * 0.28)}" height="${r1(hip - shoulder + h * 0.03)}" rx="${r1(h * 0.06)}" fill="${shirt}"/>`;
  const head = `<circle cx="${r1(x)}" cy="${r1(shoulder - h * 0.11)}" r="${r1(h * 0.09)}" fill="${skin}"/>`;
  const hair = `<path d="M${r1(x - h * 0.09)} ${r1(shoulder - h * 0.12)}A${r1(h * 0.09)} ${r1(h * 0.09)} 0 0 1 ${r1(x + h * 0.09)} ${r1(shoulder - h * 0.12)}Z" fill="${mix('#2B1E16', '#C9A46A', between(rnd, 0, 1) > 0.75 ? 0.8 : between(rnd, 0, 0.4))}"/>`;
  return legs + arms + torso + head + hair;
}

/** A row of figures between `from` and `to`, in front of each other from back to front. */
function crowd(
  count: number,
  from: number,
  to: number,
  ground: number,
  h: number,
  rnd: () => number,
  shirt?: string,
  running = false,
): string {
  const parts: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const x = from + ((to - from) * (i + 0.5)) / count + between(rnd, -12, 12);
    parts.push(figure(x, ground + between(rnd, -6, 6), h * between(rnd, 0.9, 1.08), shirt ?? pick(SHIRTS, rnd), rnd, running));
  }
  return parts.join('\n');
}

/** A hall: the brand background, a pipe run along the back wall and a grey floor from `floor` down. */
function hallBackdrop(width: number, height: number, floor: number, rnd: () => number): string {
  const steel = mix(BRAND.light, BRAND.primary, 0.28);
  return `${background(width, height, rnd)}
${pipe(-10, height * 0.16, width + 20, height * 0.05, false, steel)}
${pipe(-10, height * 0.27, width + 20, height * 0.035, false, steel)}
<rect x="0" y="${r1(floor)}" width="${width}" height="${r1(height - floor)}" fill="${mix('#8A96A0', BRAND.dark, 0.25)}"/>
<path d="M0 ${r1(floor)}H${width}" stroke="${BRAND.accent}" stroke-width="6"/>`;
}

/** Outside: a pale sky, roofs of the town and a street from `floor` down. */
function streetBackdrop(width: number, height: number, floor: number, rnd: () => number, evening = false): string {
  const top = evening ? mix(BRAND.dark, '#000000', 0.2) : '#BFD6E8';
  const bottom = evening ? mix(BRAND.primary, BRAND.accent, 0.35) : BRAND.light;
  const houses: string[] = [];
  let x = -20;
  while (x < width) {
    const w = between(rnd, 110, 220);
    const h = between(rnd, 140, 300);
    const colour = mix(BRAND.primary, evening ? '#000000' : '#FFFFFF', between(rnd, 0.2, 0.5));
    houses.push(
      `<path d="M${r1(x)} ${r1(floor)}V${r1(floor - h)}L${r1(x + w / 2)} ${r1(floor - h - w * 0.35)}L${r1(x + w)} ${r1(floor - h)}V${r1(floor)}Z" fill="${colour}"/>`,
    );
    x += w + between(rnd, 4, 30);
  }
  return `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient></defs>
<rect width="${width}" height="${height}" fill="url(#sky)"/>
${houses.join('')}
<rect x="0" y="${r1(floor)}" width="${width}" height="${r1(height - floor)}" fill="#7D8790"/>`;
}

function groupScene(w: number, h: number, rnd: () => number, s: Extract<GalleryScene, { scene: 'group' }>): string {
  const floor = h * 0.72;
  const back = Math.ceil(s.people / 2);
  const front = s.people - back;
  return [
    s.backdrop === 'hall' ? hallBackdrop(w, h, floor, rnd) : streetBackdrop(w, h, floor, rnd),
    crowd(back, w * 0.18, w * 0.82, h * 0.8, h * 0.46, rnd, s.shirt),
    crowd(front, w * 0.22, w * 0.78, h * 0.93, h * 0.5, rnd, s.shirt),
  ].join('\n');
}

function hallScene(w: number, h: number, rnd: () => number, s: { people: number }): string {
  const floor = h * 0.6;
  const steel = mix(BRAND.light, BRAND.primary, 0.2);
  const parts = [hallBackdrop(w, h, floor, rnd)];
  // the line: a strip becoming a pipe, on rollers
  for (let x = 60; x < w; x += 140)
    parts.push(`<rect x="${x}" y="${r1(floor - 40)}" width="26" height="60" fill="${BRAND.dark}"/>`);
  parts.push(`<rect x="-10" y="${r1(floor - 70)}" width="${r1(w * 0.4)}" height="14" fill="${steel}"/>`);
  parts.push(pipe(w * 0.4, floor - 92, w * 0.62, 46, false, steel));
  parts.push(`<circle cx="${r1(w * 0.4)}" cy="${r1(floor - 69)}" r="40" fill="${BRAND.accent}" opacity="0.85"/>`);
  // visitors behind a railing in the foreground
  parts.push(crowd(s.people, w * 0.1, w * 0.9, h * 1.05, h * 0.62, rnd));
  parts.push(`<rect x="0" y="${r1(h * 0.74)}" width="${w}" height="16" fill="${BRAND.accent}"/>`);
  parts.push(`<rect x="0" y="${r1(h * 0.86)}" width="${w}" height="10" fill="${BRAND.accent}"/>`);
  for (let x = 40; x < w; x += 260)
    parts.push(`<rect x="${x}" y="${r1(h * 0.74)}" width="14" height="${r1(h * 0.26)}" fill="${BRAND.accent}"/>`);
  return parts.join('\n');
}

function benchScene(w: number, h: number, rnd: () => number, s: { pieces: 'openers' | 'plates' }): string {
  const wood = '#9B7653';
  const parts = [`<rect width="${w}" height="${h}" fill="${wood}"/>`];
  for (let y = 30; y < h; y += 46)
    parts.push(`<path d="M0 ${y + between(rnd, -6, 6)}H${w}" stroke="${mix(wood, '#000000', 0.15)}" stroke-width="3"/>`);
  // a vice on the left, a file below
  parts.push(
    `<rect x="80" y="120" width="260" height="300" rx="16" fill="#5A6670"/><rect x="110" y="150" width="200" height="70" fill="#8C98A2"/><rect x="110" y="330" width="200" height="60" fill="#8C98A2"/>`,
  );
  parts.push(
    `<rect x="90" y="${r1(h * 0.72)}" width="560" height="44" rx="8" fill="#6E7A84"/><rect x="650" y="${r1(h * 0.72 + 6)}" width="180" height="32" rx="14" fill="${BRAND.dark}"/>`,
  );
  const steel = `<linearGradient id="steel" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#F2F5F7"/><stop offset="1" stop-color="#9AA7B2"/></linearGradient>`;
  parts.unshift(`<defs>${steel}</defs>`);
  for (let row = 0; row < 3; row += 1) {
    for (let col = 0; col < 4; col += 1) {
      const x = 480 + col * 270 + between(rnd, -15, 15);
      const y = 120 + row * 230 + between(rnd, -15, 15);
      if (s.pieces === 'openers') {
        parts.push(
          `<path d="M${r1(x)} ${r1(y)}h190a30 30 0 0 1 0 90h-190a30 30 0 0 1 0-90Z" fill="url(#steel)" stroke="#6E7A84" stroke-width="3"/>`,
        );
        parts.push(`<path d="M${r1(x + 130)} ${r1(y + 22)}h40a22 22 0 0 1 0 46h-40Z" fill="${wood}"/>`);
      } else {
        parts.push(
          `<rect x="${r1(x)}" y="${r1(y)}" width="220" height="100" rx="10" fill="url(#steel)" stroke="#6E7A84" stroke-width="3"/>`,
        );
        const strokes: string[] = [];
        for (let c = 0; c < 5; c += 1) strokes.push(`M${r1(x + 30 + c * 34)} ${r1(y + 30)}l${r1(between(rnd, -10, 10))} 40`);
        parts.push(`<path d="${strokes.join('')}" stroke="#4A5660" stroke-width="6" stroke-linecap="round"/>`);
      }
    }
  }
  return parts.join('\n');
}

function grillScene(w: number, h: number, rnd: () => number, s: { people: number }): string {
  const floor = h * 0.7;
  const parts = [streetBackdrop(w, h, floor, rnd, true)];
  // a string of lights
  const bulbs: string[] = [];
  for (let x = 20; x < w; x += 70)
    bulbs.push(
      `<circle cx="${x}" cy="${r1(h * 0.12 + Math.sin(x / 260) * 30)}" r="11" fill="${pick(['#E9B949', '#F5E6B8', BRAND.accent], rnd)}"/>`,
    );
  parts.push(
    `<path d="M0 ${r1(h * 0.12)}${Array.from({ length: 24 }, (_, i) => `L${i * 70 + 20} ${r1(h * 0.12 + Math.sin((i * 70 + 20) / 260) * 30)}`).join('')}" stroke="#2B2B2B" stroke-width="3" fill="none"/>${bulbs.join('')}`,
  );
  parts.push(crowd(s.people, w * 0.05, w * 0.55, h * 0.95, h * 0.5, rnd));
  // the grill with sausages and smoke
  const gx = w * 0.64;
  const gy = h * 0.62;
  parts.push(
    `<rect x="${r1(gx)}" y="${r1(gy)}" width="460" height="60" rx="10" fill="#2B2B2B"/><path d="M${r1(gx + 40)} ${r1(gy + 60)}v${r1(h * 0.3)}M${r1(gx + 420)} ${r1(gy + 60)}v${r1(h * 0.3)}" stroke="#2B2B2B" stroke-width="16"/>`,
  );
  for (let i = 0; i < 7; i += 1)
    parts.push(`<rect x="${r1(gx + 30 + i * 60)}" y="${r1(gy - 18)}" width="46" height="20" rx="10" fill="#A0522D"/>`);
  for (let i = 0; i < 6; i += 1)
    parts.push(
      `<circle cx="${r1(gx + 230 + between(rnd, -120, 120))}" cy="${r1(gy - 80 - i * 70)}" r="${r1(40 + i * 12)}" fill="#FFFFFF" opacity="0.12"/>`,
    );
  return parts.join('\n');
}

function boothScene(w: number, h: number, rnd: () => number, s: { people: number }): string {
  const floor = h * 0.75;
  const parts = [
    `<rect width="${w}" height="${h}" fill="#D9DEE3"/>`,
    `<rect x="0" y="${r1(floor)}" width="${w}" height="${r1(h - floor)}" fill="#9AA3AB"/>`,
  ];
  // back wall with the brand band and a logo of three rings
  parts.push(
    `<rect x="${r1(w * 0.12)}" y="${r1(h * 0.08)}" width="${r1(w * 0.76)}" height="${r1(floor - h * 0.08)}" fill="${BRAND.primary}"/>`,
  );
  parts.push(`<rect x="${r1(w * 0.12)}" y="${r1(h * 0.2)}" width="${r1(w * 0.76)}" height="40" fill="${BRAND.accent}"/>`);
  for (let i = 0; i < 3; i += 1)
    parts.push(
      `<circle cx="${r1(w * 0.42 + i * 110)}" cy="${r1(h * 0.38)}" r="46" fill="none" stroke="${BRAND.light}" stroke-width="16"/>`,
    );
  // counter and a screen
  parts.push(
    `<rect x="${r1(w * 0.56)}" y="${r1(floor - 230)}" width="380" height="230" fill="${BRAND.light}"/><rect x="${r1(w * 0.56)}" y="${r1(floor - 250)}" width="380" height="24" fill="${BRAND.dark}"/>`,
  );
  parts.push(
    `<rect x="${r1(w * 0.2)}" y="${r1(floor - 420)}" width="300" height="190" rx="8" fill="${BRAND.dark}"/><path d="M${r1(w * 0.2 + 30)} ${r1(floor - 320)}${Array.from({ length: 12 }, (_, i) => `L${r1(w * 0.2 + 40 + i * 20)} ${r1(floor - 320 + (i % 2 ? -14 : 14))}`).join('')}" stroke="${BRAND.accent}" stroke-width="6" fill="none"/><rect x="${r1(w * 0.2 + 140)}" y="${r1(floor - 230)}" width="20" height="230" fill="${BRAND.dark}"/>`,
  );
  parts.push(crowd(s.people, w * 0.08, w * 0.92, h * 0.97, h * 0.5, rnd));
  return parts.join('\n');
}

function quizScene(w: number, h: number, rnd: () => number, s: { people: number }): string {
  const floor = h * 0.55;
  const steel = mix(BRAND.light, BRAND.primary, 0.25);
  const parts = [hallBackdrop(w, h, floor, rnd)];
  parts.push(crowd(s.people, w * 0.15, w * 0.85, h * 0.75, h * 0.5, rnd));
  // a table in front with five bent pipes
  parts.push(
    `<rect x="0" y="${r1(h * 0.62)}" width="${w}" height="${r1(h * 0.38)}" fill="${BRAND.light}"/><rect x="0" y="${r1(h * 0.62)}" width="${w}" height="18" fill="${BRAND.dark}"/>`,
  );
  for (let i = 0; i < 5; i += 1) {
    const x = 140 + i * 290;
    const y = h * 0.9;
    const r = between(rnd, 60, 110);
    parts.push(
      `<path d="M${x} ${r1(y)}h60a${r1(r)} ${r1(r)} 0 0 0 ${r1(r)} -${r1(r)}v-40" stroke="${steel}" stroke-width="34" fill="none"/>`,
    );
    parts.push(
      `<path d="M${x} ${r1(y)}h60a${r1(r)} ${r1(r)} 0 0 0 ${r1(r)} -${r1(r)}v-40" stroke="#FFFFFF" stroke-opacity="0.5" stroke-width="8" fill="none"/>`,
    );
    parts.push(`<circle cx="${x + 40}" cy="${r1(y + 50)}" r="22" fill="${BRAND.accent}"/>`);
  }
  return parts.join('\n');
}

function finishScene(w: number, h: number, rnd: () => number, s: { people: number; arch: boolean }): string {
  const floor = h * 0.55;
  const parts = [streetBackdrop(w, h, floor, rnd)];
  if (!s.arch) {
    // the course: a road with a dashed centre line, runners spread out
    parts.push(`<path d="M0 ${r1(h * 0.78)}H${w}" stroke="#FFFFFF" stroke-width="10" stroke-dasharray="60 50"/>`);
    parts.push(crowd(s.people, w * 0.05, w * 0.95, h * 0.95, h * 0.42, rnd, BRAND.accent, true));
    return parts.join('\n');
  }
  // a finish arch over the street
  parts.push(
    `<rect x="${r1(w * 0.1)}" y="${r1(h * 0.12)}" width="50" height="${r1(h * 0.75)}" fill="${BRAND.dark}"/><rect x="${r1(w * 0.87)}" y="${r1(h * 0.12)}" width="50" height="${r1(h * 0.75)}" fill="${BRAND.dark}"/><rect x="${r1(w * 0.1)}" y="${r1(h * 0.1)}" width="${r1(w * 0.8)}" height="110" fill="${BRAND.accent}"/>`,
  );
  const checks: string[] = [];
  for (let x = 0; x < w * 0.8; x += 40)
    checks.push(
      `<rect x="${r1(w * 0.1 + x)}" y="${r1(h * 0.1 + 110 + ((x / 40) % 2) * 20)}" width="40" height="20" fill="#FFFFFF"/>`,
    );
  parts.push(checks.join(''));
  parts.push(crowd(s.people, w * 0.18, w * 0.82, h * 0.92, h * 0.5, rnd, BRAND.accent, true));
  return parts.join('\n');
}

function tentScene(w: number, h: number, rnd: () => number, s: { people: number }): string {
  const floor = h * 0.7;
  const parts = [streetBackdrop(w, h, floor, rnd, true)];
  parts.push(
    `<path d="M${r1(w * 0.05)} ${r1(h * 0.3)}L${r1(w * 0.5)} ${r1(h * 0.08)}L${r1(w * 0.95)} ${r1(h * 0.3)}Z" fill="#FFFFFF"/><rect x="${r1(w * 0.05)}" y="${r1(h * 0.3)}" width="${r1(w * 0.9)}" height="40" fill="${BRAND.accent}"/>`,
  );
  parts.push(
    `<path d="M${r1(w * 0.07)} ${r1(h * 0.3)}V${r1(floor)}M${r1(w * 0.93)} ${r1(h * 0.3)}V${r1(floor)}" stroke="#D0D6DB" stroke-width="14"/>`,
  );
  parts.push(crowd(s.people, w * 0.1, w * 0.9, h * 0.95, h * 0.5, rnd, BRAND.accent));
  parts.push(`<rect x="${r1(w * 0.3)}" y="${r1(h * 0.78)}" width="${r1(w * 0.4)}" height="26" fill="#8A6E4F"/>`);
  for (let i = 0; i < 6; i += 1)
    parts.push(`<rect x="${r1(w * 0.32 + i * 100)}" y="${r1(h * 0.78 - 60)}" width="22" height="60" rx="6" fill="#5C8A6E"/>`);
  return parts.join('\n');
}

function tensileScene(w: number, h: number, rnd: () => number, s: { people: number }): string {
  const parts = [
    `<rect width="${w}" height="${h}" fill="${BRAND.light}"/>`,
    `<rect x="0" y="${r1(h * 0.85)}" width="${w}" height="${r1(h * 0.15)}" fill="#B8C2CA"/>`,
  ];
  // the machine: two columns, two crossheads, a specimen, a spark where it breaks
  const cx = w * 0.38;
  parts.push(
    `<rect x="${r1(cx - 260)}" y="${r1(h * 0.06)}" width="520" height="90" fill="${BRAND.primary}"/><rect x="${r1(cx - 260)}" y="${r1(h * 0.72)}" width="520" height="${r1(h * 0.13)}" fill="${BRAND.primary}"/>`,
  );
  parts.push(
    `<rect x="${r1(cx - 230)}" y="${r1(h * 0.06)}" width="40" height="${r1(h * 0.7)}" fill="#8C98A2"/><rect x="${r1(cx + 190)}" y="${r1(h * 0.06)}" width="40" height="${r1(h * 0.7)}" fill="#8C98A2"/>`,
  );
  parts.push(`<rect x="${r1(cx - 200)}" y="${r1(h * 0.3)}" width="400" height="60" fill="${BRAND.dark}"/>`);
  parts.push(
    `<rect x="${r1(cx - 14)}" y="${r1(h * 0.3 + 60)}" width="28" height="${r1(h * 0.14)}" fill="#C9D1D8"/><rect x="${r1(cx - 14)}" y="${r1(h * 0.52)}" width="28" height="${r1(h * 0.2)}" fill="#C9D1D8"/>`,
  );
  const spark: string[] = [];
  for (let i = 0; i < 10; i += 1) {
    const a = (i / 10) * Math.PI * 2;
    spark.push(`M${r1(cx)} ${r1(h * 0.51)}l${r1(Math.cos(a) * 60)} ${r1(Math.sin(a) * 60)}`);
  }
  parts.push(`<path d="${spark.join('')}" stroke="${BRAND.accent}" stroke-width="8" stroke-linecap="round"/>`);
  // a screen with the stress-strain curve
  const sx = w * 0.66;
  parts.push(
    `<rect x="${r1(sx)}" y="${r1(h * 0.18)}" width="440" height="300" rx="10" fill="${BRAND.dark}"/><path d="M${r1(sx + 40)} ${r1(h * 0.18 + 260)}L${r1(sx + 120)} ${r1(h * 0.18 + 90)}Q${r1(sx + 260)} ${r1(h * 0.18 + 30)} ${r1(sx + 380)} ${r1(h * 0.18 + 120)}" stroke="${BRAND.accent}" stroke-width="7" fill="none"/>`,
  );
  if (s.people > 0) parts.push(crowd(s.people, w * 0.6, w * 0.95, h * 1.02, h * 0.48, rnd));
  else {
    // no visitors: a welding torch on a bench in front of the screen
    parts.push(
      `<rect x="${r1(w * 0.58)}" y="${r1(h * 0.7)}" width="${r1(w * 0.38)}" height="30" fill="${BRAND.dark}"/><path d="M${r1(w * 0.7)} ${r1(h * 0.69)}l160 -90" stroke="#4A5660" stroke-width="28" stroke-linecap="round"/>`,
    );
  }
  return parts.join('\n');
}

function controlScene(w: number, h: number, rnd: () => number, s: { people: number }): string {
  const floor = h * 0.62;
  const parts = [hallBackdrop(w, h, floor, rnd)];
  // the cabinet with lamps and switches
  parts.push(
    `<rect x="${r1(w * 0.08)}" y="${r1(h * 0.2)}" width="520" height="${r1(floor - h * 0.2 + 60)}" rx="12" fill="#C9D1D8"/>`,
  );
  const lamps = ['#6FB3A8', '#E9B949', '#C8675A', BRAND.accent, '#8FB0D6'];
  for (let row = 0; row < 3; row += 1)
    for (let col = 0; col < 5; col += 1)
      parts.push(
        `<circle cx="${r1(w * 0.08 + 70 + col * 95)}" cy="${r1(h * 0.28 + row * 90)}" r="28" fill="${lamps[(row + col) % lamps.length]}" opacity="${rnd() > 0.35 ? 1 : 0.35}"/>`,
      );
  // a small conveyor belt with boxes
  parts.push(`<rect x="${r1(w * 0.5)}" y="${r1(floor - 20)}" width="${r1(w * 0.45)}" height="30" rx="15" fill="${BRAND.dark}"/>`);
  for (let i = 0; i < 4; i += 1)
    parts.push(`<rect x="${r1(w * 0.53 + i * 170)}" y="${r1(floor - 90)}" width="90" height="70" fill="#B7864F"/>`);
  // children in front, a little smaller
  parts.push(crowd(s.people, w * 0.12, w * 0.6, h * 1.0, h * 0.4, rnd));
  return parts.join('\n');
}

function simulatorScene(w: number, h: number, rnd: () => number, s: { people: number }): string {
  const floor = h * 0.8;
  const parts = [
    `<rect width="${w}" height="${h}" fill="#D9DEE3"/>`,
    `<rect x="0" y="${r1(floor)}" width="${w}" height="${r1(h - floor)}" fill="#9AA3AB"/>`,
  ];
  // a large screen: a weld seam as an orange zigzag and a score bar below it
  const sx = w * 0.36;
  parts.push(
    `<rect x="${r1(sx)}" y="${r1(h * 0.08)}" width="${r1(w * 0.56)}" height="${r1(h * 0.5)}" rx="14" fill="${BRAND.dark}"/>`,
  );
  const seam: string[] = [];
  for (let i = 0; i <= 24; i += 1)
    seam.push(`${r1(sx + 60 + i * 32)} ${r1(h * 0.26 + (i % 2 ? -18 : 18) + between(rnd, -6, 6))}`);
  parts.push(`<path d="M${seam.join('L')}" stroke="${BRAND.accent}" stroke-width="12" stroke-linejoin="round" fill="none"/>`);
  parts.push(
    `<rect x="${r1(sx + 60)}" y="${r1(h * 0.44)}" width="${r1(w * 0.56 - 120)}" height="40" rx="20" fill="#4A5660"/><rect x="${r1(sx + 60)}" y="${r1(h * 0.44)}" width="${r1((w * 0.56 - 120) * 0.94)}" height="40" rx="20" fill="#6FB3A8"/>`,
  );
  // the table with the practice plate and the torch
  parts.push(
    `<rect x="${r1(w * 0.3)}" y="${r1(h * 0.66)}" width="${r1(w * 0.66)}" height="34" fill="${BRAND.primary}"/><path d="M${r1(w * 0.36)} ${r1(h * 0.66 + 34)}V${r1(floor)}M${r1(w * 0.9)} ${r1(h * 0.66 + 34)}V${r1(floor)}" stroke="${BRAND.primary}" stroke-width="20"/>`,
  );
  parts.push(
    `<rect x="${r1(w * 0.52)}" y="${r1(h * 0.66 - 16)}" width="300" height="16" fill="#C9D1D8"/><path d="M${r1(w * 0.5)} ${r1(h * 0.5)}L${r1(w * 0.6)} ${r1(h * 0.63)}" stroke="#4A5660" stroke-width="26" stroke-linecap="round"/>`,
  );
  parts.push(crowd(s.people, w * 0.08, w * 0.3, h * 0.98, h * 0.62, rnd, BRAND.accent));
  return parts.join('\n');
}

function gallerySvg(seed: string, scene: GalleryScene, width: number, height: number): string {
  const rnd = random(`gallery:${seed}`);
  let body: string;
  switch (scene.scene) {
    case 'group':
      body = groupScene(width, height, rnd, scene);
      break;
    case 'hall':
      body = hallScene(width, height, rnd, scene);
      break;
    case 'bench':
      body = benchScene(width, height, rnd, scene);
      break;
    case 'grill':
      body = grillScene(width, height, rnd, scene);
      break;
    case 'booth':
      body = boothScene(width, height, rnd, scene);
      break;
    case 'quiz':
      body = quizScene(width, height, rnd, scene);
      break;
    case 'finish':
      body = finishScene(width, height, rnd, scene);
      break;
    case 'tent':
      body = tentScene(width, height, rnd, scene);
      break;
    case 'tensile':
      body = tensileScene(width, height, rnd, scene);
      break;
    case 'control':
      body = controlScene(width, height, rnd, scene);
      break;
    case 'simulator':
      body = simulatorScene(width, height, rnd, scene);
      break;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
${body}
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

  for (const [slug, pictures] of Object.entries(GALLERY)) {
    const dir = path.join(contentDir, 'posts', slug);
    if (!existsSync(path.join(dir, 'index.mdx'))) continue;
    for (const [name, scene] of Object.entries(pictures))
      await writeJpeg(gallerySvg(`${slug}/${name}`, scene, 1600, 1067), path.join(dir, name), 72, 120);
  }
}

await main();
