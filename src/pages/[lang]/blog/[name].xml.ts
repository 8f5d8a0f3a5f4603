import type { APIRoute } from 'astro';
import { postFeed, postFeedPaths } from '../../_feeds/posts.ts';
import { routeLang } from '../../_feeds/languages.ts';

/** RSS 2.0 of a further language's posts, `/en/blog/feed.xml` (see _feeds/posts.ts). */
export const getStaticPaths = postFeedPaths('further');
export const GET: APIRoute = ({ params }) => postFeed('rss', routeLang(params));
