import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { de, type UiKey } from '../../src/i18n/de.ts';
import { phrase } from '../../src/i18n/index.ts';
import { addressHits, otherFormHits, type AddressForm } from '../helpers/address-forms.ts';
import { legalFixture } from '../helpers/legal-fixture.ts';
import { listFiles } from '../helpers/site.ts';
import { sharedBuild } from '../helpers/build-once.ts';

/**
 * The legal pages, the accessibility statement, titles, the 404 page and the form of
 * address, on the career hub's fixture (tests/fixtures/legal/README.md) built twice:
 * once with `addressForm: du`, once with `Sie`.
 */

interface Built {
  content: string;
  pages: Map<string, CheerioAPI>;
  sitemap: string;
}
const builds = {} as Record<AddressForm, Built>;

/** Pages parsed with scripting off, so `<noscript>` content is markup, not text. */
function readPages(outDir: string): Map<string, CheerioAPI> {
  const pages = new Map<string, CheerioAPI>();
  for (const file of listFiles(outDir).filter((name) => name.endsWith('.html'))) {
    const url = `/${file}`.replace(/index\.html$/, '').replace(/\.html$/, '');
    pages.set(url, load(readFileSync(path.join(outDir, file), 'utf8'), { scriptingEnabled: false }));
  }
  return pages;
}

beforeAll(() => {
  for (const form of ['du', 'Sie'] as const) {
    const content = legalFixture(form);
    const result = sharedBuild(content);
    if (result.status !== 0) throw new Error(`legal fixture (${form}) build failed:\n${result.stdout}\n${result.stderr}`);
    const sitemap = listFiles(result.outDir)
      .filter((file) => /^sitemap-\d+\.xml$/.test(file))
      .map((file) => readFileSync(path.join(result.outDir, file), 'utf8'))
      .join('\n');
    builds[form] = { content, pages: readPages(result.outDir), sitemap };
  }
});

const page = (form: AddressForm, url: string): CheerioAPI => {
  const found = builds[form].pages.get(url);
  if (!found) throw new Error(`page ${url} was not built`);
  return found;
};

const BLOCKS = new Set(
  'address article aside br dd div dl dt figcaption footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p section summary table td th tr ul'.split(
    ' ',
  ),
);

/** The parts of a parsed node this file reads (domhandler's, structurally). */
interface DomNode {
  type: string;
  data?: string;
  name?: string;
  children?: DomNode[];
}

