import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardImageWidth } from '../../src/lib/image-sizes.ts';
import {
  BILD_SIZES,
  bildWidth,
  DEPARTMENT_HERO_SIZES,
  departmentHeroWidth,
  GALLERY_THUMB_SIZES,
  galleryThumbWidth,
  PLAYER_POSTER_SIZES,
  playerPosterWidth,
  RENDITION_LADDER,
  renditionWidths,
  SLOT_CSS,
  TEAM_COVER_SIZES,
  teamCoverWidth,
  VIDEO_CARD_SIZES,
  videoCardWidth,
} from '../../src/lib/image-slots.ts';
import { evaluateSizes, MAX_WASTE, pickWidth } from '../helpers/sizes.ts';
import { ROOT } from '../helpers/site.ts';

const source = (...parts: string[]) => readFileSync(path.join(ROOT, 'src', ...parts), 'utf8').replace(/\s+/g, ' ');

/** The declarations of the first rule with exactly this selector in a file's CSS. */
function rule(css: string, selector: string): string {
  const match = new RegExp(`(?:^|[}{>]|\\*/)\\s*${selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\{([^}]*)\\}`).exec(css);
  if (!match) throw new Error(`no rule "${selector}"`);
  return match[1]!.trim();
}

describe('the slots of the other pictures', () => {
  it('have the numbers of their components’ CSS (change both together)', () => {
    expect(rule(source('styles', 'global.css'), ':root')).toContain('--measure: 42rem;');
    expect(rule(source('styles', 'global.css'), '.prose')).toBe('max-width: var(--measure);');
    expect(SLOT_CSS.measure).toBe(42 * 16);

    const hero = source('components', 'careers', 'DepartmentHero.astro');
    expect(hero).toContain(
      '@media (min-width: 60rem) { .dept-hero { grid-template-columns: minmax(0, 1fr) minmax(0, 30rem); } }',
    );
    expect(rule(hero, '.dept-hero')).toContain('gap: calc(var(--space) * 1.5);');
    expect(rule(hero, '.dept-hero-image')).toContain('width: 100%;');
    expect([SLOT_CSS.heroBreakpoint, SLOT_CSS.heroColumn, SLOT_CSS.heroGap]).toEqual([60 * 16, 30 * 16, 1.5]);

    expect(rule(source('components', 'video', 'VideoPlayer.astro'), '.player')).toContain('max-width: 48rem;');
    expect(rule(source('views', 'VideoPage.astro'), '.watch :global(.player)')).toBe('max-width: 60rem;');
    expect(rule(source('components', 'video', 'YouTubeNotice.astro'), '.stage :global(img), .stage :global(iframe)')).toContain(
      'width: 100%;',
    );
    expect([SLOT_CSS.player, SLOT_CSS.watchPlayer]).toEqual([48 * 16, 60 * 16]);

    const gallery = rule(source('components', 'mdx', 'Galerie.astro'), '.grid');
    expect(gallery).toContain('grid-template-columns: repeat(auto-fill, minmax(min(100%, 10rem), 1fr));');
    expect(gallery).toContain('gap: 0.75rem;');
    expect([SLOT_CSS.galleryColumn, SLOT_CSS.galleryGap]).toEqual([160, 12]);
    expect(rule(source('components', 'mdx', 'Bild.astro'), '.bild :global(img)')).toContain('width: 100%;');

    // VideoCard shows its poster in the same card as a post card: no width rule of its own.
    expect(rule(source('components', 'video', 'VideoCard.astro'), 'img')).toBe('aspect-ratio: 16 / 9;');
    expect(videoCardWidth).toBe(cardImageWidth);
  });

  it('give the widths worked out by hand', () => {
    // 360 px phone: --space 12.8 + 3.6 = 16.4; container 360 − 32.8 = 327.2.
    for (const slot of [departmentHeroWidth, teamCoverWidth, bildWidth, playerPosterWidth('watch')]) {
      expect(slot(360)).toBeCloseTo(327.2, 5);
    }
    // One gallery column at 360 px (two of 10rem and the gap need 332); at 390 px two of
    // (356.6 − 12) / 2; at 1280 px the prose column of 672 holds three (four need 676).
    expect(galleryThumbWidth(360)).toBeCloseTo(327.2, 5);
    expect(galleryThumbWidth(390)).toBeCloseTo(172.3, 5);
    expect(galleryThumbWidth(1280)).toBeCloseTo((672 - 2 * 12) / 3, 5);
    // 1280 px: container 1152; the hero's column is 30rem; the players stop at their max-width.
    expect(departmentHeroWidth(1280)).toBe(480);
    expect(departmentHeroWidth(959)).toBeCloseTo(959 - 2 * (12.8 + 9.59), 5);
    expect(teamCoverWidth(1280)).toBe(1152);
    expect([playerPosterWidth('watch')(1280), playerPosterWidth('page')(1280), playerPosterWidth('text')(1280)]).toEqual([
      960, 768, 672,
    ]);
    expect(bildWidth(1280)).toBe(672);
  });

  it('write sizes that a browser reads as the slot width, at every viewport', () => {
    for (const [slot, sizes] of [
      [videoCardWidth, VIDEO_CARD_SIZES],
      [departmentHeroWidth, DEPARTMENT_HERO_SIZES],
      [teamCoverWidth, TEAM_COVER_SIZES],
      [bildWidth, BILD_SIZES],
      [galleryThumbWidth, GALLERY_THUMB_SIZES],
      [playerPosterWidth('watch'), PLAYER_POSTER_SIZES.watch],
      [playerPosterWidth('page'), PLAYER_POSTER_SIZES.page],
      [playerPosterWidth('text'), PLAYER_POSTER_SIZES.text],
    ] as const) {
      const wrong: string[] = [];
      for (let viewport = 240; viewport <= 2400; viewport += 0.5) {
        const off = evaluateSizes(sizes, viewport) - slot(viewport);
        if (off < -0.01 || off >= 0.2) wrong.push(`${viewport}px: ${off.toFixed(2)}px off`);
      }
      expect(wrong, sizes).toEqual([]);
    }
    expect(DEPARTMENT_HERO_SIZES).toBe('(min-width: 960px) 480px, (min-width: 320px) calc(98vw - 25.6px), calc(100vw - 32px)');
  });
});

