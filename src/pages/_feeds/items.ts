import { getImage } from 'astro:assets';
import type { Job, Picture, Post, SiteModel, Video } from '../../data/model.ts';
import { LOCALE, t } from '../../i18n/index.ts';
import { applyRoutes } from '../../lib/careers/apply.ts';
import { formatDate } from '../../lib/dates.ts';
import { assertUniqueGuids, jobGuid, postGuid, videoGuid } from '../../lib/feeds/guid.ts';
import { feedHtml } from '../../lib/feeds/html.ts';
import { escapeXml as escape } from '../../lib/feeds/text.ts';
import type { FeedChannel, FeedItem } from '../../lib/feeds/types.ts';
import { formatSalaryRange } from '../../lib/money.ts';
import { absoluteUrl, paths } from '../../lib/urls.ts';
import { cardForPage } from '../../data/cards.ts';
import { cardBytes } from '../og/_card-file.ts';
import { entryHtml } from './content.ts';

/**
 * Feed items from the view models: newest first, cut to `feeds.limit` from site.yaml,
 * each with its full HTML, its social card as enclosure, and a guid that survives edits.
 */

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
export const newest = <T>(model: SiteModel, list: T[]): T[] => list.slice(0, model.site.feeds.limit);

/**
 * One item per post and build, however many feeds list it: a post stands in the blog's
 * RSS and JSON feeds, its topics' and its department's feeds, and sanitising its HTML
 * (feedHtml parses it) is the costly part of an item.
 */
const postItemsMade = new WeakMap<SiteModel, Map<Post, Promise<FeedItem>>>();

const guidOf = (model: SiteModel, post: Post) =>
  postGuid({ id: post.id, date: post.date, guid: post.entry.data.guid }, model.site.baseUrl);
const checked = new WeakSet<SiteModel>();

export async function postItems(model: SiteModel, posts: Post[]): Promise<FeedItem[]> {
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

async function postItem(model: SiteModel, post: Post): Promise<FeedItem> {
  const url = absolute(model, post.url);
  const cover = post.cover ? await figure(model, post.cover) : '';
  return {
    guid: guidOf(model, post),
    title: post.title,
    url,
    published: post.date,
    updated: post.updated,
    summary: post.description,
    html: feedHtml(`${cover}${await entryHtml(post.entry)}`, url),
    categories: [...post.tags.map((tag) => tag.label), ...(post.department ? [post.department.name] : [])],
    authors: post.credits.map((credit) => ({ name: credit.name, url: absolute(model, credit.url) })),
    image: await card(model, post.url),
  };
}

export async function videoItems(model: SiteModel, videos: Video[]): Promise<FeedItem[]> {
  return Promise.all(
    newest(model, videos).map(async (video) => {
      const url = absolute(model, video.url);
      const intro = `${await figure(model, video.poster, video.url)}<p>${escape(video.description)}</p>`;
      return {
        guid: videoGuid(video, model.site.baseUrl),
        title: video.title,
        url,
        published: video.date,
        summary: t('feed.video.summary', { description: video.description, duration: video.duration }),
        html: feedHtml(`${intro}${await entryHtml(video.entry)}`, url),
        categories: [t(`video.kind.${video.kind}`), ...(video.department ? [video.department.name] : [])],
        authors: video.people.map((person) => ({ name: person.name, url: absolute(model, person.url) })),
        image: await card(model, video.url),
      };
    }),
  );
}

export async function jobItems(model: SiteModel, jobs: Job[]): Promise<FeedItem[]> {
  return Promise.all(
    newest(model, jobs).map(async (job) => {
      const url = absolute(model, job.url);
      const type = t(`type.${job.employmentType}`);
      const locations = job.locations.map((location) => location.name).join(', ');
      const salary = `${formatSalaryRange(job.salary)} ${t(`salary.${job.salary.unit}`)}`;
      const facts: Array<[string, string]> = [
        [t('job.department'), job.department.name],
        [t('job.locations'), locations],
        [t('job.type'), type],
        [t('job.remote'), t(`remote.${job.remote}`)],
        [t('job.salary'), salary],
        [t('job.validThrough'), formatDate(job.validThrough)],
      ];
      const list = `<dl>${facts.map(([term, value]) => `<dt>${escape(term)}</dt><dd>${escape(value)}</dd>`).join('')}</dl>`;
      // The same first route as the job page's button: the ATS or site page, else the e-mail with its subject.
      const [route] = applyRoutes(job.apply, t('job.mailSubject', { title: job.title, id: job.id }), model.site.baseUrl);
      const apply = route?.href ?? url;
      const html = `<p>${escape(job.description)}</p>${list}${await entryHtml(job.entry)}<p><a href="${escape(apply)}">${escape(t('job.apply'))}</a></p>`;
      return {
        guid: jobGuid({ id: job.id, datePosted: job.datePosted, personioId: job.entry.data.personioId }, model.site.baseUrl),
        title: job.title,
        url,
        published: job.datePosted,
        summary: t('feed.job.summary', {
          description: job.description,
          type,
          locations,
          salary,
          date: formatDate(job.validThrough),
        }),
        html: feedHtml(html, url),
        categories: [job.department.name, type, ...job.locations.map((location) => location.name)],
        authors: [{ name: model.site.legalName, url: absolute(model, paths.careers()) }],
        image: await card(model, job.url),
        job: { locations: job.locations.map((location) => location.name), salary, validThrough: job.validThrough },
      };
    }),
  );
}

/** A feed's own data: title, description, its page and its address. */
export function channel(model: SiteModel, title: string, description: string, page: string, self: string): FeedChannel {
  const { site } = model;
  return {
    title,
    description,
    link: absolute(model, page),
    self: absolute(model, self),
    language: LOCALE,
    logo: absolute(model, paths.careersLogo()),
    icon: absolute(model, '/favicon.svg'),
    copyright: t('site.footer.copyright', { year: model.now.getFullYear(), name: site.legalName }),
    publisher: { name: site.legalName, url: absolute(model, paths.home()) },
  };
}

export const rssResponse = (body: string) =>
  new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
export const jsonFeedResponse = (body: string) =>
  new Response(body, { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
