import type { APIRoute } from 'astro';
import { routeLang } from '../../_feeds/languages.ts';
import { jobsFeed, languagePaths } from '../../_feeds/sections.ts';

/** RSS 2.0 of the open jobs with a page in a further language, newest first. */
export const getStaticPaths = languagePaths();
export const GET: APIRoute = ({ params }) => jobsFeed(routeLang(params));
