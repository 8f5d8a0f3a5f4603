import { describe, expect, it } from 'vitest';
import { CHECK_NOW, checkCopies } from '../helpers/check-fixture.ts';
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { mdxToJs } from 'satteri';
import { formatFinding, type Finding } from '../../src/check/index.ts';
import { newOutline, addHeading } from '../../src/check/outline.ts';
import { parseBody, type MdNode } from '../../src/check/mdx-parse.ts';
import { entryOfPath, isGeneratedPath, sitePages } from '../../src/lib/routes.ts';
import { TRANSLATED_PAGES } from '../../src/i18n/routes.ts';
import { contentHrefs } from '../../src/check/built-links.ts';
import type { SourceEntry } from '../../src/check/source.ts';

/**
 * Issue 22, class 4: links that point nowhere. Each case edits one post of a copy of the
 * `basic` fixture and asserts the exact line the author reads: a missing post, a mistyped
 * section, a relative path that leaves the post, anchors that no heading makes (on the
 * same page and on another), a kit `url` prop and a raw `<a href>`; and what must pass.
 */

const NOW = CHECK_NOW;
const POST = 'posts/erster-beitrag.mdx';
const BODY = 'Mit einem Praktikum in der Rohrfertigung. Größenvergleich: 5 &lt; 7.';

const copies = checkCopies('links');
/** Copies the fixture, applies the edits (file, from, to) and writes the files, runs the check at NOW. */
const check = (edits: Array<[string, string, string]>, files: Record<string, string> = {}) => copies({ edits, files, now: NOW });

/** The post's body line (line 16 of the file) replaced by `text`. */
const body = (text: string) => check([[POST, BODY, text]]);

const links = (findings: Finding[]) =>
  findings.filter((finding) => finding.rule.startsWith('link-')).map((f) => formatFinding(f));

