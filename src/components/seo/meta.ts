import { getImage } from 'astro:assets';
import type { Person, Picture, Post, SiteModel } from '../../data/model.ts';
import { DEFAULT_LANG, LOCALES, type Lang } from '../../i18n/index.ts';
import { readingWords } from '../../lib/reading.ts';
import type { ArticleMeta, OgType } from '../../lib/social.ts';
import { blogPosting } from '../../lib/structured-data/blog-posting.ts';
import { eventLd } from '../../lib/structured-data/event.ts';
import { readEvent } from '../../lib/events.ts';
import { EVENT_FRONTMATTER_KEY } from '../../lib/mdx-kit-plugins.ts';
import { organization, website } from '../../lib/structured-data/organization.ts';
import { person as personLd } from '../../lib/structured-data/person.ts';
import { absoluteUrl, paths } from '../../lib/urls.ts';
import { cardForPage } from '../../data/cards.ts';

/**
 * Page meta for BaseLayout, from the view models: `og:type`, article data and JSON-LD for
 * the home page, posts and profiles. Spread onto the layout: `<BaseLayout {...(await postMeta(post, model))}>`.
 */
interface PageMeta {
  ogType?: OgType;
  article?: ArticleMeta;
  jsonLd: object[];
}

const absolute = (model: SiteModel, path: string) => absoluteUrl(path, model.site.baseUrl);

/** A picture rendered for structured data (width 1200 at most), as an absolute URL. */
async function pictureUrl(model: SiteModel, picture: Picture, width: number): Promise<string> {
  const image = await getImage({ src: picture.src, width: Math.min(width, picture.src.width), format: 'jpg' });
  return absolute(model, image.src);
}

const logo = (model: SiteModel) => absolute(model, paths.careersLogo());

/** Organization and WebSite, for the home page. */
export function homeMeta(model: SiteModel, lang: Lang = 'de'): PageMeta {
  const { site } = model;
  return {
    jsonLd: [
      organization({
        name: site.name,
        legalName: site.legalName,
        url: absolute(model, paths.home()),
        logo: logo(model),
        description: site.tagline,
        email: site.contact.email,
        telephone: site.contact.phone,
        address: site.address,
        vatId: site.vatId,
        sameAs: site.channels.map((channel) => channel.url),
      }),
      website({ name: site.name, url: absolute(model, paths.home()), description: site.tagline, inLanguage: LOCALES[lang] }),
    ],
  };
}

/**
 * `article` Open Graph data and BlogPosting, for a post; an `event` post with a
 * `<Veranstaltung>` (its props in `bodyData`, the `remarkPluginFrontmatter` of
 * `render(entry)`) also gets schema.org Event. A translated post (src/data/translations.ts)
 * gives its page's language and the body it renders, for `inLanguage` and the word count.
 */
export async function postMeta(
  post: Post,
  model: SiteModel,
  bodyData: Record<string, unknown> = {},
  { lang = DEFAULT_LANG, body = post.entry.body ?? '' }: { lang?: Lang; body?: string } = {},
): Promise<PageMeta> {
  const authors = post.credits.map((credit) => ({ ...credit, url: absolute(model, credit.url) }));
  const images = [absolute(model, cardForPage(model, post.url).url)];
  if (post.cover) images.push(await pictureUrl(model, post.cover, 1200));
  return {
    ogType: 'article',
    article: {
      publishedTime: post.date,
      modifiedTime: post.updated,
      authors: authors.map((author) => author.url),
      tags: post.tags.map((tag) => tag.label),
      section: post.department?.name,
    },
    jsonLd: [
      blogPosting({
        headline: post.title,
        description: post.description,
        url: absolute(model, post.url),
        images,
        datePublished: post.date,
        dateModified: post.updated,
        authors,
        publisher: { name: model.site.legalName, url: absolute(model, paths.home()), logo: logo(model) },
        keywords: post.tags.map((tag) => tag.label),
        section: post.department?.name,
        inLanguage: LOCALES[lang],
        wordCount: readingWords(body),
      }),
      ...postEvent(post, model, bodyData, images, lang),
    ],
  };
}

/** The Event of an `event` post, from its first `<Veranstaltung>`; none for other kinds. */
function postEvent(post: Post, model: SiteModel, bodyData: Record<string, unknown>, images: string[], lang: Lang): object[] {
  const props = bodyData[EVENT_FRONTMATTER_KEY];
  const event =
    post.kind === 'event' && props && typeof props === 'object' ? readEvent(props as Record<string, unknown>) : undefined;
  if (!event) return [];
  const postUrl = absolute(model, post.url);
  return [
    eventLd({
      event,
      postUrl,
      description: post.description,
      images,
      organizer: { name: model.site.legalName, url: absolute(model, paths.home()) },
      inLanguage: LOCALES[lang],
    }),
  ];
}

/** `profile` Open Graph type and Person, for a profile page. */
export async function personMeta(person: Person, model: SiteModel): Promise<PageMeta> {
  return {
    ogType: 'profile',
    jsonLd: [
      personLd({
        name: person.name,
        jobTitle: person.role,
        url: absolute(model, person.url),
        image: person.photo ? await pictureUrl(model, person.photo, 600) : undefined,
        department: person.department?.name,
        workLocation: person.location?.name,
        sameAs: person.links.map((link) => link.url),
        baseUrl: model.site.baseUrl,
        employer: model.site.legalName,
      }),
    ],
  };
}
