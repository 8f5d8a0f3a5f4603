/**
 * A browser's reading of an `<img sizes>` and `srcset`, for the forms the site writes:
 * `(min-width: …)` / `(max-width: …)` conditions in px, rem or em, and lengths in px, rem,
 * em, vw or a `calc()` of those with + and −. Anything else throws, so a test cannot pass
 * on a value it did not understand.
 */

const REM = 16;

/** A length in CSS px at a viewport width. */
function lengthAt(value: string, viewport: number): number {
  const text = value.trim();
  const calc = /^calc\((.*)\)$/i.exec(text);
  const expression = calc ? calc[1]! : text;
  const terms = expression.replace(/\s+/g, '').match(/[+-]?[^+-]+/g);
  if (!terms) throw new Error(`cannot read the length "${value}"`);
  return terms.reduce((sum, term) => {
    const match = /^([+-]?\d*\.?\d+)(px|r?em|vw)$/.exec(term);
    if (!match) throw new Error(`cannot read "${term}" in "${value}"`);
    const number = Number(match[1]);
    const unit = match[2];
    return sum + (unit === 'px' ? number : unit === 'vw' ? (number * viewport) / 100 : number * REM);
  }, 0);
}

/** Splits at commas outside parentheses. */
function splitList(value: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of value) {
    if (char === '(') depth += 1;
    if (char === ')') depth -= 1;
    if (char === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += char;
  }
  parts.push(current.trim());
  return parts.filter((part) => part !== '');
}

/** The slot width in CSS px that `sizes` gives at a viewport width. */
export function evaluateSizes(sizes: string, viewport: number): number {
  for (const entry of splitList(sizes)) {
    const condition = /^\(\s*(min|max)-width\s*:\s*([^)]+)\)\s*(.+)$/i.exec(entry);
    if (!condition) return lengthAt(entry, viewport);
    const limit = lengthAt(condition[2]!, viewport);
    if (condition[1]!.toLowerCase() === 'min' ? viewport >= limit : viewport <= limit) return lengthAt(condition[3]!, viewport);
  }
  return viewport; // no default length: 100vw
}

/** The `w` descriptors of a `srcset`, ascending. */
export function srcsetWidths(srcset: string): number[] {
  return splitList(srcset)
    .map((candidate) => {
      const match = /\s(\d+)w$/.exec(candidate);
      if (!match) throw new Error(`srcset candidate without a width descriptor: "${candidate}"`);
      return Number(match[1]);
    })
    .sort((a, b) => a - b);
}

/** The candidate a browser takes for a need in device pixels: the smallest that is enough, else the largest. */
export function pickWidth(widths: number[], needed: number): number {
  return widths.find((width) => width >= needed) ?? widths.at(-1)!;
}

/** The narrowest phone and the widest laptop the rendition checks cover, and the step between. */
export const CHECKED_VIEWPORTS = { from: 320, to: 1280, step: 10 };
/** The next candidate up may be at most this much larger than the need: one step of the ladder. */
export const MAX_WASTE = 1.5;

/**
 * What is wrong with a picture's `sizes` and `srcset` against its slot (the width the CSS
 * shows it at a viewport width), one line each, at every checked viewport at 1× and 2×:
 * `sizes` must say the slot's width to half a pixel; the candidate a browser takes must be
 * at least the need in device pixels (or the original, when that is smaller) and at most
 * half again as large.
 */
export function sizesProblems(
  attributes: { sizes?: string; srcset?: string },
  slot: (viewport: number) => number,
  originalWidth: number,
): string[] {
  const found: string[] = [];
  const sizes = attributes.sizes ?? '';
  const widths = srcsetWidths(attributes.srcset ?? '');
  const { from, to, step } = CHECKED_VIEWPORTS;
  for (let viewport = from; viewport <= to; viewport += step) {
    const shown = evaluateSizes(sizes, viewport);
    if (Math.abs(shown - slot(viewport)) > 0.5)
      found.push(`at ${viewport}px sizes says ${shown.toFixed(1)}px, the CSS shows ${slot(viewport).toFixed(1)}px`);
    for (const density of [1, 2]) {
      const needed = shown * density;
      const picked = pickWidth(widths, needed);
      if (picked < Math.min(needed, originalWidth))
        found.push(`at ${viewport}px ${density}× it needs ${Math.ceil(needed)}w, the largest is ${picked}w`);
      if (needed >= widths[0]! && picked > needed * MAX_WASTE)
        found.push(`at ${viewport}px ${density}× it needs ${Math.ceil(needed)}w and gets ${picked}w`);
    }
  }
  return found;
}
