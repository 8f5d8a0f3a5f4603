import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/**
 * A synchronous look at an image file's header and end, without reading the whole file:
 * the check runs once per build over every referenced picture (a 1000-post site has
 * thousands), so it reads a few kilobytes at the start, the box or segment headers it
 * needs, and the last bytes. It answers what the build would: Astro reads an imported
 * image's format and size with its bundled `image-size` probe (astro/dist/assets/utils/
 * vendor/image-size) and hands the file to sharp (with `failOn: "none"`), which accepts
 * the formats in Astro's VALID_SUPPORTED_FORMATS. So a file passes here when that probe
 * finds a format Astro supports and a size, and the file is complete (a cut-off JPEG would
 * pass Astro and be published half grey).
 */

/** Formats Astro's sharp service takes as input (astro/dist/assets/consts.js, VALID_SUPPORTED_FORMATS). */
export const SUPPORTED_FORMATS = ['jpeg', 'png', 'webp', 'gif', 'avif', 'svg', 'tiff'] as const;
export type SupportedFormat = (typeof SUPPORTED_FORMATS)[number];

/** File endings Astro imports as images (VALID_INPUT_FORMATS); any other ending is not optimised. */
export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'apng', 'webp', 'gif', 'avif', 'svg', 'tiff'] as const;

export type ImageProbe =
  | { ok: true; format: SupportedFormat; width: number; height: number }
  | { ok: false; problem: 'empty' | 'unreadable' }
  | { ok: false; problem: 'heic' | 'truncated' | 'no-size'; format: string }
  /** An image format sharp in this build does not take, e.g. BMP or Photoshop. */
  | { ok: false; problem: 'unsupported'; format: string }
  /** Not an image at all: `kind` says what it looks like (text, html, pdf, unknown). */
  | { ok: false; problem: 'not-image'; kind: 'text' | 'html' | 'pdf' | 'unknown' };

/** Bytes read from the start; enough for every header but a JPEG's or HEIF's, which are walked. */
const HEAD = 4096;
/** Bytes read from the end, for the end markers of JPEG, PNG and GIF. */
const TAIL = 4096;

class Reader {
  readonly size: number;
  readonly fd: number;
  constructor(fd: number) {
    this.fd = fd;
    this.size = fstatSync(fd).size;
  }
  /** Up to `length` bytes at `position` (fewer at the end of the file). */
  read(position: number, length: number): Buffer {
    const safe = Math.max(0, Math.min(length, this.size - position));
    const buffer = Buffer.alloc(safe);
    let done = 0;
    while (done < safe) {
      const count = readSync(this.fd, buffer, done, safe - done, position + done);
      if (count === 0) break;
      done += count;
    }
    return buffer.subarray(0, done);
  }
}

/** Probes the image at `file`. Never throws for bad content; a missing file is `unreadable`. */
export function probeImage(file: string): ImageProbe {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  try {
    return probe(new Reader(fd));
  } catch {
    return { ok: false, problem: 'unreadable' };
  } finally {
    closeSync(fd);
  }
}

function probe(file: Reader): ImageProbe {
  if (file.size === 0) return { ok: false, problem: 'empty' };
  const head = file.read(0, HEAD);
  const ascii = (start: number, end: number) => head.toString('latin1', start, end);
  if (head[0] === 0xff && head[1] === 0xd8) return jpeg(file);
  if (ascii(0, 8) === '\x89PNG\r\n\x1a\n') return png(file, head);
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return webp(file, head);
  if (/^GIF8[79]a/.test(ascii(0, 6))) return gif(file, head);
  if (ascii(4, 8) === 'ftyp') return heif(file, head);
  if (ascii(0, 4) === 'II*\0' || ascii(0, 4) === 'MM\0*') return tiff(file, head);
  if (ascii(0, 2) === 'BM') return { ok: false, problem: 'unsupported', format: 'BMP' };
  if (ascii(0, 4) === '8BPS') return { ok: false, problem: 'unsupported', format: 'Photoshop (PSD)' };
  if (ascii(0, 2) === '\xff\x0a' || ascii(4, 12) === 'JXL \r\n\x87\n')
    return { ok: false, problem: 'unsupported', format: 'JPEG XL' };
  if (ascii(0, 4) === '\0\0\x01\0') return { ok: false, problem: 'unsupported', format: 'ICO' };
  if (ascii(0, 5) === '%PDF-') return { ok: false, problem: 'not-image', kind: 'pdf' };
  return text(file, head);
}

