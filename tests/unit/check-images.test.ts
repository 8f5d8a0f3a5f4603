import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { imageMetadata } from 'astro/assets/utils';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent, formatFinding, type Finding } from '../../src/check/index.ts';
import { probeImage, SUPPORTED_FORMATS } from '../../src/check/image-probe.ts';
import { LARGEST_SERVED_WIDTH } from '../../src/check/images.ts';
import { RENDITION_LADDER } from '../../src/lib/image-slots.ts';
import { avifSample, cutOff, heicSample, jpegSample, pngSample } from '../helpers/image-samples.ts';

/**
 * Issue 22, class 3: pictures the build cannot decode. Each case puts one broken file
 * into a copy of the `basic` fixture, where a cover, a photo, a poster, a `<Bild>` or a
 * Markdown image names it, and asserts the exact line the author reads.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURE = path.join(ROOT, 'tests/fixtures/basic/content');
const NOW = new Date('2026-11-01T12:00:00+01:00');
const POST = 'posts/mit-bild/index.mdx';
const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

let jpeg: Buffer;
let png: Buffer;
beforeAll(async () => {
  jpeg = await jpegSample(800, 600);
  png = await pngSample(800, 600);
});

/** Copies the fixture, writes `files` (path → bytes), applies text edits, runs the check at NOW. */
function check(files: Record<string, Buffer>, edits: Array<[string, string, string]> = []) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'einblick-images-'));
  temporary.push(root);
  const dir = path.join(root, 'content');
  cpSync(FIXTURE, dir, { recursive: true });
  for (const [file, bytes] of Object.entries(files)) writeFileSync(path.join(dir, file), bytes);
  for (const [file, from, to] of edits) {
    const target = path.join(dir, file);
    const before = readFileSync(target, 'utf8');
    expect(before, `${file} contains ${from}`).toContain(from);
    writeFileSync(target, before.replace(from, to));
  }
  return checkContent(root, dir, { now: NOW });
}

/** Like check(), with files in the site's public/ folder as well. */
function checkWithPublic(publicFiles: Record<string, Buffer>, edits: Array<[string, string, string]>) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'einblick-images-'));
  temporary.push(root);
  const dir = path.join(root, 'content');
  cpSync(FIXTURE, dir, { recursive: true });
  for (const [file, bytes] of Object.entries(publicFiles)) {
    mkdirSync(path.dirname(path.join(root, 'public', file)), { recursive: true });
    writeFileSync(path.join(root, 'public', file), bytes);
  }
  for (const [file, from, to] of edits) {
    const target = path.join(dir, file);
    writeFileSync(target, readFileSync(target, 'utf8').replace(from, to));
  }
  return checkContent(root, dir, { now: NOW });
}

/** The formatted findings of the image rules. */
const images = (findings: Finding[]) =>
  findings.filter((finding) => finding.rule.startsWith('image-')).map((finding) => formatFinding(finding));

/** Appends MDX to the post with the cover. */
const appendToPost = (mdx: string): [string, string, string] => [
  POST,
  'Viele Gäste kamen ins Werk.',
  `Viele Gäste kamen ins Werk.\n\n${mdx}`,
];

