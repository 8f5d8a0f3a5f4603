import type { Entry, RawContent } from './load.ts';
import type { Department, Job, Person, Picture, Post, SiteModel, Team, Video } from './model.ts';
import type { PublishOptions } from '../lib/publishing.ts';
import { readingMinutes } from '../lib/dates.ts';
import { TRANSLATION_LANGS, type TranslationLang } from '../lib/paths.ts';
import { localizedPath, STATIC_TRANSLATIONS, type HasTranslation } from '../i18n/routes.ts';
import { DEFAULT_LANG, isLang, type Lang } from '../i18n/index.ts';
import { paths } from '../lib/urls.ts';

/**
 * The other languages' view of the site: for every entry with a translation, the view
 * model of its original with the translated text in place (title, description, role,
 * alternative texts, name …), and the shared facts (dates, authors, salary, locations,
 * photos …) from the original. Nested entries are translated too where they can be: an
 * English post's authors are the English people, its department the English department;
 * an entry without a translation stays in German there.
 *
 * A translated entry's `url` is its page in that language (`/en/blog/x/`); `original.url`
 * is the German page. An untranslated entry nested in a translated one keeps its German
 * `url`, so links from English pages lead to the German page where no English one exists.
 *
 * Only what both languages publish is here: a draft translation, or a translation of an
 * original this build does not publish (a draft, a closed job, a person without consent),
 * is left out. The German model is never changed.
 */

/** A translated view model: the original's, with its text in `lang`. */
export type Translated<T, E = undefined> = T & {
  lang: TranslationLang;
  /** The German view model this one translates. */
  original: T;
  /** The translation's own entry (render its body with `render(translation)`); none for departments. */
  translation: E;
};

export type TranslatedDepartment = Translated<Department>;
export type TranslatedPerson = Translated<Person, Entry<'personTranslations'>>;
export type TranslatedTeam = Translated<Team, Entry<'teamTranslations'>>;
export type TranslatedVideo = Translated<Video, Entry<'videoTranslations'>>;
export type TranslatedPost = Translated<Post, Entry<'postTranslations'>> & {
  /** The `social:` sentence in this language, if the translation has one. */
  social: string | undefined;
};
export type TranslatedJob = Translated<Job, Entry<'jobTranslations'>> & {
  occupation: string | undefined;
  keywords: string[] | undefined;
};

/** One language's translated entries, in the German model's order. */
export interface LanguageModel {
  lang: TranslationLang;
  departments: TranslatedDepartment[];
  people: TranslatedPerson[];
  teams: TranslatedTeam[];
  posts: TranslatedPost[];
  videos: TranslatedVideo[];
  jobs: TranslatedJob[];
}

export type TranslationModel = Record<TranslationLang, LanguageModel>;

/** The collections that have translations (departments translate in departments.yaml). */
export type TranslatedCollection = Exclude<keyof LanguageModel, 'lang'>;

const withAlt = (picture: Picture | undefined, alt: string | undefined): Picture | undefined =>
  picture && alt ? { ...picture, alt } : picture;

/** The translations of one language whose translation is published, by the original's id. */
function published<E extends { id: string; data: { draft: boolean } }>(
  entries: readonly E[],
  lang: TranslationLang,
  options: PublishOptions,
): Map<string, E> {
  const prefix = `${lang}/`;
  return new Map(
    entries
      .filter((entry) => entry.id.startsWith(prefix) && (options.preview || !entry.data.draft))
      .map((entry) => [entry.id.slice(prefix.length), entry]),
  );
}

