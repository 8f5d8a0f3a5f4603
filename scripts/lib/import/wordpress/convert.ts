import { load } from 'cheerio';
import { slugify } from '../../../../src/lib/slug.ts';
import { berlinDay, berlinIso, wordpressInstant } from '../dates.ts';
import { toMarkdown } from '../markdown.ts';
import type { ReportEntry } from '../report.ts';
import { removalEntries } from '../removals.ts';
import { sanitizeHtml, type ImageDecision } from '../sanitize.ts';
import { plainText, teaser, yamlString } from '../text.ts';
import { AssetNames, type MediaLocator } from './media.ts';
import { autop, expandShortcodes } from './shortcodes.ts';
import type { WxrItem } from './wxr.ts';

/**
 * One WordPress post → the text of an MDX file and the images to copy beside it.
 * Imported posts are drafts: they lack the editorial review, and a person should read
 * each one before it is published again.
 */

/** Categories WordPress gives every post that has none; they say nothing about it. */
const DEFAULT_CATEGORIES = new Set(['allgemein', 'uncategorized', 'unkategorisiert', 'sonstiges']);

export interface PostContext {
  locator: MediaLocator;
  /** Old path (decoded, with trailing slash) → new URL, for links between imported posts. */
  links: Map<string, string>;
  siteUrl: string;
  /** Category or tag slug → department id. */
  departments: Map<string, string>;
  /** YouTube id → content/videos entry id. */
  videos: ReadonlyMap<string, string>;
  /** Reusable blocks (`wp_block` items) by id: Gutenberg refers to them with `<!-- wp:block {"ref":12} /-->`. */
  blocks: ReadonlyMap<string, string>;
  /** Attachments by parent post, for `[gallery]` without ids. */
  attachmentsOf: (postId: string) => Array<{ id: string; url: string }>;
}

export interface ConvertedPost {
  text: string;
  /** Source file → name next to the post. */
  assets: Array<[string, string]>;
  tags: Array<{ id: string; name: string }>;
  todo: ReportEntry[];
}

/** The marker comment that says which WordPress post a file came from. */
export const importMarker = (item: WxrItem) =>
  `{/* Importiert aus WordPress: Beitrag ${item.id}, ${item.link.replace(/\*\//g, '')} */}`;

/** True when an existing file was written by this importer for that WordPress post. */
export const isImportOf = (text: string, id: string) => text.includes(`{/* Importiert aus WordPress: Beitrag ${id},`);

/** Decoded path with a trailing slash, as used for link and redirect lookups. */
export function oldPathOf(link: string, siteUrl: string): string | undefined {
  if (!URL.canParse(link, siteUrl || undefined)) return undefined;
  const url = new URL(link, siteUrl || undefined);
  if (url.pathname === '/' || url.search) return undefined;
  try {
    const path = decodeURIComponent(url.pathname).normalize('NFC');
    return path.endsWith('/') ? path : `${path}/`;
  } catch {
    return undefined;
  }
}

function tagsOf(item: WxrItem): Array<{ id: string; name: string; nicename: string }> {
  const tags = new Map<string, { id: string; name: string; nicename: string }>();
  for (const term of item.terms) {
    if (term.domain !== 'category' && term.domain !== 'post_tag') continue;
    const name = plainText(term.name);
    const id = slugify(name, '');
    if (!id || (term.domain === 'category' && DEFAULT_CATEGORIES.has(id))) continue;
    if (!tags.has(id)) tags.set(id, { id, name, nicename: term.nicename });
  }
  return [...tags.values()];
}

