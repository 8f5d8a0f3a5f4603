import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { mdxToMdast } from 'satteri';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkContent } from '../../src/check/index.ts';
import { splitFrontmatter } from '../../scripts/lib/import/content.ts';
import type { ImportReport } from '../../scripts/lib/import/report.ts';
import { importWordpress } from '../../scripts/lib/import/wordpress/import.ts';
import { ImportError } from '../../scripts/lib/import/xml.ts';
import { parseRedirects } from '../../src/lib/redirects.ts';
import { postSchema } from '../../src/schemas/index.ts';
import { z } from 'astro/zod';
import { copyFixture, listFiles, ROOT, tempDir } from '../helpers/site.ts';

const FIXTURE = path.join(ROOT, 'tests', 'fixtures', 'import', 'wordpress');
const EXPORT = path.join(FIXTURE, 'export.xml');
const UPLOADS = path.join(FIXTURE, 'uploads');

/** A copy of the basic fixture with one video entry whose YouTube id the export embeds. */
function freshContent(): string {
  const content = copyFixture('basic');
  const video = readFileSync(path.join(content, 'videos', 'werksrundgang.md'), 'utf8').replace(
    'youtube: abcdefghijk',
    'youtube: aB3dE5fG7hJ',
  );
  writeFileSync(path.join(content, 'videos', 'tag-der-offenen-tuer-film.md'), video);
  return content;
}

const run = (content: string, extra: Partial<Parameters<typeof importWordpress>[0]> = {}) =>
  importWordpress({
    root: ROOT,
    contentDir: content,
    exportFile: EXPORT,
    uploadsDir: UPLOADS,
    authors: { mschulz: 'anna-berger' },
    ...extra,
  });

const post = (content: string, slug: string) => {
  const file = [path.join(content, 'posts', slug, 'index.mdx'), path.join(content, 'posts', `${slug}.mdx`)].find((candidate) =>
    existsSync(candidate),
  );
  if (!file) throw new Error(`no post ${slug}`);
  const text = readFileSync(file, 'utf8');
  const { data, body } = splitFrontmatter(text);
  return { file, text, data: data!, body };
};

const codes = (entries: ImportReport['todo'], subject: string) =>
  entries.filter((entry) => entry.subject.includes(subject)).map((entry) => entry.code);

interface MdNode {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  alt?: string;
  children?: MdNode[];
}
const walk = (node: MdNode): MdNode[] => [node, ...(node.children ?? []).flatMap(walk)];

const SLUGS = [
  'tag-der-offenen-tuer-2023',
  'gruesse-aus-der-schweisserei',
  'messe-rueckblick-valve-world',
  'ausbildungsstart-2024',
  'rueckblick-2023',
  'rueckblick-2023-2',
];

