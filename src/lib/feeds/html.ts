import { load } from 'cheerio';

/**
 * Rendered HTML made fit for feeds: feed readers show it out of context, on another host,
 * without our scripts or styles. So every link and image gets an absolute URL (srcset
 * too), and everything interactive or executable goes: scripts, styles, iframes, forms,
 * buttons, templates, inline event handlers and `javascript:` links.
 */

const REMOVE = [
  'script',
  'style',
  'link',
  'meta',
  'iframe',
  'frame',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'template',
  'noscript',
  'dialog',
  'svg',
  'canvas',
  'video',
  'audio',
  '[hidden]',
  '[aria-hidden="true"]',
].join(', ');

const URL_ATTRIBUTES = ['href', 'src', 'poster', 'cite', 'longdesc', 'action', 'formaction', 'data'];

function absolute(value: string, base: string): string | undefined {
  try {
    const url = new URL(value.trim(), base);
    return ['http:', 'https:', 'mailto:', 'tel:'].includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The HTML of an entry, for `content:encoded` and `content_html`. `pageUrl` resolves relative links. */
export function feedHtml(html: string, pageUrl: string): string {
  const $ = load(html, null, false);
  $(REMOVE).remove();
  $('*').each((_, node) => {
    if (!('attribs' in node)) return;
    const element = $(node);
    const attributes: Record<string, string> = node.attribs;
    for (const [name, value] of Object.entries(attributes)) {
      if (/^on/i.test(name) || name === 'style' || name === 'class' || name.startsWith('data-') || name === 'tabindex') {
        element.removeAttr(name);
      } else if (URL_ATTRIBUTES.includes(name)) {
        const url = absolute(value, pageUrl);
        if (url && name !== 'action' && name !== 'formaction' && name !== 'data') element.attr(name, url);
        else element.removeAttr(name);
      } else if (name === 'srcset') {
        const candidates = value
          .split(',')
          .map((candidate: string) => candidate.trim().split(/\s+/))
          .map(([url = '', size]: string[]) => [absolute(url, pageUrl), size].filter(Boolean).join(' '))
          .filter((candidate: string) => /^https?:/.test(candidate));
        if (candidates.length > 0) element.attr(name, candidates.join(', '));
        else element.removeAttr(name);
      }
    }
  });
  return $.html().trim();
}