describe('pictures the build cannot decode', () => {
  it('passes the fixture’s own pictures', () => {
    const { findings, errors } = check({});
    expect(images(findings)).toEqual([]);
    expect(errors).toBe(0);
  });

  it('names an HEIC photo from a phone, also when it was renamed to .png, and says how to get a JPEG', () => {
    const { findings } = check({ 'posts/mit-bild/cover.png': heicSample(), 'people/IMG_4711.HEIC': heicSample() }, [
      ['people/anna-berger.md', 'src: ./anna-berger.png', 'src: ./IMG_4711.HEIC'],
    ]);
    expect(images(findings)).toEqual([
      'content/people/anna-berger.md:6:15  photo.src  „./IMG_4711.HEIC“ ist ein HEIC-Foto (das Format vieler Handys); die Website kann es weder lesen noch selbst umwandeln → das Foto als JPEG exportieren (am Handy „Teilen“ → als JPEG sichern, am Mac in „Vorschau“ Ablage → Exportieren → JPEG), als „IMG_4711.jpg“ neben den Eintrag legen und den Dateinamen hier ändern',
      'content/posts/mit-bild/index.mdx:8:15  cover.src  „./cover.png“ ist ein HEIC-Foto (das Format vieler Handys); die Website kann es weder lesen noch selbst umwandeln → das Foto als JPEG exportieren (am Handy „Teilen“ → als JPEG sichern, am Mac in „Vorschau“ Ablage → Exportieren → JPEG), als „cover.jpg“ neben den Eintrag legen und den Dateinamen hier ändern',
    ]);
    expect(findings.filter((finding) => finding.rule === 'image-heic').every((finding) => finding.severity === 'error')).toBe(
      true,
    );
  });

  it('names a 0-byte poster', () => {
    const { findings } = check({ 'videos/werksrundgang.png': Buffer.alloc(0) });
    expect(images(findings)).toEqual([
      'content/videos/werksrundgang.md:6:16  poster.src  Die Bilddatei „./werksrundgang.png“ ist leer (0 Byte) → die Datei noch einmal vom Original kopieren oder neu exportieren und ersetzen',
    ]);
  });

  it('names a cut-off JPEG in a <Bild>', () => {
    const { findings } = check({ 'posts/mit-bild/halle.jpg': cutOff(jpeg) }, [
      appendToPost('<Bild src="./halle.jpg" alt="Die Halle von innen" />'),
    ]);
    expect(images(findings)).toEqual([
      'content/posts/mit-bild/index.mdx:15:1  <Bild src>  „./halle.jpg“ ist unvollständig: die JPEG-Datei bricht mitten im Bild ab (beim Kopieren oder Hochladen abgeschnitten) → die Datei noch einmal vom Original kopieren und ersetzen',
    ]);
  });

  it('names a cut-off PNG cover', () => {
    const { findings } = check({ 'posts/mit-bild/cover.png': cutOff(png) });
    expect(images(findings)).toEqual([
      'content/posts/mit-bild/index.mdx:8:15  cover.src  „./cover.png“ ist unvollständig: die PNG-Datei bricht mitten im Bild ab (beim Kopieren oder Hochladen abgeschnitten) → die Datei noch einmal vom Original kopieren und ersetzen',
    ]);
  });

  it('names a text file saved as .jpg in a Markdown image', () => {
    const { findings } = check({ 'posts/mit-bild/halle.jpg': Buffer.from('Foto kommt noch\n') }, [
      appendToPost('![Die Halle von innen](./halle.jpg)'),
    ]);
    expect(images(findings)).toEqual([
      'content/posts/mit-bild/index.mdx:15:1  (Text)  „./halle.jpg“ ist kein Bild, sondern eine Textdatei → die richtige Bilddatei (JPEG, PNG, WebP oder AVIF) unter diesem Namen ablegen',
    ]);
  });

  it('names a saved web page, a PDF and a BMP by what they are', () => {
    const { findings } = check(
      {
        'posts/mit-bild/a.jpg': Buffer.from('<!DOCTYPE html><html><body>Nicht gefunden</body></html>'),
        'posts/mit-bild/b.png': Buffer.from('%PDF-1.7\n'),
        'posts/mit-bild/c.jpg': Buffer.concat([Buffer.from('BM'), Buffer.alloc(60)]),
      },
      [appendToPost('![Eins](./a.jpg)\n\n![Zwei](./b.png)\n\n![Drei](./c.jpg)')],
    );
    expect(images(findings).map((line) => line.split('  ').slice(2).join('  '))).toEqual([
      '„./a.jpg“ ist kein Bild, sondern eine gespeicherte Webseite (HTML) → die richtige Bilddatei (JPEG, PNG, WebP oder AVIF) unter diesem Namen ablegen',
      '„./b.png“ ist kein Bild, sondern ein PDF-Dokument → die richtige Bilddatei (JPEG, PNG, WebP oder AVIF) unter diesem Namen ablegen',
      '„./c.jpg“ ist im Format BMP, das die Website nicht verarbeiten kann → als JPEG (Fotos) oder PNG (Grafiken) speichern, die Datei ersetzen und den Dateinamen hier anpassen',
    ]);
  });

  it('decodes a site path from public/ too, which is copied as it is: its ending does not matter, its content does', () => {
    const { findings } = checkWithPublic({ 'bilder/plan.png': Buffer.from('kommt noch'), 'bilder/karte.jfif': jpeg }, [
      appendToPost('![Der Werksplan](/bilder/plan.png)\n\n![Die Anfahrt](/bilder/karte.jfif)'),
    ]);
    expect(images(findings)).toEqual([
      'content/posts/mit-bild/index.mdx:15:1  (Text)  „/bilder/plan.png“ ist kein Bild, sondern eine Textdatei → die richtige Bilddatei (JPEG, PNG, WebP oder AVIF) unter diesem Namen ablegen',
    ]);
  });

  it('names a good JPEG whose ending Astro does not import as an image', () => {
    const { findings } = check({ 'posts/mit-bild/halle.jfif': jpeg }, [
      appendToPost('<Bild src="./halle.jfif" alt="Die Halle von innen" />'),
    ]);
    expect(images(findings)).toEqual([
      'content/posts/mit-bild/index.mdx:15:1  <Bild src>  „./halle.jfif“ ist ein JPEG-Bild, aber die Website liest diese Dateiendung nicht als Bild → die Datei in „halle.jpg“ umbenennen und den Dateinamen hier ändern',
    ]);
  });

  it('warns about an original far larger than the site ever shows, and passes one that is not', async () => {
    const huge = await jpegSample(4000, 3000);
    const { findings, errors } = check({ 'posts/mit-bild/cover.jpg': huge }, [[POST, './cover.png', './cover.jpg']]);
    expect(images(findings)).toEqual([
      'content/posts/mit-bild/index.mdx:8:15  cover.src  „./cover.jpg“ ist 4000 × 3000 px groß; die Website zeigt Bilder höchstens 1920 px breit → auf 1920 px Breite verkleinern (z. B. beim Exportieren); das spart Platz im Repository und Zeit beim Bauen',
    ]);
    expect(findings.find((finding) => finding.rule === 'image-huge')?.severity).toBe('warning');
    expect(errors).toBe(0);
    const large = await jpegSample(LARGEST_SERVED_WIDTH * 2, 1200);
    expect(images(check({ 'posts/mit-bild/cover.jpg': large }, [[POST, './cover.png', './cover.jpg']]).findings)).toEqual([]);
  });
});

