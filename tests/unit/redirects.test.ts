import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatFinding } from '../../src/check/index.ts';
import { astroRedirects, parseRedirects, redirectsFile } from '../../src/lib/redirects.ts';
import { copyFixture, ROOT } from '../helpers/site.ts';

describe('redirects file', () => {
  it('decodes and normalises old paths and keeps valid entries', () => {
    const { redirects, problems } = parseRedirects([
      { from: '/2023/05/t%C3%BCr/', to: '/blog/tuer/' },
      { from: 'alt/ohne-slash', to: 'https://www.example.com/neu/' },
    ]);
    expect(problems).toEqual([]);
    expect(redirects).toEqual([
      { from: '/2023/05/tür/', to: '/blog/tuer/', index: 0 },
      { from: '/alt/ohne-slash', to: 'https://www.example.com/neu/', index: 1 },
    ]);
  });

  it('rejects entries that are not one plain address, point to themselves, repeat, or have the wrong shape', () => {
    const { redirects, problems } = parseRedirects([
      { from: '/a?b=1', to: '/blog/x/' },
      { from: '/[slug]/', to: '/blog/x/' },
      { from: '/', to: '/blog/x/' },
      { from: '/x/', to: 'javascript:alert(1)' },
      { from: '/y/', to: '//evil.example/' },
      { from: '/z/', to: '/z' },
      { from: '/d/', to: '/blog/d/' },
      { from: '/d', to: '/blog/e/' },
      { from: '/e/', to: '/blog/e/', status: 302 },
      'text',
    ]);
    expect(problems.map((problem) => [problem.index, problem.code])).toEqual([
      [0, 'redirect-from'],
      [1, 'redirect-from'],
      [2, 'redirect-from'],
      [3, 'redirect-to'],
      [4, 'redirect-to'],
      [5, 'redirect-loop'],
      [7, 'redirect-duplicate'],
      [8, 'redirect-shape'],
      [9, 'redirect-shape'],
    ]);
    expect(redirects.map((redirect) => redirect.from)).toEqual(['/d/']);
    expect(parseRedirects({ from: '/a/' }).problems).toEqual([{ index: -1, field: '', code: 'redirect-shape', value: '' }]);
  });

  it('writes _redirects as sorted, percent-encoded ASCII lines and Astro redirects with trailing slashes', () => {
    const redirects = [
      { from: '/2023/grüße/', to: '/blog/gruesse/' },
      { from: '/2022/alt', to: 'https://www.example.com/ü/' },
    ];
    expect(redirectsFile(redirects)).toBe(
      '/2022/alt https://www.example.com/%C3%BC/ 301\n/2023/gr%C3%BC%C3%9Fe/ /blog/gruesse/ 301\n',
    );
    expect(redirectsFile([])).toBe('');
    expect(astroRedirects(redirects)).toEqual({ '/2023/grüße/': '/blog/gruesse/', '/2022/alt/': 'https://www.example.com/ü/' });
  });
});

describe('content check: redirects', () => {
  it('reports broken entries, missing and draft targets, and old paths that hide a page, each with its line', () => {
    const content = copyFixture('basic');
    writeFileSync(
      path.join(content, 'redirects.yaml'),
      [
        '- from: /2023/05/gut/',
        '  to: /blog/erster-beitrag/',
        '- from: /2023/05/weg/',
        '  to: /blog/gibt-es-nicht/',
        '- from: /2023/05/entwurf/',
        '  to: /blog/noch-ein-entwurf/',
        '- from: /blog/dritter-beitrag/',
        '  to: /blog/erster-beitrag/',
        '- from: /alt?p=1',
        '  to: /blog/erster-beitrag/',
        '',
      ].join('\n'),
    );
    const findings = checkContent(ROOT, content).findings.filter((finding) => finding.file.endsWith('redirects.yaml'));
    expect(findings.map((finding) => [finding.line, finding.field, finding.rule, finding.severity])).toEqual([
      [4, '[1].to', 'redirect-target', 'error'],
      [6, '[2].to', 'redirect-draft', 'warning'],
      [7, '[3].from', 'redirect-shadow', 'error'],
      [9, '[4].from', 'redirect-from', 'error'],
    ]);
    expect(formatFinding(findings[0]!, 'de')).toMatch(
      /redirects\.yaml:4:7 {2}\[1\]\.to {2}Ziel \/blog\/gibt-es-nicht\/: einen Beitrag „gibt-es-nicht“ gibt es nicht/,
    );
  });

  it('reports a redirects file that is not YAML', () => {
    const content = copyFixture('basic');
    writeFileSync(path.join(content, 'redirects.yaml'), '- from: /a/\n  to: [/blog/\n');
    const findings = checkContent(ROOT, content).findings.filter((finding) => finding.file.endsWith('redirects.yaml'));
    expect(findings.map((finding) => finding.rule)).toEqual(['yaml-syntax']);
  });

  it('reports a target starting with * at its line instead of crashing the check', () => {
    const content = copyFixture('basic');
    writeFileSync(path.join(content, 'redirects.yaml'), '- from: /a/\n  to: *neu\n');
    const findings = checkContent(ROOT, content).findings.filter((finding) => finding.file.endsWith('redirects.yaml'));
    expect(findings.map((finding) => [finding.rule, finding.line, finding.column])).toEqual([['yaml-syntax', 2, 7]]);
    expect(formatFinding(findings[0]!)).toContain('YAML ist nicht lesbar: Ein Wert beginnt mit „*“ („*neu“)');
  });
});
