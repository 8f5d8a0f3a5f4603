import type { APIRoute } from 'astro';
import { DEFAULT_LANG } from '../../i18n/index.ts';
import { jobsFeed } from '../_feeds/sections.ts';

/** RSS 2.0 of all open jobs, newest first (expired jobs are gone from the model). */
export const GET: APIRoute = () => jobsFeed(DEFAULT_LANG);