/** The text of the first element a selector finds, as a reader sees its lines: one per block, `<br>` a break. */
function lines($: CheerioAPI, selector: string): string[] {
  let text = '';
  const walk = (node: DomNode) => {
    if (node.type === 'text') text += node.data ?? '';
    if (node.type !== 'tag' || !node.name || ['script', 'style', 'template'].includes(node.name)) return;
    const block = BLOCKS.has(node.name);
    if (block) text += '\n';
    for (const child of node.children ?? []) walk(child);
    if (block) text += '\n';
  };
  const root = $(selector).get(0) as DomNode | undefined;
  if (!root) throw new Error(`no ${selector} on the page`);
  walk(root);
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** Every string and number in a YAML document, e.g. site.yaml's values. */
function leaves(value: unknown): string[] {
  if (typeof value === 'string' || typeof value === 'number') return [String(value)];
  if (Array.isArray(value)) return value.flatMap(leaves);
  if (value && typeof value === 'object') return Object.values(value).flatMap(leaves);
  return [];
}

const BEFORE = /^$|[\s„"'(]$/u;
const AFTER = /^$|^[\s.,;:!?)“"']/u;

/**
 * Values glued to their neighbour: a letter, digit or punctuation where a space belongs.
 * An occurrence inside a longer value's (the postcode 12345 in the VAT id DE123456789) is that value's.
 */
function gluedValues(text: string, values: readonly string[]): string[] {
  const spans: Array<[number, number]> = [];
  for (const value of values) {
    for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) spans.push([at, at + value.length]);
  }
  return spans
    .filter(([start, end]) => !spans.some(([from, to]) => from <= start && to >= end && to - from > end - start))
    .filter(([start, end]) => !BEFORE.test(text.slice(Math.max(0, start - 1), start)) || !AFTER.test(text.slice(end, end + 1)))
    .map(([start, end]) => text.slice(Math.max(0, start - 12), end + 12));
}

const siteValues = (form: AddressForm) =>
  [...new Set(leaves(parse(readFileSync(path.join(builds[form].content, 'site.yaml'), 'utf8'))))]
    // One or two characters (DE, 7) stand inside other words by nature.
    .filter((value) => value.length >= 3);

describe('legal pages: every value from site.yaml stands apart from its neighbours', () => {
  it('catches the glued values the pages used to have', () => {
    expect(gluedValues('Teststraße 1\n58636Iserlohn', ['58636', 'Iserlohn'])).toHaveLength(2);
    expect(gluedValues('erreichen Sie unter:Lennetal GmbH', ['Lennetal GmbH'])).toHaveLength(1);
    expect(gluedValues('58636 Iserlohn, Deutschland („Lennetal GmbH“)', ['58636', 'Iserlohn', 'Lennetal GmbH'])).toEqual([]);
  });

  for (const form of ['du', 'Sie'] as const) {
    it(`Impressum, privacy notice and accessibility statement (${form})`, () => {
      const values = siteValues(form);
      const found = new Set<string>();
      for (const url of ['/impressum/', '/datenschutz/', '/barrierefreiheit/']) {
        const $ = page(form, url);
        const text = lines($, 'main').join('\n');
        expect(gluedValues(text, values), url).toEqual([]);
        for (const value of values) if (text.includes(value)) found.add(value);
      }
      // Not vacuous: the inserted values are there to be checked.
      for (const value of ['12345', 'Prüfstadt', 'Teststraße 1', 'Dr. Erik Prüfer', 'Hosting Test GmbH', 'HRB 1', 'Erika Muster'])
        expect(found, value).toContain(value);
    });
  }

  it('prints postcode and city as one line, and names the officer after the colon with a space', () => {
    const imprint = page('Sie', '/impressum/');
    expect(lines(imprint, 'address')).toEqual(['Testwerk GmbH', 'Teststraße 1', '12345 Prüfstadt']);
    const privacy = lines(page('Sie', '/datenschutz/'), 'main');
    expect(privacy).toContain(
      'Unseren Datenschutzbeauftragten erreichen Sie unter: Dr. Erik Prüfer, datenschutz@testwerk.example',
    );
  });
});

describe('privacy notice: what the site really does', () => {
  const text = (form: AddressForm) => lines(page(form, '/datenschutz/'), 'main').join('\n');

  it('names the officer as the data says (male here), in the heading and the sentence', () => {
    const $ = page('Sie', '/datenschutz/');
    expect(
      $('main h2')
        .map((_, el) => $(el).text())
        .get(),
    ).toContain('Datenschutzbeauftragter');
    expect(text('Sie')).not.toContain('Unsere Datenschutzbeauftragte ');
  });

  it('claims no form and no cookies, and describes logs, search, feeds, videos and applications', () => {
    const sie = text('Sie');
    expect(sie).not.toMatch(/über unser Bewerbungsformular/);
    expect(sie).toContain('Diese Website nimmt keine Bewerbungen entgegen; sie hat kein Formular.');
    expect(sie).toContain('Es gibt kein Formular, keine Cookies');
    expect(sie).toContain('Die Protokolle werden nach 7 Tagen gelöscht.');
    expect(sie).toContain('(bei der Suche mit dem Suchbegriff)');
    expect(sie).toMatch(/Die Suche läuft in Ihrem Browser/);
    expect(sie).toMatch(/Wenn Sie einen unserer Feeds \(RSS oder JSON Feed\) abonnieren/);
    expect(sie).toContain('Eintrag „einblick.videos.youtube“');
    // The apprenticeship's form is at Personio; the industrial mechanic applies by e-mail.
    expect(sie).toContain('bei einem Dienstleister (testwerk.jobs.personio.de)');
    expect(sie).toMatch(/Wenn Sie sich per E-Mail bewerben/);
  });
});

describe('accessibility statement', () => {
  it('is built from site.yaml, linked in every footer and listed in the sitemap', () => {
    for (const form of ['du', 'Sie'] as const) {
      for (const [url, $] of builds[form].pages) {
        if (url === '/404') continue;
        expect($('footer a[href="/barrierefreiheit/"]').text(), url).toBe('Barrierefreiheit');
      }
      expect(builds[form].sitemap).toContain('https://karriere.testwerk.example/barrierefreiheit/');
    }
  });

  it('states the claim, the gaps, the dates, the method, the contact and the enforcement bodies', () => {
    const $ = page('Sie', '/barrierefreiheit/');
    expect($('h1').text()).toBe('Erklärung zur Barrierefreiheit');
    expect($('title').text()).toBe('Erklärung zur Barrierefreiheit | Testwerk');
    const headings = $('main h2')
      .map((_, el) => $(el).text())
      .get();
    expect(headings).toEqual([
      'Stand der Vereinbarkeit mit den Anforderungen',
      'Nicht barrierefreie Inhalte',
      'Erstellung dieser Erklärung',
      'Barrieren melden',
      'Durchsetzung und Schlichtung',
    ]);
    const text = lines($, 'main').join('\n');
    expect(text).toContain('WCAG) 2.2 in der Konformitätsstufe AA');
    expect(text).toContain('EN 301 549');
    expect(text).toContain('Diese Website ist mit diesen Anforderungen teilweise vereinbar.');
    expect($('.prose li').first().text()).toBe(
      'Die Videos auf YouTube haben keine eigenen Untertitel. Stattdessen: Unter jedem Video steht das Transkript.',
    );
    expect(text).toContain(
      'Diese Erklärung wurde am 1. September 2026 erstellt. Zuletzt geprüft wurde die Website am 15. Oktober 2026.',
    );
    expect(text).toContain('So haben wir geprüft: Selbstbewertung mit axe-core und Tastatur.');
    expect($('main a[href="mailto:barrierefreiheit@testwerk.example"]')).toHaveLength(1);
    expect($('main a[href="tel:+49123456789"]')).toHaveLength(1);
    // A voluntary statement opens no official procedure; it names the bodies for BFSG services.
    expect(text).toContain('nicht verpflichtet');
    expect(text).toContain('kein behördliches Durchsetzungs- oder Schlichtungsverfahren');
    expect($('main a[href="https://mlbf.example"]').text()).toBe('Marktüberwachungsstelle Test');
    expect($('main a[href="https://schlichtung.example"]').text()).toBe('Schlichtungsstelle Test');
  });
});

describe('titles and canonical addresses', () => {
  it('gives no two pages the same title, indexable or not', () => {
    for (const form of ['du', 'Sie'] as const) {
      const byTitle = new Map<string, string[]>();
      for (const [url, $] of builds[form].pages) {
        const title = $('head > title').text();
        expect(title, url).not.toBe('');
        byTitle.set(title, [...(byTitle.get(title) ?? []), url]);
      }
      expect([...byTitle].filter(([, urls]) => urls.length > 1)).toEqual([]);
    }
  });

  it('tells the department „Ausbildung“ from the employment type „Ausbildung“', () => {
    const department = page('Sie', '/karriere/auswahl/bereich/ausbildung/')('h1').text();
    const type = page('Sie', '/karriere/auswahl/art/ausbildung/')('h1').text();
    expect(department).toBe('Offene Stellen: Bereich Ausbildung');
    expect(type).toBe('Offene Stellen: Anstellungsart Ausbildung');
  });

  it('has no canonical on the 404 page, and every canonical names a page that exists', () => {
    const notFound = page('Sie', '/404');
    expect(notFound('link[rel="canonical"]')).toHaveLength(0);
    expect(notFound('meta[property="og:url"]')).toHaveLength(0);
    for (const [url, $] of builds.Sie.pages) {
      const canonical = $('link[rel="canonical"]').attr('href');
      if (canonical === undefined) continue;
      const target = new URL(canonical);
      expect(target.origin, url).toBe('https://karriere.testwerk.example');
      expect(builds.Sie.pages.has(target.pathname), `${url} → ${canonical}`).toBe(true);
    }
  });
});

/** Every text an author wrote in the content folder: YAML values and Markdown lines. */
function authorTexts(content: string): string[] {
  const texts: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (name.endsWith('.yaml')) texts.push(...leaves(parse(readFileSync(file, 'utf8'))));
      else if (/\.mdx?$/.test(name)) {
        const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(readFileSync(file, 'utf8')) ?? [];
        texts.push(...leaves(parse(frontmatter)));
        for (const line of body.split('\n')) {
          const plain = line
            .replace(/^\s*(?:#+|[-*>]|\d+\.)\s*/, '')
            .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
            .replace(/[*_`]/g, '')
            .trim();
          if (plain && !plain.startsWith('<')) texts.push(plain);
        }
      }
    }
  };
  walk(content);
  return [...new Set(texts.map((text) => text.replace(/\s+/g, ' ').trim()).filter((text) => text.length >= 3))].sort(
    (a, b) => b.length - a.length,
  );
}

/** The UI text of a page: its lines, title, description and labels, with the authors' text taken out. */
function uiTexts($: CheerioAPI, authors: readonly string[]): string[] {
  const texts = [...lines($, 'body'), $('head > title').text(), $('meta[name="description"]').attr('content') ?? ''];
  $('body *').each((_, el) => {
    for (const [name, value] of Object.entries((el as { attribs?: Record<string, string> }).attribs ?? {})) {
      if (/^(aria-label|title|alt|placeholder|data-.*)$/.test(name) && /\p{L} \p{L}/u.test(value)) texts.push(value);
    }
  });
  return texts.map((text) => authors.reduce((rest, author) => rest.split(author).join(' ⟂ '), text.replace(/\s+/g, ' ')));
}

/** The parts of the other form's strings that the chosen form does not share, e.g. „So bewerben Sie sich“. */
function otherFormParts(form: AddressForm): string[] {
  const other: AddressForm = form === 'du' ? 'Sie' : 'du';
  return (Object.keys(de) as UiKey[])
    .filter((key) => typeof de[key] !== 'string')
    .flatMap((key) =>
      phrase(key, other)
        .split(/\{\w+\}/)
        .map((part) => part.trim())
        .filter((part) => part.length >= 8 && !phrase(key, form).includes(part)),
    );
}

/** Where a build's pages use the form of address other than `form`, in UI text. */
function mixedIn(built: Built, form: AddressForm): { mixed: string[]; own: number } {
  const authors = authorTexts(built.content);
  const parts = otherFormParts(form);
  let own = 0;
  const mixed: string[] = [];
  for (const [url, $] of built.pages) {
    for (const text of uiTexts($, authors)) {
      for (const hit of otherFormHits(text, form)) mixed.push(`${url}: „${hit.word}“ in …${hit.context}…`);
      for (const part of parts) if (text.includes(part)) mixed.push(`${url}: „${part}“`);
      own += addressHits(text).filter((hit) => hit.form === form).length;
    }
  }
  return { mixed, own };
}

describe('one form of address on every page', () => {
  for (const form of ['du', 'Sie'] as const) {
    it(`speaks only in the ${form} form when site.yaml says addressForm: ${form}`, () => {
      const { mixed, own } = mixedIn(builds[form], form);
      expect(mixed).toEqual([]);
      // The site does address its visitors, in the chosen form, on every page.
      expect(own).toBeGreaterThan(builds[form].pages.size);
      expect(page(form, '/').text()).toContain(form === 'du' ? 'Hier findest du uns' : 'Hier finden Sie uns');
    });
  }

  it('would notice the other form: each build, checked for the other setting, fails', () => {
    expect(mixedIn(builds.Sie, 'du').mixed.length).toBeGreaterThan(builds.Sie.pages.size);
    expect(mixedIn(builds.du, 'Sie').mixed.length).toBeGreaterThan(builds.du.pages.size);
  });
});
