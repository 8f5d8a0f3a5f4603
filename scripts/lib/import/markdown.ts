import TurndownService from 'turndown';
import { youtubeWatchUrl } from '../../../src/lib/urls.ts';

/**
 * Clean HTML (from `sanitizeHtml`) → Markdown that compiles as MDX. Text is escaped for
 * MDX as well as Markdown: `{`, `}` and `<` would start an expression or a component,
 * `&…;` would become a character. Code keeps its text. Figures with a kept image
 * become `<figure>` with a Markdown image and `<figcaption>`; YouTube placeholders a
 * plain link to the video (nothing is embedded).
 */

export type MarkdownFormat = 'mdx' | 'md';

/** The parts of turndown's DOM nodes (domino) that the rules read. */
interface TurndownNode {
  nodeName: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): TurndownNode | null;
  parentNode: TurndownNode | null;
  childNodes: ArrayLike<TurndownNode>;
  nextSibling: unknown;
  textContent: string | null;
  rows?: ArrayLike<TurndownNode>;
}

const dom = (node: unknown) => node as TurndownNode;

/** Turndown's own Markdown escaping, applied before the MDX escaping. */
const escapeMarkdown = (text: string) => TurndownService.prototype.escape.call(null as never, text);

/** Escapes text for Markdown and, in MDX, for JSX and expressions. */
export function escapeText(text: string): string {
  return escapeMarkdown(cleanCharacters(text))
    .replace(/&(?=#?[a-z0-9]+;)/gi, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/[{}]/g, '\\$&');
}

/** NFC (no decomposed umlauts) and no invisible control or zero-width characters. */
export const cleanCharacters = (text: string) =>
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  text.normalize('NFC').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200d\u2060\ufeff]/g, '');

/** A link or image destination Markdown and MDX read as one address. */
const destination = (href: string) => href.replace(/[\s()<>{}]/g, (char) => encodeURIComponent(char));

