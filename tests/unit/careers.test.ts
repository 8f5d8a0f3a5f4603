import { describe, expect, it } from 'vitest';
import { EMPLOYMENT_TYPES } from '../../src/schemas/jobs.ts';
import { EMPLOYMENT_TYPE_SLUGS, SCHEMA_EMPLOYMENT_TYPES, schemaEmploymentType } from '../../src/lib/careers/employment.ts';
import {
  countWith,
  filterPath,
  filterStates,
  matches,
  parseQuery,
  sameState,
  segmentsOf,
  toQuery,
  withValue,
  type FilterableJob,
} from '../../src/lib/careers/filter.ts';
import {
  facetLabelsIn,
  facetOptions,
  facetValues,
  selectionText,
  toFilterable,
  type JobFacts,
} from '../../src/lib/careers/facets.ts';
import { departmentSummary } from '../../src/lib/careers/departments.ts';
import { countLabel } from '../../src/lib/careers/counts.ts';
import { jobPosting, type JobPostingInput } from '../../src/lib/structured-data/job-posting.ts';
import { webPage } from '../../src/lib/structured-data/web-page.ts';
import { applyRoutes, isSiteUrl, mailtoHref } from '../../src/lib/careers/apply.ts';

const jobs: FilterableJob[] = [
  { bereich: 'it', standort: ['iserlohn'], art: 'vollzeit', remote: 'komplett-remote' },
  { bereich: 'it', standort: ['hemer'], art: 'werkstudium', remote: 'hybrid' },
  { bereich: 'produktion', standort: ['iserlohn', 'hemer'], art: 'vollzeit', remote: 'vor-ort' },
  { bereich: 'logistik', standort: ['hemer'], art: 'ausbildung', remote: 'vor-ort' },
];

describe('job filter', () => {
  it('matches every facet that is set, and any location of a job at several', () => {
    expect(jobs.filter((job) => matches(job, {})).length).toBe(4);
    expect(jobs.filter((job) => matches(job, { bereich: 'it' })).length).toBe(2);
    expect(jobs.filter((job) => matches(job, { standort: 'hemer' })).length).toBe(3);
    expect(jobs.filter((job) => matches(job, { standort: 'hemer', art: 'vollzeit' }))).toEqual([jobs[2]]);
    expect(jobs.filter((job) => matches(job, { bereich: 'it', remote: 'vor-ort' }))).toEqual([]);
  });

  it('counts what a link would show: the other facets stay, its own facet changes', () => {
    const state = { bereich: 'it' };
    expect(countWith(jobs, state, 'standort', 'hemer')).toBe(1);
    expect(countWith(jobs, state, 'bereich', 'produktion')).toBe(1);
    expect(countWith(jobs, state, 'bereich', undefined)).toBe(4);
    expect(countWith(jobs, state, 'remote', 'vor-ort')).toBe(0);
  });

  it('builds paths in a fixed facet order and query strings from the same state', () => {
    const state = withValue(withValue({}, 'art', 'vollzeit'), 'bereich', 'it');
    expect(segmentsOf(state)).toEqual(['bereich', 'it', 'art', 'vollzeit']);
    expect(filterPath(state)).toBe('/karriere/auswahl/bereich/it/art/vollzeit/');
    expect(filterPath({})).toBe('/karriere/');
    expect(toQuery(state)).toBe('?bereich=it&art=vollzeit');
    expect(toQuery({})).toBe('');
    expect(withValue(state, 'bereich', undefined)).toEqual({ art: 'vollzeit' });
  });

  it('reads a query string back, dropping unknown facets and values no job has', () => {
    expect(parseQuery('?art=vollzeit&bereich=it', jobs)).toEqual({ bereich: 'it', art: 'vollzeit' });
    expect(parseQuery('?bereich=marketing&standort=hemer&foo=bar', jobs)).toEqual({ standort: 'hemer' });
    expect(parseQuery('', jobs)).toEqual({});
    expect(
      sameState(parseQuery(toQuery({ standort: 'hemer', remote: 'hybrid' }), jobs), { remote: 'hybrid', standort: 'hemer' }),
    ).toBe(true);
  });

  it('pre-renders exactly the selections that show at least one job', () => {
    const states = filterStates(jobs);
    const keys = states.map(toQuery);
    expect(new Set(keys).size).toBe(keys.length);
    for (const state of states)
      expect(
        jobs.some((job) => matches(job, state)),
        toQuery(state),
      ).toBe(true);
    expect(keys).toContain('?standort=hemer&art=vollzeit');
    expect(keys).not.toContain('?bereich=it&remote=vor-ort');
    expect(keys).not.toContain('');
    // Brute force: every combination of known values that has a job is among them.
    const values = (facet: keyof FilterableJob) => [undefined, ...new Set(jobs.flatMap((job) => [job[facet]].flat()))];
    let expected = 0;
    for (const bereich of values('bereich'))
      for (const standort of values('standort'))
        for (const art of values('art'))
          for (const remote of values('remote')) {
            const state = Object.fromEntries(
              Object.entries({ bereich, standort, art, remote }).filter(([, value]) => value !== undefined),
            );
            if (Object.keys(state).length > 0 && jobs.some((job) => matches(job, state))) expected++;
          }
    expect(states.length).toBe(expected);
  });
});

