import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import Parser from 'rss-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { KIT_TEXT_POST, kitTextFixture } from '../helpers/kit-text-fixture.ts';
import { readPages } from '../helpers/site.ts';
import { sharedBuildOrThrow } from '../helpers/build-once.ts';

/**
 * The MDX kit's text components in a built post (tests/fixtures/kit-text): Interview,
 * Zitat, Schritte, Infobox, Hinweis, Person and Stelle, as the page shows them and as the
 * blog feed carries them.
 */

const BASE = 'https://karriere.testwerk.example';
let outDir: string;
let pages: Map<string, CheerioAPI>;
let $: CheerioAPI;

/** Text as a screen reader gets it: visually hidden parts included, whitespace collapsed. */
const spoken = (text: string) => text.replace(/\s+/g, ' ').trim();

beforeAll(() => {
  outDir = sharedBuildOrThrow(kitTextFixture()).outDir;
  pages = readPages(outDir);
  const post = pages.get(KIT_TEXT_POST);
  if (!post) throw new Error(`${KIT_TEXT_POST} was not built`);
  $ = post;
});

describe('text components on the post page', () => {
  it('renders an interview whose turns say who speaks, with a portrait only for people with a photo', () => {
    const turns = $('.prose .interview')
      .children()
      .map((_, turn) => `${$(turn).attr('class')}: ${spoken($(turn).find('.speaker, p.visually-hidden').first().text())}`)
      .get();
    expect(turns).toEqual([
      'frage: Frage von Jonas Keller',
      'antwort: Antwort von Anna Berger, Verfahrensmechanikerin',
      'antwort: Antwort von Mara Schulz, Auszubildende Industriemechanikerin',
      'frage: Frage',
      'antwort: Antwort',
    ]);
    const answers = $('.interview .antwort');
    expect(answers.eq(0).find('.speaker img').attr('alt')).toBe('');
    expect(answers.eq(0).find('.speaker a').attr('href')).toBe('/menschen/anna-berger/');
    expect(answers.eq(1).find('.speaker img')).toHaveLength(0);
    expect(spoken(answers.eq(0).find('.text').text())).toBe(
      'Über ein Schulpraktikum. Danach wollte ich nichts anderes mehr machen.',
    );
    // The question is set apart in words for screen readers, not only by style.
    expect($('.interview .frage').eq(1).find('.visually-hidden').text()).toBe('Frage');
  });

  it('never names or shows a person without consent', () => {
    const noConsent = $('.interview .antwort').eq(2);
    expect(spoken(noConsent.find('.speaker').text())).toBe('Antwort');
    expect(spoken(noConsent.find('.text').text())).toBe('Die beiden machen das sehr gut.');
    expect(noConsent.find('img, a')).toHaveLength(0);
    expect($.html()).not.toContain('Olaf');
    expect($.html()).not.toContain('ohne-einwilligung');
  });

  it('renders quotes as figure, blockquote and figcaption, by a person or a free source', () => {
    const quotes = $('.prose figure:has(> blockquote)');
    expect(quotes).toHaveLength(2);
    const byPerson = quotes.eq(0);
    expect(byPerson.find('> blockquote').text()).toBe('Ein gutes Rohr erkennt man daran, dass niemand darüber spricht.');
    expect(spoken(byPerson.find('> figcaption').text())).toBe('Anna Berger, Verfahrensmechanikerin');
    expect(byPerson.find('figcaption a').attr('href')).toBe('/menschen/anna-berger/');
    expect(spoken(quotes.eq(1).find('> figcaption').text())).toBe('Kundin aus dem Anlagenbau');
  });

  it('renders the steps as an ordered list with a title and a text per step', () => {
    const list = $('.prose ol');
    expect(list).toHaveLength(1);
    expect(list.children().length).toBe(list.children('li').length);
    expect(
      list
        .children('li')
        .map((_, item) => $(item).find('strong').first().text())
        .get(),
    ).toEqual(['Stelle finden', 'Bewerbung schicken', 'Kennenlernen', 'Probetag', 'Vertrag']);
    expect(spoken(list.children('li').eq(3).children('div').text())).toBe('Einen Tag in der Halle mitarbeiten.');
  });

  it('renders the Infobox as an aside named by its title, with the Markdown list inside', () => {
    const box = $('.prose aside');
    expect(box).toHaveLength(1);
    expect(box.attr('aria-label')).toBe('Auf einen Blick');
    expect(box.children('p').first().text()).toBe('Auf einen Blick');
    expect(
      box
        .find('li')
        .map((_, item) => $(item).text())
        .get(),
    ).toEqual(['Dauer: 3,5 Jahre', 'Beginn: 1. August', 'Berufsschule: im Blockunterricht']);
  });

  it('adds no heading of its own, so the post keeps its heading order', () => {
    expect($('.prose :is(h1, h3, h4, h5, h6)')).toHaveLength(0);
    expect(
      $('.prose h2')
        .map((_, heading) => $(heading).text())
        .get(),
    ).toEqual(['Das Gespräch', 'In fünf Schritten zur Ausbildung']);
  });

  it('renders each kind of Hinweis as a note with a decorative icon and its kind in words', () => {
    const notes = $('.prose [role="note"]');
    expect(notes.map((_, note) => `${$(note).attr('class')}: ${spoken($(note).find('.visually-hidden').text())}`).get()).toEqual([
      'hinweis info: Hinweis:',
      'hinweis tipp: Tipp:',
      'hinweis wichtig: Wichtig:',
    ]);
    notes.each((_, note) => {
      expect($(note).find('svg').attr('aria-hidden')).toBe('true');
      expect($(note).attr('style')).toBeUndefined();
    });
    expect(spoken(notes.eq(1).text())).toBe('Tipp: Bewerbungen ohne Anschreiben sind willkommen, mehr im Karrierebereich.');
  });

  it('renders a Person card that links to the profile', () => {
    const card = $('.prose .kit-person');
    expect(card).toHaveLength(1);
    expect(card.find('a').attr('href')).toBe('/menschen/jonas-keller/');
    expect(spoken(card.text())).toContain('Jonas Keller, Personalreferent · Personal');
    expect(pages.has('/menschen/jonas-keller/')).toBe(true);
  });

  it('shows the open job and nothing of the expired one', () => {
    const teasers = $('.prose .kit-stelle');
    expect(teasers).toHaveLength(1);
    expect(teasers.find('a').attr('href')).toBe('/karriere/industriemechaniker/');
    expect(spoken(teasers.find('a').text())).toBe('Zur Stelle: Industriemechaniker (m/w/d)');
    expect(spoken(teasers.find('li').text())).toBe('VollzeitNordwerk, Südwerk');
    expect(pages.has('/karriere/industriemechaniker/')).toBe(true);
    expect($('.prose').html()).not.toContain('abgelaufen');
    expect($('.prose').text()).not.toContain('Abgelaufene Stelle');
  });

  it('gives an interview a social card of the people interviewed (with consent), not of its author', () => {
    const alt = $('meta[property="og:image:alt"]').attr('content') ?? '';
    expect(alt).toMatch(/^Vorschaubild: Interview „.+“ mit Anna Berger, Mara Schulz, /);
    expect(alt).not.toMatch(/Jonas Keller|Olaf/);
  });

  it('needs no script and no inline style', () => {
    expect($('.prose script, .prose [style]')).toHaveLength(0);
  });
});

