import type { APIRoute } from 'astro';
import { DEFAULT_LANG } from '../../../i18n/index.ts';
import { topicFeed, topicFeedPaths } from '../../_feeds/sections.ts';

/** RSS 2.0 of one topic's posts. */
export const getStaticPaths = topicFeedPaths('default');
export const GET: APIRoute = ({ params }) => topicFeed(DEFAULT_LANG, params['tag']);