const facts = (
  department: string,
  locations: string[],
  employmentType: JobFacts['employmentType'],
  remote: JobFacts['remote'],
) => ({
  department: { id: department, name: department.toUpperCase() },
  locations: locations.map((id) => ({ id, name: `Werk ${id}` })),
  employmentType,
  remote,
});

describe('job filter facets', () => {
  const model = [
    facts('vertrieb', ['hemer'], 'part-time', 'hybrid'),
    facts('it', ['iserlohn'], 'full-time', 'full'),
    facts('it', ['hemer', 'iserlohn'], 'full-time', 'none'),
  ];

  it('maps a job to German slugs', () => {
    expect(toFilterable(model[0]!)).toEqual({ bereich: 'vertrieb', standort: ['hemer'], art: 'teilzeit', remote: 'hybrid' });
    expect(toFilterable(model[1]!).remote).toBe('komplett-remote');
    expect(new Set(Object.values(EMPLOYMENT_TYPE_SLUGS)).size).toBe(EMPLOYMENT_TYPES.length);
  });

  it('offers only values some job has: departments by name, types in their natural order', () => {
    const values = facetValues(model);
    expect(values.bereich.map((value) => value.value)).toEqual(['it', 'vertrieb']);
    expect(values.standort.map((value) => value.label)).toEqual(['Werk hemer', 'Werk iserlohn']);
    expect(values.art.map((value) => value.label)).toEqual(['Vollzeit', 'Teilzeit']);
    expect(values.remote.map((value) => value.value)).toEqual(['vor-ort', 'hybrid', 'komplett-remote']);
    expect(selectionText({ art: 'teilzeit', bereich: 'vertrieb' }, values)).toBe('Bereich VERTRIEB, Anstellungsart Teilzeit');
  });

  it('gives each option its count, a link only when it shows jobs, and marks the selection', () => {
    const values = facetValues(model);
    const options = facetOptions(model.map(toFilterable), { bereich: 'it' }, 'remote', values.remote, 'Alle');
    expect(options.map(({ value, count, href, selected }) => [value, count, href, selected])).toEqual([
      ['', 2, '/karriere/auswahl/bereich/it/', true],
      ['vor-ort', 1, '/karriere/auswahl/bereich/it/remote/vor-ort/', false],
      ['hybrid', 0, undefined, false],
      ['komplett-remote', 1, '/karriere/auswahl/bereich/it/remote/komplett-remote/', false],
    ]);
  });

  it('speaks English on English pages, with links to the English selections and the same German slugs', () => {
    const values = facetValues(model, facetLabelsIn('en'), 'en');
    expect(values.art.map((value) => [value.value, value.label])).toEqual([
      ['vollzeit', 'Full-time'],
      ['teilzeit', 'Part-time'],
    ]);
    expect(values.remote.map((value) => value.label)).toEqual(['on site', 'hybrid', 'fully remote']);
    expect(selectionText({ art: 'teilzeit', standort: 'hemer' }, values, 'en')).toBe(
      'Location Werk hemer, Employment type Part-time',
    );
    const options = facetOptions(model.map(toFilterable), { bereich: 'it' }, 'remote', values.remote, 'All', 'en');
    expect(options.map(({ href }) => href)).toEqual([
      '/en/karriere/auswahl/bereich/it/',
      '/en/karriere/auswahl/bereich/it/remote/vor-ort/',
      undefined,
      '/en/karriere/auswahl/bereich/it/remote/komplett-remote/',
    ]);
  });
});