describe('a link that points nowhere', () => {
  it('to a post that does not exist', () => {
    const { findings } = body('Mehr im [anderen Beitrag](/blog/gibt-es-nicht/).');
    expect(links(findings)).toEqual([
      'content/posts/erster-beitrag.mdx:16:9  (Text)  Der Link „/blog/gibt-es-nicht/“ führt ins Leere: diese Seite gibt es auf der Website nicht → eine vorhandene Adresse eintragen, z. B. /blog/ (die Seite im Browser öffnen und ihre Adresse ab dem ersten / kopieren)',
    ]);
    expect(findings.find((finding) => finding.rule === 'link-missing')?.severity).toBe('error');
  });

  it('to a mistyped post or section, with the closest page', () => {
    const { findings } = body('Siehe [Modell](/blog/driter-beitrag/) und [Stellen](/karierre/).');
    expect(links(findings)).toEqual([
      'content/posts/erster-beitrag.mdx:16:7  (Text)  Der Link „/blog/driter-beitrag/“ führt ins Leere: diese Seite gibt es auf der Website nicht → meinten Sie „/blog/dritter-beitrag/“?',
      'content/posts/erster-beitrag.mdx:16:43  (Text)  Der Link „/karierre/“ führt ins Leere: diese Seite gibt es auf der Website nicht → meinten Sie „/karriere/“?',
    ]);
  });

  it('relative paths that leave the post', () => {
    const { findings } = body('Siehe [alt](../anderer-beitrag/), [Seite](andere-seite.html), [Datei](./dritter-beitrag.mdx).');
    expect(links(findings)).toEqual([
      'content/posts/erster-beitrag.mdx:16:7  (Text)  Der Link „../anderer-beitrag/“ ist relativ und führt von dieser Seite aus zu /blog/anderer-beitrag/, das es nicht gibt → Seiten dieser Website mit / beginnen, z. B. /blog/beitrag/; Dateien neben dem Beitrag werden nicht veröffentlicht',
      'content/posts/erster-beitrag.mdx:16:35  (Text)  Der Link „andere-seite.html“ ist relativ und führt von dieser Seite aus zu /blog/erster-beitrag/andere-seite.html, das es nicht gibt → Seiten dieser Website mit / beginnen, z. B. /blog/beitrag/; Dateien neben dem Beitrag werden nicht veröffentlicht',
      'content/posts/erster-beitrag.mdx:16:63  (Text)  Der Link „./dritter-beitrag.mdx“ ist relativ und führt von dieser Seite aus zu /blog/erster-beitrag/dritter-beitrag.mdx, das es nicht gibt → Seiten dieser Website mit / beginnen: „/blog/dritter-beitrag/“',
    ]);
  });

  it('a relative link that reaches a page passes', () => {
    expect(links(body('Siehe [Modell](../dritter-beitrag/).').findings)).toEqual([]);
  });

  it('an anchor that no heading of the same page has', () => {
    const { findings } = body('Zurück zum [Anfang](#der-anfng) oder [hierhin](#gibts-nicht).');
    expect(links(findings)).toEqual([
      'content/posts/erster-beitrag.mdx:16:12  (Text)  Die Sprungmarke „#der-anfng“ gibt es auf dieser Seite nicht → meinten Sie „#der-anfang“?',
      'content/posts/erster-beitrag.mdx:16:38  (Text)  Die Sprungmarke „#gibts-nicht“ gibt es auf dieser Seite nicht → vorhandene Sprungmarken: #der-anfang',
    ]);
  });

  it('an anchor that no heading of another page has', () => {
    const { findings } = body('Das [Modell](/blog/dritter-beitrag/#falsch).');
    expect(links(findings)).toEqual([
      'content/posts/erster-beitrag.mdx:16:5  (Text)  Die Sprungmarke „#falsch“ gibt es auf /blog/dritter-beitrag/ nicht → vorhandene Sprungmarken: #das-modell',
    ]);
  });

  it('in a kit url prop, named by the prop', () => {
    const { findings } = body(
      '<Veranstaltung name="Tag der Ausbildung" datum="2026-12-01" link="/karriere/bereiche/technik/" />',
    );
    expect(links(findings)).toEqual([
      'content/posts/erster-beitrag.mdx:16:1  <Veranstaltung link>  Der Link „/karriere/bereiche/technik/“ führt ins Leere: diese Seite gibt es auf der Website nicht → eine vorhandene Adresse eintragen, z. B. /karriere/ (die Seite im Browser öffnen und ihre Adresse ab dem ersten / kopieren)',
    ]);
  });

  it('in a raw <a href> of a Markdown entry, and as an absolute address on the own host', () => {
    const { findings } = check([
      [
        'people/jonas-keller.md',
        'Jonas betreut die Ausbildung.',
        'Jonas betreut die <a href="/teams/taskfroce/">Taskforce</a> und [Beiträge](https://karriere.testwerk.example/blog/fehlt/).',
      ],
    ]);
    expect(links(findings)).toEqual([
      'content/people/jonas-keller.md:7:19  (Text)  Der Link „/teams/taskfroce/“ führt ins Leere: diese Seite gibt es auf der Website nicht → meinten Sie „/teams/taskforce/“?',
      'content/people/jonas-keller.md:7:65  (Text)  Der Link „https://karriere.testwerk.example/blog/fehlt/“ führt ins Leere: diese Seite gibt es auf der Website nicht → eine vorhandene Adresse eintragen, z. B. /blog/ (die Seite im Browser öffnen und ihre Adresse ab dem ersten / kopieren)',
    ]);
  });

  it('in a JSX <a href> of a post', () => {
    const { findings } = body('<a href="/menschen/anna-bergr/">Anna</a>');
    expect(links(findings)).toEqual([
      'content/posts/erster-beitrag.mdx:16:1  (Text)  Der Link „/menschen/anna-bergr/“ führt ins Leere: diese Seite gibt es auf der Website nicht → meinten Sie „/menschen/anna-berger/“?',
    ]);
  });

  it('is only a warning in a page this build does not write: a draft, a closed job', () => {
    const { findings } = check([
      ['posts/noch-ein-entwurf.mdx', 'Entwurfstext.', 'Siehe [hier](/blog/gibt-es-nicht/).'],
      ['jobs/abgelaufen.md', 'Abgelaufen.', 'Siehe [hier](/blog/gibt-es-nicht/).'],
      ['posts/zukunft.mdx', 'Zukunftstext.', 'Siehe [hier](/blog/gibt-es-nicht/).'],
    ]);
    expect(
      findings.filter((finding) => finding.rule === 'link-missing').map((finding) => `${finding.file} ${finding.severity}`),
    ).toEqual([
      'content/jobs/abgelaufen.md warning',
      'content/posts/noch-ein-entwurf.mdx warning',
      'content/posts/zukunft.mdx error',
    ]);
  });
});

