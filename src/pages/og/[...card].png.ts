import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteCards } from '../../data/cards.ts';
import { getModel } from '../../data/model.ts';
import type { CardSpec } from '../../og/types.ts';
import { cardFile } from './_card-file.ts';

/**
 * The social cards: `/og/<page path>.png`, 1200 × 630, one per page (see src/data/cards.ts).
 * `astro dev` serves them here, rendering each when asked. A build lists no pages: the
 * `einblick:card-files` integration renders every card (the list comes from cards.json.ts)
 * and links the PNGs into the output, far cheaper than a route per card.
 */
export const getStaticPaths = (async () => {
  if (!import.meta.env.EINBLICK_PREVIEW) return [];
  return siteCards(await getModel()).map((spec) => ({
    params: { card: spec.url.replace(/^\/og\//, '').replace(/\.png$/, '') },
    props: { spec },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ spec: CardSpec }> = async ({ props }) => {
  const png = await readFile(await cardFile(props.spec));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
