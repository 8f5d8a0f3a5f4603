/**
 * Pure helpers for videos: durations for structured data, the transcript as plain text,
 * and the `<Video id="…" />` tags authors put into MDX posts.
 */

/** ISO 8601 duration of a number of seconds, as schema.org wants it: 252 → `PT4M12S`, 3750 → `PT1H2M30S`. */
export function isoDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = whole % 60;
  const parts = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${rest || whole === 0 ? `${rest}S` : ''}`;
  return `PT${parts}`;
}

/**
 * Markdown of a transcript as plain text for structured data: emphasis, links, headings,
 * HTML tags and list markers removed, paragraphs joined by blank lines.
 */
export function transcriptText(markdown: string): string {
  return markdown
    .replace(/\r\n?/g, '\n')
    .replace(/<[^>\n]+>/g, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d+\.[ \t]+)/gm, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_](\S(?:.*?\S)?)[*_](?=[\s).,;:!?]|$)/gm, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/[ \t]+/g, ' ')
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

const VIDEO_TAG = /<Video\b[^>]*?\bid\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["']([^"']*)["']\s*\})[^>]*>/g;

/** A `<Video id="…" />` in MDX, with the 1-based line it is on. */
export interface VideoTag {
  id: string;
  line: number;
}

/** Every `<Video id="…" />` in an MDX body, in order (ids as written, not validated). */
export function videoTags(mdx: string): VideoTag[] {
  // Examples inside fenced code blocks are text, not components; keep their lines for numbering.
  const code = mdx.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, (block) => block.replace(/[^\n]/g, ' '));
  const tags: VideoTag[] = [];
  for (const match of code.matchAll(VIDEO_TAG)) {
    const line = code.slice(0, match.index).split('\n').length;
    tags.push({ id: (match[1] ?? match[2] ?? match[3] ?? '').trim(), line });
  }
  return tags;
}

/** The ids of the videos an MDX body shows itself, so the post does not show them twice. */
export const embeddedVideoIds = (mdx: string): Set<string> => new Set(videoTags(mdx).map((tag) => tag.id));