describe('text components in the blog feed', () => {
  let item: CheerioAPI;

  beforeAll(async () => {
    const feed = await new Parser<Record<string, unknown>, { 'content:encoded'?: string }>().parseString(
      readFileSync(path.join(outDir, 'blog', 'feed.xml'), 'utf8'),
    );
    const entry = feed.items.find((candidate) => candidate.link === `${BASE}${KIT_TEXT_POST}`);
    if (!entry?.['content:encoded']) throw new Error(`no feed item with content for ${KIT_TEXT_POST}`);
    item = load(entry['content:encoded']);
  });

  it('names the speakers of the interview in words and keeps the steps as a list', () => {
    const text = spoken(item.text());
    expect(text).toContain('Frage von Jonas Keller');
    expect(text).toContain('Antwort von Anna Berger, Verfahrensmechanikerin');
    expect(text).toContain('Antwort von Mara Schulz, Auszubildende Industriemechanikerin');
    expect(text).not.toContain('Olaf');
    expect(
      item('ol > li strong')
        .map((_, title) => item(title).text())
        .get(),
    ).toEqual(['Stelle finden', 'Bewerbung schicken', 'Kennenlernen', 'Probetag', 'Vertrag']);
    expect(item('figure > blockquote')).toHaveLength(2);
    expect(text).toContain('Tipp: Bewerbungen ohne Anschreiben');
    expect(item(`a[href="${BASE}/karriere/industriemechaniker/"]`)).toHaveLength(1);
    expect(item(`a[href="${BASE}/menschen/jonas-keller/"]`)).toHaveLength(1);
  });

  it('has no script and only absolute links and images', () => {
    expect(item('script')).toHaveLength(0);
    const urls = item('[href], [src], [srcset]')
      .map((_, element) =>
        ['href', 'src', 'srcset'].flatMap((name) =>
          (item(element).attr(name) ?? '')
            .split(',')
            .map((part) => part.trim().split(/\s+/)[0] ?? '')
            .filter(Boolean),
        ),
      )
      .get() as string[];
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((url) => !url.startsWith(`${BASE}/`))).toEqual([]);
    expect(item('img').length).toBeGreaterThan(0);
  });
});
