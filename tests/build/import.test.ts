import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { importPersonio } from '../../scripts/lib/import/personio/import.ts';
import { importWordpress } from '../../scripts/lib/import/wordpress/import.ts';
import { buildSiteOrThrow, copyFixture, readPages, ROOT, tempDir } from '../helpers/site.ts';

/**
 * Imports the WordPress and Personio fixtures into a copy of the basic fixture,
 * publishes two imported posts as an editor would, builds the site and reads the output:
 * the imported Markdown compiles, images are processed, old addresses redirect.
 */

const IMPORT = path.join(ROOT, 'tests', 'fixtures', 'import');
let outDir: string;
let pages: Map<string, CheerioAPI>;

const page = (url: string): CheerioAPI => {
  const found = pages.get(url);
  if (!found) throw new Error(`page ${url} was not built`);
  return found;
};

/** What an editor does before publishing: review recorded, draft off. */
function publish(file: string, proofreader: string) {
  const text = readFileSync(file, 'utf8').replace(
    'draft: true',
    `draft: false\nreview:\n  proofreadBy: ${proofreader}\n  privacyClearedOn: 2023-01-10`,
  );
  writeFileSync(file, text);
}

beforeAll(() => {
  const content = copyFixture('basic');
  const video = readFileSync(path.join(content, 'videos', 'werksrundgang.md'), 'utf8').replace(
    'youtube: abcdefghijk',
    'youtube: aB3dE5fG7hJ',
  );
  writeFileSync(path.join(content, 'videos', 'tag-der-offenen-tuer-film.md'), video);
  const wordpress = importWordpress({
    root: ROOT,
    contentDir: content,
    exportFile: path.join(IMPORT, 'wordpress', 'export.xml'),
    uploadsDir: path.join(IMPORT, 'wordpress', 'uploads'),
    authors: { mschulz: 'anna-berger' },
  });
  if (wordpress.held.length) throw new Error(JSON.stringify(wordpress.held));
  publish(path.join(content, 'posts', 'tag-der-offenen-tuer-2023', 'index.mdx'), 'jonas-keller');
  publish(path.join(content, 'posts', 'gruesse-aus-der-schweisserei', 'index.mdx'), 'anna-berger');
  importPersonio({
    root: ROOT,
    contentDir: content,
    feedFile: path.join(IMPORT, 'personio', 'feed-v1.xml'),
    mappingFile: path.join(IMPORT, 'personio', 'mapping.yaml'),
    today: '2026-11-01',
  });
  const result = buildSiteOrThrow(content, path.join(tempDir('import'), 'dist'));
  outDir = result.outDir;
  pages = readPages(outDir);
});

describe('imported content in the build', () => {
  it('renders imported posts with figures, processed images and captions', () => {
    const $ = page('/blog/tag-der-offenen-tuer-2023/');
    expect($('h1').text()).toBe('Tag der offenen Tür: „Rohre zum Anfassen“ für 1.200 Gäste');
    const figure = $('.prose figure').first();
    expect(figure.find('img').attr('alt')).toBe('Besucherinnen und Besucher stehen im Halbkreis um die Orbitalschweißanlage');
    expect(figure.find('img').attr('src')).toMatch(/^\/_astro\/besucher-halle\./);
    expect(figure.children('figcaption').text()).toBe('Am Orbitalschweißen war immer Andrang.');
    expect($('.prose').text()).toContain('Wer <5 Minuten wartete, hatte Glück. Geschweifte Klammern {wie diese}');
    const welding = page('/blog/gruesse-aus-der-schweisserei/');
    expect(welding('.prose pre').text()).toContain('if (wandstaerke < 2.0) { strom = 62; }');
    expect(welding('.prose a[href="/blog/tag-der-offenen-tuer-2023/"]').text()).toBe('Bericht vom Tag der offenen Tür');
  });

  it('loads nothing from YouTube: an entry becomes the two-click player, the rest plain links', () => {
    const $ = page('/blog/tag-der-offenen-tuer-2023/');
    expect($('iframe').length).toBe(0);
    expect($('.prose a[href="https://www.youtube.com/watch?v=Kq9Zt2LmXw0"]').text()).toBe('Video auf YouTube ansehen');
    // Nothing on the page points a src at YouTube; the player holds the address until the click.
    expect($('[src*="youtube"]').length).toBe(0);
    expect($('.prose a[href="/videos/tag-der-offenen-tuer-film/"]').length).toBeGreaterThan(0);
  });

  it('keeps imported drafts out of the site', () => {
    for (const url of ['/blog/rueckblick-2023/', '/blog/messe-rueckblick-valve-world/', '/blog/ausbildungsstart-2024/'])
      expect(pages.has(url), url).toBe(false);
  });

  it('serves every old address: a redirect page and a _redirects line', () => {
    const redirect = readFileSync(path.join(outDir, '2023', '05', '14', 'tag-der-offenen-tür-2023', 'index.html'), 'utf8');
    expect(redirect).toContain('<meta http-equiv="refresh" content="0;url=/blog/tag-der-offenen-tuer-2023/">');
    expect(existsSync(path.join(outDir, '2023', '12', '31', 'rueckblick-2023', 'index.html'))).toBe(true);
    expect(readFileSync(path.join(outDir, '_redirects'), 'utf8').split('\n')).toEqual([
      '/2023/05/14/tag-der-offenen-t%C3%BCr-2023/ /blog/tag-der-offenen-tuer-2023/ 301',
      '/2023/09/21/gr%C3%BC%C3%9Fe-aus-der-schwei%C3%9Ferei/ /blog/gruesse-aus-der-schweisserei/ 301',
      '/2023/12/30/r%C3%BCckblick-2023/ /blog/rueckblick-2023/ 301',
      '/2023/12/31/rueckblick-2023/ /blog/rueckblick-2023-2/ 301',
      '/2024/02/20/messe-r%C3%BCckblick-valve-world/ /blog/messe-rueckblick-valve-world/ 301',
      '/2024/08/01/ausbildungsstart-2024/ /blog/ausbildungsstart-2024/ 301',
      '',
    ]);
    const sitemap = readFileSync(path.join(outDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/blog/tag-der-offenen-tuer-2023/');
    expect(sitemap).not.toMatch(/\/2023\/0[59]\//);
  });

  it('builds imported Personio jobs with their cleaned description', () => {
    const $ = page('/karriere/industriemechaniker-1200001/');
    expect($('h1').text()).toContain('Industriemechaniker (m/w/d)');
    expect($('main').text()).toContain('Rohrschweißanlagen');
    expect($.html()).not.toMatch(/evil\.example|tracker\.example|alert\(/);
  });
});
