import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatFinding } from '../../src/check/index.ts';
import { shareLinks } from '../../src/lib/share.ts';

/** Share links without trackers (src/lib/share.ts) and the posts' `social:` text. */

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURE = path.join(ROOT, 'tests/fixtures/basic/content');
const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

const target = {
  url: 'https://karriere.example.de/blog/vom-azubi-zum-schichtleiter/?x=1&y=ä#teil',
  title: 'Vom Azubi zum Schichtleiter: „Mut“ & 100 % Einsatz',
  text: 'Wie wird man mit 24 Schichtleiter? Anna erzählt es – mit Tipps & #Ausbildung + mehr.',
};

describe('share links', () => {
  const links = Object.fromEntries(shareLinks(target).map((link) => [link.network, new URL(link.href)]));

  it('offers LinkedIn, XING, WhatsApp and e-mail, in that order, each as a plain link', () => {
    expect(shareLinks(target).map((link) => link.network)).toEqual(['linkedin', 'xing', 'whatsapp', 'email']);
    expect(links['linkedin']?.origin).toBe('https://www.linkedin.com');
    expect(links['xing']?.origin).toBe('https://www.xing.com');
    expect(links['whatsapp']?.origin).toBe('https://wa.me');
    expect(links['email']?.protocol).toBe('mailto:');
  });

  it('carries the page URL intact, and the text where the network takes one', () => {
    expect(links['linkedin']?.searchParams.get('url')).toBe(target.url);
    expect(links['xing']?.searchParams.get('url')).toBe(target.url);
    expect(links['whatsapp']?.searchParams.get('text')).toBe(`${target.text}\n\n${target.url}`);
    expect(links['email']?.searchParams.get('subject')).toBe(target.title);
    expect(links['email']?.searchParams.get('body')).toBe(`${target.text}\n\n${target.url}`);
  });

  it('encodes spaces as %20 and never as +, which a mail program would show as a plus', () => {
    const mail = shareLinks(target).find((link) => link.network === 'email')!.href;
    expect(mail).not.toContain('+');
    expect(mail).toContain('subject=Vom%20Azubi');
    // A literal + in the text survives as %2B.
    expect(decodeURIComponent(mail.split('body=')[1]!)).toContain('#Ausbildung + mehr');
  });
});

describe('the social text of a post', () => {
  function checkPost(social: string) {
    const root = mkdtempSync(path.join(os.tmpdir(), 'einblick-share-'));
    temporary.push(root);
    const dir = path.join(root, 'content');
    cpSync(FIXTURE, dir, { recursive: true });
    const lines = [
      '---',
      'title: Testbeitrag',
      'description: Ein Beitrag für die Prüfung.',
      'date: 2026-03-02',
      'authors: [anna-berger]',
      'kind: article',
      `social: ${JSON.stringify(social)}`,
      'review: { proofreadBy: jonas-keller, privacyClearedOn: 2026-02-27 }',
      '---',
      'Text.',
      '',
    ];
    writeFileSync(path.join(dir, 'posts/test.mdx'), lines.join('\n'));
    return checkContent(root, dir).findings.filter((finding) => finding.file === 'content/posts/test.mdx');
  }

  it('accepts a sentence of up to 256 characters, emoji counted as one', () => {
    expect(checkPost(`${'ä'.repeat(254)}🎉!`)).toEqual([]);
  });

  it('reports a longer text in German with the line, the field, its length and what to do', () => {
    const [finding, ...rest] = checkPost('x'.repeat(257));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ rule: 'social-too-long', severity: 'error', line: 7, field: 'social' });
    expect(formatFinding(finding!)).toMatch(
      /^content\/posts\/test\.mdx:7:\d+ .*Der Text unter „social“ ist 257 Zeichen lang, erlaubt sind höchstens 256 → auf einen kurzen Satz mit höchstens 256 Zeichen kürzen; den Link zum Beitrag nicht mitschreiben/,
    );
    expect(formatFinding(finding!, 'en')).toContain('The "social" text is 257 characters long; at most 256 are allowed');
  });
});
