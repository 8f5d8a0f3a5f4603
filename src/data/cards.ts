import type { Person, Picture, Post, SiteModel, Team, Video } from './model.ts';
import { DEFAULT_LANG, LOCALE, LOCALES, t, useTranslations, type Translate } from '../i18n/index.ts';
import { localizedPath } from '../i18n/routes.ts';
import { formatDate } from '../lib/dates.ts';
import { paths } from '../lib/urls.ts';
import type { CardBrand, CardImage, CardSpec, TextCardData } from '../og/types.ts';

/**
 * Which page gets which social card: one spec per page of the site, made from the view
 * models. The card endpoint renders them all; BaseLayout looks a page's card up here for
 * its `og:image`. A page not listed (added later) gets the card of its nearest listed
 * ancestor path, so no page ever points to a missing image.
 */

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The file behind an image from a content collection (Astro keeps it on a hidden `fsPath`). */
export function imageFile(picture: Picture | undefined): CardImage | undefined {
  const file = (picture?.src as { fsPath?: unknown } | undefined)?.fsPath;
  return typeof file === 'string' && file.length > 0 ? { file } : undefined;
}

/** Keys with a `…One` variant for a count of one. */
type Countable =
  'og.posts.note' | 'og.topics.note' | 'og.people.note' | 'og.teams.note' | 'og.team.members' | 'og.videos.note' | 'og.jobs.note';

