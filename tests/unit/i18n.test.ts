import { describe, expect, it } from 'vitest';
import { de, type UiKey } from '../../src/i18n/de.ts';
import { en } from '../../src/i18n/en.ts';
import { LANGUAGES, around, langOf, phrase, t, useTranslations, type Lang } from '../../src/i18n/index.ts';
import { alternates, localizedPath, pathLanguage, switchTarget, UNTRANSLATED_ANCHOR } from '../../src/i18n/routes.ts';
import { formatDate, formatDateRange, formatShortDate } from '../../src/lib/dates.ts';
import { formatSalaryRange } from '../../src/lib/money.ts';
import { siteSchema } from '../../src/schemas/site.ts';

/**
 * Every language has every UI string, and no string the others lack; placeholders are the
 * same in every language and form, so `t()` fills the same names everywhere.
 */

const dictionaries: Record<Lang, Record<string, unknown>> = { de, en };
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const FORMS = ['du', 'Sie'] as const;

describe('dictionaries', () => {
  it('cover the same keys in every language', () => {
    const reference = Object.keys(de).sort();
    expect(reference.length).toBeGreaterThan(300);
    for (const lang of LANGUAGES) {
      const keys = Object.keys(dictionaries[lang]).sort();
      expect(
        reference.filter((key) => !keys.includes(key)),
        `${lang} lacks`,
      ).toEqual([]);
      expect(
        keys.filter((key) => !reference.includes(key)),
        `${lang} has keys German lacks`,
      ).toEqual([]);
    }
  });

  it('use the same placeholders in every language and form', () => {
    for (const key of Object.keys(de) as UiKey[]) {
      const german = placeholders(phrase(key, 'Sie', 'de'));
      for (const lang of LANGUAGES) {
        for (const form of FORMS) expect(placeholders(phrase(key, form, lang)), `${lang} ${form} ${key}`).toEqual(german);
      }
    }
  });

  it('write English in one form, without empty strings', () => {
    for (const [key, value] of Object.entries(en)) {
      expect(typeof value, key).toBe('string');
      expect((value as string).trim(), key).not.toBe('');
    }
  });

  it('translate a page by its language and refuse a language without a dictionary', () => {
    expect(t('site.footer.imprint', {}, 'en')).toBe('Legal notice');
    expect(t('site.footer.imprint')).toBe('Impressum');
    expect(useTranslations('en')('home.title', { name: 'Testwerk' })).toBe('Inside Testwerk');
    expect(useTranslations(undefined)('home.title', { name: 'Testwerk' })).toBe('Einblick in Testwerk');
    expect(langOf('en')).toBe('en');
    expect(() => langOf('fr')).toThrow(/fr/);
  });
});

describe('page addresses in each language', () => {
  it('puts further languages under their code and reads them back', () => {
    expect(localizedPath('/impressum/', 'en')).toBe('/en/impressum/');
    expect(localizedPath('/', 'en')).toBe('/en/');
    expect(localizedPath('/impressum/', 'de')).toBe('/impressum/');
    expect(pathLanguage('/en/impressum/')).toEqual({ lang: 'en', base: '/impressum/' });
    expect(pathLanguage('/en/')).toEqual({ lang: 'en', base: '/' });
    expect(pathLanguage('/engineering/')).toEqual({ lang: 'de', base: '/engineering/' });
    expect(pathLanguage('/blog/x/')).toEqual({ lang: 'de', base: '/blog/x/' });
  });

  it('gives both versions the same, reciprocal alternates with x-default', () => {
    const german = alternates('/impressum/', ['de', 'en']);
    expect(german).toEqual([
      { hreflang: 'de', path: '/impressum/' },
      { hreflang: 'en', path: '/en/impressum/' },
      { hreflang: 'x-default', path: '/impressum/' },
    ]);
    expect(alternates('/en/impressum/', ['de', 'en'])).toEqual(german);
    expect(alternates('/', ['de', 'en']).map((item) => item.path)).toEqual(['/', '/en/', '/']);
  });

  it('has no alternates for a page in one language, or on a German-only site', () => {
    expect(alternates('/blog/', ['de', 'en']).map((item) => item.path)).toEqual(['/blog/', '/en/blog/', '/blog/']);
    expect(alternates('/themen/', ['de', 'en'])).toEqual([]);
    expect(alternates('/blog/', ['de'])).toEqual([]);
    expect(alternates('/impressum/', ['de'])).toEqual([]);
  });

  it('lets entry pages plug in their translations', () => {
    const translated = (base: string) => base === '/blog/hallo/';
    expect(alternates('/blog/hallo/', ['de', 'en'], translated).map((item) => item.path)).toEqual([
      '/blog/hallo/',
      '/en/blog/hallo/',
      '/blog/hallo/',
    ]);
    expect(switchTarget('/blog/hallo/', 'en', ['de', 'en'], translated)).toEqual({ path: '/en/blog/hallo/', translated: true });
  });

  it('switches to the translation, or to the home page with its notice', () => {
    expect(switchTarget('/datenschutz/', 'en', ['de', 'en'])).toEqual({ path: '/en/datenschutz/', translated: true });
    expect(switchTarget('/en/datenschutz/', 'de', ['de', 'en'])).toEqual({ path: '/datenschutz/', translated: true });
    expect(switchTarget('/karriere/bereiche/personal/', 'en', ['de', 'en'])).toEqual({
      path: `/en/#${UNTRANSLATED_ANCHOR}`,
      translated: false,
    });
    // The career home and every filter selection exist in each language (all jobs are listed there).
    expect(switchTarget('/karriere/', 'en', ['de', 'en'])).toEqual({ path: '/en/karriere/', translated: true });
    expect(switchTarget('/en/karriere/auswahl/bereich/it/', 'de', ['de', 'en'])).toEqual({
      path: '/karriere/auswahl/bereich/it/',
      translated: true,
    });
    expect(switchTarget('/karriere/auswahl/bereich/it/', 'en', ['de', 'en']).path).toBe('/en/karriere/auswahl/bereich/it/');
  });
});