describe('department summary', () => {
  it('collects its jobs, posts, videos and people, with job contacts from other departments first', () => {
    const person = (id: string, department?: string) => ({ id, department: department ? { id: department } : undefined });
    const summary = departmentSummary(
      {
        jobs: [
          { id: 'a', department: { id: 'it' }, contact: { id: 'hr-lena' } },
          { id: 'b', department: { id: 'it' }, contact: { id: 'hr-lena' } },
          { id: 'c', department: { id: 'vertrieb' }, contact: { id: 'tom' } },
        ],
        posts: [{ department: { id: 'it' } }, { department: undefined }],
        videos: [{ department: { id: 'vertrieb' } }],
        people: [person('ali', 'it'), person('hr-lena', 'personal'), person('tom', 'vertrieb')],
      },
      { id: 'it' },
    );
    expect(summary.jobs.map((job) => job.id)).toEqual(['a', 'b']);
    expect(summary.posts.length).toBe(1);
    expect(summary.videos.length).toBe(0);
    expect(summary.people.map((p) => p.id)).toEqual(['hr-lena', 'ali']);
    expect(summary.contactFor.get('hr-lena')).toBe(2);
  });

  it('spells out German singulars', () => {
    expect(countLabel('jobs', 0)).toBe('keine offene Stelle');
    expect(countLabel('jobs', 1)).toBe('eine offene Stelle');
    expect(countLabel('jobs', 3)).toBe('3 offene Stellen');
    expect(countLabel('stories', 1)).toBe('eine Geschichte');
    expect(countLabel('jobs', 0, 'en')).toBe('no open positions');
    expect(countLabel('jobs', 1, 'en')).toBe('one open position');
    expect(countLabel('people', 2, 'en')).toBe('2 people');
  });
});

describe('employment types for Google', () => {
  it('maps every type to values Google accepts', () => {
    const google = ['FULL_TIME', 'PART_TIME', 'CONTRACTOR', 'TEMPORARY', 'INTERN', 'VOLUNTEER', 'PER_DIEM', 'OTHER'];
    for (const type of EMPLOYMENT_TYPES) {
      expect(SCHEMA_EMPLOYMENT_TYPES[type].length, type).toBeGreaterThan(0);
      for (const value of SCHEMA_EMPLOYMENT_TYPES[type]) expect(google, type).toContain(value);
    }
    expect(schemaEmploymentType('full-time')).toBe('FULL_TIME');
    expect(schemaEmploymentType('internship')).toBe('INTERN');
    expect(schemaEmploymentType('freelance')).toBe('CONTRACTOR');
    expect(schemaEmploymentType('temporary')).toBe('TEMPORARY');
    expect(schemaEmploymentType('apprenticeship')).toEqual(['FULL_TIME', 'OTHER']);
    expect(schemaEmploymentType('working-student')).toEqual(['PART_TIME', 'INTERN']);
  });
});

