import type { APIRoute } from 'astro';
import { jobAlertFeed, jobAlertPaths } from '../../../../_feeds/jobs.ts';
import { routeLang } from '../../../../_feeds/languages.ts';

/** Job alert in a further language, RSS 2.0: one department's open jobs with a page in that language. */
export const getStaticPaths = jobAlertPaths('department', 'further');
export const GET: APIRoute = ({ params }) => jobAlertFeed('department', params['id'], 'xml', routeLang(params));
