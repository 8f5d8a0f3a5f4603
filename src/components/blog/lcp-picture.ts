import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import { cardImageWidth, CARD_IMAGE_SIZES, containerImageWidth, COVER_SIZES, COVER_WIDTH } from '../../lib/image-sizes.ts';
import { renditionWidths } from '../../lib/image-slots.ts';

const widthsBy = (slot: (viewport: number) => number) => {
  const known = new Map<number, number[]>();
  return (src: ImageMetadata): number[] => {
    if (!known.has(src.width)) known.set(src.width, renditionWidths(slot, src.width));
    return known.get(src.width)!;
  };
};

/** The renditions of a post card's cover (PostCard), by the original's width. */
export const cardWidths = widthsBy(cardImageWidth);
/** The renditions of a post's cover (blog/[slug]), by the original's width. */
export const coverWidths = widthsBy(containerImageWidth(COVER_WIDTH));

/** A `<link rel="preload" as="image">` for a page's largest picture (BaseHead writes it). */
export interface LcpPreload {
  srcset: string;
  sizes: string;
  type: string;
}

/**
 * The preload of the AVIF source of a cover shown as the page's largest picture: the
 * same files as its `<picture>` (same source, widths, width and format give the same
 * names), requested from the head before the font preloads instead of after them.
 */
export async function lcpPreload(src: ImageMetadata, kind: 'card' | 'cover', width: number): Promise<LcpPreload> {
  const widths = kind === 'card' ? cardWidths(src) : coverWidths(src);
  const image = await getImage({ src, widths, width, format: 'avif' });
  return { srcset: image.srcSet.attribute, sizes: kind === 'card' ? CARD_IMAGE_SIZES : COVER_SIZES, type: 'image/avif' };
}
