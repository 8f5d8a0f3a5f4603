import { load, type CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { youtubeIdOf } from './youtube.ts';

/**
 * Cleans imported HTML before it becomes Markdown. Nothing that runs code, loads
 * another host or carries styling survives: scripts, styles, frames, forms, objects and
 * SVG are dropped with their content, every attribute except the few Markdown can
 * express is removed, and links with `javascript:`, `data:` or other non-web schemes are
 * unwrapped to their text. YouTube embeds become placeholders the Markdown step turns
 * into a plain link (nothing is loaded from YouTube by the page).
 */

/** Something removed or changed that a person should look at. */
export interface Removal {
  /** `script`, `style`, `iframe`, `embed`, `form`, `media`, `link`, `image`, `video-link`. */
  kind: string;
  /** What it was: the iframe's address, the link's target, the image's source … */
  detail: string;
}

/** The decision about one image. */
export type ImageDecision =
  { kind: 'image'; src: string; alt: string } | { kind: 'comment'; text: string } | { kind: 'drop'; reason: string };

export interface SanitizeHooks {
  /** Decides an `<img>`; without a hook images are dropped (jobs carry none). */
  image?: (img: { src: string; alt: string; className: string }) => ImageDecision;
  /** Rewrites a link target (relative or old-site links); undefined unwraps the link. `onlyImage`: it wraps nothing but an image. */
  link?: (href: string, onlyImage: boolean) => string | undefined;
}

/** Elements removed with everything inside them. */
const DROP = new Set(
  'script style noscript template object embed applet param form input button select option textarea link meta base svg math canvas audio video source track frame frameset iframe head title dialog portal slot'.split(
    ' ',
  ),
);
/** Attributes kept; everything else (style, on…, data-…, id, class …) goes. */
const KEEP_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  img: ['src', 'alt'],
  ol: ['start'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan'],
};
const SAFE_SCHEME = /^(?:https?:|mailto:|tel:)/i;

/** A link target that cannot run code, or undefined. Control characters and spaces hidden in a scheme count. */
export function safeHref(raw: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- browsers ignore these inside a scheme, so must we
  const compact = raw.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  if (!compact) return undefined;
  if (SAFE_SCHEME.test(compact)) return raw.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(compact)) return undefined;
  return raw.trim();
}

