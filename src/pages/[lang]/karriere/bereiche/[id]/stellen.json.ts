import type { APIRoute } from 'astro';
import { jobAlertFeed, jobAlertPaths } from '../../../../_feeds/jobs.ts';
import { routeLang } from '../../../../_feeds/languages.ts';

/** Job alert in a further language, JSON Feed 1.1: the same items as stellen.xml. */
export const getStaticPaths = jobAlertPaths('department', 'further');
export const GET: APIRoute = ({ params }) => jobAlertFeed('department', params['id'], 'json', routeLang(params));
