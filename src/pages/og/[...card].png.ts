import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getModel } from '../../data/model.ts';
import { siteCards } from '../../og/cards.ts';
import { cardFile, startSiteCards } from '../../og/site-cards.ts';
import type { CardSpec } from '../../og/types.ts';

/**
 * The social cards: `/og/<page path>.png`, 1200 × 630, one per page (see src/og/cards.ts).
 * `astro dev` serves them here, rendering each when asked. A build lists no pages: it
 * starts rendering every card now, on worker threads, beside the pages, and the
 * `einblick:card-files` integration copies the PNGs into the output (far cheaper than a
 * route per card).
 */
export const getStaticPaths = (async () => {
  const model = await getModel();
  if (!import.meta.env.EINBLICK_PREVIEW) {
    startSiteCards(model);
    return [];
  }
  return siteCards(model).map((spec) => ({
    params: { card: spec.url.replace(/^\/og\//, '').replace(/\.png$/, '') },
    props: { spec },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ spec: CardSpec }> = async ({ props }) => {
  const png = await readFile(await cardFile(await getModel(), props.spec, true));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