/** The translated view of `german` in `lang`. */
function translateLanguage(
  raw: RawContent,
  german: Omit<SiteModel, 'translations'>,
  lang: TranslationLang,
  options: PublishOptions,
): LanguageModel {
  const texts = {
    departments: new Map(
      raw.departments.flatMap((entry) => {
        const text = entry.data[lang];
        return text ? [[entry.id, text] as const] : [];
      }),
    ),
    people: published(raw.translations.people, lang, options),
    teams: published(raw.translations.teams, lang, options),
    videos: published(raw.translations.videos, lang, options),
    posts: published(raw.translations.posts, lang, options),
    jobs: published(raw.translations.jobs, lang, options),
  };

  const departments: TranslatedDepartment[] = german.departments.flatMap((department) => {
    const text = texts.departments.get(department.id);
    return text
      ? [
          {
            ...department,
            url: localizedPath(department.url, lang),
            name: text.name,
            description: text.description,
            lang,
            original: department,
            translation: undefined,
          },
        ]
      : [];
  });
  const departmentById = new Map<string, Department>(departments.map((department) => [department.id, department]));
  const dept = <D extends Department | undefined>(department: D): D =>
    (department ? (departmentById.get(department.id) ?? department) : department) as D;

  const people: TranslatedPerson[] = german.people.flatMap((person) => {
    const translation = texts.people.get(person.id);
    if (!translation) return [];
    const data = translation.data;
    return [
      {
        ...person,
        url: localizedPath(person.url, lang),
        role: data.role,
        pronouns: data.pronouns ?? person.pronouns,
        photo: withAlt(person.photo, data.photo?.alt),
        department: dept(person.department),
        lang,
        original: person,
        translation,
      },
    ];
  });
  const personById = new Map<string, Person>(people.map((person) => [person.id, person]));
  const person = (each: Person) => personById.get(each.id) ?? each;

  const teams: TranslatedTeam[] = german.teams.flatMap((team) => {
    const translation = texts.teams.get(team.id);
    if (!translation) return [];
    const data = translation.data;
    return [
      {
        ...team,
        url: localizedPath(team.url, lang),
        name: data.name,
        description: data.description,
        meets: data.meets ?? team.meets,
        cover: withAlt(team.cover, data.cover?.alt),
        members: team.members.map(person),
        leads: team.leads.map(person),
        lang,
        original: team,
        translation,
      },
    ];
  });
  // By the German address, which the German model's references use.
  const teamByUrl = new Map(teams.map((team) => [team.original.url, team]));
  const personByUrl = new Map(people.map((each) => [each.original.url, each]));

  const videos: TranslatedVideo[] = german.videos.flatMap((video) => {
    const translation = texts.videos.get(video.id);
    if (!translation) return [];
    const data = translation.data;
    return [
      {
        ...video,
        url: localizedPath(video.url, lang),
        title: data.title,
        description: data.description,
        poster: withAlt(video.poster, data.poster?.alt)!,
        people: video.people.map(person),
        department: dept(video.department),
        lang,
        original: video,
        translation,
      },
    ];
  });
  const videoById = new Map<string, Video>(videos.map((video) => [video.id, video]));

  const posts: TranslatedPost[] = german.posts.flatMap((post) => {
    const translation = texts.posts.get(post.id);
    if (!translation) return [];
    const data = translation.data;
    const authors = post.authors.map(person);
    const credited = (credit: Post['credits'][number]) =>
      credit.kind === 'person' ? personByUrl.get(credit.url) : teamByUrl.get(credit.url);
    return [
      {
        ...post,
        url: localizedPath(post.url, lang),
        title: data.title,
        description: data.description,
        social: data.social,
        cover: withAlt(post.cover, data.cover?.alt),
        department: dept(post.department),
        authors,
        interviewees: post.interviewees.map(person),
        creditedTeam: post.creditedTeam ? (teamByUrl.get(post.creditedTeam.url) ?? post.creditedTeam) : undefined,
        credits: post.credits.map((credit) => {
          const found = credited(credit);
          return found ? { ...credit, name: found.name, url: found.url } : credit;
        }),
        videos: post.videos.map((video) => videoById.get(video.id) ?? video),
        readingMinutes: readingMinutes(translation.body ?? ''),
        lang,
        original: post,
        translation,
      },
    ];
  });

  const jobs: TranslatedJob[] = german.jobs.flatMap((job) => {
    const translation = texts.jobs.get(job.id);
    if (!translation) return [];
    const data = translation.data;
    return [
      {
        ...job,
        url: localizedPath(job.url, lang),
        title: data.title,
        description: data.description,
        occupation: data.occupation,
        keywords: data.keywords,
        department: dept(job.department),
        contact: job.contact ? person(job.contact) : undefined,
        lang,
        original: job,
        translation,
      },
    ];
  });

  return { lang, departments, people, teams, posts, videos, jobs };
}

