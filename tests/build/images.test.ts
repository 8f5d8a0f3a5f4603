import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, copyFixture, tempDir } from '../helpers/site.ts';
import { cutOff, heicSample, jpegSample } from '../helpers/image-samples.ts';

/**
 * Pictures the build cannot decode (issue 22, class 3) stop `npm run build` in the content
 * check, with the German line per picture and no stack trace, before Astro's own
 * `NoImageMetadata` or `UnsupportedImageFormat`; the last good site stays.
 */

describe('a picture the build cannot decode', () => {
  it('fails the build with the check’s German message per picture, no stack, and keeps the last good site', async () => {
    const content = copyFixture('basic');
    writeFileSync(path.join(content, 'posts/mit-bild/cover.png'), heicSample());
    writeFileSync(path.join(content, 'videos/werksrundgang.png'), Buffer.alloc(0));
    writeFileSync(path.join(content, 'posts/mit-bild/halle.jpg'), cutOff(await jpegSample(800, 600)));
    const post = path.join(content, 'posts/mit-bild/index.mdx');
    writeFileSync(post, `${readFileSync(post, 'utf8')}\n![Die Halle von innen](./halle.jpg)\n`);
    const outDir = path.join(tempDir('images-fail'), 'dist');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, 'index.html'), 'last good build');

    const result = buildSite(content, outDir);
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toMatch(
      /\/content\/posts\/mit-bild\/index\.mdx:8:15 {2}cover\.src {2}„\.\/cover\.png“ ist ein HEIC-Foto \(das Format vieler Handys\); die Website kann es weder lesen noch selbst umwandeln → das Foto als JPEG exportieren/,
    );
    expect(output).toMatch(
      /\/content\/posts\/mit-bild\/index\.mdx:15:1 {2}\(Text\) {2}„\.\/halle\.jpg“ ist unvollständig: die JPEG-Datei bricht mitten im Bild ab/,
    );
    expect(output).toMatch(
      /\/content\/videos\/werksrundgang\.md:6:16 {2}poster\.src {2}Die Bilddatei „\.\/werksrundgang\.png“ ist leer \(0 Byte\)/,
    );
    expect(output).toMatch(/Build abgebrochen: 3 Fehler im Inhalt/);
    expect(output).not.toMatch(/\n\s+at /);
    expect(output).not.toMatch(/NoImageMetadata|LocalImageUsedWrongly|UnsupportedImageFormat/);
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('last good build');
    expect(existsSync(`${outDir}.next`)).toBe(false);
  });
});