describe('the renditions a slot gets', () => {
  it('climb a ladder of steps at most 1.5 apart', () => {
    for (const [index, width] of RENDITION_LADDER.entries()) {
      if (index > 0) expect(width / RENDITION_LADDER[index - 1]!).toBeLessThanOrEqual(MAX_WASTE);
    }
  });

  it('reach from a small phone at 1× to a wide screen at 2×, never past the original', () => {
    // The hero: 288 px on a 320 px phone, 914 px just below 60rem, so 1828 device px at 2×.
    expect(renditionWidths(departmentHeroWidth, 1600)).toEqual([320, 480, 720, 1080, 1600]);
    // A 1280 px poster stands in for the 1600 step.
    expect(renditionWidths(playerPosterWidth('watch'), 1280)).toEqual([320, 480, 720, 1080, 1280]);
    // Gallery thumbnails are small: 161.7 px at the narrowest two columns, at most 331 px
    // (one column), 662 at 2×.
    expect(renditionWidths(galleryThumbWidth, 1600)).toEqual([240, 320, 480, 720]);
    // A small original gets nothing wider than itself.
    expect(renditionWidths(bildWidth, 500)).toEqual([320, 480, 500]);
  });

  it('give every viewport from 320 to 2400 px at 1× and 2× a candidate that is enough and not half again as large', () => {
    for (const slot of [
      videoCardWidth,
      departmentHeroWidth,
      teamCoverWidth,
      bildWidth,
      galleryThumbWidth,
      playerPosterWidth('text'),
    ]) {
      const widths = renditionWidths(slot, 1600);
      const wrong: string[] = [];
      for (let viewport = 320; viewport <= 2400; viewport += 1) {
        for (const density of [1, 2]) {
          const need = slot(viewport) * density;
          const picked = pickWidth(widths, need);
          if (picked < Math.min(need, 1600) || (need >= widths[0]! && picked > need * MAX_WASTE))
            wrong.push(`${viewport}px ${density}×: needs ${need.toFixed(1)}, gets ${picked}`);
        }
      }
      expect(wrong, widths.join()).toEqual([]);
    }
  });
});
