import type { APIRoute } from 'astro';
import { DEFAULT_LANG } from '../../i18n/index.ts';
import { postFeed, postFeedPaths } from '../_feeds/posts.ts';

/** JSON Feed 1.1 of all posts, the same items as feed.xml (a keyed route: see _feeds/posts.ts). */
export const getStaticPaths = postFeedPaths('default');
export const GET: APIRoute = () => postFeed('json', DEFAULT_LANG);
