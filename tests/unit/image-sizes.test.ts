import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cardImageWidth,
  containerImageWidth,
  COVER_SIZES,
  COVER_WIDTH,
  CARD_IMAGE_SIZES,
  LAYOUT,
  sizesFor,
  slotPieces,
} from '../../src/lib/image-sizes.ts';
import { evaluateSizes, pickWidth, srcsetWidths } from '../helpers/sizes.ts';
import { ROOT } from '../helpers/site.ts';

const css = readFileSync(path.join(ROOT, 'src', 'styles', 'global.css'), 'utf8');

/** The declarations of a top-level rule with exactly this selector list. */
function rule(selector: string): string {
  const match = new RegExp(`(?:^|\\})\\s*${selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\{([^}]*)\\}`, 'm').exec(css);
  if (!match) throw new Error(`no rule "${selector}" in global.css`);
  return match[1]!.replace(/\s+/g, ' ').trim();
}

describe('the layout model behind the images’ sizes', () => {
  it('has the numbers of global.css (change both together)', () => {
    expect(rule(':root')).toContain('--wide: 72rem;');
    expect(LAYOUT.wide).toBe(72 * 16);
    expect(rule(':root')).toContain('--space: clamp(1rem, 0.8rem + 1vw, 1.5rem);');
    expect(LAYOUT.space).toEqual({ min: 16, base: 12.8, vw: 1, max: 24 });
    expect(rule('.container')).toContain('width: min(100% - 2 * var(--space), var(--wide));');
    expect(rule('.grid')).toContain('gap: var(--space);');
    expect(rule('.grid')).toContain('grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr));');
    expect(LAYOUT.gridColumn).toBe(17 * 16);
    expect(rule('.card')).toContain('padding: 1rem;');
    expect(rule('.card')).toContain('border: 1px solid var(--line);');
    expect(LAYOUT.cardInset).toBe(34);
    expect(rule('.card img')).toContain('width: 100%;');
    expect(rule('img,\nvideo')).toContain('max-width: 100%;');
    // The post cover has no rule of its own; one would change its slot.
    expect(css).not.toMatch(/\.cover\b|\.post\b/);
  });

  it('gives the widths worked out by hand from that CSS', () => {
    // 390 px phone: --space 12.8 + 3.9 = 16.7; container 390 − 33.4 = 356.6; one column.
    expect(cardImageWidth(390)).toBeCloseTo(356.6 - 34, 5);
    expect(containerImageWidth(COVER_WIDTH)(390)).toBeCloseTo(356.6, 5);
    // 768 px: --space 20.48; container 727.04; two columns of (727.04 − 20.48) / 2.
    expect(cardImageWidth(768)).toBeCloseTo((727.04 - 20.48) / 2 - 34, 5);
    // 1280 px: --space 24; container 72rem = 1152; three columns of 17rem + gap fit, four do not.
    expect(cardImageWidth(1280)).toBeCloseTo((1152 - 48) / 3 - 34, 5);
    expect(containerImageWidth(COVER_WIDTH)(1280)).toBe(1152);
    // 300 px: --space at its minimum of 16.
    expect(containerImageWidth(COVER_WIDTH)(300)).toBe(268);
  });

  it('writes sizes that a browser reads as the slot width, at every viewport', () => {
    for (const [slot, sizes] of [
      [cardImageWidth, CARD_IMAGE_SIZES],
      [containerImageWidth(COVER_WIDTH), COVER_SIZES],
    ] as const) {
      for (let viewport = 240; viewport <= 2400; viewport += 0.5) {
        const read = evaluateSizes(sizes, viewport);
        expect(read - slot(viewport), `${sizes} at ${viewport}px`).toBeGreaterThanOrEqual(-0.01);
        expect(read - slot(viewport), `${sizes} at ${viewport}px`).toBeLessThan(0.2);
      }
    }
  });

  it('finds jumps and bends of a slot, and their exact places', () => {
    const slot = (viewport: number) => (viewport < 500.25 ? viewport - 20 : Math.min(300, viewport / 2));
    expect(slotPieces(slot).map((piece) => Number(piece.from.toFixed(2)))).toEqual([200, 500.25, 600]);
    expect(sizesFor(slot)).toBe('(min-width: 600px) 300px, (min-width: 500.25px) 50vw, calc(100vw - 20px)');
  });
});

describe('reading sizes and srcset like a browser', () => {
  it('takes the first matching condition and computes calc()', () => {
    const sizes = '(min-width: 60rem) 22rem, (min-width: 500px) calc(50vw - 10px), 100vw';
    expect(evaluateSizes(sizes, 1000)).toBe(352);
    expect(evaluateSizes(sizes, 600)).toBe(290);
    expect(evaluateSizes(sizes, 390)).toBe(390);
    expect(() => evaluateSizes('min(50vw, 300px)', 390)).toThrow(/cannot read/);
  });

  it('picks the smallest candidate that is enough, else the largest', () => {
    const widths = srcsetWidths('/a-800.webp 800w, /a-320.webp 320w, /a-1280.webp 1280w');
    expect(widths).toEqual([320, 800, 1280]);
    expect(pickWidth(widths, 968)).toBe(1280);
    expect(pickWidth(widths, 300)).toBe(320);
    expect(pickWidth(widths, 2000)).toBe(1280);
  });
});
