import type { APIRoute } from 'astro';
import { jobAlertFeed, jobAlertPaths } from '../../../_feeds/jobs.ts';

/** Job alert, RSS 2.0: the open jobs of one location (see _feeds/jobs.ts). */
export const getStaticPaths = jobAlertPaths('location');
export const GET: APIRoute = ({ params }) => jobAlertFeed('location', params['id'], 'xml');
