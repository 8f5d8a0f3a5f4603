import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { findPackageJSON } from 'node:module';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { readBuildEnv } from '../lib/build-env.ts';
import { cardFonts } from './fonts.ts';
import type { CardSpec } from './types.ts';

/**
 * Cache keys for cards. A card is rendered again only when something that can change its
 * pixels changed: its data (with the bytes of every image it embeds, not their paths), the
 * renderer's source (every module in src/og), the font files, or the versions of satori,
 * sharp, the font parser, the shaper and the hyphenation patterns.
 */

const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** The renderer's side of every key: code, fonts, library versions. */
export function rendererFingerprint(root: string): string {
  const hash = createHash('sha256');
  const source = path.join(root, 'src', 'og');
  const modules = readdirSync(source, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
  for (const file of modules) hash.update(`${file}\0`).update(readFileSync(path.join(source, file)));
  for (const font of cardFonts(root)) hash.update(readFileSync(font.file));
  const base = pathToFileURL(path.join(root, 'package.json'));
  for (const name of ['satori', 'sharp', 'hyphen', '@shuding/opentype.js', 'harfbuzzjs']) {
    // Not `require('x/package.json')`: packages with an exports map (sharp) do not export it.
    const file = findPackageJSON(name, base);
    const { version } = JSON.parse(readFileSync(file ?? '', 'utf8')) as { version: string };
    hash.update(`${name}@${version}\0`);
  }
  return hash.digest('hex');
}

/** Content hashes of image files, read once per build. */
export function fileHasher(): (file: string) => string {
  const known = new Map<string, string>();
  return (file) => {
    let hash = known.get(file);
    if (hash === undefined) {
      hash = sha(readFileSync(file));
      known.set(file, hash);
    }
    return hash;
  };
}

/** The key of one card: what it shows, not which page it belongs to. */
export function cardKey(spec: CardSpec, fingerprint: string, hashFile: (file: string) => string): string {
  const data = JSON.stringify(spec, (key, value: unknown) => {
    if (key === 'page' || key === 'url' || key === 'alt') return undefined;
    return key === 'file' && typeof value === 'string' ? `sha256:${hashFile(value)}` : value;
  });
  return sha(`${fingerprint}\n${data}`).slice(0, 32);
}

/** The card cache of a project (beside Astro's own cache for the content folder). */
export const cardCacheDir = (root: string): string => path.join(readBuildEnv(root).cacheDir, 'einblick-cards');

/**
 * Names cards' files in a cache folder: `<key>.png`, a pure function of the spec, the
 * renderer and the images' bytes. Whoever knows a spec knows where its PNG will be, so
 * the pages can name (and wait for) a card the integration renders, without asking it.
 */
export function cardNamer(root: string, cacheDir: string): (spec: CardSpec) => string {
  const fingerprint = rendererFingerprint(root);
  const hashFile = fileHasher();
  const folder = path.resolve(cacheDir);
  return (spec) => path.join(folder, `${cardKey(spec, fingerprint, hashFile)}.png`);
}
