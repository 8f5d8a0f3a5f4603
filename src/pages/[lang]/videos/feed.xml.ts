import type { APIRoute } from 'astro';
import { routeLang } from '../../_feeds/languages.ts';
import { languagePaths, videosFeed } from '../../_feeds/sections.ts';

/** RSS 2.0 of a further language's videos, newest first. */
export const getStaticPaths = languagePaths();
export const GET: APIRoute = ({ params }) => videosFeed(routeLang(params));
