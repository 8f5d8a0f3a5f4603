import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getModel } from '../../data/model.ts';
import { keyed } from '../../data/page-key.ts';
import { siteCards } from '../../og/cards.ts';
import { cardFile, startSiteCards } from '../../og/site-cards.ts';
import type { CardSpec } from '../../og/types.ts';

/** The social cards: `/og/<page path>.png`, 1200 × 630, one per page (see src/og/cards.ts). */
export const getStaticPaths = (async () => {
  const model = await getModel();
  // A build starts rendering now, on worker threads, so cards are ready by the time their routes come.
  if (!import.meta.env.EINBLICK_PREVIEW) startSiteCards(model);
  return keyed(
    model,
    siteCards(model).map((spec) => ({
      params: { card: spec.url.replace(/^\/og\//, '').replace(/\.png$/, '') },
      props: { spec },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ spec: CardSpec }> = async ({ props }) => {
  // In `astro dev` only the card asked for is rendered; a build renders them all at once.
  const png = await readFile(await cardFile(await getModel(), props.spec, import.meta.env.EINBLICK_PREVIEW));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
