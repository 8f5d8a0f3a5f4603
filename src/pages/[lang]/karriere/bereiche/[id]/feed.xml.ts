import type { APIRoute } from 'astro';
import { routeLang } from '../../../../_feeds/languages.ts';
import { departmentFeed, departmentFeedPaths } from '../../../../_feeds/sections.ts';

/** RSS 2.0 of one department's posts in a further language, for departments translated into it. */
export const getStaticPaths = departmentFeedPaths('further');
export const GET: APIRoute = ({ params }) => departmentFeed(routeLang(params), params['id']);
