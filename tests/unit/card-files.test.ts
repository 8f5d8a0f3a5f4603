import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger, AstroPrerenderer, PathWithRoute, RouteData } from 'astro';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { CARD_LIST, cardFiles, pagesFirst } from '../../src/integrations/card-files.ts';
import type { CardSpec } from '../../src/og/types.ts';
import { ROOT, tempDir } from '../helpers/site.ts';

/**
 * The `einblick:card-files` integration owns a build's cards: it renders the card list
 * route through Astro's renderer before any page, takes it out of the pages Astro writes,
 * renders the cards beside the pages and links them into the output. Driven here through
 * its hooks and its renderer layer, over a stand-in for Astro's renderer, with real cards.
 */
const brand = { siteName: 'Testwerk', host: 'karriere.testwerk.example', primary: '#1f4e79', accent: '#c8553d' };
const card = (name: string, primary = brand.primary): CardSpec => ({
  page: `/${name}/`,
  url: `/og/${name}.png`,
  alt: name,
  width: 1200,
  height: 630,
  brand: { ...brand, primary },
  template: 'text',
  text: { label: 'Testwerk', heading: name, text: 'Eine Seite zum Testen.', note: undefined },
});

const route = (name: string) => ({ route: name }) as unknown as RouteData;
const logged: string[] = [];
const logger = {
  info: (message: string) => logged.push(message),
  warn: (message: string) => logged.push(message),
  error: (message: string) => logged.push(message),
  debug: () => undefined,
} as unknown as AstroIntegrationLogger;

/** A stand-in for Astro's renderer: a card list and two pages, each recorded when rendered. */
function fakeAstro(specs: CardSpec[] | undefined, slowPage?: Promise<void>) {
  const rendered: string[] = [];
  const paths: PathWithRoute[] = [
    { pathname: '/', route: route('/') },
    ...(specs ? [{ pathname: CARD_LIST, route: route(CARD_LIST) }] : []),
    { pathname: '/blog/feed.xml', route: route('/blog/feed.xml') },
  ];
  const base: AstroPrerenderer = {
    name: 'fake',
    getStaticPaths: async () => paths,
    render: async (request, { routeData }) => {
      const name = (routeData as unknown as { route: string }).route;
      rendered.push(name);
      if (name === CARD_LIST) return Response.json(specs);
      if (name === '/blog/feed.xml' && slowPage) await slowPage;
      return new Response(`<p>${new URL(request.url).pathname}</p>`, { headers: { 'Content-Type': 'text/html' } });
    },
  };
  return { base, rendered };
}

async function build(specs: CardSpec[] | undefined, slowPage?: Promise<void>) {
  const folder = tempDir('card-files');
  const outDir = path.join(folder, 'dist');
  const cacheDir = path.join(folder, 'cards');
  const integration = cardFiles({ cacheDir });
  const hooks = integration.hooks as Required<typeof integration.hooks>;
  const config = { root: pathToFileURL(`${ROOT}/`), outDir: pathToFileURL(`${outDir}/`) };
  await hooks['astro:config:done']({ config, logger } as unknown as Parameters<(typeof hooks)['astro:config:done']>[0]);
  await hooks['astro:build:start']({ logger } as unknown as Parameters<(typeof hooks)['astro:build:start']>[0]);
  const astro = fakeAstro(specs, slowPage);
  const renderer = integration.layer(astro.base);
  const paths = await renderer.getStaticPaths();
  const pages = Promise.all(
    paths.map((entry) => renderer.render(new Request(`http://localhost${entry.pathname}`), { routeData: entry.route })),
  );
  const done = () =>
    hooks['astro:build:done']({ dir: pathToFileURL(`${outDir}/`), logger } as unknown as Parameters<
      (typeof hooks)['astro:build:done']
    >[0]);
  return { outDir, cacheDir, paths, pages, done, rendered: astro.rendered };
}

// Worker threads start in about a second, more on a busy machine.
describe('card files integration', { timeout: 60_000 }, () => {
  it('renders the card list first, keeps it out of the output, and links every card into it', async () => {
    const { outDir, cacheDir, paths, pages, done, rendered } = await build([card('eins'), card('zwei')]);
    expect(paths.map((entry) => entry.pathname)).toEqual(['/', '/blog/feed.xml']);
    await pages;
    expect(rendered).toEqual([CARD_LIST, '/', '/blog/feed.xml']);
    await done();
    expect(existsSync(path.join(outDir, CARD_LIST))).toBe(false);
    for (const name of ['eins', 'zwei']) {
      const png = readFileSync(path.join(outDir, 'og', `${name}.png`));
      expect(await sharp(png).metadata()).toMatchObject({ width: 1200, height: 630, format: 'png' });
    }
    expect(readdirSync(cacheDir).filter((name) => name.endsWith('.png'))).toHaveLength(2);
    expect(logged.join('\n')).toContain('social cards: 2 rendered, 0 from cache (2 pages)');
    expect(logged.join('\n')).toContain('2 social cards written to og/');
  });

  it('fails the page being rendered, and the build, when a card fails', async () => {
    let release!: () => void;
    const slow = new Promise<void>((resolve) => (release = resolve));
    // Not a colour: the text template's tint() throws in the worker.
    const { pages, done } = await build([card('gut'), card('kaputt', 'kein-farbwert')], slow);
    await expect(pages).rejects.toThrow(/\/og\/kaputt\.png: .*kein-farbwert/s);
    release();
    await expect(done()).rejects.toThrow(/\/og\/kaputt\.png/);
  });

  it('fails the build when there was no card list to render', async () => {
    const { pages, done } = await build(undefined);
    await pages;
    await expect(done()).rejects.toThrow(/no card list/);
  });
});

describe('render order', () => {
  it('puts the endpoints (feeds, which wait for their cards) after the pages, each group in its order', () => {
    const entry = (pathname: string, type: string) => ({ pathname, route: { type } });
    const paths = [
      entry('/blog/feed.xml', 'endpoint'),
      entry('/', 'page'),
      entry('/themen/x/feed.xml', 'endpoint'),
      entry('/blog/', 'page'),
      entry('/alt/', 'redirect'),
    ];
    expect(pagesFirst(paths).map((path) => path.pathname)).toEqual([
      '/',
      '/blog/',
      '/alt/',
      '/blog/feed.xml',
      '/themen/x/feed.xml',
    ]);
  });
});
