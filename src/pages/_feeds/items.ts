import { getImage } from 'astro:assets';
import type { Job, Picture, Post, SiteModel, Video } from '../../data/model.ts';
import type { TranslatedJob, TranslatedPost, TranslatedVideo } from '../../data/translations.ts';
import { DEFAULT_LANG, LOCALES, t, type Lang } from '../../i18n/index.ts';
import { applyRoutes } from '../../lib/careers/apply.ts';
import { formatDate } from '../../lib/dates.ts';
import { assertUniqueGuids, jobGuid, localizedGuid, postGuid, videoGuid } from '../../lib/feeds/guid.ts';
import { feedHtml } from '../../lib/feeds/html.ts';
import { escapeXml as escape } from '../../lib/feeds/text.ts';
import type { FeedChannel, FeedItem } from '../../lib/feeds/types.ts';
import { formatSalaryRange } from '../../lib/money.ts';
import { absoluteUrl, paths } from '../../lib/urls.ts';
import { localizedPath } from '../../i18n/routes.ts';
import { cardForPage } from '../../data/cards.ts';
import { cardBytes } from '../og/_card-file.ts';
import { entryHtml } from './content.ts';

/**
 * Feed items from the view models: newest first, cut to `feeds.limit` from site.yaml,
 * each with its full HTML, its social card as enclosure, and a guid that survives edits.
 * A translated entry (src/data/translations.ts) is an item in its language: the
 * translation's text and body, the dictionary's words in that language, its page's address,
 * and an id derived from the original's (guid.ts, `localizedGuid`), so that a reader who
 * follows both languages sees two entries.
 */

/** The translation of an entry, when the view model is one. */
const asTranslation = <T extends object>(entry: T): (T & { lang: Lang; original: T }) | undefined =>
  'original' in entry && 'lang' in entry ? (entry as T & { lang: Lang; original: T }) : undefined;

/** An item's id: the original's, or the original's in the translation's language. */
function itemGuid<T extends object>(entry: T, guid: (original: T) => string): string {
  const translated = asTranslation(entry);
  return translated ? localizedGuid(guid(translated.original), translated.lang) : guid(entry);
}

const absolute = (model: SiteModel, path: string) => absoluteUrl(path, model.site.baseUrl);

async function card(model: SiteModel, page: string): Promise<FeedItem['image']> {
  const spec = cardForPage(model, page);
  return {
    url: absolute(model, spec.url),
    bytes: await cardBytes(spec),
    type: 'image/png',
    width: spec.width,
    height: spec.height,
    alt: spec.alt,
  };
}

async function figure(model: SiteModel, picture: Picture, href?: string): Promise<string> {
  const image = await getImage({ src: picture.src, width: Math.min(1200, picture.src.width), format: 'jpg' });
  const img = `<img src="${escape(absolute(model, image.src))}" alt="${escape(picture.alt)}" width="${image.attributes['width']}" height="${image.attributes['height']}">`;
  return `<figure>${href ? `<a href="${escape(absolute(model, href))}">${img}</a>` : img}</figure>`;
}

/** The newest entries, as many as site.yaml allows. */
export const newest = <T>(model: SiteModel, list: readonly T[]): T[] => list.slice(0, model.site.feeds.limit);

/**
 * One item per post and build, however many feeds list it: a post stands in the blog's
 * RSS and JSON feeds, its topics' and its department's feeds, and sanitising its HTML
 * (feedHtml parses it) is the costly part of an item.
 */
const postItemsMade = new WeakMap<SiteModel, Map<Post | TranslatedPost, Promise<FeedItem>>>();

const guidOf = (model: SiteModel, post: Post) =>
  postGuid({ id: post.id, date: post.date, guid: post.entry.data.guid }, model.site.baseUrl);
const checked = new WeakSet<SiteModel>();

export async function postItems(model: SiteModel, posts: ReadonlyArray<Post | TranslatedPost>): Promise<FeedItem[]> {
  if (!checked.has(model)) {
    assertUniqueGuids(model.posts.map((post) => ({ guid: guidOf(model, post), file: post.entry.filePath ?? post.id })));
    checked.add(model);
  }
  let made = postItemsMade.get(model);
  if (!made) {
    made = new Map();
    postItemsMade.set(model, made);
  }
  const known = made;
  return Promise.all(
    newest(model, posts).map((post) => {
      let item = known.get(post);
      if (!item) {
        item = postItem(model, post);
        known.set(post, item);
      }
      return item;
    }),
  );
}