describe('dates and numbers on English pages', () => {
  const day = new Date(Date.UTC(2026, 2, 2));
  it('use British English', () => {
    expect(formatDate(day)).toBe('2. März 2026');
    expect(formatDate(day, 'en-GB')).toBe('2 March 2026');
    expect(formatShortDate(day, 'en-GB')).toBe('02/03/2026');
    expect(formatDateRange(day, new Date(Date.UTC(2026, 2, 4)), 'en-GB')).toBe('2\u2009–\u20094 March 2026');
    expect(formatSalaryRange({ min: 42000, max: 52000, currency: 'EUR' }, 'en-GB')).toBe('€42,000 – €52,000');
    expect(formatSalaryRange({ min: 42000, max: 52000, currency: 'EUR' })).toBe('42.000\u00a0€ – 52.000\u00a0€');
  });
});

describe('site.yaml languages', () => {
  const site = {
    name: 'Testwerk',
    legalName: 'Testwerk GmbH',
    tagline: 'Ein Werk.',
    baseUrl: 'https://testwerk.example',
    address: { street: 'Teststraße 1', postalCode: '12345', city: 'Prüfstadt', country: 'DE' },
    contact: { email: 'info@testwerk.example', phone: '+49 123 45678-0' },
    register: { court: 'Amtsgericht Prüfstadt', number: 'HRB 1' },
    vatId: 'DE123456789',
    representatives: ['Erika Muster'],
    contentResponsible: { name: 'Max Muster', address: { street: 'Teststraße 1', postalCode: '12345', city: 'Prüfstadt' } },
    privacy: {
      officer: { name: 'DS GmbH', gender: 'neutral', email: 'ds@testwerk.example' },
      hosting: { name: 'Host GmbH', address: 'Serverweg 2', logRetentionDays: 7 },
      authority: { name: 'LfD', url: 'https://lfd.example' },
      updated: '2026-01-10',
    },
    brand: { primary: '#1f4e79', accent: '#c8553d' },
  };
  const issues = (extra: object) => {
    const result = siteSchema().safeParse({ ...site, ...extra });
    return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
  };

  it('accepts German alone and German with English and its texts', () => {
    expect(issues({})).toEqual([]);
    expect(issues({ languages: ['de', 'en'], translations: { en: { tagline: 'A works.' } } })).toEqual([]);
  });

  it('refuses English without its texts, another first language, unknown and repeated languages', () => {
    expect(issues({ languages: ['de', 'en'] })).toEqual(['translations.en']);
    expect(issues({ languages: ['en', 'de'], translations: { en: { tagline: 'A works.' } } })).toContain('languages.0');
    expect(issues({ languages: ['de', 'fr'] })).toEqual(['languages.1']);
    expect(issues({ languages: ['de', 'en', 'en'], translations: { en: { tagline: 'A works.' } } })).toEqual(['languages']);
  });
});

describe('around', () => {
  it('cuts a string around one placeholder, so markup can go around the value', () => {
    expect(around('video.moreFromDepartment', 'department', {}, 'en')).toEqual(['More videos from ', '']);
    const [before, after] = around('person.descriptionDepartment', 'department', { name: 'Ann', role: 'Lead', site: 'X' }, 'en');
    expect(`${before}Produktion${after}`).toBe(
      t('person.descriptionDepartment', { name: 'Ann', role: 'Lead', department: 'Produktion', site: 'X' }, 'en'),
    );
    expect(after).not.toBe('');
  });

  it('gives the whole string when the placeholder is not in it', () => {
    expect(around('home.allPeople', 'department', {}, 'de')).toEqual([t('home.allPeople', {}, 'de'), '']);
  });
});