describe('a link to a page this build does not publish', () => {
  it('a draft, a scheduled post and a person without consent are errors', () => {
    const { findings } = body(
      'Siehe [Entwurf](/blog/noch-ein-entwurf/), [bald](/blog/zukunft/) und [Profil](/menschen/ohne-einwilligung/).',
    );
    expect(links(findings)).toEqual([
      'content/posts/erster-beitrag.mdx:16:7  (Text)  Der Link „/blog/noch-ein-entwurf/“ führt zu „Geheimer Entwurf“, einem Entwurf, der nicht veröffentlicht wird → den Link entfernen, bis die Seite erscheint',
      'content/posts/erster-beitrag.mdx:16:43  (Text)  Der Link „/blog/zukunft/“ führt zu „Geplanter Beitrag“, das erst am 2030-01-01 erscheint → den Link entfernen, bis die Seite erscheint',
      'content/posts/erster-beitrag.mdx:16:70  (Text)  Der Link „/menschen/ohne-einwilligung/“ führt zu „Olaf Ohnezustimmung“, einer Person ohne Einwilligung, die kein Profil auf der Website hat → den Link entfernen, bis die Seite erscheint',
    ]);
  });

  it('a closed job is a warning (jobs close by the calendar; the site must still build)', () => {
    const { findings, errors } = body('Die [Stelle](/karriere/abgelaufen/) ist besetzt.');
    expect(links(findings)).toEqual([
      'content/posts/erster-beitrag.mdx:16:5  (Text)  Der Link „/karriere/abgelaufen/“ führt zur Stelle „Abgelaufene Stelle (m/w/d)“, die nicht ausgeschrieben ist: ihre Seite fehlt → den Link entfernen oder <Stelle id="abgelaufen" /> schreiben: der Baustein verschwindet von selbst, wenn die Stelle abläuft',
    ]);
    expect(errors).toBe(0);
  });

  it('an old path of content/redirects.yaml is a warning naming the new one', () => {
    const { findings, errors } = check([[POST, BODY, 'Siehe [alt](/2023/05/modell/).']], {
      'redirects.yaml': '- from: /2023/05/modell/\n  to: /blog/dritter-beitrag/\n',
    });
    expect(links(findings)).toEqual([
      'content/posts/erster-beitrag.mdx:16:7  (Text)  Der Link „/2023/05/modell/“ ist eine alte Adresse, die nur weiterleitet → direkt auf „/blog/dritter-beitrag/“ verlinken',
    ]);
    expect(errors).toBe(0);
  });
});

describe('links that work pass', () => {
  it('pages, anchors with umlauts, duplicate headings, feeds, external and mailto links', () => {
    const { findings, errors } = check([
      [
        POST,
        BODY,
        [
          '## Größe und Gewicht',
          '',
          '## Der Anfang',
          '',
          'Siehe [Größe](#größe-und-gewicht), [kodiert](#gr%C3%B6%C3%9Fe-und-gewicht), [zweiter Anfang](#der-anfang-1),',
          '[Modell](/blog/dritter-beitrag/#das-modell), [Stelle](/karriere/industriemechaniker/#bewerben),',
          '[ohne Schrägstrich](/karriere), [Team](/teams/taskforce/#so-arbeiten-wir), [Feed](/blog/feed.xml),',
          '[Thema](/themen/ausbildung/), [Bereich](/karriere/bereiche/personal/#stellen), [Auswahl](/karriere/auswahl/art/vollzeit/),',
          '[Seite 2](/blog/2/), [extern](https://www.example.org/x/), [Mail](mailto:info@testwerk.example),',
          '[oben](#top), <a href="#der-anfang">JSX</a> und [eigener Host](https://karriere.testwerk.example/impressum/).',
        ].join('\n'),
      ],
    ]);
    expect(links(findings)).toEqual([]);
    expect(errors).toBe(0);
  });

  it('an anchor of a raw HTML id in a Markdown entry', () => {
    const { findings } = check([
      [POST, BODY, 'Zu [Jonas’ Kontakt](/menschen/jonas-keller/#kontakt).'],
      [
        'people/jonas-keller.md',
        'Jonas betreut die Ausbildung.',
        'Jonas betreut die Ausbildung.\n\n<p id="kontakt">Telefon 123</p>',
      ],
    ]);
    expect(links(findings)).toEqual([]);
  });
});

