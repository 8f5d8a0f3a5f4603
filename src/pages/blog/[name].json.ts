import type { APIRoute } from 'astro';
import { postFeed, postFeedPaths } from '../_feeds/posts.ts';

/** JSON Feed 1.1 of all posts, the same items as /blog/feed.xml (a keyed route: see _feeds/posts.ts). */
export const getStaticPaths = postFeedPaths;
export const GET: APIRoute = () => postFeed('json');