async function postItem(model: SiteModel, post: Post | TranslatedPost): Promise<FeedItem> {
  const url = absolute(model, post.url);
  const cover = post.cover ? await figure(model, post.cover) : '';
  const body = 'translation' in post ? await entryHtml(post.translation) : await entryHtml(post.entry);
  return {
    guid: itemGuid(post, (original) => guidOf(model, original)),
    title: post.title,
    url,
    published: post.date,
    updated: post.updated,
    summary: post.description,
    html: feedHtml(`${cover}${body}`, url),
    categories: [...post.tags.map((tag) => tag.label), ...(post.department ? [post.department.name] : [])],
    authors: post.credits.map((credit) => ({ name: credit.name, url: absolute(model, credit.url) })),
    image: await card(model, post.url),
  };
}

export async function videoItems(model: SiteModel, videos: ReadonlyArray<Video | TranslatedVideo>): Promise<FeedItem[]> {
  return Promise.all(
    newest(model, videos).map(async (video) => {
      const lang = asTranslation(video)?.lang ?? DEFAULT_LANG;
      const url = absolute(model, video.url);
      const intro = `${await figure(model, video.poster, video.url)}<p>${escape(video.description)}</p>`;
      const body = 'translation' in video ? await entryHtml(video.translation) : await entryHtml(video.entry);
      return {
        guid: itemGuid(video, (original) => videoGuid(original, model.site.baseUrl)),
        title: video.title,
        url,
        published: video.date,
        summary: t('feed.video.summary', { description: video.description, duration: video.duration }, lang),
        html: feedHtml(`${intro}${body}`, url),
        categories: [t(`video.kind.${video.kind}`, {}, lang), ...(video.department ? [video.department.name] : [])],
        authors: video.people.map((person) => ({ name: person.name, url: absolute(model, person.url) })),
        image: await card(model, video.url),
      };
    }),
  );
}

export async function jobItems(model: SiteModel, jobs: ReadonlyArray<Job | TranslatedJob>): Promise<FeedItem[]> {
  return Promise.all(
    newest(model, jobs).map(async (job) => {
      const lang = asTranslation(job)?.lang ?? DEFAULT_LANG;
      const tr = (key: Parameters<typeof t>[0], params: Parameters<typeof t>[1] = {}) => t(key, params, lang);
      const url = absolute(model, job.url);
      const type = tr(`type.${job.employmentType}`);
      const locations = job.locations.map((location) => location.name).join(', ');
      const salary = `${formatSalaryRange(job.salary, LOCALES[lang])} ${tr(`salary.${job.salary.unit}`)}`;
      const validThrough = formatDate(job.validThrough, LOCALES[lang]);
      const facts: Array<[string, string]> = [
        [tr('job.department'), job.department.name],
        [tr('job.locations'), locations],
        [tr('job.type'), type],
        [tr('job.remote'), tr(`remote.${job.remote}`)],
        [tr('job.salary'), salary],
        [tr('job.validThrough'), validThrough],
      ];
      const list = `<dl>${facts.map(([term, value]) => `<dt>${escape(term)}</dt><dd>${escape(value)}</dd>`).join('')}</dl>`;
      // The same first route as the job page's button: the ATS or site page, else the e-mail with its subject.
      const [route] = applyRoutes(job.apply, tr('job.mailSubject', { title: job.title, id: job.id }), model.site.baseUrl);
      const apply = route?.href ?? url;
      const body = 'translation' in job ? await entryHtml(job.translation) : await entryHtml(job.entry);
      const html = `<p>${escape(job.description)}</p>${list}${body}<p><a href="${escape(apply)}">${escape(tr('job.apply'))}</a></p>`;
      return {
        guid: itemGuid(job, (original) =>
          jobGuid(
            { id: original.id, datePosted: original.datePosted, personioId: original.entry.data.personioId },
            model.site.baseUrl,
          ),
        ),
        title: job.title,
        url,
        published: job.datePosted,
        summary: tr('feed.job.summary', { description: job.description, type, locations, salary, date: validThrough }),
        html: feedHtml(html, url),
        categories: [job.department.name, type, ...job.locations.map((location) => location.name)],
        authors: [{ name: model.site.legalName, url: absolute(model, localizedPath(paths.careers(), lang)) }],
        image: await card(model, job.url),
        job: { locations: job.locations.map((location) => location.name), salary, validThrough: job.validThrough },
      };
    }),
  );
}

/** A feed's own data: title, description, its page, its address and its language. */
export function channel(
  model: SiteModel,
  title: string,
  description: string,
  page: string,
  self: string,
  lang: Lang = DEFAULT_LANG,
): FeedChannel {
  const { site } = model;
  return {
    title,
    description,
    link: absolute(model, page),
    self: absolute(model, self),
    language: LOCALES[lang],
    logo: absolute(model, paths.careersLogo()),
    icon: absolute(model, '/favicon.svg'),
    copyright: t('site.footer.copyright', { year: model.now.getFullYear(), name: site.legalName }, lang),
    publisher: { name: site.legalName, url: absolute(model, paths.home()) },
  };
}

export const rssResponse = (body: string) =>
  new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
export const jsonFeedResponse = (body: string) =>
  new Response(body, { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