describe('links in and to English pages', () => {
  const ENGLISH_SITE: [string, string, string] = [
    'site.yaml',
    'languages: [de]\n',
    'languages: [de, en]\ntranslations:\n  en:\n    tagline: A small works for tests.\n',
  ];
  const JOB = '---\ntitle: Industrial mechanic (m/f/d)\ndescription: You keep our machines running.\n---\n## Your tasks\n';
  /** The English fixture with a translated job and an English version of the first post whose text is `text`. */
  const english = (text: string, files: Record<string, string> = {}, edits: Array<[string, string, string]> = []) =>
    check([ENGLISH_SITE, ...edits], {
      'jobs/industriemechaniker.en.md': JOB,
      'posts/erster-beitrag.en.mdx': `---\ntitle: From apprentice to shift lead\ndescription: Anna tells her story.\n---\n## The beginning\n\n${text}\n`,
      ...files,
    });

  it('pass to the English page of a published translation, anchors included, and to the pages every language has', () => {
    const { findings } = english(
      'See the [position](/en/karriere/industriemechaniker/#your-tasks), [us](/en/), the [search](/en/suche/), the [feed](/en/blog/feed.xml) and [this](#the-beginning).',
    );
    expect(links(findings)).toEqual([]);
    // A German post may link the English version too.
    const german = english('Text.', {}, [[POST, BODY, 'Auf [Englisch](/en/blog/erster-beitrag/#the-beginning).']]);
    expect(links(german.findings)).toEqual([]);
  });

  it('to the English address of a page that exists only in German names the German page', () => {
    const { findings } = english(
      'See [training](/en/blog/dritter-beitrag/), [topics](/en/themen/) and [the model](../dritter-beitrag/).',
    );
    expect(links(findings)).toEqual([
      'content/posts/erster-beitrag.en.mdx:7:5  (Text)  Der Link „/en/blog/dritter-beitrag/“ führt ins Leere: diese Seite gibt es nur auf Deutsch, unter /blog/dritter-beitrag/ → auf die deutsche Seite „/blog/dritter-beitrag/“ verlinken oder die Übersetzung anlegen: npm run new -- translation posts/dritter-beitrag',
      'content/posts/erster-beitrag.en.mdx:7:44  (Text)  Der Link „/en/themen/“ führt ins Leere: diese Seite gibt es nur auf Deutsch, unter /themen/ → auf die deutsche Seite „/themen/“ verlinken',
      // Relative to the English page: the English address of the German post.
      'content/posts/erster-beitrag.en.mdx:7:70  (Text)  Der Link „../dritter-beitrag/“ führt ins Leere: diese Seite gibt es nur auf Deutsch, unter /blog/dritter-beitrag/ → auf die deutsche Seite „/blog/dritter-beitrag/“ verlinken oder die Übersetzung anlegen: npm run new -- translation posts/dritter-beitrag',
    ]);
    expect(findings.find((finding) => finding.rule === 'link-untranslated')?.severity).toBe('error');
  });

  it('to an anchor the English page lacks, and to a translation that is a draft', () => {
    const { findings } = english(
      'The [tasks](/en/karriere/industriemechaniker/#deine-aufgaben) and [training](/en/blog/dritter-beitrag/).',
      {
        'posts/dritter-beitrag.en.mdx':
          '---\ntitle: Three questions\ndescription: On training.\ndraft: true\nupdated: 2026-06-03\n---\nText.\n',
      },
    );
    expect(links(findings)).toEqual([
      'content/posts/erster-beitrag.en.mdx:7:5  (Text)  Die Sprungmarke „#deine-aufgaben“ gibt es auf /en/karriere/industriemechaniker/ nicht → vorhandene Sprungmarken: #your-tasks',
      'content/posts/erster-beitrag.en.mdx:7:67  (Text)  Der Link „/en/blog/dritter-beitrag/“ führt zu „Three questions“, einem Entwurf, der nicht veröffentlicht wird → den Link entfernen, bis die Seite erscheint',
    ]);
  });

  it('are pages only where site.yaml lists the language', () => {
    const { findings } = check([], {
      'posts/erster-beitrag.en.mdx': '---\ntitle: First\ndescription: Anna tells her story.\n---\nSee [us](/en/).\n',
    });
    expect(links(findings)).toEqual([
      'content/posts/erster-beitrag.en.mdx:5:5  (Text)  Der Link „/en/“ führt ins Leere: diese Seite gibt es nur auf Deutsch, unter / → auf die deutsche Seite „/“ verlinken',
    ]);
  });
});

