import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'yaml';
import { astroRedirects, parseRedirects, redirectsFile, type Redirect } from '../lib/redirects.ts';

/** The redirects file inside the content folder. */
export const REDIRECTS_FILE = 'redirects.yaml';

/**
 * Reads `content/redirects.yaml`. Broken entries are left out: `npm run check` reports
 * them with file and line before every build, so the build itself need not fail on them.
 */
export function readRedirects(contentDir: string): Redirect[] {
  const file = path.join(contentDir, REDIRECTS_FILE);
  if (!existsSync(file)) return [];
  return parseRedirects(parse(readFileSync(file, 'utf8')) as unknown).redirects;
}

/**
 * Serves the redirects of `content/redirects.yaml` (old WordPress addresses and any
 * added by hand): Astro writes a static redirect page for each, which works on any
 * host, and after the build this writes `_redirects` for hosts that answer with a real
 * 301 (Netlify, Cloudflare Pages).
 */
export function contentRedirects(contentDir: string): AstroIntegration {
  const redirects = readRedirects(contentDir);
  return {
    name: 'einblick:redirects',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        if (redirects.length) updateConfig({ redirects: astroRedirects(redirects) });
      },
      'astro:build:done': ({ dir }) => {
        const text = redirectsFile(redirects);
        if (text) writeFileSync(path.join(fileURLToPath(dir), '_redirects'), text);
      },
    },
  };
}