function build(model: SiteModel): CardSpec[] {
  const { site } = model;
  const brand: CardBrand = {
    siteName: site.name,
    host: new URL(site.baseUrl).host,
    primary: site.brand.primary,
    accent: site.brand.accent,
  };
  const base = (page: string, alt: string) => ({
    page,
    url: paths.card(page),
    alt,
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    brand,
  });
  const text = (page: string, card: TextCardData, tr: Translate = t): CardSpec => ({
    ...base(page, tr('og.alt.page', { title: card.heading, site: site.name })),
    template: 'text',
    text: card,
  });
  const specs: CardSpec[] = [];
  const count = (key: Countable, value: number, tr: Translate = t) => tr(value === 1 ? `${key}One` : key, { count: value });
  /** The card of a section's first page: its title, its description and how many it lists. */
  const section = (
    page: string,
    name: 'blog' | 'topics' | 'teams' | 'videos' | 'careers',
    note: Countable,
    value: number,
    tr: Translate = t,
  ) =>
    text(
      page,
      {
        label: site.name,
        heading: tr(`${name}.title`),
        text: tr(`${name}.description`, { name: site.name }),
        note: count(note, value, tr),
      },
      tr,
    );
  /** A post's card, in the language of `tr` and `locale` (a translated post brings its own title). */
  const postCard = (post: Post, tr: Translate = t, locale = LOCALE): CardSpec => {
    // An interview's card shows who is interviewed, not who wrote it up.
    const shown = post.kind === 'interview' && post.interviewees.length > 0 ? post.interviewees : undefined;
    const authors = shown ? shown.map((person) => person.name) : post.credits.map((credit) => credit.name);
    const kind = tr(`kind.${post.kind}`);
    const date = formatDate(post.date, locale);
    return {
      ...base(
        post.url,
        shown
          ? tr('og.alt.interview', { title: post.title, people: authors.join(', '), date })
          : tr('og.alt.post', { kind, title: post.title, authors: authors.join(', '), date }),
      ),
      template: 'post',
      post: {
        title: post.title,
        kind,
        department: post.department?.name,
        authors,
        photo: imageFile((shown ?? post.authors).find((person) => person.photo)?.photo),
        cover: imageFile(post.cover),
        date,
      },
    };
  };

  specs.push(
    text(paths.home(), {
      label: t('og.home.label'),
      heading: t('home.title', { name: site.name }),
      text: site.tagline,
      note: t('og.home.note', {
        posts: count('og.posts.note', model.posts.length),
        jobs: count('og.jobs.note', model.jobs.length),
      }),
    }),
  );
  // One card for the blog, its later pages included (they get it as their nearest listed
  // ancestor): nobody shares page 37 of a list, and a card per page was a tenth of all
  // cards a 1000-post build renders.
  specs.push(section(paths.blog(), 'blog', 'og.posts.note', model.posts.length));
  for (const post of model.posts) specs.push(postCard(post));
  specs.push(section(paths.topics(), 'topics', 'og.topics.note', model.tags.length));
  for (const tag of model.tags) {
    specs.push(
      text(tag.url, {
        label: t('og.topic.label'),
        heading: tag.label,
        text: t('topic.description', { tag: tag.label, name: site.name }),
        note: count('og.posts.note', tag.posts.length),
      }),
    );
  }
  const withPhotos = (people: SiteModel['people']) =>
    people.map((person) => imageFile(person.photo)).filter((image): image is CardImage => image !== undefined);
  // The people, team and video cards, in the language of `tr` (the German model, or a
  // further language's translated entries with the lists at their address in it).
  const peopleCard = (page: string, tr: Translate = t): CardSpec => ({
    ...base(page, tr('og.alt.team', { name: tr('people.title'), members: count('og.people.note', model.people.length, tr) })),
    template: 'team',
    team: {
      label: site.name,
      name: tr('people.title'),
      description: tr('people.description', { name: site.name }),
      members: count('og.people.note', model.people.length, tr),
      photos: withPhotos(model.people),
    },
  });
  const personCard = (person: Person, tr: Translate = t): CardSpec => ({
    ...base(person.url, tr('og.alt.person', { name: person.name, role: person.role })),
    template: 'person',
    person: {
      name: person.name,
      role: person.role,
      department: person.department?.name,
      photo: imageFile(person.photo),
    },
  });
  const teamCard = (team: Team, tr: Translate = t): CardSpec => {
    const members = count('og.team.members', team.members.length, tr);
    return {
      ...base(team.url, tr('og.alt.team', { name: team.name, members })),
      template: 'team',
      team: {
        label: tr('og.team.label'),
        name: team.name,
        description: team.description,
        members,
        photos: withPhotos(team.members),
      },
    };
  };
  const videoCard = (video: Video, tr: Translate = t): CardSpec => {
    const poster = imageFile(video.poster);
    const alt = tr('og.alt.video', { title: video.title, duration: video.duration });
    const kind = tr(`video.kind.${video.kind}`);
    return poster
      ? { ...base(video.url, alt), template: 'video', video: { title: video.title, kind, duration: video.duration, poster } }
      : text(video.url, { label: kind, heading: video.title, text: video.description, note: video.duration }, tr);
  };
  specs.push(peopleCard(paths.people()));
  for (const person of model.people) {
    const card = personCard(person);
    specs.push(card, { ...card, page: paths.signature(person.id), url: paths.card(paths.signature(person.id)) });
  }
  specs.push(section(paths.teams(), 'teams', 'og.teams.note', model.teams.length));
  specs.push(...model.teams.map((team) => teamCard(team)));
  specs.push(section(paths.videos(), 'videos', 'og.videos.note', model.videos.length));
  specs.push(...model.videos.map((video) => videoCard(video)));
  specs.push(section(paths.careers(), 'careers', 'og.jobs.note', model.jobs.length));
  /** A job's card, in the language of `tr` (the job's text is in that language too). */
  const jobCard = (job: SiteModel['jobs'][number], tr: Translate): CardSpec => {
    const type = tr(`type.${job.employmentType}`);
    const locations = job.locations.map((location) => location.name).join(', ');
    return {
      ...base(job.url, tr('og.alt.job', { title: job.title, type, locations })),
      template: 'job',
      job: {
        title: job.title,
        department: job.department.name,
        locations,
        employmentType: type,
        remote: job.remote === 'none' ? undefined : tr(`remote.${job.remote}`),
        cta: tr('job.apply'),
      },
    };
  };
  /** A department's card, in the language of `tr`. */
  const departmentCard = (department: SiteModel['departments'][number], tr: Translate): CardSpec =>
    text(
      department.url,
      {
        label: tr('og.department.label'),
        heading: department.name,
        text: department.description,
        note: tr('og.department.note', {
          jobs: count('og.jobs.note', model.jobs.filter((job) => job.department.id === department.id).length, tr),
          posts: count('og.posts.note', model.posts.filter((post) => post.department?.id === department.id).length, tr),
        }),
      },
      tr,
    );
  for (const job of model.jobs) specs.push(jobCard(job, t));
  for (const department of model.departments) specs.push(departmentCard(department, t));
  const plain: Array<[string, string, string]> = [
    [paths.imprint(), t('imprint.title'), t('imprint.description', { name: site.name })],
    [paths.privacy(), t('privacy.title'), t('privacy.description', { name: site.name })],
    [paths.channels(), t('channels.title'), t('channels.description', { name: site.name })],
    ...(site.accessibility
      ? [[paths.accessibility(), t('a11y.title'), t('a11y.description', { name: site.name })] as [string, string, string]]
      : []),
    ['/404/', t('notFound.title'), site.tagline],
  ];
  for (const [page, heading, description] of plain) {
    specs.push(text(page, { label: site.legalName, heading, text: description, note: undefined }));
  }
  // The pages of each further language (src/pages/[lang]/), in that language.
  for (const lang of site.languages) {
    if (lang === DEFAULT_LANG) continue;
    const texts = site.translations[lang];
    if (!texts) continue;
    const tr = useTranslations(lang);
    const translated = model.translations[lang];
    const posts = translated.posts;
    const home = {
      label: tr('og.home.label'),
      heading: tr('home.title', { name: site.name }),
      text: texts.tagline,
      note: tr('og.home.note', {
        posts: count('og.posts.note', model.posts.length, tr),
        jobs: count('og.jobs.note', model.jobs.length, tr),
      }),
    };
    specs.push(text(localizedPath(paths.home(), lang), home, tr));
    const legal: Array<[string, string, string]> = [
      [paths.imprint(), tr('imprint.title'), tr('imprint.description', { name: site.name })],
      [paths.privacy(), tr('privacy.title'), tr('privacy.description', { name: site.name })],
      [paths.channels(), tr('channels.title'), tr('channels.description', { name: site.name })],
      [paths.search(), tr('search.title'), tr('search.description', { name: site.name })],
    ];
    specs.push(section(localizedPath(paths.blog(), lang), 'blog', 'og.posts.note', posts.length, tr));
    for (const post of posts) specs.push(postCard(post, tr, LOCALES[lang]));
    if (site.accessibility) legal.push([paths.accessibility(), tr('a11y.title'), tr('a11y.description', { name: site.name })]);
    for (const [page, heading, description] of legal) {
      specs.push(text(localizedPath(page, lang), { label: site.legalName, heading, text: description, note: undefined }, tr));
    }
    // The career hub in this language: its home, and each job and department with a translation.
    const careers = {
      label: site.name,
      heading: tr('careers.title'),
      text: tr('careers.description', { name: site.name }),
      note: count('og.jobs.note', model.jobs.length, tr),
    };
    specs.push(text(localizedPath(paths.careers(), lang), careers, tr));
    for (const job of translated.jobs) specs.push(jobCard(job, tr));
    for (const department of translated.departments) specs.push(departmentCard(department, tr));
    specs.push(peopleCard(localizedPath(paths.people(), lang), tr), ...translated.people.map((person) => personCard(person, tr)));
    specs.push(section(localizedPath(paths.teams(), lang), 'teams', 'og.teams.note', model.teams.length, tr));
    specs.push(...translated.teams.map((team) => teamCard(team, tr)));
    specs.push(section(localizedPath(paths.videos(), lang), 'videos', 'og.videos.note', model.videos.length, tr));
    specs.push(...translated.videos.map((video) => videoCard(video, tr)));
  }
  return specs;
}

