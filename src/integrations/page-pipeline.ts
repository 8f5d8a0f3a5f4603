import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { epochNow, recordSpan, timeSpan } from '../lib/build-timings.ts';
import { indexSite, installIndex, type SearchIndex } from '../lib/search-index.ts';
import { fontPreloader, type FontPreloader } from './font-preload.ts';

/**
 * The pages of a build, from Astro's renderer to the search index:
 *
 * - Each HTML page Astro renders passes through here once, on its way to the file: it gets
 *   a preload for each rare-letter font file its text needs (font-preload.ts). The page is
 *   written once and final; a page the incremental build reuses already has it.
 * - When the last page is written (the renderer's teardown, before Astro optimises the
 *   images), the Pagefind index starts (src/lib/search-index.ts), in its own process,
 *   beside the images and the other integrations' work; `astro:build:done` (this
 *   integration comes last) waits for it and links it into the site. A Pagefind error
 *   fails the build.
 *
 * Astro's own renderer does the rendering; this wraps it (`setPrerenderer`). Astro keeps
 * one renderer, the last one set, so other integrations that wrap it hand their `layers`
 * here, innermost first (the social cards, src/integrations/card-files.ts).
 */
export function pagePipeline(
  searchCacheDir: string,
  layers: Array<(base: AstroPrerenderer) => AstroPrerenderer> = [],
): AstroIntegration {
  let outDir: string | undefined;
  let preloader: FontPreloader | undefined;
  let indexing: Promise<SearchIndex> | undefined;
  return {
    name: 'einblick:pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': ({ setPrerenderer }) => {
        const out = outDir;
        if (!out) throw new Error('einblick:pages: the output folder is not known');
        const pages = fontPreloader(out);
        preloader = pages;
        setPrerenderer((base) =>
          wrapRenderer(
            layers.reduce((inner, layer) => layer(inner), base),
            (html) => pages.apply(html),
            () => {
              indexing = timeSpan('search index', () => indexSite(out, searchCacheDir));
              // Awaited (and reported) in astro:build:done, not an unhandled rejection before it.
              indexing.catch(() => undefined);
            },
          ),
        );
      },
      'astro:build:generated': ({ logger }) => {
        if (preloader) logger.info(`Rare-letter fonts preloaded on ${preloader.count} rendered pages`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!indexing) throw new Error('einblick:pages: the search index was never started');
        const waited = epochNow();
        const index = await indexing;
        recordSpan('search wait', waited);
        installIndex(index, fileURLToPath(dir));
        logger.info(`${index.pages} pages in the search index`);
      },
    },
  };
}

/** Astro's renderer, with `page` applied to every HTML page and `written` called after the last. */
export function wrapRenderer(base: AstroPrerenderer, page: (html: string) => string, written: () => void): AstroPrerenderer {
  // A build whose rendering failed gets no search index started (Astro tears down anyway).
  let failed = false;
  let firstRender: number | undefined;
  let pages = 0;
  return {
    name: `einblick:pages(${base.name})`,
    ...(base.setup ? { setup: () => base.setup!() } : {}),
    getStaticPaths: () => base.getStaticPaths(),
    ...(base.collectStaticImages ? { collectStaticImages: () => base.collectStaticImages!() } : {}),
    async render(request, options) {
      firstRender ??= epochNow();
      pages += 1;
      let result;
      try {
        result = await base.render(request, options);
      } catch (error) {
        failed = true;
        throw error;
      }
      const response = result instanceof Response ? result : result.response;
      if (!response.body || !/^text\/html\b/i.test(response.headers.get('content-type') ?? '')) return result;
      // Bytes in and, where the page is unchanged, the same bytes out: decoding and encoding
      // through the Response's text() and a new string body cost some 0.2 ms a page.
      const bytes = Buffer.from(await response.arrayBuffer());
      const html = bytes.toString('utf8');
      const finished = page(html);
      const replaced = new Response(finished === html ? bytes : Buffer.from(finished), {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
      return result instanceof Response ? replaced : { ...result, response: replaced };
    },
    async teardown() {
      if (firstRender !== undefined) recordSpan('page rendering', firstRender, undefined, { pages });
      await base.teardown?.();
      if (!failed) written();
    },
  };
}
