import type { APIRoute } from 'astro';
import { jobAlertFeed, jobAlertPaths } from '../../../_feeds/jobs.ts';

/** Job alert, JSON Feed 1.1: the open jobs of one location, the same items as stellen.xml. */
export const getStaticPaths = jobAlertPaths('location');
export const GET: APIRoute = ({ params }) => jobAlertFeed('location', params['id'], 'json');
