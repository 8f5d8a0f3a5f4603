import type { APIRoute } from 'astro';
import { postFeed, postFeedPaths } from '../../_feeds/posts.ts';
import { routeLang } from '../../_feeds/languages.ts';

/** JSON Feed 1.1 of a further language's posts, `/en/blog/feed.json` (see _feeds/posts.ts). */
export const getStaticPaths = postFeedPaths('further');
export const GET: APIRoute = ({ params }) => postFeed('json', routeLang(params));
