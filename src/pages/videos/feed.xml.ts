import type { APIRoute } from 'astro';
import { DEFAULT_LANG } from '../../i18n/index.ts';
import { videosFeed } from '../_feeds/sections.ts';

/** RSS 2.0 of all videos, newest first. */
export const GET: APIRoute = () => videosFeed(DEFAULT_LANG);
