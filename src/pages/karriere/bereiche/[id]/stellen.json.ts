import type { APIRoute } from 'astro';
import { jobAlertFeed, jobAlertPaths } from '../../../_feeds/jobs.ts';

/** Job alert, JSON Feed 1.1: the open jobs of one department, the same items as stellen.xml. */
export const getStaticPaths = jobAlertPaths('department');
export const GET: APIRoute = ({ params }) => jobAlertFeed('department', params['id'], 'json');
