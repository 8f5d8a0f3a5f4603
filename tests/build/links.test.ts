import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/index.ts';
import { checkedPages, pageListDifferences } from '../helpers/check-pages.ts';
import { buildSite, copyFixture, FIXTURE_NOW, tempDir } from '../helpers/site.ts';

/**
 * Issue 22, class 4, the build's half: a link only the finished site can judge (a filter
 * selection, an anchor of a list page) fails `npm run build` with the check's format and
 * keeps the last good site; links that work pass, and the pages the check believes in are
 * exactly the pages the build writes.
 */

const POST = 'posts/erster-beitrag.mdx';
const BODY = 'Mit einem Praktikum in der Rohrfertigung. Größenvergleich: 5 &lt; 7.';

function editPost(content: string, text: string): void {
  const file = path.join(content, POST);
  const before = readFileSync(file, 'utf8');
  expect(before).toContain(BODY);
  writeFileSync(file, before.replace(BODY, text));
}

describe('links in the built site', () => {
  it('fails on a link the check cannot judge, in the check’s format, and keeps the last good site', () => {
    const content = copyFixture('basic');
    editPost(
      content,
      'Alle [Teilzeitstellen](/karriere/auswahl/art/teilzeit/) und [unsere Geschichten](/karriere/bereiche/personal/#geschichtn).',
    );
    // The content check passes: both addresses are of kinds only the build can know.
    expect(checkContent(path.dirname(content), content, { now: new Date(FIXTURE_NOW) }).errors).toBe(0);
    const outDir = path.join(tempDir('broken-link'), 'dist');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, 'index.html'), 'last good build');
    const result = buildSite(content, outDir);
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(
      /\/content\/posts\/erster-beitrag\.mdx:16:24 {2}\(Text\) {2}Der Link „\/karriere\/auswahl\/art\/teilzeit\/“ führt im fertigen Build ins Leere: \/karriere\/auswahl\/art\/teilzeit\/ wurde nicht erzeugt → eine vorhandene Adresse eintragen/,
    );
    expect(result.stderr).toMatch(
      /\/content\/posts\/erster-beitrag\.mdx:16:82 {2}\(Text\) {2}Die Sprungmarke „#geschichtn“ gibt es auf \/karriere\/bereiche\/personal\/ nicht → meinten Sie „#geschichten“\?/,
    );
    expect(result.stderr).toMatch(/Build abgebrochen: 2 Links führen im fertigen Build ins Leere/);
    expect(output).not.toMatch(/\n\s+at /);
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('last good build');
    expect(existsSync(`${outDir}.next`)).toBe(false);
  });

  it('passes links that work, and the check knows exactly the pages the build writes', () => {
    const content = copyFixture('basic');
    editPost(
      content,
      [
        '## Größe und Gewicht',
        '',
        'Siehe [oben](#größe-und-gewicht), [Modell](/blog/dritter-beitrag/#das-modell), [Stelle](/karriere/industriemechaniker/#bewerben),',
        '[Vollzeit](/karriere/auswahl/art/vollzeit/), [Geschichten](/karriere/bereiche/produktion/#geschichten), [Team](../../teams/taskforce/)',
        'und [Mail](mailto:info@testwerk.example).',
      ].join('\n'),
    );
    const outDir = path.join(tempDir('good-links'), 'dist');
    const result = buildSite(content, outDir);
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    expect(result.stdout).toMatch(/einblick:link-check\S*\s+\d+ Links auf \d+ Seiten geprüft \(\d+ ms\)/);

    const now = new Date(FIXTURE_NOW);
    const { findings } = checkContent(path.dirname(content), content, { now });
    expect(findings.filter((finding) => finding.rule.startsWith('link-'))).toEqual([]);
    // The route knowledge of the check (src/lib/routes.ts) against the written pages.
    expect(pageListDifferences(checkedPages(content, now), outDir)).toEqual({ missing: [], unknown: [] });
  });
});
