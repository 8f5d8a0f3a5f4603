import { ImportError, elementLines, listOf, parseXml, textOf } from '../xml.ts';

/**
 * Reads a WordPress eXtended RSS export (WXR 1.0–1.2, the file from Werkzeuge →
 * Daten exportieren) into plain records. Nothing is decided here; `convert.ts` and
 * `import.ts` decide what becomes a post.
 */

export interface WxrAuthor {
  login: string;
  displayName: string;
}

export interface WxrTerm {
  /** `category`, `post_tag`, or another taxonomy such as `nav_menu`. */
  domain: string;
  /** The URL slug, possibly percent-encoded (`t%c3%bcr`). */
  nicename: string;
  /** The name as shown, e.g. `Tag der offenen Tür`. */
  name: string;
}

export interface WxrItem {
  /** Line of the `<item>` in the export. */
  line: number;
  id: string;
  /** `post`, `page`, `attachment`, `nav_menu_item`, `wp_block` … */
  type: string;
  /** `publish`, `future`, `draft`, `pending`, `private`, `trash`, `inherit` … */
  status: string;
  title: string;
  /** The permalink; its path is the old address. */
  link: string;
  /** Login of the author. */
  creator: string;
  content: string;
  excerpt: string;
  /** Slug as stored, percent-encoded for non-ASCII characters. */
  postName: string;
  /** `YYYY-MM-DD hh:mm:ss`, the site's local time. */
  date: string;
  /** The same in UTC; `0000-00-00 00:00:00` when never published. */
  dateGmt: string;
  modified: string;
  modifiedGmt: string;
  password: string;
  parent: string;
  attachmentUrl: string;
  terms: WxrTerm[];
  meta: Map<string, string>;
  comments: number;
}

export interface WxrExport {
  /** The blog's address, e.g. `https://blog.example.de`. */
  siteUrl: string;
  version: string;
  authors: Map<string, WxrAuthor>;
  items: WxrItem[];
}

type Node = Record<string, unknown>;

const ARRAYS = ['item', 'category', 'wp:postmeta', 'wp:comment', 'wp:author'];

/** Parses a WXR export; throws `ImportError` with the line for malformed XML or a file that is not an export. */
export function parseWxr(text: string, file: string): WxrExport {
  const document = parseXml(text, file, ARRAYS) as Node;
  const channel = (document['rss'] as Node | undefined)?.['channel'] as Node | undefined;
  const version = textOf(channel?.['wp:wxr_version']);
  if (!channel || !version) {
    throw new ImportError(
      'Das ist keine WordPress-Exportdatei (WXR): <rss><channel> mit <wp:wxr_version> fehlt. Export in WordPress unter Werkzeuge → Daten exportieren.',
      file,
      1,
      1,
    );
  }
  const lines = elementLines(text, 'item');
  const authors = new Map<string, WxrAuthor>();
  for (const author of listOf(channel['wp:author'] as Node[] | undefined)) {
    const login = textOf(author['wp:author_login']);
    if (login) authors.set(login, { login, displayName: textOf(author['wp:author_display_name']) || login });
  }
  const items = listOf(channel['item'] as Node[] | undefined).map((item, index): WxrItem => {
    const meta = new Map<string, string>();
    for (const entry of listOf(item['wp:postmeta'] as Node[] | undefined))
      meta.set(textOf(entry['wp:meta_key']), textOf(entry['wp:meta_value']));
    return {
      line: lines[index] ?? 1,
      id: textOf(item['wp:post_id']),
      type: textOf(item['wp:post_type']) || 'post',
      status: textOf(item['wp:status']) || 'publish',
      title: textOf(item['title']),
      link: textOf(item['link']),
      creator: textOf(item['dc:creator']),
      content: textOf(item['content:encoded']),
      excerpt: textOf(item['excerpt:encoded']),
      postName: textOf(item['wp:post_name']),
      date: textOf(item['wp:post_date']),
      dateGmt: textOf(item['wp:post_date_gmt']),
      modified: textOf(item['wp:post_modified']),
      modifiedGmt: textOf(item['wp:post_modified_gmt']),
      password: textOf(item['wp:post_password']),
      parent: textOf(item['wp:post_parent']),
      attachmentUrl: textOf(item['wp:attachment_url']),
      terms: listOf(item['category'] as Array<Node | string> | undefined).map((term) =>
        typeof term === 'string'
          ? { domain: 'category', nicename: '', name: term }
          : { domain: textOf(term['@domain']) || 'category', nicename: textOf(term['@nicename']), name: textOf(term) },
      ),
      meta,
      comments: listOf(item['wp:comment'] as Node[] | undefined).length,
    };
  });
  const siteUrl = textOf(channel['wp:base_blog_url']) || textOf(channel['wp:base_site_url']) || textOf(channel['link']);
  return { siteUrl, version, authors, items };
}
