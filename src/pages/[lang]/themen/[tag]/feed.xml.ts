import type { APIRoute } from 'astro';
import { routeLang } from '../../../_feeds/languages.ts';
import { topicFeed, topicFeedPaths } from '../../../_feeds/sections.ts';

/** RSS 2.0 of one topic's posts in a further language, for topics with posts in it. */
export const getStaticPaths = topicFeedPaths('further');
export const GET: APIRoute = ({ params }) => topicFeed(routeLang(params), params['tag']);