/** Every translation language's view of the German model. */
export function buildTranslations(
  raw: RawContent,
  german: Omit<SiteModel, 'translations'>,
  options: PublishOptions,
): TranslationModel {
  return Object.fromEntries(
    TRANSLATION_LANGS.map((lang) => [lang, translateLanguage(raw, german, lang, options)]),
  ) as TranslationModel;
}

/** The translated view of one entry, if it has a published one in `lang`. */
export function translationOf<C extends TranslatedCollection>(
  model: SiteModel,
  lang: TranslationLang,
  collection: C,
  id: string,
): LanguageModel[C][number] | undefined {
  return (model.translations[lang][collection] as Array<LanguageModel[C][number]>).find((entry) => entry.id === id);
}

/** The languages an entry is published in besides German, e.g. `['en']`. */
export const languagesOf = (model: SiteModel, collection: TranslatedCollection, id: string): TranslationLang[] =>
  TRANSLATION_LANGS.filter((lang) => translationOf(model, lang, collection, id) !== undefined);

/**
 * A collection as a page in `lang` lists it: every German entry in the German order, with
 * its translation in place where `lang` has one. `lang` is German: the German model.
 * Use {@link entryLang} to mark the entries that stay German (`lang="de"`, `hreflang="de"`).
 */
export function inLanguage<C extends TranslatedCollection>(
  model: SiteModel,
  lang: Lang,
  collection: C,
): Array<SiteModel[C][number] | LanguageModel[C][number]> {
  const german = model[collection] as Array<SiteModel[C][number]>;
  if (lang === DEFAULT_LANG) return german;
  const translated = new Map(
    (model.translations[lang][collection] as Array<LanguageModel[C][number]>).map((entry) => [entry.id, entry]),
  );
  return german.map((entry) => translated.get(entry.id) ?? entry);
}

/** The language an entry of {@link inLanguage} is shown in: its translation's, or German. */
export const entryLang = (entry: object): Lang =>
  'lang' in entry && typeof entry.lang === 'string' && isLang(entry.lang) ? entry.lang : DEFAULT_LANG;

/**
 * The language to mark an entry with on a page in `pageLang` (`lang` on its text, `hreflang`
 * on its link): its own where it differs from the page's, otherwise none.
 */
export const foreignLang = (entry: object, pageLang: Lang): Lang | undefined =>
  entryLang(entry) === pageLang ? undefined : entryLang(entry);

const translatedAddresses = new WeakMap<SiteModel, Record<TranslationLang, Set<string>>>();

/**
 * Whether the page at a German address exists in `lang`, for `hreflang` alternates, the
 * language switcher and the sitemap: the pages every language has (TRANSLATED_PAGES; the
 * accessibility statement only where site.yaml has one), each entry page whose entry
 * has a published translation, and the blog's later pages as far as the translated posts fill them.
 */
export function pageTranslations(model: SiteModel): HasTranslation {
  let addresses = translatedAddresses.get(model);
  if (!addresses) {
    addresses = Object.fromEntries(
      TRANSLATION_LANGS.map((lang) => {
        const language = model.translations[lang];
        const entries = [
          ...language.departments,
          ...language.people,
          ...language.teams,
          ...language.posts,
          ...language.videos,
          ...language.jobs,
        ];
        const blogPages = Math.ceil(language.posts.length / model.site.postsPerPage);
        const later = Array.from({ length: Math.max(0, blogPages - 1) }, (_, index) => paths.blog(index + 2));
        return [lang, new Set([...entries.map((entry) => entry.original.url), ...later])];
      }),
    ) as Record<TranslationLang, Set<string>>;
    translatedAddresses.set(model, addresses);
  }
  const known = addresses;
  return (base, lang) => {
    if (lang === DEFAULT_LANG) return true;
    if (base === paths.accessibility() && !model.site.accessibility) return false;
    return STATIC_TRANSLATIONS(base, lang) || known[lang].has(base);
  };
}
