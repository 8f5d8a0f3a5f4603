import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { load, type CheerioAPI } from 'cheerio';
import Parser from 'rss-parser';
import { careersFixture } from '../helpers/careers-fixture.ts';
import { listFiles, readPages } from '../helpers/site.ts';
import { sharedBuild } from '../helpers/build-once.ts';

/**
 * The career hub on the basic fixture plus tests/fixtures/careers (see its README): five
 * open jobs in three departments, two locations, four employment types, one fully remote;
 * one expired, one scheduled and one draft job that must appear nowhere.
 */
const BASE = 'https://karriere.testwerk.example';
const OPEN: Record<string, string> = {
  industriemechaniker: 'produktion',
  'praktikum-produktion': 'produktion',
  'devops-remote': 'it',
  'werkstudium-it': 'it',
  'ausbildung-lagerlogistik': 'logistik',
};
const HIDDEN = {
  abgelaufen: 'Abgelaufene Stelle',
  'kuenftige-stelle': 'Künftige Stelle',
  'entwurf-stelle': 'Entwurfsstelle',
};

let outDir: string;
let pages: Map<string, CheerioAPI>;

const page = (url: string): CheerioAPI => {
  const found = pages.get(url);
  if (!found) throw new Error(`page ${url} was not built`);
  return found;
};
const hrefs = ($: CheerioAPI, selector: string) =>
  $(selector)
    .map((_, el) => $(el).attr('href'))
    .get()
    .sort();
const jsonLd = ($: CheerioAPI): Array<Record<string, unknown>> =>
  $('script[type="application/ld+json"]')
    .map((_, el): unknown => JSON.parse($(el).text()))
    .get() as Array<Record<string, unknown>>;
const posting = (id: string) => {
  const found = jsonLd(page(`/karriere/${id}/`)).filter((data) => data['@type'] === 'JobPosting');
  expect(found.length, id).toBe(1);
  return found[0]!;
};
/** Text with every kind of space (Intl writes a no-break space before €) as one plain space. */
const plain = (text: string) => text.replace(/\s+/g, ' ');
/** Job links in the results list of a listing page (not the filter links). */
const listedJobs = ($: CheerioAPI) => hrefs($, '.job-results [data-job]:not([hidden]) h3 a, .job-results .job-list h3 a');

beforeAll(() => {
  const result = sharedBuild(careersFixture());
  if (result.status !== 0) throw new Error(`careers fixture build failed:\n${result.stdout}\n${result.stderr}`);
  outDir = result.outDir;
  pages = readPages(outDir);
});

describe('career hub: open, expired, scheduled and draft jobs', () => {
  it('builds a page for every open job and none for the others', () => {
    for (const id of Object.keys(OPEN)) expect(pages.has(`/karriere/${id}/`), id).toBe(true);
    for (const id of Object.keys(HIDDEN)) expect(pages.has(`/karriere/${id}/`), id).toBe(false);
    expect(listedJobs(page('/karriere/'))).toEqual(
      Object.keys(OPEN)
        .map((id) => `/karriere/${id}/`)
        .sort(),
    );
  });

  it('leaves expired, scheduled and draft jobs out of every file: pages, sitemap, feeds and the search index', () => {
    const texts = listFiles(outDir)
      .filter((file) => /\.(html|xml|json|txt|js|css)$/.test(file) || file.endsWith('.pf_fragment'))
      .map((file) => {
        const raw = readFileSync(path.join(outDir, file));
        return [file, file.endsWith('.pf_fragment') ? gunzipSync(raw).toString('utf8') : raw.toString('utf8')] as const;
      });
    expect(texts.some(([file]) => file.endsWith('.pf_fragment'))).toBe(true);
    for (const [file, text] of texts) {
      for (const [id, title] of Object.entries(HIDDEN)) {
        expect(text.includes(title), `${file} names ${title}`).toBe(false);
        expect(text.includes(`/karriere/${id}/`), `${file} links ${id}`).toBe(false);
      }
    }
  });
});