const languageOf = (element: Element) => {
  const classes = `${element.attribs['class'] ?? ''} ${element.children.find((c): c is Element => c.type === 'tag')?.attribs['class'] ?? ''}`;
  return /(?:language|lang)-([\w+#-]+)/.exec(classes)?.[1] ?? /brush:\s*([\w+#-]+)/.exec(classes)?.[1] ?? '';
};

function removeComments(node: AnyNode) {
  if (!('children' in node)) return;
  for (const child of [...node.children]) {
    if (child.type === 'comment' || child.type === 'directive') {
      const siblings = node.children;
      siblings.splice(siblings.indexOf(child), 1);
    } else removeComments(child);
  }
}

/** False for elements inside something already removed (the list of elements was taken before). */
function isAttached(node: AnyNode): boolean {
  let current: AnyNode = node;
  while (current.parent) current = current.parent;
  return current.type === 'root';
}

/** Placeholders made here; the same attributes on input elements are removed like any other. */
const placeholders = new WeakSet<AnyNode>();

/** A placeholder block the Markdown step replaces; its text keeps turndown from treating it as blank. */
const placeholder = ($: CheerioAPI, kind: string, data: Record<string, string>) => {
  const div = $('<div></div>').attr('data-einblick', kind).text(kind);
  for (const [key, value] of Object.entries(data)) div.attr(`data-${key}`, value);
  placeholders.add(div[0]!);
  return div;
};

/** Cleans an HTML fragment; returns the clean HTML and what was removed. */
export function sanitizeHtml(html: string, hooks: SanitizeHooks = {}): { html: string; removals: Removal[] } {
  const $ = load(html, null, false);
  const removals: Removal[] = [];
  removeComments($.root()[0]!);

  // YouTube first: iframes, embed blocks and paragraphs holding nothing but a YouTube address.
  $('iframe').each((_, element) => {
    const src = $(element).attr('src') ?? '';
    const id = youtubeIdOf(src);
    // WordPress fills the title with the player's generic name; only a real title is worth a caption.
    const title = ($(element).attr('title') ?? '').trim();
    const caption = /^(?:youtube(?:[ -]video)?(?:[ -]?player)?|video)$/i.test(title) ? '' : title;
    if (id) $(element).replaceWith(placeholder($, 'video', { id, caption }));
  });
  $('figure').each((_, element) => {
    const figure = $(element);
    const wrapper = figure.find('.wp-block-embed__wrapper').first();
    if (!wrapper.length) return;
    const url = wrapper.text().trim();
    const id = youtubeIdOf(url);
    const caption = figure.find('figcaption').first().text().trim();
    if (id) figure.replaceWith(placeholder($, 'video', { id, caption }));
    else {
      removals.push({ kind: 'embed-link', detail: url });
      figure.replaceWith(
        safeHref(url) && /^https?:/i.test(url) ? $('<p></p>').append($('<a></a>').attr('href', url).text(url)) : '',
      );
    }
  });
  $('p').each((_, element) => {
    const id = youtubeIdOf($(element).text().trim());
    if (id && $(element).children().not('a, br').length === 0)
      $(element).replaceWith(placeholder($, 'video', { id, caption: '' }));
  });

  $('*').each((_, element) => {
    // domhandler gives <script> and <style> their own node types.
    if (element.type !== 'tag' && element.type !== 'script' && element.type !== 'style') return;
    if (!isAttached(element)) return;
    const name = element.name.toLowerCase();
    if (DROP.has(name)) {
      const detail =
        $(element).attr('src') ?? $(element).attr('data') ?? $(element).attr('action') ?? $(element).attr('href') ?? '';
      removals.push({ kind: name === 'audio' || name === 'video' ? 'media' : name, detail });
      $(element).remove();
      return;
    }
    if (placeholders.has(element)) return;
    if (name === 'pre') element.attribs['data-lang'] = languageOf(element);
    const keep = [
      ...(KEEP_ATTRIBUTES[name] ?? []),
      ...(name === 'pre' ? ['data-lang'] : []),
      ...(name === 'img' ? ['class'] : []),
    ];
    for (const attribute of Object.keys(element.attribs)) if (!keep.includes(attribute)) delete element.attribs[attribute];
  });

  // The page title is the only level-1 heading: if the body has its own, every heading moves down one level.
  if ($('h1').length) {
    $('h1, h2, h3, h4, h5').each((_, element) => {
      if (element.type === 'tag') element.name = `h${Math.min(6, Number(element.name.slice(1)) + 1)}`;
    });
  }

  $('a').each((_, element) => {
    const link = $(element);
    const raw = link.attr('href');
    const safe = raw === undefined ? undefined : safeHref(raw);
    const onlyImage = link.find('img').length === 1 && link.text().trim() === '';
    const target = safe === undefined ? undefined : hooks.link ? hooks.link(safe, onlyImage) : safe;
    if (raw !== undefined && safe === undefined) removals.push({ kind: 'unsafe-link', detail: raw });
    if (target === undefined) link.replaceWith(link.contents());
    else link.attr('href', target);
  });

  $('img').each((_, element) => {
    const img = $(element);
    const decision: ImageDecision = hooks.image
      ? hooks.image({ src: img.attr('src') ?? '', alt: (img.attr('alt') ?? '').trim(), className: img.attr('class') ?? '' })
      : { kind: 'drop', reason: 'image' };
    // A link around nothing but this image goes with it when the image is not kept.
    const lonely = img.parent('a').filter((_, a) => $(a).contents().length === 1);
    if (decision.kind === 'image') {
      img.attr('src', decision.src).attr('alt', decision.alt).removeAttr('class');
    } else if (decision.kind === 'comment') {
      (lonely.length ? lonely : img).replaceWith(placeholder($, 'comment', { text: decision.text }));
    } else {
      removals.push({ kind: decision.reason, detail: img.attr('src') ?? '' });
      (lonely.length ? lonely : img).remove();
    }
  });
  return { html: $.html(), removals };
}