const built = new WeakMap<SiteModel, { list: CardSpec[]; byPage: Map<string, CardSpec> }>();

function index(model: SiteModel) {
  let found = built.get(model);
  if (!found) {
    const list = build(model);
    found = { list, byPage: new Map(list.map((spec) => [spec.page, spec])) };
    built.set(model, found);
  }
  return found;
}

/** Every card of the site, once per model. */
export const siteCards = (model: SiteModel): CardSpec[] => index(model).list;

/**
 * Every card in the order to render them in a build: first those the feeds show (posts,
 * videos and jobs, newest first), since a feed waits for its cards' files
 * (src/pages/og/_card-file.ts), then the rest.
 */
export function cardsToRender(model: SiteModel): CardSpec[] {
  const inFeeds = new Set([...model.posts, ...model.videos, ...model.jobs].map((item) => item.url));
  const list = siteCards(model);
  return [...list.filter((spec) => inFeeds.has(spec.page)), ...list.filter((spec) => !inFeeds.has(spec.page))];
}

/** The card of a page path, or of its nearest ancestor that has one (the home card at the latest). */
export function cardForPage(model: SiteModel, pathname: string): CardSpec {
  const { byPage, list } = index(model);
  const segments = pathname.split('/').filter(Boolean);
  for (let length = segments.length; length >= 0; length--) {
    const page = length === 0 ? '/' : `/${segments.slice(0, length).join('/')}/`;
    const spec = byPage.get(page);
    if (spec) return spec;
  }
  return list[0]!;
}