describe('the header probe', () => {
  it('agrees with Astro’s own probe on every file it passes, and Astro supports the format', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'einblick-probe-'));
    temporary.push(dir);
    const plain = sharp({ create: { width: 33, height: 21, channels: 4, background: { r: 255, g: 0, b: 0, alpha: 1 } } });
    const samples: Record<string, Buffer> = {
      'a.jpg': jpeg,
      'b.png': png,
      'c.avif': await avifSample(),
      'd.webp': await plain.clone().webp().toBuffer(),
      'e.webp': await plain.clone().webp({ lossless: true }).toBuffer(),
      'f.gif': await plain.clone().gif().toBuffer(),
      'g.tiff': await plain.clone().tiff().toBuffer(),
      'h.svg': Buffer.from(
        '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 20"><rect width="4" height="4"/></svg>\n',
      ),
      'i.jpg': await sharp({ create: { width: 40, height: 20, channels: 3, background: 'blue' } })
        .withMetadata({ orientation: 6 })
        .jpeg()
        .toBuffer(),
    };
    for (const [name, bytes] of Object.entries(samples)) {
      writeFileSync(path.join(dir, name), bytes);
      const probed = probeImage(path.join(dir, name));
      const astro = await imageMetadata(bytes, name);
      expect(probed, name).toMatchObject({ ok: true, width: astro.width, height: astro.height });
      expect(SUPPORTED_FORMATS).toContain(astro.format === 'jpg' ? 'jpeg' : astro.format);
    }
  });

  it('rejects what Astro would publish broken: a cut-off JPEG and PNG pass Astro’s probe', async () => {
    for (const bytes of [cutOff(jpeg), cutOff(png)]) {
      await expect(imageMetadata(bytes, 'x')).resolves.toBeDefined();
    }
    const dir = mkdtempSync(path.join(os.tmpdir(), 'einblick-probe-'));
    temporary.push(dir);
    writeFileSync(path.join(dir, 'cut.avif'), cutOff(await avifSample(400, 300)));
    writeFileSync(path.join(dir, 'motion.jpg'), Buffer.concat([jpeg, Buffer.alloc(20_000, 7)]));
    expect(probeImage(path.join(dir, 'cut.avif'))).toEqual({ ok: false, problem: 'truncated', format: 'AVIF' });
    // Cut off inside the header, before the frame's size: still "cut off", not "no size".
    writeFileSync(path.join(dir, 'head.jpg'), jpeg.subarray(0, 100));
    expect(probeImage(path.join(dir, 'head.jpg'))).toEqual({ ok: false, problem: 'truncated', format: 'JPEG' });
    // A phone's motion photo: a video appended after the picture's end marker is fine.
    expect(probeImage(path.join(dir, 'motion.jpg'))).toMatchObject({ ok: true, width: 800, height: 600 });
  });

  it('knows that this sharp build cannot decode HEVC, so the check offers no conversion', async () => {
    await expect(sharp(heicSample(64, 48)).jpeg().toBuffer()).rejects.toThrow(/HEVC/);
    expect(sharp.format.heif.input.fileSuffix).toEqual(['.avif']);
  });
});

describe('the widest picture the site serves', () => {
  it('is LARGEST_SERVED_WIDTH: no component or page asks for a wider rendition', () => {
    const widths: number[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (/\.(astro|ts)$/.test(entry.name)) {
          const source = readFileSync(file, 'utf8');
          for (const match of source.matchAll(/(?:widths=\{|WIDTHS = )\[([\d,\s]+)\]/g))
            widths.push(...match[1]!.split(',').map(Number));
          for (const match of source.matchAll(/\[([\d,\s]+)\]\)\.filter\(\(width\)/g))
            widths.push(...match[1]!.split(',').map(Number));
          for (const match of source.matchAll(/getImage\(\{[^}]*?width: (?:Math\.min\()?(\d+)/g)) widths.push(Number(match[1]));
        }
      }
    };
    walk(path.join(ROOT, 'src', 'components'));
    walk(path.join(ROOT, 'src', 'pages'));
    // The renditions of the slots in src/lib/image-slots.ts.
    widths.push(...RENDITION_LADDER);
    expect(widths.length).toBeGreaterThan(10);
    expect(Math.max(...widths)).toBe(LARGEST_SERVED_WIDTH);
  });
});