/** Converts one post. `authors` are person ids, already mapped. */
export function convertPost(item: WxrItem, authors: string[], context: PostContext): ConvertedPost {
  const subject = `${plainText(item.title) || '(ohne Titel)'} (WordPress ${item.id})`;
  const todo: ReportEntry[] = [];
  const assets = new AssetNames();
  const site = URL.canParse(context.siteUrl) ? new URL(context.siteUrl) : undefined;

  const gutenberg = item.content.includes('<!-- wp:');
  // Reusable blocks are stored once and referenced; their content belongs in the post.
  const inlined = item.content.replace(/<!-- wp:block \{"ref":(\d+)\} \/-->/g, (_match, id: string) => {
    const block = context.blocks.get(id);
    if (block === undefined) todo.push({ subject, code: 'block-missing', detail: id });
    return block ?? '';
  });
  let html = expandShortcodes(inlined, {
    gallery: (ids) =>
      ids.length ? ids.map((id) => ({ id, url: context.locator.attachment(id)?.url ?? '' })) : context.attachmentsOf(item.id),
    report: (code, detail) => todo.push({ subject, code, detail }),
  });
  if (!gutenberg) html = autop(html);

  const image = ({ src, alt, className }: { src: string; alt: string; className: string }): ImageDecision => {
    const found = context.locator.locate(src, className);
    if (found.kind === 'remote') return { kind: 'drop', reason: 'image-remote' };
    if (found.kind === 'missing') return { kind: 'drop', reason: 'image-missing' };
    const name = assets.name(found.source);
    const text = alt || found.attachment?.alt || '';
    if (text) return { kind: 'image', src: `./${name}`, alt: text };
    todo.push({ subject, code: 'alt-missing', detail: `./${name}` });
    return {
      kind: 'comment',
      text: `Bild ohne Alternativtext: ./${name} – beschreiben und als ![Beschreibung](./${name}) einfügen`,
    };
  };
  const link = (href: string, onlyImage: boolean): string | undefined => {
    if (!site || !URL.canParse(href, site)) return href;
    const url = new URL(href, site);
    if (url.hostname.replace(/^www\./, '') !== site.hostname.replace(/^www\./, '')) return href;
    const target = context.links.get(oldPathOf(url.href, context.siteUrl) ?? '');
    if (target) return `${target}${url.hash}`;
    // A link from an image to its own file or attachment page adds nothing on the new site.
    if (onlyImage && (url.pathname.includes('/wp-content/uploads/') || url.searchParams.has('attachment_id'))) return undefined;
    todo.push({ subject, code: 'link-old-site', detail: url.href });
    return url.href;
  };
  const clean = sanitizeHtml(html, { image, link });
  todo.push(...removalEntries(subject, clean.removals));
  const markdown = toMarkdown(clean.html, 'mdx', context.videos);
  for (const match of markdown.matchAll(/\]\(https:\/\/www\.youtube\.com\/watch\?v=([\w-]{11})\)/g)) {
    todo.push({ subject, code: 'video-link', detail: match[1] ?? '' });
  }

  const instant = wordpressInstant(item.date, item.dateGmt) ?? new Date(0);
  const modified = wordpressInstant(item.modified, item.modifiedGmt);
  const $clean = load(clean.html, null, false);
  const firstParagraph = $clean('p')
    .toArray()
    .map((p) => $clean(p).text().replace(/\s+/g, ' ').trim())
    .find((text) => text.length > 0);
  const description = teaser(plainText(item.excerpt) || firstParagraph || plainText(item.title));
  const tags = tagsOf(item);
  const department = tags.map((tag) => context.departments.get(tag.nicename) ?? context.departments.get(tag.id)).find(Boolean);

  const lines = [
    `title: ${yamlString(plainText(item.title))}`,
    `description: ${yamlString(description)}`,
    `date: ${berlinIso(instant)}`,
  ];
  if (modified && berlinDay(modified) > berlinDay(instant)) lines.push(`updated: ${berlinIso(modified)}`);
  lines.push(`authors: [${authors.join(', ')}]`, 'kind: article');
  if (tags.length) lines.push(`tags: [${tags.map((tag) => tag.id).join(', ')}]`);
  if (department) lines.push(`department: ${department}`);

  const thumbnail = item.meta.get('_thumbnail_id');
  const cover = thumbnail ? context.locator.attachment(thumbnail) : undefined;
  if (cover) {
    const found = context.locator.locate(cover.url, `wp-image-${cover.id}`);
    if (found.kind === 'file') {
      const name = assets.name(found.source);
      if (cover.alt) lines.push(`cover: { src: ./${name}, alt: ${yamlString(cover.alt)} }`);
      else todo.push({ subject, code: 'cover-alt-missing', detail: `./${name}` });
    } else todo.push({ subject, code: 'image-missing', detail: cover.file || cover.url });
  }
  lines.push('draft: true');

  const text = `---\n${lines.join('\n')}\n---\n\n${importMarker(item)}\n\n${markdown}`;
  return { text, assets: assets.entries(), tags: tags.map(({ id, name }) => ({ id, name })), todo };
}