describe('career hub: JobPosting structured data', () => {
  it('gives every open job a JobPosting with Google’s required and recommended properties', () => {
    for (const id of Object.keys(OPEN)) {
      const data = posting(id);
      const $ = page(`/karriere/${id}/`);
      expect(data['@context'], id).toBe('https://schema.org');
      expect(data['title'], id).toBe($('h1').text());
      expect(String(data['title']), id).toContain('(m/w/d)');
      expect(String(data['description']), id).toMatch(/^<p>.+<\/p>/s);
      expect(data['datePosted'], id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(data['validThrough'], id).toMatch(/^\d{4}-\d{2}-\d{2}T23:59:59\+0[12]:00$/);
      expect(data['url'], id).toBe(`${BASE}/karriere/${id}/`);
      expect(data['hiringOrganization'], id).toEqual({
        '@type': 'Organization',
        name: 'Testwerk GmbH',
        sameAs: ['https://www.linkedin.com/company/testwerk-example'],
        logo: `${BASE}/karriere/logo.png`,
        url: `${BASE}/`,
      });
      const locations = data['jobLocation'] as Array<{ '@type': string; address: Record<string, string> }>;
      expect(locations.length, id).toBeGreaterThan(0);
      for (const location of locations) {
        expect(location['@type'], id).toBe('Place');
        expect(location.address, id).toMatchObject({ '@type': 'PostalAddress', addressCountry: 'DE' });
        for (const key of ['streetAddress', 'postalCode', 'addressLocality'])
          expect(location.address[key], `${id} ${key}`).toBeTruthy();
      }
      const salary = data['baseSalary'] as { '@type': string; currency: string; value: Record<string, unknown> };
      expect(salary['@type'], id).toBe('MonetaryAmount');
      expect(salary.currency, id).toBe('EUR');
      expect(salary.value['@type'], id).toBe('QuantitativeValue');
      expect(['YEAR', 'MONTH', 'HOUR'], id).toContain(salary.value['unitText']);
      expect(typeof data['directApply'], id).toBe('boolean');
      expect(data['identifier'], id).toEqual({ '@type': 'PropertyValue', name: 'Testwerk GmbH', value: id });
    }
  });

  it('maps each job’s own data: employment type, remote, salary, locations, start and directApply', () => {
    const devops = posting('devops-remote');
    expect(devops).toMatchObject({
      employmentType: 'FULL_TIME',
      jobLocationType: 'TELECOMMUTE',
      applicantLocationRequirements: [{ '@type': 'Country', name: 'DE' }],
      jobStartDate: '2027-01-01',
      datePosted: '2026-10-20',
      validThrough: '2027-02-28T23:59:59+01:00',
      directApply: true,
      baseSalary: { value: { minValue: 60000, maxValue: 74000, unitText: 'YEAR' } },
    });
    expect(String(devops['description'])).toContain('<h2 id="ihre-aufgaben">Ihre Aufgaben</h2>');
    const student = posting('werkstudium-it');
    expect(student).toMatchObject({ employmentType: ['PART_TIME', 'INTERN'], directApply: false });
    expect(student['jobLocationType']).toBeUndefined();
    expect(student['baseSalary']).toMatchObject({ value: { minValue: 15.5, maxValue: 18, unitText: 'HOUR' } });
    expect(posting('ausbildung-lagerlogistik')).toMatchObject({
      employmentType: ['FULL_TIME', 'OTHER'],
      directApply: false,
      validThrough: '2027-05-31T23:59:59+02:00',
    });
    expect(posting('praktikum-produktion')).toMatchObject({
      employmentType: 'INTERN',
      baseSalary: { value: { value: 1400, unitText: 'MONTH' } },
    });
    const places = (posting('industriemechaniker')['jobLocation'] as Array<{ address: { addressLocality: string } }>).map(
      (place) => place.address.addressLocality,
    );
    expect(places).toEqual(['Prüfstadt', 'Prüfdorf']);
  });

  it('keeps hostile author text inside the JSON-LD element and intact after parsing', () => {
    const html = readFileSync(path.join(outDir, 'karriere/praktikum-produktion/index.html'), 'utf8');
    const block = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(block).not.toContain('</script');
    expect(block).not.toContain('<!--');
    expect(String(posting('praktikum-produktion')['description'])).toContain('Sie &#38; wir, &#60;/script&#62;&#60;!-- ohne');
  });

  it('serves the logo as a PNG of at least 112 × 112 px', () => {
    const png = readFileSync(path.join(outDir, 'karriere/logo.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(112);
    expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(112);
  });
});

describe('career hub: department pages', () => {
  it('lists exactly each department’s open jobs', () => {
    for (const department of ['produktion', 'it', 'logistik', 'personal']) {
      const expected = Object.entries(OPEN)
        .filter(([, owner]) => owner === department)
        .map(([id]) => `/karriere/${id}/`)
        .sort();
      expect(hrefs(page(`/karriere/bereiche/${department}/`), '#stellen .job-list h3 a'), department).toEqual(expected);
    }
  });

  it('shows stories, videos and people beside the jobs, and says so when no job is open', () => {
    const $ = page('/karriere/bereiche/produktion/');
    expect($('#geschichten a[href="/blog/erster-beitrag/"]').length).toBe(1);
    expect($('#videos a[href="/videos/werksrundgang/"]').length).toBe(1);
    expect($('#menschen a[href="/menschen/anna-berger/"]').length).toBe(1);
    expect($('#menschen').text()).toContain('Ansprechperson für eine offene Stelle');
    const empty = page('/karriere/bereiche/personal/');
    expect(empty('#stellen').text()).toContain('Zurzeit keine offenen Stellen in diesem Bereich.');
    expect(empty('#stellen .job-list').length).toBe(0);
    expect(empty('#geschichten a[href="/blog/dritter-beitrag/"]').length).toBe(1);
    expect(empty('#menschen a[href="/menschen/jonas-keller/"]').length).toBe(1);
    expect(empty('#stellen a[href="/karriere/bereiche/it/"]').text()).toContain('2 offene Stellen');
  });

  it('is linked from the career home, every department', () => {
    const linked = hrefs(
      page('/karriere/'),
      '#careers-departments ~ ul a[href^="/karriere/bereiche/"], #careers-departments + p + ul a',
    );
    for (const department of ['produktion', 'it', 'logistik', 'personal']) {
      expect(linked, department).toContain(`/karriere/bereiche/${department}/`);
    }
  });
});

describe('career hub: job page', () => {
  it('shows the facts, the description, how to apply and the contact person’s profile', () => {
    const $ = page('/karriere/devops-remote/');
    expect($('h1').text()).toBe('DevOps Engineer (m/w/d) – remote');
    const facts = plain($('.job-facts').text());
    for (const text of [
      'IT',
      'Nordwerk',
      'Nordweg 1, 12345 Prüfstadt',
      'Vollzeit',
      'komplett remote',
      '60.000 € – 74.000 € pro Jahr',
    ]) {
      expect(facts, text).toContain(text);
    }
    expect($('.job-facts time[datetime="2027-01-01"]').text()).toBe('1. Januar 2027');
    expect($('.job-facts a[href="/karriere/bereiche/it/"]').length).toBe(1);
    expect($('.job-body h2').text()).toBe('Ihre Aufgaben');
    expect($('#bewerben a.button').attr('href')).toBe('https://karriere.testwerk.example/blog/bewerbung-it/');
    expect($('#bewerben a[href^="mailto:it-jobs@testwerk.example?subject="]').length).toBe(1);
    expect($('#bewerben a[href="/menschen/anna-berger/"]').length).toBe(1);
    expect($('.job-print-url').text()).toContain(`${BASE}/karriere/devops-remote/`);
  });

  it('names an external applicant-tracking form and falls back to an e-mail when the contact has no consent', () => {
    expect(page('/karriere/ausbildung-lagerlogistik/')('#bewerben').text()).toContain('testwerk.jobs.personio.de');
    const $ = page('/karriere/werkstudium-it/');
    expect($('a[href="/menschen/ohne-einwilligung/"]').length).toBe(0);
    expect($.html()).not.toContain('Ohnezustimmung');
    expect($('#bewerben a[href="mailto:it-jobs@testwerk.example"]').length).toBe(1);
    expect(plain($('.job-facts').text())).toContain('15,50 € – 18,00 € pro Stunde');
  });

  it('shows the department’s stories and videos', () => {
    const $ = page('/karriere/industriemechaniker/');
    expect($('#job-stories ~ ul a[href="/blog/erster-beitrag/"], #job-stories + ul a[href="/blog/erster-beitrag/"]').length).toBe(
      1,
    );
    expect($('#job-videos').parent().find('a[href="/videos/werksrundgang/"]').length).toBe(1);
  });

  it('prints on A4 without navigation or footer, with link targets spelled out', () => {
    const $ = page('/karriere/devops-remote/');
    const css = [
      ...$('style')
        .map((_, el) => $(el).text())
        .get(),
      ...$('link[rel="stylesheet"]')
        .map((_, el) => readFileSync(path.join(outDir, $(el).attr('href') ?? ''), 'utf8'))
        .get(),
    ].join('\n');
    expect(css).toMatch(/@page\s*\{[^}]*size:\s*A4/);
    expect(css).toMatch(/@media print\s*\{[^@]*\.site-footer[^{]*\{\s*display:\s*none/);
    expect(css).toContain('attr(data-print-url)');
    expect($('#bewerben a[data-print-url]').attr('data-print-url')).toBe('https://karriere.testwerk.example/blog/bewerbung-it/');
  });
});

describe('career hub: applying never dead-ends', () => {
  /** What an apply link is: another host over https, a page of this build, or a mailto with the job's subject. */
  const kindOf = (href: string, job: string): 'external' | 'site' | 'email' => {
    const title = page(`/karriere/${job}/`)('h1').text();
    if (href.startsWith('mailto:')) {
      const subject = encodeURIComponent(`Bewerbung: ${title} (Kennziffer ${job})`);
      const address = href.slice('mailto:'.length).split('?')[0] ?? '';
      expect(address, job).toMatch(/^[a-z.-]+@testwerk\.example$/);
      expect(href, job).toBe(`mailto:${address}?subject=${subject}`);
      return 'email';
    }
    const url = new URL(href, BASE);
    expect(url.protocol, `${job} ${href}`).toBe('https:');
    if (url.host !== new URL(BASE).host) return 'external';
    const file = path.join(outDir, decodeURI(url.pathname), url.pathname.endsWith('/') ? 'index.html' : '');
    expect(existsSync(file), `${job}: ${href} is a page of the build`).toBe(true);
    return 'site';
  };

  it('links every job’s apply targets to an https host elsewhere, an existing page, or a mailto with title and reference', () => {
    const kinds: Record<string, string[]> = {};
    for (const id of Object.keys(OPEN)) {
      const $ = page(`/karriere/${id}/`);
      const links = $('#bewerben a[data-apply]')
        .map((_, el) => $(el).attr('href'))
        .get();
      kinds[id] = links.map((href) => kindOf(href, id));
    }
    expect(kinds).toEqual({
      industriemechaniker: ['email'],
      'praktikum-produktion': ['email'],
      'devops-remote': ['site', 'email'],
      'werkstudium-it': ['email'],
      'ausbildung-lagerlogistik': ['external'],
    });
  });

  it('gives the careers feed the same apply targets, each one reachable', async () => {
    const feed = await new Parser<Record<string, unknown>, { 'content:encoded'?: string }>().parseString(
      readFileSync(path.join(outDir, 'karriere/feed.xml'), 'utf8'),
    );
    expect(feed.items.length).toBe(Object.keys(OPEN).length);
    for (const item of feed.items) {
      const id = new URL(item.link ?? '').pathname.split('/')[2] ?? '';
      // The feed item ends with the apply link.
      const apply = load(item['content:encoded'] ?? '')('a')
        .last()
        .attr('href');
      const button = page(`/karriere/${id}/`)('#bewerben a.button').attr('href');
      expect(apply, id).toBe(new URL(button ?? '', BASE).href);
      kindOf(apply ?? '', id);
    }
  });

  it('sets directApply only for the job that applies on a page of this site', () => {
    const direct = Object.fromEntries(Object.keys(OPEN).map((id) => [id, posting(id)['directApply']]));
    expect(direct).toEqual({
      industriemechaniker: false,
      'praktikum-produktion': false,
      'devops-remote': true,
      'werkstudium-it': false,
      'ausbildung-lagerlogistik': false,
    });
  });

  it('says what happens after the click: which host opens, or the mail program with the subject', () => {
    const next = (id: string) =>
      page(`/karriere/${id}/`)('.job-apply-next')
        .map((_, el) => plain(page(`/karriere/${id}/`)(el).text().trim()))
        .get();
    expect(next('ausbildung-lagerlogistik')).toEqual([
      'Der Button öffnet die Bewerbungsseite unseres Bewerbungssystems auf testwerk.jobs.personio.de. Dort laden Sie Ihre Unterlagen hoch und schicken die Bewerbung ab.',
    ]);
    expect(next('devops-remote')).toEqual([
      'Der Button öffnet die Bewerbungsseite hier auf unserer Website (karriere.testwerk.example).',
      'Ihr Mailprogramm öffnet sich mit einer neuen E-Mail an it-jobs@testwerk.example; der Betreff „Bewerbung: DevOps Engineer (m/w/d) – remote (Kennziffer devops-remote)“ ist schon eingetragen. Hängen Sie Ihre Unterlagen an und schicken Sie sie ab.',
    ]);
    expect(next('industriemechaniker')).toEqual([
      'Ihr Mailprogramm öffnet sich mit einer neuen E-Mail an bewerbung@testwerk.example; der Betreff „Bewerbung: Industriemechaniker (m/w/d) (Kennziffer industriemechaniker)“ ist schon eingetragen. Hängen Sie Ihre Unterlagen an und schicken Sie sie ab.',
    ]);
    const documents = (id: string) => plain(page(`/karriere/${id}/`)('.job-apply-documents').text());
    expect(documents('ausbildung-lagerlogistik')).toBe('Halten Sie bereit: Lebenslauf und die letzten beiden Schulzeugnisse.');
    expect(documents('industriemechaniker')).toBe('Halten Sie bereit: Lebenslauf und aktuelle Zeugnisse.');
  });

  it('shows the contact’s phone as a tel: link only with consent', () => {
    const $ = page('/karriere/devops-remote/');
    expect($('#bewerben a[href^="tel:"]').attr('href')).toBe('tel:+491234567821');
    expect($('#bewerben a[href^="tel:"]').text()).toBe('+49 1234 5678-21');
    const hidden = page('/karriere/werkstudium-it/');
    expect(hidden('a[href^="tel:"]').length).toBe(0);
    expect(hidden.html()).not.toContain('5678-99');
  });
});

describe('career hub: filters without JavaScript', () => {
  const listings = () => [...pages.keys()].filter((url) => url === '/karriere/' || url.startsWith('/karriere/auswahl/'));

  it('pre-renders a page per selection, linked with a count that matches what it shows', () => {
    expect(listings().length).toBeGreaterThan(20);
    for (const url of listings()) {
      const $ = page(url);
      $('[data-job-filters] a[data-facet]:not([data-facet=""])').each((_, el) => {
        const link = $(el);
        const count = Number(link.find('[data-count]').text());
        const href = link.attr('href');
        if (href === undefined) {
          expect(count, `${url} ${link.text()}`).toBe(0);
          return;
        }
        expect(count, `${url} → ${href}`).toBeGreaterThan(0);
        expect(listedJobs(page(href)).length, `${url} → ${href}`).toBe(count);
      });
    }
  });

  it('shows on each selection page exactly the jobs that match it', () => {
    const $ = page('/karriere/auswahl/standort/suedwerk/remote/vor-ort/');
    expect(listedJobs($)).toEqual([
      '/karriere/ausbildung-lagerlogistik/',
      '/karriere/industriemechaniker/',
      '/karriere/praktikum-produktion/',
    ]);
    expect($('h1').text()).toBe('Offene Stellen: Standort Südwerk, Mobiles Arbeiten vor Ort');
    expect($('[data-job-status]').text()).toBe('3 von 5 Stellen passen zu Ihrer Auswahl');
    expect($('a[aria-current="page"][data-facet="standort"]').attr('data-value')).toBe('suedwerk');
    expect(listedJobs(page('/karriere/auswahl/remote/komplett-remote/'))).toEqual(['/karriere/devops-remote/']);
    expect(listedJobs(page('/karriere/auswahl/bereich/it/art/werkstudium/'))).toEqual(['/karriere/werkstudium-it/']);
  });

  it('keeps selection pages out of the sitemap and search engines, and job and department pages in', () => {
    const sitemap = readFileSync(path.join(outDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).not.toContain('/karriere/auswahl/');
    for (const url of ['/karriere/', '/karriere/devops-remote/', '/karriere/bereiche/personal/'])
      expect(sitemap).toContain(`${BASE}${url}`);
    expect(page('/karriere/auswahl/bereich/it/')('meta[name="robots"]').attr('content')).toContain('noindex');
    expect(page('/karriere/')('meta[name="robots"]').length).toBe(0);
  });

  it('ships the filter script on /karriere/ only, under 3 KB gzipped', () => {
    const scripts = (url: string) => {
      const $ = page(url);
      return $('script:not([type="application/ld+json"])')
        .map((_, el) => {
          const src = $(el).attr('src');
          return src ? readFileSync(path.join(outDir, src), 'utf8') : $(el).text();
        })
        .get();
    };
    const code = scripts('/karriere/').join('\n');
    expect(code).toContain('pushState');
    expect(gzipSync(code).length).toBeLessThan(3 * 1024);
    expect(scripts('/karriere/auswahl/bereich/it/')).toEqual([]);
    // A job page has only the copy button beside its share links (src/components/share/).
    const job = scripts('/karriere/devops-remote/');
    expect(job).toHaveLength(1);
    expect(job[0]).toContain('data-share');
    expect(job[0]).not.toContain('pushState');
  });
});
