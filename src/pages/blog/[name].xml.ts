import type { APIRoute } from 'astro';
import { postFeed, postFeedPaths } from '../_feeds/posts.ts';

/** RSS 2.0 of all posts, newest first (a keyed route: see _feeds/posts.ts). */
export const getStaticPaths = postFeedPaths;
export const GET: APIRoute = () => postFeed('rss');
