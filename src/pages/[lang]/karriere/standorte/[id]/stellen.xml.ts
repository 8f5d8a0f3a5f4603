import type { APIRoute } from 'astro';
import { jobAlertFeed, jobAlertPaths } from '../../../../_feeds/jobs.ts';
import { routeLang } from '../../../../_feeds/languages.ts';

/** Job alert in a further language, RSS 2.0: the open jobs at one location with a page in that language. */
export const getStaticPaths = jobAlertPaths('location', 'further');
export const GET: APIRoute = ({ params }) => jobAlertFeed('location', params['id'], 'xml', routeLang(params));