/** Text inside an MDX comment cannot close it. */
const commentText = (text: string) => cleanCharacters(text).replace(/\*\//g, '* /').replace(/\s+/g, ' ').trim();

const isPlaceholder = (node: TurndownNode, kind: string) =>
  node.nodeName === 'DIV' && node.getAttribute('data-einblick') === kind;

function addRules(service: TurndownService, format: MarkdownFormat, videos: ReadonlyMap<string, string>) {
  service.addRule('video', {
    filter: (node) => isPlaceholder(dom(node), 'video'),
    replacement: (_content, node) => {
      const element = dom(node);
      // A video that already has an entry in content/videos gets the two-click player.
      const entry = videos.get(element.getAttribute('data-id') ?? '');
      if (format === 'mdx' && entry && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(entry)) return `\n\n<Video id="${entry}" />\n\n`;
      const caption = element.getAttribute('data-caption')?.trim();
      const label = caption ? `Video auf YouTube ansehen: ${caption}` : 'Video auf YouTube ansehen';
      return `\n\n[${escapeText(label)}](${destination(youtubeWatchUrl(element.getAttribute('data-id') ?? ''))})\n\n`;
    },
  });
  service.addRule('comment', {
    filter: (node) => isPlaceholder(dom(node), 'comment'),
    replacement: (_content, node) =>
      format === 'mdx' ? `\n\n{/* ${commentText(dom(node).getAttribute('data-text') ?? '')} */}\n\n` : '',
  });
  service.addRule('image', {
    filter: 'img',
    replacement: (_content, node) => {
      const element = dom(node);
      const src = element.getAttribute('src') ?? '';
      return src ? `![${escapeText((element.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim())}](${destination(src)})` : '';
    },
  });
  service.addRule('link', {
    filter: (node) => node.nodeName === 'A' && Boolean(dom(node).getAttribute('href')),
    replacement: (content, node) =>
      content.trim() ? `[${content.trim()}](${destination(dom(node).getAttribute('href') ?? '')})` : '',
  });
  service.addRule('figure', {
    filter: 'figure',
    replacement: (content, node) => {
      const hasImage = Boolean(dom(node).querySelector('img'));
      // A gallery is a figure of figures: the inner ones carry the images and captions.
      const gallery = Boolean(dom(node).querySelector('figure'));
      if (!hasImage || gallery || format === 'md') return `\n\n${content.trim()}\n\n`;
      const inner = content
        .trim()
        .split(/\n{2,}/)
        .map((part) => `  ${part.trim()}`)
        .join('\n\n');
      return `\n\n<figure>\n${inner}\n</figure>\n\n`;
    },
  });
  service.addRule('figcaption', {
    filter: 'figcaption',
    replacement: (content, node) => {
      const text = content.replace(/\s*\n+\s*/g, ' ').trim();
      if (!text) return '';
      const inFigureWithImage = format === 'mdx' && Boolean(dom(node).parentNode?.querySelector('img'));
      return inFigureWithImage ? `\n\n<figcaption>${text}</figcaption>\n\n` : `\n\n_${text}_\n\n`;
    },
  });
  service.addRule('code-block', {
    filter: 'pre',
    replacement: (_content, node) => {
      const element = dom(node);
      const code = (element.textContent ?? '').replace(/\n$/, '');
      const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((match) => match[0].length));
      const fence = '`'.repeat(longest + 1);
      const language = (element.getAttribute('data-lang') ?? '').replace(/[^\w+#-]/g, '');
      return `\n\n${fence}${language}\n${code}\n${fence}\n\n`;
    },
  });
  service.addRule('list-item', {
    filter: 'li',
    replacement: (content, node) => {
      const element = dom(node);
      const parent = element.parentNode;
      let prefix = '- ';
      if (parent?.nodeName === 'OL') {
        const start = Number(parent.getAttribute('start') ?? 1) || 1;
        prefix = `${
          start +
          Array.from(parent.childNodes)
            .filter((child) => child.nodeName === 'LI')
            .indexOf(element)
        }. `;
      }
      const body = content
        .replace(/^\n+/, '')
        .replace(/\n+$/, '\n')
        .replace(/\n(?!$)/g, `\n${' '.repeat(prefix.length)}`);
      return `${prefix}${body.trimEnd()}${element.nextSibling ? '\n' : ''}`;
    },
  });
  service.addRule('table', {
    filter: 'table',
    replacement: (_content, node) => `\n\n${table(service, dom(node))}\n\n`,
  });
}

/** A GFM table; cells that span rows or columns cannot be one, so such tables become rows of text. */
function table(service: TurndownService, node: TurndownNode): string {
  const rows = Array.from(node.rows ?? []);
  const cells = (row: TurndownNode) =>
    Array.from(row.childNodes).filter((cell) => cell.nodeName === 'TD' || cell.nodeName === 'TH');
  const text = (cell: TurndownNode) =>
    service
      .turndown(cell as unknown as HTMLElement)
      .replace(/\s*\n+\s*/g, ' ')
      .replace(/\|/g, '\\|')
      .trim();
  const spans = rows.some((row) => cells(row).some((cell) => cell.getAttribute('colspan') || cell.getAttribute('rowspan')));
  const grid = rows.map((row) => cells(row).map(text)).filter((row) => row.length > 0);
  if (grid.length === 0) return '';
  if (spans) return grid.map((row) => row.join(' – ')).join('\n\n');
  const width = Math.max(...grid.map((row) => row.length));
  const line = (row: string[]) => `| ${Array.from({ length: width }, (_, index) => row[index] ?? '').join(' | ')} |`;
  const [head = [], ...body] = grid;
  return [line(head), `|${' --- |'.repeat(width)}`, ...body.map(line)].join('\n');
}

/**
 * Converts sanitised HTML to Markdown (or MDX-safe Markdown). `videos` maps YouTube ids
 * to content/videos entries; those become `<Video id="…" />` in MDX, others a link.
 */
export function toMarkdown(html: string, format: MarkdownFormat, videos: ReadonlyMap<string, string> = new Map()): string {
  const service = new TurndownService({
    headingStyle: 'atx',
    hr: '* * *',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    emDelimiter: '_',
    strongDelimiter: '**',
    br: '\\',
  });
  service.escape = escapeText;
  addRules(service, format, videos);
  let markdown = service.turndown(html);
  // A paragraph that starts with `import ` or `export ` would be read as JavaScript by MDX.
  if (format === 'mdx')
    markdown = markdown.replace(/^(import|export)(?=\s)/gm, (word) => `&#x${word.charCodeAt(0).toString(16)};${word.slice(1)}`);
  return `${markdown.replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
