import type { APIRoute } from 'astro';
import { DEFAULT_LANG } from '../../i18n/index.ts';
import { postFeed, postFeedPaths } from '../_feeds/posts.ts';

/** RSS 2.0 of all posts, newest first (a keyed route: see _feeds/posts.ts). */
export const getStaticPaths = postFeedPaths('default');
export const GET: APIRoute = () => postFeed('rss', DEFAULT_LANG);
