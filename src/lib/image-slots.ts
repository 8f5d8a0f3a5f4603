/**
 * The slots of the pictures beyond the post card and cover (src/lib/image-sizes.ts): how
 * wide the CSS shows each one at a viewport width, their `sizes`, and the renditions a
 * slot needs. The numbers are the components' CSS in CSS px (1rem = 16px);
 * tests/unit/image-slots.test.ts reads that CSS and fails when they drift apart.
 */
import { cardImageWidth, containerImageWidth, containerWidth, sizesFor, space } from './image-sizes.ts';

const REM = 16;

/** The CSS behind the slots below, where it is not global.css's layout. */
export const SLOT_CSS = {
  /** global.css `--measure: 42rem`: the `.prose` column of a post, where `<Bild>` and `<Video>` sit. */
  measure: 42 * REM,
  /** DepartmentHero: two columns from `(min-width: 60rem)`, the picture's at most 30rem. */
  heroBreakpoint: 60 * REM,
  heroColumn: 30 * REM,
  /** DepartmentHero: `gap: calc(var(--space) * 1.5)`. */
  heroGap: 1.5,
  /** VideoPlayer: `.player { max-width: 48rem }`; the watch page widens it to 60rem. */
  player: 48 * REM,
  watchPlayer: 60 * REM,
  /** Galerie: `minmax(min(100%, 10rem), 1fr)` columns with `gap: 0.75rem`. */
  galleryColumn: 10 * REM,
  galleryGap: 0.75 * REM,
  /** The team page's cover: its `width` attribute, no CSS of its own. */
  teamCover: 1200,
} as const;

/** A video card's poster: the same card image as a post card's. */
export const videoCardWidth = cardImageWidth;

/** DepartmentHero's picture: the container, then the second column (`minmax(0, 30rem)`). */
export function departmentHeroWidth(viewport: number): number {
  const container = containerWidth(viewport);
  if (viewport < SLOT_CSS.heroBreakpoint) return container;
  return Math.min(SLOT_CSS.heroColumn, container - SLOT_CSS.heroGap * space(viewport));
}

/** The team page's cover, at most as wide as its `width` attribute. */
export const teamCoverWidth = containerImageWidth(SLOT_CSS.teamCover);

/** Where a video player stands, which decides its greatest width. */
export type PlayerPlace = 'watch' | 'page' | 'text';

/** A video player's poster: the player's `max-width` in its place, or the container. */
export const playerPosterWidth =
  (place: PlayerPlace) =>
  (viewport: number): number => {
    const max = { watch: SLOT_CSS.watchPlayer, page: SLOT_CSS.player, text: SLOT_CSS.measure }[place];
    return Math.min(max, containerWidth(viewport));
  };

/** A `<Bild>` in a post's text: the prose column. */
export const bildWidth = (viewport: number): number => Math.min(SLOT_CSS.measure, containerWidth(viewport));

/** A `<Bild>` inside `<Galerie>`: one column of the gallery's grid in the prose column. */
export function galleryThumbWidth(viewport: number): number {
  const width = bildWidth(viewport);
  const gap = SLOT_CSS.galleryGap;
  const columns = Math.max(1, Math.floor((width + gap) / (Math.min(width, SLOT_CSS.galleryColumn) + gap)));
  return (width - (columns - 1) * gap) / columns;
}

/**
 * The rendition widths pictures are made in. Each step is at most 1.5 times the one
 * before, so the candidate a browser picks is never more than half again as large as it
 * needs; no finer, since every step is one more file per format for each picture.
 */
export const RENDITION_LADDER = [160, 240, 320, 480, 720, 1080, 1600] as const;

/** The viewports a slot is measured over: a small phone to a wide desktop. */
const VIEWPORTS = { from: 320, to: 2400 };

/**
 * The `widths` for a slot and an original `originalWidth` pixels wide: from the step that
 * a small phone at 1× needs to the one a wide screen at 2× needs, never wider than the
 * original (the original's own width stands in for the steps above it). A phone a little
 * wider than the narrowest takes the first step that is at least its slot.
 */
export function renditionWidths(slot: (viewport: number) => number, originalWidth: number): number[] {
  let smallest = Infinity;
  let largest = 0;
  for (let viewport = VIEWPORTS.from; viewport <= VIEWPORTS.to; viewport += 1) {
    smallest = Math.min(smallest, slot(viewport));
    largest = Math.max(largest, 2 * slot(viewport));
  }
  const need = Math.min(originalWidth, Math.ceil(largest));
  const widths: number[] = RENDITION_LADDER.filter((width) => width >= smallest && width < need);
  widths.push(RENDITION_LADDER.find((width) => width >= need && width <= originalWidth) ?? need);
  return widths;
}

export const VIDEO_CARD_SIZES = sizesFor(videoCardWidth);
export const DEPARTMENT_HERO_SIZES = sizesFor(departmentHeroWidth);
export const TEAM_COVER_SIZES = sizesFor(teamCoverWidth);
export const BILD_SIZES = sizesFor(bildWidth);
export const GALLERY_THUMB_SIZES = sizesFor(galleryThumbWidth);
export const PLAYER_POSTER_SIZES: Record<PlayerPlace, string> = {
  watch: sizesFor(playerPosterWidth('watch')),
  page: sizesFor(playerPosterWidth('page')),
  text: sizesFor(playerPosterWidth('text')),
};
