import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheerioAPI } from 'cheerio';
import { checkContent, type Finding } from '../../src/check/index.ts';
import { buildSiteOrThrow, copyFixture, listFiles, readPages, tempDir } from '../helpers/site.ts';

/**
 * The consent register end to end: Anna Berger withdraws consent (her `consent:` line is
 * deleted in a copy of the basic fixture). `npm run check` lists every place that names
 * her; after the prose mentions it lists are rephrased, the next build must not contain
 * her name, her id or her photo anywhere — in any page, feed, sitemap, card or
 * structured data — and her posts are credited to the team.
 */

const NAME = 'Anna Berger';
const ID = 'anna-berger';
const TEAM = 'Social-Media-Taskforce';

let content: string;
let outDir: string;
let findings: Finding[];
let stdout: string;
let pages: Map<string, CheerioAPI>;

/** True for files without NUL bytes in their first 8 KB: HTML, XML, JSON, text, CSS, JS, SVG … */
const isText = (bytes: Buffer) => !bytes.subarray(0, 8192).includes(0);

beforeAll(() => {
  content = copyFixture('basic');
  const profile = path.join(content, 'people', `${ID}.md`);
  const before = readFileSync(profile, 'utf8');
  const after = before.replace(/^consent: .*\n/m, '');
  if (after === before) throw new Error('the fixture profile has no consent line');
  writeFileSync(profile, after);

  findings = checkContent(path.dirname(content), content).findings;
  // Do what the check asks for prose: rephrase each flagged full-name mention.
  for (const finding of findings.filter((item) => item.rule === 'no-consent-mention')) {
    const file = path.join(path.dirname(content), finding.file);
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[finding.line - 1] = lines[finding.line - 1]!.replace(NAME, 'Eine Kollegin aus der Produktion');
    writeFileSync(file, lines.join('\n'));
  }

  const result = buildSiteOrThrow(content, path.join(tempDir('consent'), 'dist'));
  outDir = result.outDir;
  stdout = result.stdout;
  pages = readPages(outDir);
});

describe('withdrawing consent', () => {
  it('makes the check list every place that names the person', () => {
    const places = findings
      .filter((finding) => String(finding.params['value']).includes(`(${ID})`))
      .map((finding) => `${finding.rule} ${finding.file.replace(/^(?:.*\/)?content\//, '')}:${finding.line} ${finding.field}`);
    expect(places).toEqual([
      'no-consent posts/erster-beitrag.mdx:5 authors[0]',
      'no-consent posts/noch-ein-entwurf.mdx:5 authors[0]',
      'no-consent posts/zukunft.mdx:5 authors[0]',
      'no-consent teams/taskforce.md:4 members[0]',
      'no-consent videos/werksrundgang.md:9 people[0]',
      'no-consent-mention videos/werksrundgang.md:12 (Text)',
    ]);
    // Warnings, not errors: the build goes ahead and prints them.
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(stdout).toContain(`${NAME} (${ID}) hat keine Einwilligung (consent) und wird nirgends gezeigt`);
  });

  it('leaves her name and id in no file of the built site', () => {
    const files = listFiles(outDir);
    expect(files.length).toBeGreaterThan(20);
    const leaks: string[] = [];
    let scanned = 0;
    for (const file of files) {
      if (file.toLowerCase().includes(ID)) leaks.push(`file name: ${file}`);
      const bytes = readFileSync(path.join(outDir, file));
      if (!isText(bytes)) continue;
      scanned++;
      const text = bytes.toString('utf8');
      for (const needle of [NAME, ID, 'Anna&#32;Berger', 'Anna\\u0020Berger']) {
        if (text.includes(needle)) leaks.push(`${file}: ${needle}`);
      }
    }
    expect(scanned).toBeGreaterThan(20);
    expect(leaks).toEqual([]);
  });

  it('publishes no copy of her photo', () => {
    const photo = readFileSync(path.join(content, 'people', `${ID}.png`));
    const copies = listFiles(outDir).filter((file) => readFileSync(path.join(outDir, file)).equals(photo));
    expect(copies).toEqual([]);
    for (const [url, $] of pages) {
      const alts = $('img')
        .map((_, img) => $(img).attr('alt') ?? '')
        .get();
      expect(
        alts.filter((alt) => alt.includes('Anna')),
        url,
      ).toEqual([]);
    }
  });

  it('has no profile page for her, and the people list and team page skip her', () => {
    expect(pages.has(`/menschen/${ID}/`)).toBe(false);
    const people = pages.get('/menschen/')!;
    expect(people('main').text()).toContain('Jonas Keller');
    const team = pages.get('/teams/taskforce/')!;
    expect(team('main').text()).toContain('Jonas Keller');
  });

  it('credits her posts to the team', () => {
    const $ = pages.get('/blog/erster-beitrag/')!;
    const byline = $('article header .meta');
    expect(byline.text()).toContain(TEAM);
    expect(byline.find('a[href="/teams/taskforce/"]').length).toBe(1);
    expect(byline.find('a[href^="/menschen/"]').length).toBe(0);
  });
});
