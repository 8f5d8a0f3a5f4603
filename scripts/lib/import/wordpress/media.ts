import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { slugify } from '../../../../src/lib/slug.ts';
import type { WxrItem } from './wxr.ts';

/**
 * Finds the files behind WordPress image addresses in a copy of `wp-content/uploads`
 * and names their copies next to the post. WordPress keeps the original upload and
 * resized variants (`bild-1024x683.jpg`); the original is preferred, Astro makes its
 * own sizes.
 */

export interface Attachment {
  id: string;
  /** Path inside the uploads folder, e.g. `2023/05/bild.jpg`. */
  file: string;
  url: string;
  alt: string;
  parent: string;
}

export type Located =
  | { kind: 'file'; source: string; attachment: Attachment | undefined }
  | { kind: 'missing'; relative: string }
  | { kind: 'remote' };

const SIZE_SUFFIX = /-\d+x\d+(?=\.[a-z0-9]+$)/i;
const UPLOADS = '/wp-content/uploads/';

/** The attachments of an export, by id. */
export function attachmentsOf(items: readonly WxrItem[]): Map<string, Attachment> {
  const attachments = new Map<string, Attachment>();
  for (const item of items) {
    if (item.type !== 'attachment') continue;
    const url = item.attachmentUrl || item.link;
    const fromUrl = url.includes(UPLOADS) ? decodeURIComponent(url.slice(url.indexOf(UPLOADS) + UPLOADS.length)) : '';
    attachments.set(item.id, {
      id: item.id,
      file: (item.meta.get('_wp_attached_file') || fromUrl).normalize('NFC'),
      url,
      alt: (item.meta.get('_wp_attachment_image_alt') ?? '').trim(),
      parent: item.parent,
    });
  }
  return attachments;
}

export class MediaLocator {
  readonly #uploads: string | undefined;
  readonly #attachments: Map<string, Attachment>;
  readonly #byFile = new Map<string, Attachment>();
  readonly #site: URL | undefined;

  constructor(uploads: string | undefined, attachments: Map<string, Attachment>, siteUrl: string) {
    this.#uploads = uploads;
    this.#attachments = attachments;
    for (const attachment of attachments.values()) this.#byFile.set(attachment.file.toLowerCase(), attachment);
    this.#site = URL.canParse(siteUrl) ? new URL(siteUrl) : undefined;
  }

  attachment(id: string): Attachment | undefined {
    return this.#attachments.get(id);
  }

  /** The path inside the uploads folder of an address on the old site, or undefined for other hosts. */
  uploadsPath(src: string): string | undefined {
    if (!this.#site || !URL.canParse(src, this.#site)) return undefined;
    const url = new URL(src, this.#site);
    if (url.hostname.replace(/^www\./, '') !== this.#site.hostname.replace(/^www\./, '')) return undefined;
    const index = url.pathname.indexOf(UPLOADS);
    if (index < 0) return undefined;
    try {
      return decodeURIComponent(url.pathname.slice(index + UPLOADS.length)).normalize('NFC');
    } catch {
      return undefined;
    }
  }

  /** Finds the file for an `<img>`: by its `wp-image-<id>` class, else by its address. */
  locate(src: string, className: string): Located {
    const byClass = /\bwp-image-(\d+)\b/.exec(className)?.[1];
    const relative = this.uploadsPath(src);
    if (relative === undefined && !byClass) return { kind: 'remote' };
    const attachment =
      (byClass ? this.#attachments.get(byClass) : undefined) ??
      (relative
        ? (this.#byFile.get(relative.toLowerCase()) ?? this.#byFile.get(relative.replace(SIZE_SUFFIX, '').toLowerCase()))
        : undefined);
    const candidates = [attachment?.file, relative?.replace(SIZE_SUFFIX, ''), relative].filter((file): file is string =>
      Boolean(file),
    );
    for (const candidate of candidates) {
      const source = this.#find(candidate);
      if (source) return { kind: 'file', source, attachment };
    }
    return { kind: 'missing', relative: relative ?? attachment?.file ?? src };
  }

  /** A file in the uploads folder; names are compared in NFC, since archives made on a Mac store NFD. */
  #find(relative: string): string | undefined {
    if (!this.#uploads) return undefined;
    const direct = path.join(this.#uploads, relative);
    if (existsSync(direct)) return direct;
    const folder = path.join(this.#uploads, path.dirname(relative));
    if (!existsSync(folder)) return undefined;
    const wanted = path.basename(relative).normalize('NFC');
    const match = readdirSync(folder).find((name) => name.normalize('NFC') === wanted);
    return match ? path.join(folder, match) : undefined;
  }
}

/** Names copies next to one post: `Messestand_Düsseldorf.JPG` → `messestand-duesseldorf.jpg`, unique per post. */
export class AssetNames {
  readonly #bySource = new Map<string, string>();
  readonly #taken = new Set<string>();

  name(source: string): string {
    const known = this.#bySource.get(source);
    if (known) return known;
    const extension = path.extname(source).toLowerCase().replace('.jpeg', '.jpg');
    const base = slugify(path.basename(source, path.extname(source)), 'bild');
    let name = `${base}${extension}`;
    for (let counter = 2; this.#taken.has(name); counter++) name = `${base}-${counter}${extension}`;
    this.#taken.add(name);
    this.#bySource.set(source, name);
    return name;
  }

  /** Every copy: source file → name next to the post. */
  entries(): Array<[string, string]> {
    return [...this.#bySource.entries()];
  }
}