describe('heading ids', () => {
  it('are the ids Astro gives, smart punctuation and duplicates included', async () => {
    const source = [
      '## Größe und Gewicht',
      '## A -- "B" ... ok',
      '## x',
      '<Zitat>',
      '## x',
      '</Zitat>',
      '## `Code` *und* [Link](/x/)',
      '## Ü & ß: 100 %',
      '## 1. Schritt',
    ].join('\n\n');
    const data = {
      astro: {
        frontmatter: {},
        headings: [] as Array<{ depth: number; slug: string; text: string }>,
        localImagePaths: new Set<string>(),
        remoteImagePaths: new Set<string>(),
      },
    };
    await mdxToJs(source, {
      hastPlugins: [satteriHeadingIdsPlugin()],
      features: { gfm: true, smartPunctuation: true },
      jsxImportSource: 'astro',
      data,
    });
    const astro = data.astro.headings.map((heading) => heading.slug);
    expect(astro).toContain('x-1');
    const entry = { file: 'x.mdx', collection: 'posts' } as SourceEntry;
    const { tree } = parseBody(entry, source, true, 0);
    const outline = newOutline();
    const visit = (node: MdNode) => {
      if (node.type === 'heading') addHeading(outline, node);
      node.children?.forEach(visit);
    };
    visit(tree!);
    expect([...outline.anchors]).toEqual(astro);
  });
});

