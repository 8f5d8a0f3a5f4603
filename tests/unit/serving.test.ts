import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  addPreloads,
  needsFace,
  parseUnicodeRange,
  rareLetterPattern,
  visibleText,
  type FontFace,
} from '../../src/integrations/font-preload.ts';
import { feedType, headerRules, metaPolicy } from '../../src/integrations/security-headers.ts';
import {
  headersFor,
  parseHeadersFile,
  parseRedirectsFile,
  patternCovers,
  patternRegExp,
  renderHeadersFile,
} from '../../src/lib/headers-file.ts';
import { nginxString, renderNginxSite } from '../../src/lib/nginx-config.ts';
import { readSearchParams } from '../../src/lib/search.ts';
import { basePolicy, mergePolicies, parsePolicy } from '../../src/lib/security-policy.ts';

describe('Content-Security-Policy', () => {
  it('merges page policies into one that allows what any page allows', () => {
    const merged = mergePolicies(
      [
        "default-src 'self'; script-src 'self' 'sha256-a'; frame-src 'none'",
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; frame-src https://x",
      ],
      ["frame-ancestors 'none'"],
    );
    const policy = parsePolicy(merged);
    expect(policy.get('script-src')).toEqual(["'self'", "'sha256-a'", "'wasm-unsafe-eval'"]);
    expect(policy.get('frame-src')).toEqual(['https://x']);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect([...policy.keys()]).toEqual(['default-src', 'script-src', 'frame-src', 'frame-ancestors']);
  });

  it('keeps the first of duplicate directives, as browsers do', () => {
    expect(parsePolicy("img-src 'self'; img-src *").get('img-src')).toEqual(["'self'"]);
  });

  it('has a fallback policy without unsafe-inline', () => {
    expect(basePolicy()).toContain("script-src 'self'");
    expect(basePolicy()).not.toContain('unsafe-inline');
  });

  it("reads a page's meta policy with entities decoded", () => {
    const html = `<head><meta http-equiv="content-security-policy" content="script-src &#39;self&#39; &#39;sha256-x+/=&#39;;"></head>`;
    expect(metaPolicy(html)).toBe("script-src 'self' 'sha256-x+/=';");
    expect(metaPolicy('<head></head>')).toBeUndefined();
  });
});

describe('_headers and _redirects', () => {
  const rules = parseHeadersFile(
    `# comment\n\n/*\n  X-A: 1\n  Content-Security-Policy: a 'b'; c\n\n/_astro/*\n  Cache-Control: immutable\n/feed.xml\n  Content-Type: application/rss+xml\n`,
  );

  it('round-trips the _headers format', () => {
    expect(rules).toEqual([
      {
        path: '/*',
        headers: [
          ['X-A', '1'],
          ['Content-Security-Policy', "a 'b'; c"],
        ],
      },
      { path: '/_astro/*', headers: [['Cache-Control', 'immutable']] },
      { path: '/feed.xml', headers: [['Content-Type', 'application/rss+xml']] },
    ]);
    expect(parseHeadersFile(renderHeadersFile(rules, 'two\nlines'))).toEqual(rules);
  });

  it('applies every matching rule to a path', () => {
    expect(Object.fromEntries(headersFor(rules, '/_astro/a.css'))).toEqual({
      'x-a': '1',
      'content-security-policy': "a 'b'; c",
      'cache-control': 'immutable',
    });
    expect(headersFor(rules, '/feed.xml').get('content-type')).toBe('application/rss+xml');
    expect(patternCovers('/*', '/_astro/*')).toBe(true);
    expect(patternCovers('/_astro/*', '/*')).toBe(false);
    expect(patternCovers('/feed.xml', '/feed.xml')).toBe(true);
    expect(patternCovers('/themen/:slug/feed.xml', '/themen/ausbildung/feed.xml')).toBe(true);
    expect(patternCovers('/themen/:slug/feed.xml', '/themen/feed.xml')).toBe(false);
    expect(patternCovers('/themen/:slug/feed.xml', '/themen/a/b/feed.xml')).toBe(false);
    expect(new RegExp(patternRegExp('/themen/:slug/feed.xml')).test('/themen/ausbildung/feed.xml')).toBe(true);
    expect(new RegExp(patternRegExp('/themen/:slug/feed.xml')).test('/themen/ausbildung/feedxxml')).toBe(false);
  });

  it('reads _redirects with the default status', () => {
    expect(parseRedirectsFile('/alt/ /neu/ 301\n# note\n/x /y\n')).toEqual([
      { from: '/alt/', to: '/neu/', status: 301 },
      { from: '/x', to: '/y', status: 301 },
    ]);
    expect(() => parseRedirectsFile('/only-one\n')).toThrow(/needs a source and a target/);
  });

  it('recognises feeds by their content', () => {
    expect(feedType('a.xml', '<?xml version="1.0"?><?xml-stylesheet href="x"?><rss version="2.0">')).toMatch(
      /^application\/rss\+xml/,
    );
    expect(feedType('a.xml', '<?xml version="1.0"?><urlset>')).toBeUndefined();
    expect(feedType('a.json', '{"version": "https://jsonfeed.org/version/1.1", "title": "x"}')).toMatch(
      /^application\/feed\+json/,
    );
    expect(feedType('a.json', '{"version": 2}')).toBeUndefined();
  });
});

