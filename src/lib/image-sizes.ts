/**
 * `sizes` attributes computed from the page layout in src/styles/global.css instead of
 * guessed, so a phone downloads the rendition its slot needs and no larger. The numbers
 * below are that CSS in CSS px (1rem = 16px); tests/unit/image-sizes.test.ts reads
 * global.css and fails when they drift apart.
 */

const REM = 16;

/** The layout tokens and rules of global.css that decide how wide a picture is shown. */
export const LAYOUT = {
  /** `--wide: 72rem`, the widest `.container`. */
  wide: 72 * REM,
  /** `--space: clamp(1rem, 0.8rem + 1vw, 1.5rem)`: the page margin and the grid gap. */
  space: { min: 1 * REM, base: 0.8 * REM, vw: 1, max: 1.5 * REM },
  /** `.grid`: `repeat(auto-fill, minmax(min(100%, 17rem), 1fr))`. */
  gridColumn: 17 * REM,
  /** `.card`: `padding: 1rem` and a 1px border on each side, around a `width: 100%` image. */
  cardInset: 2 * (1 * REM + 1),
} as const;

/** `--space` at a viewport width. */
export function space(viewport: number): number {
  const { min, base, vw, max } = LAYOUT.space;
  return Math.min(max, Math.max(min, base + (vw * viewport) / 100));
}

/** `.container`: `min(100% - 2 * var(--space), var(--wide))`. */
export function containerWidth(viewport: number): number {
  return Math.min(viewport - 2 * space(viewport), LAYOUT.wide);
}

/** The width of one column of a `.grid` as wide as the container (auto-fill: as many as fit). */
export function gridColumnWidth(viewport: number): number {
  const width = containerWidth(viewport);
  const gap = space(viewport);
  const columns = Math.max(1, Math.floor((width + gap) / (Math.min(width, LAYOUT.gridColumn) + gap)));
  return (width - (columns - 1) * gap) / columns;
}

/** A card's image (PostCard, VideoCard) in a `.grid` of the container. */
export const cardImageWidth = (viewport: number): number => gridColumnWidth(viewport) - LAYOUT.cardInset;

/**
 * A picture at the container's width, no wider than its `width` attribute (`img { max-width:
 * 100% }` and no other rule): the post cover.
 */
export const containerImageWidth =
  (widthAttribute: number) =>
  (viewport: number): number =>
    Math.min(widthAttribute, containerWidth(viewport));

/** The viewport widths the `sizes` cover; wider screens get the last piece. */
const FROM = 200;
const TO = 2400;
const EPSILON = 0.01;

interface Piece {
  from: number;
  slope: number;
  intercept: number;
}

/** Where the slot stops following the line through `start` with `slope`, between `low` and `high`. */
function breakBetween(slot: (viewport: number) => number, start: number, slope: number, low: number, high: number): number {
  const onLine = (x: number) => Math.abs(slot(x) - (slot(start) + slope * (x - start))) < EPSILON;
  while (high - low > 0.005) {
    const middle = (low + high) / 2;
    if (onLine(middle)) low = middle;
    else high = middle;
  }
  return high;
}

/**
 * The slot width as linear pieces over the viewport width. Every rule of the layout is
 * linear in the viewport between its breakpoints (clamp, min, a column more), so sampling
 * each pixel finds the pieces, and bisection finds each breakpoint to 1/100 px.
 */
export function slotPieces(slot: (viewport: number) => number): Piece[] {
  const pieces: Piece[] = [];
  let start = FROM;
  let slope = slot(start + 1) - slot(start);
  for (let x = start + 1; x < TO; x += 1) {
    if (Math.abs(slot(x + 1) - (slot(start) + slope * (x + 1 - start))) < EPSILON) continue;
    const intercept = slot(start) - slope * start;
    pieces.push({ from: start, slope, intercept });
    const after = breakBetween(slot, start, slope, x, x + 1);
    // The next piece's line from two points inside it. Where the slot bends without a jump
    // (clamp, min), the two lines meet at the exact breakpoint.
    const nextSlope = slot(after + 1) - slot(after);
    const nextIntercept = slot(after) - nextSlope * after;
    const meet = (nextIntercept - intercept) / (slope - nextSlope);
    start = Number.isFinite(meet) && meet > x - 1 && meet <= after ? meet : after;
    slope = nextSlope;
  }
  pieces.push({ from: start, slope, intercept: slot(start) - slope * start });
  return pieces;
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** A length in CSS for `slope × viewport + intercept`, rounded up by a fraction of a pixel. */
function length({ slope, intercept }: Piece): string {
  const vw = round(slope * 100, 3);
  const px = Math.ceil(round(intercept * 10, 3)) / 10;
  if (vw === 0) return `${px}px`;
  if (px === 0) return `${vw}vw`;
  return `calc(${vw}vw ${px < 0 ? '-' : '+'} ${Math.abs(px)}px)`;
}

/**
 * The `sizes` attribute for a slot: one `(min-width: …)` condition per piece of the
 * layout, widest first, as browsers take the first condition that matches.
 */
export function sizesFor(slot: (viewport: number) => number): string {
  const pieces = slotPieces(slot);
  const [first, ...rest] = pieces;
  return [...rest.reverse().map((piece) => `(min-width: ${round(piece.from, 2)}px) ${length(piece)}`), length(first!)].join(', ');
}

/** `sizes` of a post card's image (VideoCard's posters keep their own for now). */
export const CARD_IMAGE_SIZES = sizesFor(cardImageWidth);

/** The post cover's `width` attribute and `src` rendition: as wide as the widest container. */
export const COVER_WIDTH = LAYOUT.wide;

/** `sizes` of the post cover. */
export const COVER_SIZES = sizesFor(containerImageWidth(COVER_WIDTH));