describe('routes from paths', () => {
  const pages = sitePages({
    posts: ['a', 'b', 'c'],
    people: ['anna'],
    teams: ['t'],
    videos: ['v'],
    jobs: ['j'],
    departments: ['d'],
    tags: ['ausbildung'],
    locations: ['hemer'],
    accessibility: false,
    postsPerPage: 2,
  });
  it('lists the entry pages, lists, feeds and the blog pages', () => {
    for (const page of [
      '/',
      '/blog/',
      '/blog/2/',
      '/blog/a/',
      '/menschen/anna/',
      '/menschen/anna/signatur/',
      '/teams/t/',
      '/videos/v/',
      '/karriere/j/',
      '/karriere/bereiche/d/',
      '/karriere/bereiche/d/feed.xml',
      '/themen/ausbildung/',
      '/themen/ausbildung/feed.xml',
      '/impressum/',
      '/datenschutz/',
      '/kanaele/',
      '/suche/',
      '/blog/feed.xml',
      '/blog/feed.json',
      '/karriere/bereiche/d/stellen.xml',
      '/karriere/standorte/hemer/stellen.json',
    ]) {
      expect(pages.has(page), page).toBe(true);
    }
    expect(pages.has('/blog/3/')).toBe(false);
    expect([...pages].filter((page) => page.startsWith('/en/'))).toEqual([]);
    // The accessibility statement exists only when site.yaml has one.
    expect(pages.has('/barrierefreiheit/')).toBe(false);
    expect(
      sitePages({
        posts: [],
        people: [],
        teams: [],
        videos: [],
        jobs: [],
        departments: [],
        tags: [],
        locations: [],
        accessibility: true,
        postsPerPage: 9,
      }).has('/barrierefreiheit/'),
    ).toBe(true);
  });
  it('lists a further language’s pages: those every language has, translated entries, its feeds and job alerts', () => {
    const english = sitePages({
      posts: ['a', 'b', 'c'],
      people: ['anna'],
      teams: ['t'],
      videos: ['v'],
      jobs: ['j', 'k'],
      departments: ['d', 'e'],
      tags: ['ausbildung', 'technik'],
      locations: ['hemer'],
      accessibility: false,
      postsPerPage: 2,
      languages: [
        {
          lang: 'en',
          posts: ['a', 'b', 'c'],
          people: [],
          teams: [],
          videos: ['v'],
          jobs: ['j'],
          departments: ['d'],
          tags: ['technik'],
        },
      ],
    });
    expect([...english].filter((page) => page.startsWith('/en/')).sort()).toEqual(
      [
        '/en/',
        '/en/impressum/',
        '/en/datenschutz/',
        '/en/suche/',
        '/en/kanaele/',
        '/en/blog/a/',
        '/en/blog/b/',
        '/en/blog/c/',
        '/en/blog/2/',
        '/en/videos/v/',
        '/en/karriere/j/',
        '/en/karriere/bereiche/d/',
        '/en/karriere/bereiche/d/feed.xml',
        '/en/themen/technik/feed.xml',
        '/en/blog/feed.xml',
        '/en/blog/feed.json',
        '/en/videos/feed.xml',
        '/en/karriere/feed.xml',
        // Job alerts for every department and location, as in German.
        '/en/karriere/bereiche/d/stellen.xml',
        '/en/karriere/bereiche/d/stellen.json',
        '/en/karriere/bereiche/e/stellen.xml',
        '/en/karriere/bereiche/e/stellen.json',
        '/en/karriere/standorte/hemer/stellen.xml',
        '/en/karriere/standorte/hemer/stellen.json',
        ...[...TRANSLATED_PAGES]
          .filter((page) => !['/', '/impressum/', '/datenschutz/', '/suche/', '/kanaele/', '/barrierefreiheit/'].includes(page))
          .map((page) => `/en${page}`),
      ].sort(),
    );
    expect(isGeneratedPath('/en/karriere/auswahl/art/vollzeit/', [])).toBe(true);
  });

  it('maps a page back to its entry, and knows the generated pages', () => {
    expect(entryOfPath('/blog/a/')).toEqual({ collection: 'posts', id: 'a' });
    expect(entryOfPath('/karriere/j/')).toEqual({ collection: 'jobs', id: 'j' });
    expect(entryOfPath('/karriere/bereiche/d/')).toBeUndefined();
    expect(isGeneratedPath('/karriere/auswahl/art/vollzeit/', [])).toBe(true);
    expect(isGeneratedPath('/videos/v/film.mp4', ['v'])).toBe(true);
    expect(isGeneratedPath('/videos/w/film.mp4', ['v'])).toBe(false);
  });
});

describe('the content area of a built page', () => {
  it('is the first prose block, nested blocks included, with attribute text decoded', () => {
    const html = [
      '<header><a href="/nav/">Navigation</a></header>',
      '<article><div class="prose" data-astro-cid-x><p><a href="/blog/a/?x=1&amp;y=2">A</a></p>',
      '<div class="infobox"><div><a class="k" href="#gr&#xF6;&#xDF;e">B</a></div></div>',
      '<a href="/menschen/b/">C</a></div></article>',
      '<aside><div class="prose"><a href="/bio/">Bio</a></div></aside>',
    ].join('');
    expect(contentHrefs(html)).toEqual(['/blog/a/?x=1&y=2', '#größe', '/menschen/b/']);
    expect(contentHrefs('<main><a href="/x/">x</a></main>')).toEqual([]);
  });
});
