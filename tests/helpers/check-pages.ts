import path from 'node:path';
import { publishedContent } from '../../src/check/published.ts';
import type { CheckedContent } from '../../src/check/references.ts';
import { validateEntry } from '../../src/check/schema-issues.ts';
import { readSourceContent } from '../../src/check/source.ts';
import { checkTranslations } from '../../src/check/translations.ts';
import { sitePages } from '../../src/lib/routes.ts';
import { listFiles } from './site.ts';

/**
 * The pages the content check believes a content folder makes at `now`
 * (src/lib/routes.ts `sitePages` of what it publishes, translations included).
 */
export function checkedPages(content: string, now: Date): Set<string> {
  const source = readSourceContent(path.dirname(content), content);
  const checked = Object.fromEntries(
    Object.entries(source.entries).map(([name, entries]) => [
      name,
      entries.map((entry) => {
        const parsed = validateEntry(entry).parsed as Record<string, unknown> | undefined;
        return { source: entry, data: parsed ?? (entry.data as Record<string, unknown>), valid: parsed !== undefined };
      }),
    ]),
  ) as CheckedContent;
  const { translations } = checkTranslations(source.translations, checked);
  return sitePages(publishedContent(checked, now, translations).published);
}

/** What only the built site knows (filter selections, cards, assets, search, sitemaps), in any language. */
const GENERATED = /^\/(?:[a-z]{2}\/)?(?:karriere\/auswahl|videos\/(?:art|bereich)|og|pagefind|_astro)\//;

/**
 * The check's page list against a build's output: pages it knows that the build did not
 * write (`missing`), and pages and feeds the build wrote that it does not know (`unknown`).
 */
export function pageListDifferences(known: Set<string>, outDir: string): { missing: string[]; unknown: string[] } {
  const written = listFiles(outDir).map((file) => `/${file}`.replace(/index\.html$/, ''));
  const built = written.filter((file) => /(?:\/|\.xml|\.json)$/.test(file));
  const ignored = (page: string) => GENERATED.test(page) || page.startsWith('/sitemap');
  return {
    missing: [...known].filter((page) => !written.includes(page)).sort(),
    unknown: built.filter((page) => !known.has(page) && !ignored(page)).sort(),
  };
}