describe('_headers from a built site', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'einblick-headers-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  };
  const page = (head: string, policy: string) =>
    `<html><head>${head}<meta http-equiv="content-security-policy" content="${policy}"></head><body>x</body></html>`;

  it("merges every page's policy, also where the head is longer than the first read", () => {
    write('index.html', page('', "default-src 'self'; script-src 'self' 'sha256-short'"));
    // 40 KB of head before the policy: read in growing steps until </head>.
    write(
      'blog/lang/index.html',
      page(`<style>${'a{color:red}'.repeat(3600)}</style>`, "default-src 'self'; script-src 'sha256-long'"),
    );
    write('blog/feed.xml', `<?xml version="1.0"?>\n<rss version="2.0"><channel>${'<item/>'.repeat(5000)}</channel></rss>`);
    write('themen/a/feed.xml', '<rss version="2.0"></rss>');
    write('themen/b/feed.xml', '<rss version="2.0"></rss>');
    write('themen/b/index.html', page('', "default-src 'self'"));
    write('themen/a/index.html', page('', "default-src 'self'"));
    const rules = headerRules(dir);
    const csp = rules.find((rule) => rule.path === '/*')?.headers.find(([name]) => name === 'Content-Security-Policy')?.[1];
    expect(
      parsePolicy(csp ?? '')
        .get('script-src')
        ?.sort(),
    ).toEqual(["'self'", "'sha256-long'", "'sha256-short'"]);
    expect(rules.filter((rule) => rule.headers.some(([name]) => name === 'Content-Type')).map((rule) => rule.path)).toEqual([
      '/blog/feed.xml',
      '/themen/:slug/feed.xml',
    ]);
  });
});

describe('nginx configuration', () => {
  const config = renderNginxSite({
    root: '/srv/www/einblick',
    rules: [
      { path: '/*', headers: [['Permissions-Policy', 'fullscreen=(self "https://x")']] },
      { path: '/_astro/*', headers: [['Cache-Control', 'immutable']] },
      { path: '/feeds/*', headers: [['Content-Type', 'application/rss+xml; charset=utf-8']] },
    ],
    redirects: [{ from: '/2023/t%C3%BCr/', to: '/blog/tuer/', status: 301 }],
  });

  it('repeats the site-wide headers in every location (nginx does not inherit add_header)', () => {
    const astro = config.slice(config.indexOf('location ^~ "/_astro/"'));
    expect(astro).toMatch(
      /^location \^~ "\/_astro\/" \{\n {2}try_files \$uri \$uri\/ =404;\n {2}add_header Permissions-Policy "fullscreen=\(self \\"https:\/\/x\\"\)" always;\n {2}add_header Cache-Control "immutable" always;\n\}/,
    );
    expect(config).toContain('location ^~ "/feeds/" {\n  try_files $uri $uri/ =404;\n  add_header Permissions-Policy');
    expect(config).toMatch(/types \{ \}\n {2}default_type "application\/rss\+xml";/);
    expect(config).toContain('add_header Cache-Control "no-cache" always;');
  });

  it('turns placeholder patterns into regular-expression locations', () => {
    const feeds = renderNginxSite({
      root: '/srv',
      rules: [{ path: '/themen/:slug/feed.xml', headers: [['Content-Type', 'application/rss+xml']] }],
      redirects: [],
    });
    // nginx reads the doubled backslash in a quoted string as one: the regex is feed\.xml.
    expect(feeds).toContain('location ~ "^/themen/[^/]+/feed\\\\.xml$" {');
  });

  it('redirects the decoded old path, with and without its slash', () => {
    expect(config).toContain('location = "/2023/tür/" {');
    expect(config).toContain('location = "/2023/tür" {');
    expect(config).toContain('return 301 "/blog/tuer/";');
  });

  it('refuses values nginx would expand', () => {
    expect(() => nginxString('a $b')).toThrow(/not allowed/);
    expect(nginxString('a $b', false)).toBe('"a $b"');
  });
});

