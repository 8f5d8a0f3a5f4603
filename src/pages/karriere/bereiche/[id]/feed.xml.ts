import type { APIRoute } from 'astro';
import { DEFAULT_LANG } from '../../../../i18n/index.ts';
import { departmentFeed, departmentFeedPaths } from '../../../_feeds/sections.ts';

/** RSS 2.0 of one department's posts (its jobs are in /karriere/feed.xml and its job alerts). */
export const getStaticPaths = departmentFeedPaths('default');
export const GET: APIRoute = ({ params }) => departmentFeed(DEFAULT_LANG, params['id']);
