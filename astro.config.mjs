// @ts-check
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, sharpImageService } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { parse } from 'yaml';
import { readBuildEnv } from './src/lib/build-env.ts';
import { previewFlag } from './src/integrations/preview-flag.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { kitPage } from './src/integrations/kit-page.ts';
import { cardFiles } from './src/integrations/card-files.ts';
import { pagePipeline } from './src/integrations/page-pipeline.ts';
import { siteFonts } from './src/integrations/site-fonts.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { contentRedirects } from './src/integrations/redirects.ts';
import { unreferencedImages } from './src/integrations/unreferenced-images.ts';
import { linkCheck } from './src/integrations/link-check.ts';
import { pathLanguage } from './src/i18n/routes.ts';
import { buildTimings } from './src/integrations/build-timings.ts';
import { CSP_DIRECTIVES } from './src/lib/security-policy.ts';
import { kitMdastPlugins } from './src/lib/mdx-kit-plugins.ts';

const root = path.dirname(fileURLToPath(import.meta.url));
const env = readBuildEnv(root);
/** The base URL is the author's, in content/site.yaml; canonical URLs and feeds derive from it. */
const site = /** @type {{ baseUrl?: string, addressForm?: string, languages?: unknown }} */ (
  parse(readFileSync(path.join(env.contentDir, 'site.yaml'), 'utf8')) ?? {}
);
/**
 * The site's languages, German first (site.yaml `languages`; the content check stops a build
 * with any other list before a page is rendered). German pages keep their addresses, every
 * further language lives under `/<language>/` (src/i18n/routes.ts).
 */
const languages = Array.isArray(site.languages) && site.languages.length > 0 ? site.languages.map(String) : ['de'];
const cards = cardFiles();
/** With EINBLICK_TIMINGS=<file>, where the build's time goes (npm run bench). */
const timings = buildTimings();

export default defineConfig({
  site: site.baseUrl ?? 'https://example.invalid',
  outDir: env.outDir,
  cacheDir: env.cacheDir,
  trailingSlash: 'always',
  // `Astro.currentLocale` gives every page and component its language (src/i18n/index.ts).
  i18n: { locales: languages, defaultLocale: 'de', routing: { prefixDefaultLocale: false } },
  // Four pages in flight: while one waits for its file to be written (the thread pool is
  // shared with the card workers' image work), the next renders. In CPU profiles of a
  // 1000-post build the main thread sat idle 37 % of page generation with one, 8 % with four.
  // The stylesheet goes into every page: a linked one costs a slow phone a round trip before
  // the first paint, and Chromium lays out the whole unstyled page once while it waits (for
  // the forms' autofill), then again with the styles (issue 21). Inlined, it is a few KB of
  // each page's gzip, counted in its budget (tests/build/budgets.test.ts).
  build: { format: 'directory', concurrency: 4, inlineStylesheets: 'always' },
  // No syntax highlighting: Shiki writes inline style attributes, which the site's CSP
  // blocks (Astro warned about it on every build). A code block in a post stays a plain,
  // readable <pre><code>.
  markdown: { syntaxHighlight: false },
  integrations: [
    timings.first,
    // First: the content rules (src/check/) stop a build before Astro loads the content.
    contentCheck(),
    previewFlag(),
    // The site's fonts cut to the characters of its content and code, before Vite starts.
    siteFonts(),
    // `/baukasten/`, the authors' kit page: astro dev only.
    kitPage(),
    // The MDX kit's plugins (src/lib/mdx-kit-plugins.ts): `<Bild src="./x.jpg">` becomes an
    // imported image for astro:assets, and a `<Veranstaltung>`'s props reach the page's head.
    mdx({ processor: satteri({ mdastPlugins: kitMdastPlugins() }) }),
    // The job filter's pre-rendered selections (paths.jobFilter), in every language, are noindex: not in the sitemap.
    // E-mail signature pages (paths.signature) are noindex too.
    // With more than one language, each page lists its versions as `xhtml:link` alternates
    // (a page and its `/en/` twin; pages in one language only get none).
    sitemap({
      filter: (page) => {
        const { base } = pathLanguage(new URL(page).pathname);
        return !base.startsWith('/karriere/auswahl/') && !/\/signatur\/$/.test(base);
      },
      ...(languages.length > 1
        ? { i18n: { defaultLocale: 'de', locales: Object.fromEntries(languages.map((lang) => [lang, lang])) } }
        : {}),
    }),
    cards,
    securityHeaders(),
    contentRedirects(env.contentDir),
    // After every page, feed and sitemap: deletes the originals Astro copied into _astro/
    // that no output file names (src/integrations/unreferenced-images.ts).
    unreferencedImages(),
    // Every link in the entries' text against the written output (src/check/built-links.ts).
    linkCheck(),
    // Last: it wraps Astro's page renderer (font preloads; the cards' layer inside), starts
    // Pagefind once every page is written and waits for it at the very end.
    pagePipeline(path.join(env.cacheDir, 'einblick-search'), [cards.layer]),
    timings.last,
  ],
  // AVIF at sharp's effort 2 instead of 4: a 1600 px cover's seven renditions take 1.4 s of
  // CPU instead of 6.9 s, for files 9–14 % larger (still about 45 % below WebP). Every LCP
  // cover and <Bild> is encoded this way on a cold build.
  image: { service: sharpImageService({ avif: { effort: 2 } }) },
  devToolbar: { enabled: false },
  // Pages whose getStaticPaths gives a cacheKey (src/data/page-key.ts: one key for the
  // whole site's content) are copied from the last build when neither it nor their code
  // changed, instead of being rendered again.
  experimental: { incrementalBuild: true },
  // A strict CSP: Astro hashes every inline and bundled script and style into each page's
  // <meta>; src/integrations/security-headers.ts sends the same policy as an HTTP header.
  security: { csp: { algorithm: 'SHA-256', directives: [...CSP_DIRECTIVES] } },
  vite: {
    // The site's form of address (du or Sie) for every UI string (src/i18n/index.ts). An
    // invalid value never reaches a page: the content check stops the build first.
    define: { 'import.meta.env.EINBLICK_ADDRESS_FORM': JSON.stringify(site.addressForm === 'du' ? 'du' : 'Sie') },
    build: {
      // Page scripts (gallery, share buttons, consent) are files of their own, never inlined:
      // a module script is deferred and cached across pages, while inlined it would count
      // towards every page's critical path (tests/build/budgets.test.ts). Fonts are files
      // too: a small rare-letter font inlined into the stylesheet would reach every page,
      // not only those that show its letters (src/lib/site-fonts.ts). Styles are inlined
      // whole (build.inlineStylesheets above).
      assetsInlineLimit: (file) => (/\.(js|woff2)$/.test(file) ? false : undefined),
      rolldownOptions: {
        // MDX content modules carry Astro's own "use astro:head-inject" directive; the
        // bundler's note about it is noise for authors reading the build log.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  },
});
