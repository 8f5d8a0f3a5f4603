import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, copyFixture, tempDir } from '../helpers/site.ts';

/**
 * Issue 22, classes 1 and 2, through the build: a post in a folder the loaders skip and a
 * profile saved as Windows-1252 stop `npm run build` in the content check, with the
 * check's German lines and no stack trace, before Astro reads the content; the last good
 * site stays.
 */
describe('files the build would skip or misread', () => {
  it('stop the build with the check’s lines, and the last good site stays', () => {
    const content = copyFixture('basic');
    mkdirSync(path.join(content, 'posts/2026'));
    renameSync(path.join(content, 'posts/dritter-beitrag.mdx'), path.join(content, 'posts/2026/dritter-beitrag.mdx'));
    const person = path.join(content, 'people/jonas-keller.md');
    writeFileSync(person, Buffer.from(readFileSync(person, 'utf8').replace('Jonas betreut', 'Jonas betreut für uns'), 'latin1'));
    const outDir = path.join(tempDir('check-files'), 'dist');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, 'index.html'), 'last good build');

    const result = buildSite(content, outDir);
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    // The fixture is copied to a temporary folder, so the paths start with it.
    expect(output).toMatch(
      /\/content\/posts\/2026\/dritter-beitrag\.mdx:1:1 {2}\(Dateiname\) {2}Diese Datei wird nicht verwendet, weil Name, Endung oder Ordner nicht passen → umbenennen in \S*\/content\/posts\/dritter-beitrag\.mdx\n/,
    );
    expect(output).toMatch(
      /\/content\/people\/jonas-keller\.md:7:16 {2}\(Text\) {2}Die Datei ist nicht als UTF-8 gespeichert \(zuerst bei „für“\); Umlaute und Sonderzeichen kämen falsch an → als UTF-8 speichern/,
    );
    expect(output).not.toMatch(/\n\s+at /);
    expect(output).not.toMatch(/No such file|ENOENT|\uFFFD/);
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('last good build');
    expect(existsSync(`${outDir}.next`)).toBe(false);
  });
});