describe('font preloading', () => {
  const latin: FontFace = { url: '/_astro/latin.woff2', ranges: parseUnicodeRange('U+0000-00FF, U+0131, U+2000-206F') };
  const extended: FontFace = { url: '/_astro/latin-ext.woff2', ranges: parseUnicodeRange('U+0100-02BA,U+1E00-1E9F') };

  it('parses unicode ranges', () => {
    expect(parseUnicodeRange('U+0100-02BA, U+2020')).toEqual([
      [0x100, 0x2ba],
      [0x2020, 0x2020],
    ]);
  });

  it('needs the extended face for Łukasz or Şahin, not for German text', () => {
    expect(needsFace('Größe „Maß“ – Äpfel', extended, latin)).toBe(false);
    expect(needsFace('Łukasz Nowak', extended, latin)).toBe(true);
    expect(needsFace('ı', extended, latin)).toBe(false); // dotless i is in the Latin file
  });

  it('reads only visible body text', () => {
    const html = '<html><head><title>Łódź</title></head><body><p title="Ş">a</p><script>"Ł"</script><p>&#321;</p></body></html>';
    expect(visibleText(html)).not.toContain('Ş');
    expect(visibleText(html)).toContain('Ł');
    expect(visibleText(html).match(/Ł/g)).toHaveLength(1);
  });

  it('finds, in a raw page, what may need a rare face, and nothing in plain German pages', () => {
    const vietnamese: FontFace = { url: '/_astro/vietnamese.woff2', ranges: parseUnicodeRange('U+1EC5') };
    const mayNeed = rareLetterPattern([extended, vietnamese], latin);
    for (const text of ['Größe „Maß“ – Äpfel', 'ı', 'Straße&#39;s &amp; &#xe4;', 'Soße ss SS'])
      expect(mayNeed.test(text), text).toBe(false);
    for (const text of ['Łukasz', 'Nguyễn', 'Şahin', '&#321;', '&#x141;', 'ẞ', 'ſ']) expect(mayNeed.test(text), text).toBe(true);
    // Whatever the pattern lets through, addPreloads leaves alone.
    const page = '<html><head></head><body><p title="Ş">Grüße</p></body></html>';
    expect(mayNeed.test(page)).toBe(true);
    expect(addPreloads(page, [extended, vietnamese], latin)).toBe(page);
  });

  it('adds the preloads right after the common one, only those needed, once', () => {
    const vietnamese: FontFace = { url: '/_astro/vietnamese.woff2', ranges: parseUnicodeRange('U+1EC5') };
    const page = (text: string) =>
      `<html><head><link rel="preload" href="/_astro/latin.woff2" as="font"></head><body>${text}</body></html>`;
    expect(addPreloads(page('Müller'), [extended, vietnamese], latin)).toBe(page('Müller'));
    const withPreload = addPreloads(page('Łukasz'), [extended, vietnamese], latin);
    expect(withPreload).toContain(
      'as="font"><link rel="preload" href="/_astro/latin-ext.woff2" as="font" type="font/woff2" crossorigin></head>',
    );
    expect(withPreload).not.toContain('vietnamese');
    expect(addPreloads(withPreload, [extended, vietnamese], latin)).toBe(withPreload);
    const both = addPreloads(page('Łukasz und Nguyễn'), [extended, vietnamese], latin);
    expect(both.match(/rel="preload"/g)).toHaveLength(3);
    expect(both).toContain('href="/_astro/vietnamese.woff2"');
  });
});

describe('search parameters', () => {
  it('trims the query and keeps only known types, once each', () => {
    expect(readSearchParams(new URLSearchParams('q=%20Schwei%C3%9Fen%20&typ=post&typ=evil&typ=post&typ=job'))).toEqual({
      query: 'Schweißen',
      types: ['post', 'job'],
    });
    expect(readSearchParams(new URLSearchParams('')).query).toBe('');
  });
});
