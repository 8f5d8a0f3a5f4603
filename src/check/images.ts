import path from 'node:path';
import { IMAGE_EXTENSIONS, probeImage, type ImageProbe } from './image-probe.ts';
import type { Finding } from './types.ts';

/**
 * Whether a referenced picture is one the build can use: decoded by its header (see
 * image-probe.ts), in a format Astro's sharp service accepts, complete, with an ending
 * Astro imports as an image, and not far larger than anything the site shows.
 */

/**
 * The widest rendition the site serves of any picture: a `<Bild>` in a `<Galerie>` opens
 * at up to 1920 px (src/components/mdx/Bild.astro); covers, posters and photos stop at
 * 1152–1600 px. tests/unit/check-images.test.ts reads the widths in src/ and fails when a
 * larger one appears.
 */
export const LARGEST_SERVED_WIDTH = 1920;

/** An original more than this many times wider than LARGEST_SERVED_WIDTH is reported. */
export const HUGE_FACTOR = 2;

const probes = new Map<string, ImageProbe>();

/** Forgets probed files (once per check run; after `--fix`). */
export const clearImageCache = () => probes.clear();

const cachedProbe = (file: string): ImageProbe => {
  let found = probes.get(file);
  if (!found) {
    found = probeImage(file);
    probes.set(file, found);
  }
  return found;
};

/** Where a reference stands: file, position and field of the finding. */
export type ImageAt = Pick<Finding, 'file' | 'line' | 'column' | 'field'>;

/**
 * Findings for an existing local picture `value` (as the author wrote it) at `absolutePath`.
 * `optimised` is false for a site path in public/, which is copied as it is: its ending
 * does not matter to Astro, but the browser still has to show it.
 */
export function checkImageFile(absolutePath: string, value: string, place: ImageAt, optimised = true): Finding[] {
  const result = cachedProbe(absolutePath);
  const at: ImageAt = { file: place.file, line: place.line, column: place.column, field: place.field };
  const error = (rule: string, params: Finding['params']): Finding[] => [
    { severity: 'error', ...at, rule, params: { value, ...params } },
  ];
  if (!result.ok) {
    switch (result.problem) {
      case 'empty':
        return error('image-empty', {});
      case 'heic':
        return error('image-heic', { format: result.format, jpeg: jpegName(value) });
      case 'truncated':
        return error('image-truncated', { format: result.format });
      case 'no-size':
        return error('image-no-size', { format: result.format });
      case 'unsupported':
        return error('image-format', { format: result.format });
      case 'not-image':
        return error('image-not-image', { kind: result.kind });
      case 'unreadable':
        return error('image-not-image', { kind: 'unknown' });
    }
  }
  const extension = path.extname(absolutePath).slice(1).toLowerCase();
  if (optimised && !(IMAGE_EXTENSIONS as readonly string[]).includes(extension)) {
    const ending = result.format === 'jpeg' ? 'jpg' : result.format;
    return error('image-extension', {
      extension: extension ? `.${extension}` : '',
      format: result.format.toUpperCase(),
      rename: `${path.basename(absolutePath, path.extname(absolutePath))}.${ending}`,
    });
  }
  if (result.format !== 'svg' && result.width > LARGEST_SERVED_WIDTH * HUGE_FACTOR) {
    return [
      {
        severity: 'warning',
        ...at,
        rule: 'image-huge',
        params: { value, width: result.width, height: result.height, widest: LARGEST_SERVED_WIDTH },
      },
    ];
  }
  return [];
}

/** The name a converted JPEG would get: `IMG_1234.HEIC` → `IMG_1234.jpg`. */
function jpegName(value: string): string {
  const base =
    value
      .replace(/[?#].*$/, '')
      .split('/')
      .pop() ?? value;
  return `${base.replace(/\.[^.]*$/, '')}.jpg`;
}