describe('JobPosting', () => {
  const day = (text: string) => new Date(`${text}T00:00:00Z`);
  const input: JobPostingInput = {
    id: 'devops',
    title: 'DevOps Engineer (m/w/d)',
    teaser: 'Sie & wir <3',
    bodyHtml: '<h2>Aufgaben</h2><ul><li>Server</li></ul>',
    url: 'https://karriere.firma.example/karriere/devops/',
    datePosted: day('2026-10-20'),
    validThrough: day('2027-02-28'),
    startDate: day('2027-01-01'),
    employmentType: 'working-student',
    remote: 'full',
    locations: [
      {
        name: 'Iserlohn',
        address: { street: 'Am Hammerwerk 7', postalCode: '58636', city: 'Iserlohn', region: 'NRW', country: 'DE' },
      },
    ],
    salary: { min: 15.5, max: 18, currency: 'EUR', unit: 'hour' },
    apply: { url: 'https://bewerbung.firma.example/devops' },
  };
  const org = {
    name: 'Firma GmbH',
    url: 'https://karriere.firma.example/',
    logo: 'https://karriere.firma.example/karriere/logo.png',
    sameAs: ['https://www.linkedin.com/company/firma'],
  };

  it('fills Google’s required and recommended properties', () => {
    const data = jobPosting(input, org);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'DevOps Engineer (m/w/d)',
      datePosted: '2026-10-20',
      validThrough: '2027-02-28T23:59:59+01:00',
      jobStartDate: '2027-01-01',
      employmentType: ['PART_TIME', 'INTERN'],
      hiringOrganization: { '@type': 'Organization', name: 'Firma GmbH', sameAs: org.sameAs, logo: org.logo },
      jobLocation: [
        {
          '@type': 'Place',
          address: {
            '@type': 'PostalAddress',
            streetAddress: 'Am Hammerwerk 7',
            postalCode: '58636',
            addressLocality: 'Iserlohn',
            addressRegion: 'NRW',
            addressCountry: 'DE',
          },
        },
      ],
      jobLocationType: 'TELECOMMUTE',
      applicantLocationRequirements: [{ '@type': 'Country', name: 'DE' }],
      baseSalary: {
        '@type': 'MonetaryAmount',
        currency: 'EUR',
        value: { '@type': 'QuantitativeValue', minValue: 15.5, maxValue: 18, unitText: 'HOUR' },
      },
      directApply: false,
      identifier: { '@type': 'PropertyValue', name: 'Firma GmbH', value: 'devops' },
    });
    expect(data['description']).toBe('<p>Sie &#38; wir &#60;3</p>\n<h2>Aufgaben</h2><ul><li>Server</li></ul>');
  });

  it('names the occupation where the job gives one, and leaves the language to the page', () => {
    expect(jobPosting(input, org)['occupationalCategory']).toBeUndefined();
    const posting = jobPosting({ ...input, occupation: 'DevOps engineer' }, org);
    expect(posting['occupationalCategory']).toBe('DevOps engineer');
    expect(posting['inLanguage']).toBeUndefined();
    // The job page's WebPage (BaseLayout) carries the language and names the posting.
    const page = webPage({
      url: input.url,
      name: 'DevOps Engineer (m/f/d)',
      description: 'x',
      inLanguage: 'en-GB',
      baseUrl: 'https://karriere.example.de',
      mainEntity: String(posting['@id']),
    });
    expect(page).toMatchObject({
      '@type': 'WebPage',
      '@id': input.url,
      inLanguage: 'en-GB',
      mainEntity: { '@id': posting['@id'] },
    });
    expect(posting['@id']).toBe(`${input.url}#stelle`);
  });

  it('keeps TELECOMMUTE for fully remote jobs only, and a single salary as one value', () => {
    const hybrid = jobPosting(
      { ...input, remote: 'hybrid', salary: { min: 3000, max: 3000, currency: 'EUR', unit: 'month' } },
      org,
    );
    expect(hybrid['jobLocationType']).toBeUndefined();
    expect(hybrid['applicantLocationRequirements']).toBeUndefined();
    expect(hybrid['baseSalary']).toMatchObject({ value: { value: 3000, unitText: 'MONTH' } });
    // Summer time: the last second of 31 May in Berlin.
    expect(jobPosting({ ...input, validThrough: day('2027-05-31') }, org)['validThrough']).toBe('2027-05-31T23:59:59+02:00');
  });

  it('sets directApply only where the application happens on this site, not in an ATS or by e-mail', () => {
    expect(jobPosting({ ...input, apply: { url: 'https://karriere.firma.example/bewerben/' } }, org)['directApply']).toBe(true);
    expect(jobPosting(input, org)['directApply']).toBe(false);
    expect(jobPosting({ ...input, apply: { email: 'jobs@firma.example' } }, org)['directApply']).toBe(false);
    expect(jobPosting({ ...input, apply: { url: 'https://firma.jobs.personio.de/job/1' } }, org)['directApply']).toBe(false);
    expect(isSiteUrl('https://KARRIERE.firma.example/x/', org.url)).toBe(true);
    // A sibling subdomain is another site: this build cannot vouch for its pages.
    expect(isSiteUrl('https://bewerbung.firma.example/devops', org.url)).toBe(false);
    expect(isSiteUrl('https://firma.example/jobs/', org.url)).toBe(false);
  });

  it('encodes the mail subject as RFC 6068 wants it and orders the routes URL first', () => {
    expect(mailtoHref('jobs+it@firma.example', 'Bewerbung: Prüfer & Co (Kennziffer a-1)')).toBe(
      'mailto:jobs%2Bit@firma.example?subject=Bewerbung%3A%20Pr%C3%BCfer%20%26%20Co%20(Kennziffer%20a-1)',
    );
    expect(
      applyRoutes({ url: 'https://firma.jobs.personio.de/job/1', email: 'jobs@firma.example' }, 'S', org.url).map((route) => [
        route.kind,
        route.href,
      ]),
    ).toEqual([
      ['external', 'https://firma.jobs.personio.de/job/1'],
      ['email', 'mailto:jobs@firma.example?subject=S'],
    ]);
  });
});
