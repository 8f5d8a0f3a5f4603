import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Font files in and out, for the site's own web fonts (src/lib/site-fonts.ts): WOFF2 to
 * plain OpenType and back (`wawoff2`, Google's reference encoder compiled to WebAssembly),
 * the characters a font maps (`harfbuzzjs`), and a subset of a font to given characters
 * (`harfbuzzjs`'s `hb-subset.wasm`). All of it runs offline and in this process.
 */

const require = createRequire(import.meta.url);

interface Woff2 {
  compress(sfnt: Uint8Array): Promise<Uint8Array>;
  decompress(woff2: Uint8Array): Promise<Uint8Array>;
}

/** The one face method of harfbuzzjs used here (src/og/fontlibs.d.ts types the package for the cards). */
interface HbFace {
  collectUnicodes(): Uint32Array;
  destroy(): void;
}
interface HbJs {
  createBlob(data: Uint8Array): { destroy(): void };
  createFace(blob: { destroy(): void }, index: number): HbFace;
}

/** The exports of `hb-subset.wasm` used here (harfbuzz's C API, pointers as numbers). */
interface HbSubset {
  memory: WebAssembly.Memory;
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_or_fail(face: number, input: number): number;
}

/** harfbuzz's HB_MEMORY_MODE_WRITABLE: the blob may use the bytes in place. */
const MEMORY_MODE_WRITABLE = 2;
/** HB_SUBSET_FLAGS_NO_HINTING: the subset drops TrueType instructions (browsers on phones do not hint). */
const SUBSET_NO_HINTING = 0x1;

let woff2: Woff2 | undefined;
let hbjs: Promise<HbJs> | undefined;
let subsetter: Promise<HbSubset> | undefined;

const codec = (): Woff2 => (woff2 ??= require('wawoff2') as Woff2);

let codecQueue: Promise<unknown> = Promise.resolve();
/**
 * One WOFF2 call at a time, its result copied before the next starts: wawoff2 answers with
 * bytes in its WebAssembly memory, which the next call overwrites (two decodes side by
 * side returned each other's fonts).
 */
function serial(task: () => Promise<Uint8Array>): Promise<Buffer> {
  const run = codecQueue.then(async () => Buffer.from(await task()));
  codecQueue = run.catch(() => undefined);
  return run;
}

/** The versions of the libraries that make the subsets: part of every cache key. */
export function subsetterVersion(): string {
  return ['harfbuzzjs', 'wawoff2']
    .map((name) => `${name}@${(require(`${name}/package.json`) as { version: string }).version}`)
    .join(' ');
}

/** A WOFF2 file as plain OpenType (TrueType outlines), which harfbuzz reads. */
export async function decodeWoff2(file: Uint8Array): Promise<Buffer> {
  return serial(() => codec().decompress(file));
}

/** Plain OpenType as WOFF2 (Brotli with the glyph transforms of the format). */
export async function encodeWoff2(sfnt: Uint8Array): Promise<Buffer> {
  return serial(() => codec().compress(sfnt));
}

/** Every code point the font maps to a glyph (its `cmap`), in ascending order. */
export async function fontCodePoints(sfnt: Uint8Array): Promise<number[]> {
  const hb = await (hbjs ??= require('harfbuzzjs') as Promise<HbJs>);
  const blob = hb.createBlob(sfnt);
  const face = hb.createFace(blob, 0);
  try {
    return [...face.collectUnicodes()];
  } finally {
    face.destroy();
    blob.destroy();
  }
}

async function loadSubsetter(): Promise<HbSubset> {
  const wasm = readFileSync(require.resolve('harfbuzzjs/hb-subset.wasm'));
  const { instance } = await WebAssembly.instantiate(wasm);
  return instance.exports as unknown as HbSubset;
}

/**
 * The font cut to the glyphs of `codePoints` (and what shaping them needs: ligatures,
 * marks, kerning), every axis of a variable font kept. Plain OpenType out.
 */
export async function subsetFont(sfnt: Uint8Array, codePoints: Iterable<number>): Promise<Buffer> {
  const hb = await (subsetter ??= loadSubsetter());
  const pointer = hb.malloc(sfnt.byteLength);
  new Uint8Array(hb.memory.buffer).set(sfnt, pointer);
  const blob = hb.hb_blob_create(pointer, sfnt.byteLength, MEMORY_MODE_WRITABLE, 0, 0);
  const face = hb.hb_face_create(blob, 0);
  hb.hb_blob_destroy(blob);
  const input = hb.hb_subset_input_create_or_fail();
  try {
    if (!input) throw new Error('harfbuzz could not start a font subset');
    const unicodes = hb.hb_subset_input_unicode_set(input);
    for (const code of codePoints) hb.hb_set_add(unicodes, code);
    hb.hb_subset_input_set_flags(input, SUBSET_NO_HINTING);
    const subset = hb.hb_subset_or_fail(face, input);
    if (!subset) throw new Error('harfbuzz could not subset the font');
    const result = hb.hb_face_reference_blob(subset);
    try {
      const length = hb.hb_blob_get_length(result);
      if (length === 0) throw new Error('harfbuzz made an empty font subset');
      const data = hb.hb_blob_get_data(result, 0);
      // Copied out before the blob is freed: memory may grow (and move) on the next call.
      return Buffer.from(new Uint8Array(hb.memory.buffer, data, length));
    } finally {
      hb.hb_blob_destroy(result);
      hb.hb_face_destroy(subset);
    }
  } finally {
    if (input) hb.hb_subset_input_destroy(input);
    hb.hb_face_destroy(face);
    hb.free(pointer);
  }
}
