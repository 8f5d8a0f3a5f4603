import type { APIRoute } from 'astro';
import { cardsToRender } from '../../data/cards.ts';
import { getModel } from '../../data/model.ts';

/**
 * Every social card of the site as JSON (CardSpec[], in the order to render them), for the `einblick:card-files`
 * integration: in a build it renders this route before any page, renders the cards on
 * worker threads beside the pages, and takes the route out of the output. The pages and
 * the cards thus come from one site model, built once. `astro dev` has no such list.
 */
export const GET: APIRoute = async () => {
  if (import.meta.env.EINBLICK_PREVIEW) return new Response(null, { status: 404 });
  return new Response(JSON.stringify(cardsToRender(await getModel())), { headers: { 'Content-Type': 'application/json' } });
};