describe('WordPress import', { timeout: 60_000 }, () => {
  let content: string;
  let report: ImportReport;
  beforeAll(() => {
    content = freshContent();
    report = run(content);
  }, 60_000);

  it('imports exactly the published and scheduled posts, under transliterated, percent-decoded slugs', () => {
    expect(report.held).toEqual([]);
    expect(report.written.map((file) => path.basename(file.replace(/\/index\.mdx$/, '.mdx'), '.mdx')).sort()).toEqual(
      [...SLUGS].sort(),
    );
  });

  it('never imports drafts, pending, private or password-protected posts, pages, attachments or comments', () => {
    expect(report.skipped.map((entry) => [entry.subject.replace(/ \(WordPress \d+\)$/, ''), entry.code])).toEqual([
      ['Schichtplan 2024 (Entwurf)', 'status-draft'],
      ['Neue Kantine: Wir warten auf die Freigabe', 'status-pending'],
      ['Protokoll Betriebsversammlung', 'status-private'],
      ['Sommerfest 2023: Die Fotos', 'password'],
      ['Über uns', 'type-page'],
    ]);
    const everything = listFiles(content)
      .filter((file) => /\.(mdx?|ya?ml)$/.test(file))
      .map((file) => readFileSync(path.join(content, file), 'utf8'))
      .join('\n');
    for (const secret of [
      'Gehaltsrunde',
      'Grillwurst23',
      'Kantine öffnet',
      'Petra Sommer',
      'petra.sommer@mail.example',
      '192.0.2.44',
      'Bewerbungsphase für 2024',
    ]) {
      expect(everything).not.toContain(secret);
    }
    expect(report.notes.join('\n')).toContain('2 Kommentare');
  });

  it('writes frontmatter from the post: typography, Berlin dates, authors, tags, department, cover, draft', () => {
    const open = post(content, 'tag-der-offenen-tuer-2023');
    expect(open.data).toMatchObject({
      title: 'Tag der offenen Tür: „Rohre zum Anfassen“ für 1.200 Gäste',
      description:
        '1.200 Gäste, zwölf Stationen und eine sehr lange Schlange am Glücksrad: So war unser Tag der offenen Tür in Iserlohn.',
      date: '2023-05-14T10:30:00+02:00',
      updated: '2023-05-16T09:12:00+02:00',
      authors: ['anna-berger'],
      kind: 'article',
      tags: ['veranstaltungen', 'ausbildung', 'tag-der-offenen-tuer'],
      cover: {
        src: './tag-der-offenen-tuer-titelbild.jpg',
        alt: 'Blick von der Galerie in die Rohrfertigung, unten drängen sich Besucher zwischen den Anlagen',
      },
      draft: true,
    });
    const welding = post(content, 'gruesse-aus-der-schweisserei');
    expect(welding.data['department']).toBe('produktion');
    expect(welding.data['authors']).toEqual(['jonas-keller']);
    expect(welding.data['description']).toMatch(/^Eine Schweißnaht an einem Edelstahlrohr .*…$/);
    expect(welding.data['updated']).toBeUndefined();
    // No UTC column in the export: the local time is read in Berlin (winter, +01:00).
    expect(post(content, 'rueckblick-2023').data['date']).toBe('2023-12-30T18:00:00+01:00');
    expect(post(content, 'messe-rueckblick-valve-world').data['tags']).toEqual(['messe']);
    const schema = postSchema(() => z.string());
    for (const slug of SLUGS) expect(schema.safeParse(post(content, slug).data).success, slug).toBe(true);
  });

  it('passes the content check with no errors', () => {
    const result = checkContent(ROOT, content);
    expect(result.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('writes Markdown that compiles as MDX, with text escaped and nothing but figures and the Video component as JSX', () => {
    for (const slug of SLUGS) {
      const nodes = walk(mdxToMdast(post(content, slug).body) as MdNode);
      const jsx = nodes.filter((node) => node.type.startsWith('mdxJsx')).map((node) => node.name);
      expect(
        jsx.every((name) => name === 'figure' || name === 'figcaption' || name === 'Video'),
        `${slug}: ${jsx.join()}`,
      ).toBe(true);
      const expressions = nodes.filter((node) => node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression');
      expect(
        expressions.every((node) => /^\/\*[\s\S]*\*\/$/.test(node.value ?? '')),
        slug,
      ).toBe(true);
      expect(nodes.some((node) => node.type === 'html' || node.type === 'mdxjsEsm')).toBe(false);
    }
    const text = walk(mdxToMdast(post(content, 'tag-der-offenen-tuer-2023').body) as MdNode)
      .filter((node) => node.type === 'text')
      .map((node) => node.value)
      .join('');
    expect(text).toContain('Wer <5 Minuten wartete');
    expect(text).toContain('Geschweifte Klammern {wie diese}');
    expect(text).toContain('Auszubildende & Fachkräfte');
    expect(text).toContain('bis 90\u00a0Grad');
    const fair = walk(mdxToMdast(post(content, 'messe-rueckblick-valve-world').body) as MdNode);
    expect(
      fair.find((node) => node.type === 'paragraph' && walk(node).some((n) => n.value?.startsWith('export war'))),
    ).toBeDefined();
  });

  it('copies the original uploads next to the post and takes alt text from the attachment', () => {
    const open = post(content, 'tag-der-offenen-tuer-2023');
    const copy = path.join(path.dirname(open.file), 'besucher-halle.jpg');
    expect(readFileSync(copy).equals(readFileSync(path.join(UPLOADS, '2023', '05', 'besucher-halle.jpg')))).toBe(true);
    expect(existsSync(path.join(path.dirname(open.file), 'besucher-halle-1024x683.jpg'))).toBe(false);
    const images = walk(mdxToMdast(open.body) as MdNode).filter((node) => node.type === 'image');
    expect(images.map((image) => [image.url, image.alt])).toEqual([
      ['./besucher-halle.jpg', 'Besucherinnen und Besucher stehen im Halbkreis um die Orbitalschweißanlage'],
    ]);
    const welding = post(content, 'gruesse-aus-der-schweisserei');
    expect(welding.body).toContain('![Querschnitt einer Orbitalschweißnaht unter dem Mikroskop](./schweissnaht.png)');
    expect(welding.body).toContain(
      '![Schweißkopf einer Orbitalschweißanlage in Nahaufnahme, das Rohr ist eingespannt](./orbitalschweissen-kopf.jpg)',
    );
    // Matched by address (no wp-image class), alt from the attachment.
    expect(post(content, 'ausbildungsstart-2024').body).toContain(
      '![Fünf Auszubildende feilen an der Werkbank der Lehrwerkstatt](./azubis-werkbank.jpg)',
    );
  });

  it('copies an image without alt text but leaves a placeholder instead of an image with empty alt, and reports it', () => {
    const fair = post(content, 'messe-rueckblick-valve-world');
    expect(existsSync(path.join(path.dirname(fair.file), 'messestand-duesseldorf.jpg'))).toBe(true);
    expect(fair.body).not.toMatch(/!\[\]/);
    expect(fair.body).toContain('{/* Bild ohne Alternativtext: ./messestand-duesseldorf.jpg');
    expect(report.todo).toContainEqual(expect.objectContaining({ code: 'alt-missing', detail: './messestand-duesseldorf.jpg' }));
    expect(codes(report.todo, 'Valve World')).toEqual(expect.arrayContaining(['image-missing', 'image-remote']));
  });

  it('turns [caption] shortcodes and Gutenberg image blocks into figures with captions', () => {
    const open = walk(mdxToMdast(post(content, 'tag-der-offenen-tuer-2023').body) as MdNode);
    const figure = open.find((node) => node.name === 'figure')!;
    expect(walk(figure).some((node) => node.type === 'image')).toBe(true);
    const caption = walk(figure).find((node) => node.name === 'figcaption')!;
    expect(
      walk(caption)
        .map((node) => node.value ?? '')
        .join(''),
    ).toBe('Am Orbitalschweißen war immer Andrang.');
    expect(post(content, 'gruesse-aus-der-schweisserei').body).toContain(
      '<figcaption>Eine Naht im Querschnitt: kein Wulst, kein Spalt.</figcaption>',
    );
  });

  it('handles every YouTube form: the Video component where an entry exists, otherwise a plain link, reported', () => {
    const link = (id: string) => `(https://www.youtube.com/watch?v=${id})`;
    const open = post(content, 'tag-der-offenen-tuer-2023').body;
    expect(open).toContain('<Video id="tag-der-offenen-tuer-film" />'); // bare URL on its own line, with an entry
    expect(open).toContain(`[Video auf YouTube ansehen]${link('Kq9Zt2LmXw0')}`); // [embed] shortcode
    const welding = post(content, 'gruesse-aus-der-schweisserei').body;
    expect(welding).toContain(`[Video auf YouTube ansehen: Orbitalschweißen in 90 Sekunden erklärt]${link('M4nOpQ7rS_t')}`); // embed block
    expect(welding).toContain(link('Kq9Zt2LmXw0')); // youtube-nocookie iframe
    const fair = post(content, 'messe-rueckblick-valve-world').body;
    expect(fair).toContain(link('x-Yz12AbC34')); // [youtube] shortcode
    expect(fair).toContain('<Video id="tag-der-offenen-tuer-film" />'); // iframe, with an entry
    expect(post(content, 'ausbildungsstart-2024').body).toContain(link('Kq9Zt2LmXw0')); // URL paragraph in Gutenberg
    for (const slug of SLUGS) expect(post(content, slug).body).not.toMatch(/youtube(?:-nocookie)?\.com\/embed|<iframe/i);
    const videoLinks = report.todo.filter((entry) => entry.code === 'video-link').map((entry) => entry.detail);
    expect(videoLinks).toEqual(expect.arrayContaining(['Kq9Zt2LmXw0', 'M4nOpQ7rS_t', 'x-Yz12AbC34']));
    expect(videoLinks).not.toContain('aB3dE5fG7hJ');
  });

  it('removes other iframes, scripts, forms and unsafe links, and reports each', () => {
    const bodies = SLUGS.map((slug) => post(content, slug).body).join('\n');
    for (const gone of [
      'google.com/maps',
      'vimeo',
      'dataLayer',
      'javascript:',
      'contact-form-7',
      'werbepartner',
      'onclick',
      'style=',
    ]) {
      expect(bodies).not.toContain(gone);
    }
    expect(codes(report.todo, 'Schweißerei')).toEqual(expect.arrayContaining(['iframe', 'script', 'link']));
    expect(report.todo).toContainEqual(
      expect.objectContaining({ code: 'iframe', detail: 'https://player.vimeo.com/video/123456789' }),
    );
    expect(report.todo).toContainEqual(
      expect.objectContaining({ code: 'shortcode', detail: '[contact-form-7 id="12" title="Kontakt Messe"]' }),
    );
    expect(post(content, 'gruesse-aus-der-schweisserei').body).toContain(
      'Fragen? Klick mich oder schreib an [schweisserei@auental.example](mailto:schweisserei@auental.example).',
    );
  });

  it('keeps code blocks verbatim, rewrites links between imported posts and reports links to the old site', () => {
    const welding = post(content, 'gruesse-aus-der-schweisserei').body;
    expect(welding).toContain(
      '```\nPROGRAMM R-38x1,5 {\n  if (wandstaerke < 2.0) { strom = 62; }\n  schutzgas = "Argon 4.6";\n}\n```',
    );
    expect(welding).toContain('`{Chargen}`');
    expect(welding).toContain('[Bericht vom Tag der offenen Tür](/blog/tag-der-offenen-tuer-2023/)');
    const fair = post(content, 'messe-rueckblick-valve-world').body;
    expect(fair).toContain('```php\n<?php echo "{$besucher} Besucher"; ?>\n```');
    expect(fair).toContain('| Kataloge \\| Muster | 310 |');
    expect(fair).toMatch(/^## Drei Tage Düsseldorf$/m);
    expect(report.todo).toContainEqual(
      expect.objectContaining({ code: 'link-old-site', detail: 'https://blog.auental.example/ueber-uns/' }),
    );
  });

  it('unpacks Gutenberg galleries into figures and inlines reusable blocks', () => {
    const body = post(content, 'ausbildungsstart-2024').body;
    const figures = walk(mdxToMdast(body) as MdNode).filter((node) => node.name === 'figure');
    expect(figures).toHaveLength(3);
    expect(figures.every((figure) => walk(figure).filter((node) => node.name === 'figure').length === 1)).toBe(true);
    expect(body).toContain('<figcaption>Erste Feilübung</figcaption>');
    expect(body).toContain('![Eine Schweißnaht als Lernziel am Ende des ersten Jahres](./schweissnaht.png)');
    expect(body).toMatch(
      /Fragen zur Ausbildung\? Schreib an \[ausbildung@auental\.example\]\(mailto:ausbildung@auental\.example\)\.\n$/,
    );
    expect(report.written.some((file) => file.includes('kontaktkasten'))).toBe(false);
  });

  it('gives the second of two posts that share a slug a numbered one', () => {
    expect(post(content, 'rueckblick-2023').data['title']).toBe('Rückblick 2023');
    expect(post(content, 'rueckblick-2023-2').data['title']).toBe('Rückblick 2023 – die Zahlen');
    expect(report.todo).toContainEqual(
      expect.objectContaining({ code: 'slug-taken', detail: 'rueckblick-2023', suggestion: 'rueckblick-2023-2' }),
    );
  });

  it('writes a redirect from every old address to the new one', () => {
    const data = parse(readFileSync(path.join(content, 'redirects.yaml'), 'utf8')) as unknown;
    const { redirects, problems } = parseRedirects(data);
    expect(problems).toEqual([]);
    expect(redirects.map(({ from, to }) => [from, to])).toEqual([
      ['/2023/05/14/tag-der-offenen-tür-2023/', '/blog/tag-der-offenen-tuer-2023/'],
      ['/2023/09/21/grüße-aus-der-schweißerei/', '/blog/gruesse-aus-der-schweisserei/'],
      ['/2024/02/20/messe-rückblick-valve-world/', '/blog/messe-rueckblick-valve-world/'],
      ['/2024/08/01/ausbildungsstart-2024/', '/blog/ausbildungsstart-2024/'],
      ['/2023/12/30/rückblick-2023/', '/blog/rueckblick-2023/'],
      ['/2023/12/31/rueckblick-2023/', '/blog/rueckblick-2023-2/'],
    ]);
  });

  it('suggests tag labels only where the id loses the spelling', () => {
    const note = report.notes.find((text) => text.includes('tagLabels')) ?? '';
    expect(note).toContain('tag-der-offenen-tuer: "Tag der offenen Tür"');
    expect(note).toContain('qualitaet: "Qualität"');
    expect(note).not.toMatch(/^ {2}ausbildung:/m);
  });
});

describe('WordPress import, run again', { timeout: 60_000 }, () => {
  it('changes nothing when the same export is imported twice', () => {
    const content = freshContent();
    run(content);
    const snapshot = new Map(listFiles(content).map((file) => [file, readFileSync(path.join(content, file))]));
    const second = run(content);
    expect(second.written).toEqual([]);
    expect(second.unchanged).toHaveLength(SLUGS.length);
    const after = listFiles(content);
    expect(after).toEqual([...snapshot.keys()]);
    for (const file of after) expect(readFileSync(path.join(content, file)).equals(snapshot.get(file)!), file).toBe(true);
  });

  it('never overwrites an edited post without --force, and does with it', () => {
    const content = freshContent();
    run(content);
    const file = path.join(content, 'posts', 'rueckblick-2023.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Danke für alles!', 'Danke für alles – von Hand ergänzt.'));
    run(content);
    expect(readFileSync(file, 'utf8')).toContain('von Hand ergänzt');
    const forced = run(content, { force: true });
    expect(forced.written.map((written) => path.resolve(ROOT, written))).toContain(file);
    expect(readFileSync(file, 'utf8')).not.toContain('von Hand ergänzt');
  });

  it('keeps redirects changed by hand, and never overwrites a post it did not write, even with --force', () => {
    const content = freshContent();
    run(content);
    const file = path.join(content, 'redirects.yaml');
    const edited = readFileSync(file, 'utf8').replace('to: /blog/rueckblick-2023/', 'to: /blog/erster-beitrag/');
    writeFileSync(file, edited);
    const own = readFileSync(path.join(content, 'posts', 'erster-beitrag.mdx'), 'utf8');
    run(content, { force: true });
    expect(readFileSync(file, 'utf8')).toBe(edited);
    expect(readFileSync(path.join(content, 'posts', 'erster-beitrag.mdx'), 'utf8')).toBe(own);
    expect(post(content, 'rueckblick-2023').data['title']).toBe('Rückblick 2023');
  });

  it('does not take the slug of a post written by hand', () => {
    const content = freshContent();
    const own = path.join(content, 'posts', 'rueckblick-2023.mdx');
    writeFileSync(own, readFileSync(path.join(content, 'posts', 'erster-beitrag.mdx'), 'utf8'));
    const report = run(content);
    expect(readFileSync(own, 'utf8')).toBe(readFileSync(path.join(content, 'posts', 'erster-beitrag.mdx'), 'utf8'));
    expect(post(content, 'rueckblick-2023-2').data['title']).toBe('Rückblick 2023');
    expect(post(content, 'rueckblick-2023-3').data['title']).toBe('Rückblick 2023 – die Zahlen');
    expect(report.todo).toContainEqual(
      expect.objectContaining({ code: 'slug-taken', detail: 'rueckblick-2023', suggestion: 'rueckblick-2023-2' }),
    );
    // A second run finds its own files again through the redirects and stays put.
    expect(run(content).written).toEqual([]);
  });
});

describe('WordPress import, authors', { timeout: 60_000 }, () => {
  it('holds back posts of an unmapped author, writes a mapping file to fill in, and imports the rest', () => {
    const content = freshContent();
    const report = run(content, { authors: {} });
    expect(report.held).toEqual([
      expect.objectContaining({
        code: 'author-unmapped',
        detail: 'Mara Schulz (mschulz)',
        subject: expect.stringContaining('Valve World'),
      }),
    ]);
    expect(existsSync(path.join(content, 'posts', 'messe-rueckblick-valve-world'))).toBe(false);
    expect(report.written).toHaveLength(SLUGS.length - 1);
    const mapping = parse(readFileSync(path.join(content, 'import', 'wordpress.yaml'), 'utf8')) as {
      authors: Record<string, string>;
    };
    expect(mapping.authors).toEqual({ mschulz: '' });
    // Authors whose display name is a person's name are mapped, and the report says so.
    expect(report.todo.filter((entry) => entry.code === 'author-by-name').map((entry) => entry.suggestion)).toEqual([
      'anna-berger',
      'jonas-keller',
    ]);
    writeFileSync(path.join(content, 'import', 'wordpress.yaml'), 'authors:\n  mschulz: jonas-keller\n');
    const second = run(content, { authors: {} });
    expect(second.held).toEqual([]);
    expect(post(content, 'messe-rueckblick-valve-world').data['authors']).toEqual(['jonas-keller']);
  });

  it('rejects a mapping to a person who does not exist, with the closest id', () => {
    const report = run(freshContent(), { authors: { mschulz: 'anna-bergr' } });
    expect(report.held).toEqual([
      expect.objectContaining({ code: 'author-unknown-person', suggestion: ' → meinten Sie „anna-berger“?' }),
    ]);
  });
});

describe('WordPress import, broken input', { timeout: 60_000 }, () => {
  it('fails on malformed XML with the line, before writing anything', () => {
    const dir = tempDir('wxr');
    const broken = readFileSync(EXPORT, 'utf8').replace('<wp:post_id>102</wp:post_id>', '<wp:post_id>102</wp:postid>');
    const line = broken.slice(0, broken.indexOf('</wp:postid>')).split('\n').length;
    writeFileSync(path.join(dir, 'export.xml'), broken);
    const content = freshContent();
    const before = listFiles(content);
    expect(() => run(content, { exportFile: path.join(dir, 'export.xml') })).toThrow(ImportError);
    try {
      run(content, { exportFile: path.join(dir, 'export.xml') });
    } catch (error) {
      expect((error as ImportError).line).toBe(line);
    }
    expect(listFiles(content)).toEqual(before);
  });

  it('the command exits 1 with file:line for a broken export and 1 for an unmapped author, 0 when all is mapped', () => {
    const content = freshContent();
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'import-wordpress.ts'), ...args, '--content', content], {
        cwd: ROOT,
        encoding: 'utf8',
      });
    const malformed = cli(path.join(ROOT, 'tests', 'fixtures', 'import', 'personio', 'malformed.xml'));
    expect(malformed.status).toBe(1);
    expect(malformed.stderr).toMatch(/malformed\.xml:13:3 {2}XML ist fehlerhaft/);
    const unmapped = cli(EXPORT, '--uploads', UPLOADS);
    expect(unmapped.status).toBe(1);
    expect(unmapped.stdout).toContain('Autor „Mara Schulz (mschulz)“ ist keiner Person zugeordnet');
    const mapped = cli(EXPORT, '--uploads', UPLOADS, '--author', 'mschulz=anna-berger');
    expect(mapped.status).toBe(0);
    expect(mapped.stdout).toContain('messe-rueckblick-valve-world/index.mdx');
    // Three runs of Node: slow on a busy machine.
  }, 120_000);
});
