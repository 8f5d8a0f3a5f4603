import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireBuildLock } from '../../scripts/lib/lock.ts';
import { astroBuild, buildSite, copyFixture, listFiles, ROOT, tempDir } from '../helpers/site.ts';

/** Rewrites a file of a copied fixture. */
function edit(contentDir: string, file: string, change: (text: string) => string): void {
  const target = path.join(contentDir, file);
  writeFileSync(target, change(readFileSync(target, 'utf8')));
}

describe('bad content fails the build with the file and the field', () => {
  it('rejects an unknown key such as titel:, naming file, line and field', () => {
    const content = copyFixture('basic');
    edit(content, 'posts/erster-beitrag.mdx', (text) => text.replace('title: Vom Azubi', 'titel: Vom Azubi'));
    const result = buildSite(content, path.join(tempDir('unknown-key'), 'dist'));
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/posts\/erster-beitrag\.mdx:2:1\s+titel\s+Unbekanntes Feld „titel“ → meinten Sie „title“\?/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('rejects a reference to a missing person, naming file, line and field', () => {
    const content = copyFixture('basic');
    edit(content, 'posts/erster-beitrag.mdx', (text) => text.replace('authors: [anna-berger]', 'authors: [anna-bergr]'));
    const result = buildSite(content, path.join(tempDir('broken-ref'), 'dist'));
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(
      /posts\/erster-beitrag\.mdx:5:\d+\s+authors\[0\]\s+„anna-bergr“ gibt es nicht in people\/ → meinten Sie „anna-berger“\?/,
    );
  });

  it('reports every problem of every file in one pass', () => {
    const content = copyFixture('basic');
    edit(content, 'posts/erster-beitrag.mdx', (text) => text.replace('date: 2026-03-02', 'date: 02.03.2026'));
    edit(content, 'jobs/industriemechaniker.md', (text) => text.replace('contact: jonas-keller', 'contact: niemand'));
    edit(content, 'videos/werksrundgang.md', (text) =>
      text.replace('youtube: abcdefghijk', 'youtube: "https://www.youtube.com/watch?v=abcdefghijk"'),
    );
    const result = buildSite(content, path.join(tempDir('many'), 'dist'));
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/erster-beitrag\.mdx:\d+:\d+\s+date .*2026-03-02/);
    expect(result.stderr).toMatch(/industriemechaniker\.md:\d+:\d+\s+contact/);
    expect(result.stderr).toMatch(/werksrundgang\.md:\d+:\d+\s+youtube .*youtube: abcdefghijk/);
    expect(result.stderr).toMatch(/3 Fehler/);
  });

  it('stops a post copied with its guid in the check, naming both files, and keeps the last site', () => {
    const content = copyFixture('basic');
    const guid = 'guid: 3f2a9c1e-7b4d-4e8a-9c5b-1d2e3f4a5b6c';
    edit(content, 'posts/erster-beitrag.mdx', (text) => text.replace('kind: interview\n', `kind: interview\n${guid}\n`));
    edit(content, 'posts/dritter-beitrag.mdx', (text) => text.replace('kind: column\n', `kind: column\n${guid}\n`));
    const outDir = path.join(tempDir('duplicate-guid'), 'dist');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, 'index.html'), 'last good build');
    const result = buildSite(content, outDir);
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    // The fixture is copied to a temporary folder, so both paths start with it.
    expect(output).toMatch(
      /\/content\/posts\/dritter-beitrag\.mdx:8:7 {2}guid {2}Diese Feed-Kennung \(guid\) hat schon \S*\/content\/posts\/erster-beitrag\.mdx; der Beitrag ist wohl eine Kopie → die Zeile „guid:“ löschen \(eine neue wird erzeugt\) oder neue Beiträge mit „npm run new“ anlegen\n/,
    );
    expect(output).not.toMatch(/\n\s+at /);
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('last good build');
    expect(existsSync(`${outDir}.next`)).toBe(false);
  });

  it('keeps the last good site when a build fails', () => {
    const content = copyFixture('basic');
    const outDir = path.join(tempDir('keep'), 'dist');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, 'index.html'), 'last good build');
    edit(content, 'people/anna-berger.md', (text) => text.replace('consent: 2026-01-15', 'consent: 2026-02-30'));
    const result = buildSite(content, outDir);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/anna-berger\.md:\d+:\d+\s+consent/);
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('last good build');
    expect(existsSync(`${outDir}.next`)).toBe(false);
  });
});

describe('the content rules hold in a plain astro build', () => {
  it('stops an unreviewed post with the German gate message and leaves the last output untouched', async () => {
    const content = copyFixture('basic');
    edit(content, 'posts/noch-ein-entwurf.mdx', (text) => text.replace('draft: true', 'draft: false'));
    const outDir = path.join(tempDir('astro-gate'), 'dist');
    mkdirSync(path.join(outDir, 'blog'), { recursive: true });
    writeFileSync(path.join(outDir, 'index.html'), 'last good build');
    writeFileSync(path.join(outDir, 'blog', 'index.html'), 'last good blog');
    const release = await acquireBuildLock(ROOT);
    let result;
    try {
      result = astroBuild(content, outDir);
    } finally {
      release();
    }
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toMatch(
      /posts\/noch-ein-entwurf\.mdx:\d+:\d+\s+review\.proofreadBy\s+Redaktionelle Freigabe fehlt: proofreadBy → Korrektur lesen könnten: Jonas Keller/,
    );
    expect(output).toMatch(/Build abgebrochen: 2 Fehler im Inhalt/);
    expect(output).not.toMatch(/\n\s+at /);
    expect(listFiles(outDir)).toEqual(['blog/index.html', 'index.html']);
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('last good build');
  });
});
