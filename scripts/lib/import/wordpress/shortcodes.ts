import { youtubeIdOf } from '../youtube.ts';

/**
 * WordPress stores classic-editor posts as text with shortcodes and without `<p>`:
 * the theme adds paragraphs (`wpautop`) and expands shortcodes when it renders. This
 * does both, for the shortcodes WordPress itself ships; plugin shortcodes that carry
 * attributes or a closing tag are removed and reported, since nothing here can render them.
 */

export interface ShortcodeHooks {
  /** Images of a `[gallery]`: attachment ids, or the post's own attachments when none are named. */
  gallery: (ids: string[]) => Array<{ id: string; url: string }>;
  /** Reports a shortcode that was removed or turned into a link. */
  report: (code: 'shortcode' | 'media' | 'embed-link', detail: string) => void;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Attributes of a shortcode: `id="attachment_12" align=center caption='…'`. */
export function shortcodeAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of text.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s\]]+))|(?:^|\s)"?(https?:\/\/[^\s"\]]+)"?/g)) {
    if (match[1]) attributes[match[1].toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? '';
    else if (match[5]) attributes['url'] = match[5];
  }
  return attributes;
}

/** An embedded address as HTML: YouTube stays a bare address (the sanitiser makes it a video link), anything else a link. */
function embed(url: string, hooks: ShortcodeHooks): string {
  const clean = url.trim();
  if (youtubeIdOf(clean)) return `\n\n<p>${escapeHtml(clean)}</p>\n\n`;
  if (!/^https?:\/\//i.test(clean)) return '';
  hooks.report('embed-link', clean);
  return `\n\n<p><a href="${escapeHtml(clean)}">${escapeHtml(clean)}</a></p>\n\n`;
}

const CODE = /\[(code|sourcecode|source)([^\]]*)\]([\s\S]*?)\[\/\1\]/g;
const CAPTION = /\[(caption|wp_caption)([^\]]*)\]([\s\S]*?)\[\/\1\]/g;

/** Expands the shortcodes WordPress core knows and removes plugin shortcodes. */
export function expandShortcodes(content: string, hooks: ShortcodeHooks): string {
  return (
    content
      // Code first: its text may contain brackets that look like shortcodes.
      .replace(CODE, (_match, _name: string, attributes: string, code: string) => {
        const attrs = shortcodeAttributes(attributes);
        const language = attrs['lang'] ?? attrs['language'] ?? '';
        return `\n\n<pre class="lang-${escapeHtml(language)}">${escapeHtml(code.replace(/^\n|\n$/g, ''))}</pre>\n\n`;
      })
      .replace(CAPTION, (_match, _name: string, attributes: string, inner: string) => {
        const attrs = shortcodeAttributes(attributes);
        const image = /^\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*<\/a>)?)/i.exec(inner);
        const media = image?.[1] ?? '';
        const caption = (attrs['caption'] ?? inner.slice(image?.[0].length ?? 0)).trim();
        return `\n\n<figure>${media}${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>\n\n`;
      })
      .replace(/\[embed([^\]]*)\]([\s\S]*?)\[\/embed\]/g, (_match, _attributes: string, url: string) => embed(url, hooks))
      .replace(/\[youtube[=\s]([^\]]+)\]/g, (_match, rest: string) =>
        embed(shortcodeAttributes(rest)['url'] ?? rest.trim(), hooks),
      )
      .replace(/\[gallery([^\]]*)\]/g, (_match, attributes: string) => {
        const ids = (shortcodeAttributes(attributes)['ids'] ?? '')
          .split(',')
          .map((id) => id.trim())
          .filter(Boolean);
        const images = hooks.gallery(ids);
        return images
          .map(({ id, url }) => `\n\n<p><img class="wp-image-${escapeHtml(id)}" src="${escapeHtml(url)}" alt=""></p>\n\n`)
          .join('');
      })
      .replace(/\[(audio|video|playlist)\b([^\]]*)\](?:[\s\S]*?\[\/\1\])?/g, (match, _name: string, attributes: string) => {
        const attrs = shortcodeAttributes(attributes);
        hooks.report('media', attrs['src'] ?? attrs['mp4'] ?? attrs['mp3'] ?? attrs['url'] ?? match);
        return '';
      })
      // Plugin shortcodes: only those with attributes or a closing tag, so prose like "[sic]" stays.
      .replace(/\[([a-z][\w-]*)(\s+[\w-]+\s*=[^\]]*)\](?:([\s\S]*?)\[\/\1\])?|\[([a-z][\w-]*)\]([\s\S]*?)\[\/\4\]/g, (match) => {
        hooks.report('shortcode', match.length > 80 ? `${match.slice(0, 77)}…` : match);
        return '';
      })
  );
}

const BLOCK =
  'table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary|iframe|script';

/**
 * WordPress's `wpautop`, in short: blank lines separate paragraphs, single line
 * breaks inside a paragraph are `<br>`, and block elements are left alone.
 */
export function autop(content: string): string {
  const pres: string[] = [];
  let text = content
    .replace(/\r\n?/g, '\n')
    .replace(/<pre\b[\s\S]*?<\/pre>/gi, (pre) => `<pre data-autop="${pres.push(pre) - 1}"></pre>`);
  text = text
    .replace(new RegExp(`(<(?:${BLOCK})\\b[^>]*>)`, 'gi'), '\n\n$1')
    .replace(new RegExp(`(</(?:${BLOCK})>)`, 'gi'), '$1\n\n');
  const blockStart = new RegExp(`^</?(?:${BLOCK})\\b`, 'i');
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) => (blockStart.test(chunk) ? chunk : `<p>${chunk.replace(/\s*\n\s*/g, '<br>\n')}</p>`));
  return paragraphs.join('\n').replace(/<pre data-autop="(\d+)"><\/pre>/g, (_match, index: string) => pres[Number(index)] ?? '');
}