/** SVG, HTML, other text or unknown bytes. */
function text(file: Reader, head: Buffer): ImageProbe {
  const start = head.toString('utf8').replace(/^\uFEFF/, '');
  if (/<svg[\s>]/i.test(start)) return svg(file, start);
  if (/^\s*(?:<!doctype html|<html)/i.test(start)) return { ok: false, problem: 'not-image', kind: 'html' };
  // Printable text: no NUL and few control characters among the first bytes.
  const controls = [...head.subarray(0, 512)].filter((byte) => byte < 9 || (byte > 13 && byte < 32)).length;
  return { ok: false, problem: 'not-image', kind: controls === 0 ? 'text' : 'unknown' };
}

/** The SVG root's size as Astro's probe reads it: width and height, or the viewBox. */
function svg(file: Reader, start: string): ImageProbe {
  const root = /<svg\s(?:[^>"']|"[^"]*"|'[^']*')*>/i.exec(start)?.[0] ?? '';
  const tail = file.read(Math.max(0, file.size - 256), 256).toString('utf8');
  if (!/<\/svg\s*>\s*$/i.test(tail) && !/\/>\s*$/.test(tail)) return { ok: false, problem: 'truncated', format: 'SVG' };
  const length = (name: string) => {
    const value = new RegExp(`\\s${name}=(['"])([^%]+?)\\1`).exec(root)?.[2];
    return value && /^[0-9.]+(?:e\d+)?(?:in|cm|em|ex|m|mm|pc|pt|px)?$/.test(value) ? Math.round(parseFloat(value)) : undefined;
  };
  const width = length('width');
  const height = length('height');
  const box = /\sviewBox=(['"])(.+?)\1/i
    .exec(root)?.[2]
    ?.split(/[\s,]+/)
    .map(Number);
  if (width && height) return { ok: true, format: 'svg', width, height };
  if (box && box.length === 4 && box[2]! > 0 && box[3]! > 0) {
    const ratio = box[2]! / box[3]!;
    if (width) return { ok: true, format: 'svg', width, height: Math.floor(width / ratio) };
    if (height) return { ok: true, format: 'svg', width: Math.floor(height * ratio), height };
    return { ok: true, format: 'svg', width: Math.round(box[2]!), height: Math.round(box[3]!) };
  }
  return { ok: false, problem: 'no-size', format: 'SVG' };
}

/**
 * JPEG: walk the segments (two bytes of marker, two of length) to the frame header for
 * the size and to the start of scan; the file must end with the end-of-image marker after
 * it. Phones append data after that marker (motion photos), so the end is searched
 * backwards from the file's end; only a file without it after the scan is cut off.
 */
function jpeg(file: Reader): ImageProbe {
  let position = 2;
  let size: { width: number; height: number } | undefined;
  let orientation = 1;
  while (position + 4 <= file.size) {
    const header = file.read(position, 4);
    if (header[0] !== 0xff) return { ok: false, problem: size ? 'truncated' : 'no-size', format: 'JPEG' };
    const marker = header[1]!;
    if (marker === 0xff) {
      position += 1;
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      position += 2;
      continue;
    }
    const length = header.readUInt16BE(2);
    if (length < 2) return { ok: false, problem: 'no-size', format: 'JPEG' };
    // A segment that runs past the file's end: cut off before the picture even starts.
    if (position + 2 + length > file.size) return { ok: false, problem: 'truncated', format: 'JPEG' };
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      const frame = file.read(position + 5, 4);
      if (frame.length < 4) break;
      size = { height: frame.readUInt16BE(0), width: frame.readUInt16BE(2) };
    } else if (marker === 0xe1 && orientation === 1) {
      orientation = exifOrientation(file.read(position + 4, Math.min(length - 2, 512))) ?? 1;
    } else if (marker === 0xda) {
      if (!size || size.width === 0 || size.height === 0) return { ok: false, problem: 'no-size', format: 'JPEG' };
      if (!endsAfter(file, position + 2 + length, [0xff, 0xd9])) return { ok: false, problem: 'truncated', format: 'JPEG' };
      // Astro swaps width and height for EXIF orientations 5–8 (rotated by 90°).
      return orientation >= 5
        ? { ok: true, format: 'jpeg', width: size.height, height: size.width }
        : { ok: true, format: 'jpeg', ...size };
    }
    position += 2 + length;
  }
  return { ok: false, problem: 'truncated', format: 'JPEG' };
}

/** The EXIF orientation tag (274) from an APP1 segment's start, if present. */
function exifOrientation(app1: Buffer): number | undefined {
  if (app1.toString('latin1', 0, 6) !== 'Exif\0\0') return undefined;
  const tiff = app1.subarray(6);
  const big = tiff.toString('latin1', 0, 2) === 'MM';
  const u16 = (at: number) => (at + 2 <= tiff.length ? (big ? tiff.readUInt16BE(at) : tiff.readUInt16LE(at)) : 0);
  const u32 = (at: number) => (at + 4 <= tiff.length ? (big ? tiff.readUInt32BE(at) : tiff.readUInt32LE(at)) : 0);
  const ifd = u32(4);
  const count = u16(ifd);
  for (let index = 0; index < count; index++) {
    const entry = ifd + 2 + index * 12;
    if (entry + 12 > tiff.length) return undefined;
    if (u16(entry) === 274) return u16(entry + 8);
  }
  return undefined;
}

/**
 * Whether `marker` occurs at or after `from`, searching backwards from the file's end:
 * usually it is the last two bytes and one small read decides; only a file with data
 * appended after the image, or a cut-off one, is read further back.
 */
function endsAfter(file: Reader, from: number, marker: readonly number[]): boolean {
  let end = file.size;
  while (end > from) {
    const start = Math.max(from, end - TAIL);
    const chunk = file.read(start, end - start + marker.length - 1);
    for (let index = chunk.length - marker.length; index >= 0; index--) {
      if (marker.every((byte, offset) => chunk[index + offset] === byte)) return true;
    }
    end = start;
  }
  return false;
}

/** PNG: the size from IHDR; the IEND chunk must be at the end (after at most some padding). */
function png(file: Reader, head: Buffer): ImageProbe {
  if (head.length < 24 || head.toString('latin1', 12, 16) !== 'IHDR') return { ok: false, problem: 'no-size', format: 'PNG' };
  const width = head.readUInt32BE(16);
  const height = head.readUInt32BE(20);
  const tail = file.read(Math.max(0, file.size - TAIL), TAIL);
  if (!tail.includes('IEND', 0, 'latin1')) return { ok: false, problem: 'truncated', format: 'PNG' };
  if (width === 0 || height === 0) return { ok: false, problem: 'no-size', format: 'PNG' };
  return { ok: true, format: 'png', width, height };
}

/** WebP: the RIFF header states the file's length, so a cut-off file is shorter than it says. */
function webp(file: Reader, head: Buffer): ImageProbe {
  if (head.length < 30) return { ok: false, problem: 'truncated', format: 'WebP' };
  if (file.size < head.readUInt32LE(4) + 8) return { ok: false, problem: 'truncated', format: 'WebP' };
  const chunk = head.toString('latin1', 12, 16);
  let width = 0;
  let height = 0;
  if (chunk === 'VP8X') {
    width = 1 + head.readUIntLE(24, 3);
    height = 1 + head.readUIntLE(27, 3);
  } else if (chunk === 'VP8 ') {
    width = head.readUInt16LE(26) & 0x3fff;
    height = head.readUInt16LE(28) & 0x3fff;
  } else if (chunk === 'VP8L') {
    const bits = head.readUInt32LE(21);
    width = 1 + (bits & 0x3fff);
    height = 1 + ((bits >> 14) & 0x3fff);
  }
  if (width === 0 || height === 0) return { ok: false, problem: 'no-size', format: 'WebP' };
  return { ok: true, format: 'webp', width, height };
}

/** GIF: the screen size from the header; the file ends with the trailer byte 0x3B. */
function gif(file: Reader, head: Buffer): ImageProbe {
  if (head.length < 10) return { ok: false, problem: 'truncated', format: 'GIF' };
  const width = head.readUInt16LE(6);
  const height = head.readUInt16LE(8);
  const last = file.read(Math.max(0, file.size - 16), 16);
  const trimmed = [...last].reverse().find((byte) => byte !== 0);
  if (trimmed !== 0x3b) return { ok: false, problem: 'truncated', format: 'GIF' };
  if (width === 0 || height === 0) return { ok: false, problem: 'no-size', format: 'GIF' };
  return { ok: true, format: 'gif', width, height };
}

/** The boxes of an ISO base media file between `start` and `end`, by type, reading only their headers. */
function boxes(
  file: Reader,
  start: number,
  end: number,
): { boxes: Map<string, { at: number; size: number }>; complete: boolean } {
  const found = new Map<string, { at: number; size: number }>();
  let position = start;
  while (position + 8 <= end) {
    const header = file.read(position, 16);
    let size = header.readUInt32BE(0);
    const type = header.toString('latin1', 4, 8);
    if (size === 1 && header.length >= 16) size = Number(header.readBigUInt64BE(8));
    else if (size === 0) size = end - position;
    if (size < 8) return { boxes: found, complete: false };
    if (!found.has(type)) found.set(type, { at: position, size });
    position += size;
  }
  return { boxes: found, complete: position === end };
}

/**
 * HEIF and AVIF: the brands say which codec; HEIC (HEVC, the iPhone's format) is not
 * decodable by the sharp build Astro uses (its libheif has AV1 only: `sharp.format.heif`
 * lists `.avif` as the only input suffix). The top-level boxes must add up to the file's
 * length; the size is the first `ispe` property in meta → iprp → ipco.
 */
function heif(file: Reader, head: Buffer): ImageProbe {
  const ftypSize = head.readUInt32BE(0);
  const brands: string[] = [];
  for (let at = 8; at + 4 <= Math.min(ftypSize, head.length); at += 4) {
    if (at !== 12) brands.push(head.toString('latin1', at, at + 4));
  }
  const isAvif = brands.includes('avif') || brands.includes('avis');
  const isHeic = brands.some((brand) => ['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis'].includes(brand));
  if (!isAvif) {
    if (isHeic || brands.includes('mif1') || brands.includes('msf1'))
      return { ok: false, problem: 'heic', format: isHeic ? 'HEIC' : 'HEIF' };
    return { ok: false, problem: 'not-image', kind: 'unknown' };
  }
  const top = boxes(file, 0, file.size);
  if (!top.complete || !top.boxes.has('mdat')) return { ok: false, problem: 'truncated', format: 'AVIF' };
  const meta = top.boxes.get('meta');
  if (!meta) return { ok: false, problem: 'no-size', format: 'AVIF' };
  const inMeta = boxes(file, meta.at + 12, meta.at + meta.size).boxes.get('iprp');
  const inIprp = inMeta && boxes(file, inMeta.at + 8, inMeta.at + inMeta.size).boxes.get('ipco');
  const ispe = inIprp && boxes(file, inIprp.at + 8, inIprp.at + inIprp.size).boxes.get('ispe');
  if (!ispe) return { ok: false, problem: 'no-size', format: 'AVIF' };
  const box = file.read(ispe.at + 12, 8);
  const width = box.readUInt32BE(0);
  const height = box.readUInt32BE(4);
  if (width === 0 || height === 0) return { ok: false, problem: 'no-size', format: 'AVIF' };
  return { ok: true, format: 'avif', width, height };
}

/** TIFF: width and height from the first image directory (tags 256 and 257). */
function tiff(file: Reader, head: Buffer): ImageProbe {
  const big = head.toString('latin1', 0, 2) === 'MM';
  const u16 = (buffer: Buffer, at: number) => (big ? buffer.readUInt16BE(at) : buffer.readUInt16LE(at));
  const u32 = (buffer: Buffer, at: number) => (big ? buffer.readUInt32BE(at) : buffer.readUInt32LE(at));
  const offset = u32(head, 4);
  const count = file.read(offset, 2);
  if (count.length < 2) return { ok: false, problem: 'truncated', format: 'TIFF' };
  const entries = file.read(offset + 2, u16(count, 0) * 12);
  const tags = new Map<number, number>();
  for (let at = 0; at + 12 <= entries.length; at += 12) {
    const type = u16(entries, at + 2);
    tags.set(u16(entries, at), type === 3 ? u16(entries, at + 8) : u32(entries, at + 8));
  }
  const width = tags.get(256);
  const height = tags.get(257);
  if (!width || !height) return { ok: false, problem: 'no-size', format: 'TIFF' };
  return { ok: true, format: 'tiff', width, height };
}
