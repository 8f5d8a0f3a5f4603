import type { APIRoute } from 'astro';
import { jobAlertFeed, jobAlertPaths } from '../../../_feeds/jobs.ts';

/** Job alert, RSS 2.0: the open jobs of one department (see _feeds/jobs.ts). */
export const getStaticPaths = jobAlertPaths('department');
export const GET: APIRoute = ({ params }) => jobAlertFeed('department', params['id'], 'xml');
