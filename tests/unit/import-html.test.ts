import { describe, expect, it } from 'vitest';
import { mdxToMdast } from 'satteri';
import { escapeText, toMarkdown } from '../../scripts/lib/import/markdown.ts';
import { safeHref, sanitizeHtml } from '../../scripts/lib/import/sanitize.ts';
import { autop, expandShortcodes, shortcodeAttributes } from '../../scripts/lib/import/wordpress/shortcodes.ts';
import { youtubeIdOf } from '../../scripts/lib/import/youtube.ts';
import { berlinIso, parseBerlinStamp, wordpressInstant } from '../../scripts/lib/import/dates.ts';
import { closestId, teaser } from '../../scripts/lib/import/text.ts';
import { elementLines } from '../../scripts/lib/import/xml.ts';
import { slugify } from '../../src/lib/slug.ts';

const convert = (html: string, format: 'mdx' | 'md' = 'mdx') => toMarkdown(sanitizeHtml(html).html, format);

describe('import: HTML to MDX', () => {
  it('escapes what MDX would read as code, and keeps it as text', () => {
    const markdown = convert('<p>Wer {Name} kennt, wartet &lt;5 Jahre &amp; sagt &amp;copy; – <b>fett</b></p>');
    expect(markdown).toBe('Wer \\{Name\\} kennt, wartet &lt;5 Jahre & sagt &amp;copy; – **fett**\n');
    const text = JSON.stringify(mdxToMdast(markdown));
    expect(text).toContain('Wer {Name} kennt, wartet <5 Jahre & sagt &copy; – ');
  });

  it('neutralises paragraphs that MDX would run as import or export statements', () => {
    const markdown = convert('<p>import von Rohren</p><p>export nach Asien</p>');
    const tree = mdxToMdast(markdown) as { children: Array<{ type: string }> };
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'paragraph']);
  });

  it('removes invisible characters and composes decomposed umlauts', () => {
    expect(escapeText('Gera\u0308t\u200b\u0007 Tu\u0308r\ufeff')).toBe('Gerät Tür');
  });

  it('shifts headings when the body brings its own h1, so the title stays the only one', () => {
    expect(convert('<h1>A</h1><h2>B</h2><h6>C</h6>')).toBe('## A\n\n### B\n\n###### C\n');
    expect(convert('<h2>B</h2><h3>C</h3>')).toBe('## B\n\n### C\n');
  });

  it('fences code with a fence longer than any backtick run inside, and keeps the language', () => {
    expect(convert('<pre class="wp-block-code"><code class="language-js">a ``` b {c}</code></pre>')).toBe(
      '````js\na ``` b {c}\n````\n',
    );
    expect(convert('<pre class="brush: php; notranslate">&lt;?php ?&gt;</pre>')).toBe('```php\n<?php ?>\n```\n');
  });

  it('writes GFM tables, and rows of text for tables with merged cells', () => {
    expect(convert('<table><tr><th>a</th><th>b</th></tr><tr><td>1|2</td><td>3</td></tr></table>')).toBe(
      '| a | b |\n| --- | --- |\n| 1\\|2 | 3 |\n',
    );
    expect(convert('<table><tr><td colspan="2">a</td></tr><tr><td>1</td><td>2</td></tr></table>')).toBe('a\n\n1 – 2\n');
  });

  it('numbers ordered lists from their start and nests lists', () => {
    expect(convert('<ol start="3"><li>a</li><li>b<ul><li>c</li></ul></li></ol>')).toBe('3. a\n4. b\n   - c\n');
  });

  it('writes figures only in MDX; plain Markdown gets the image and an italic caption', () => {
    const html = sanitizeHtml('<figure><img src="a.jpg" alt="A"><figcaption>Cap</figcaption></figure>', {
      image: ({ src, alt }) => ({ kind: 'image', src: `./${src}`, alt }),
    }).html;
    expect(toMarkdown(html, 'mdx')).toBe('<figure>\n  ![A](./a.jpg)\n\n  <figcaption>Cap</figcaption>\n</figure>\n');
    expect(toMarkdown(html, 'md')).toBe('![A](./a.jpg)\n\n_Cap_\n');
  });
});

describe('import: sanitising', () => {
  it('allows only web, mail and phone links; hidden schemes count', () => {
    for (const bad of [
      'javascript:alert(1)',
      ' JaVaScRiPt:x',
      'java\tscript:x',
      'java\u0000script:x',
      'data:text/html,x',
      'vbscript:x',
      'file:///etc/passwd',
    ]) {
      expect(safeHref(bad), bad).toBeUndefined();
    }
    for (const good of [
      'https://example.com/a',
      'http://x.example',
      'mailto:a@b.example',
      'tel:+49123',
      '/relativ/',
      '#anker',
      'seite.html',
    ]) {
      expect(safeHref(good), good).toBe(good);
    }
  });

  it('drops elements that run code or load other hosts, with their content, and reports them', () => {
    const { html, removals } = sanitizeHtml(
      '<p onclick="x()" style="color:red" class="a" id="b">Text<script>alert(1)</script></p><style>p{}</style><iframe src="https://maps.example/x"></iframe><form action="https://evil.example"><input><button>Los</button></form><object data="a.swf"></object><svg onload="x()"><text>svg</text></svg><noscript><img src="https://tracker.example/p.gif"></noscript>',
    );
    expect(html).toBe('<p>Text</p>');
    expect(removals.map((removal) => removal.kind)).toEqual(['script', 'style', 'iframe', 'form', 'object', 'svg', 'noscript']);
  });

  it('keeps attacker-chosen placeholders out: data attributes in the input are removed before placeholders are made', () => {
    const { html } = sanitizeHtml('<div data-einblick="comment" data-text="*/} <script>">x</div>');
    expect(html).toBe('<div>x</div>');
    expect(toMarkdown(html, 'mdx')).toBe('x\n');
  });

  it('turns YouTube iframes, embed blocks and bare-address paragraphs into placeholders and other embeds into links', () => {
    const { html, removals } = sanitizeHtml(
      '<iframe title="YouTube video player" src="https://www.youtube.com/embed/aB3dE5fG7hJ?rel=0"></iframe>' +
        '<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">https://twitter.com/x/status/1</div></figure>' +
        '<p><a href="https://youtu.be/Kq9Zt2LmXw0">https://youtu.be/Kq9Zt2LmXw0</a></p>',
    );
    const markdown = toMarkdown(html, 'mdx', new Map([['Kq9Zt2LmXw0', 'rundgang']]));
    expect(markdown).toBe(
      '[Video auf YouTube ansehen](https://www.youtube.com/watch?v=aB3dE5fG7hJ)\n\n[https://twitter.com/x/status/1](https://twitter.com/x/status/1)\n\n<Video id="rundgang" />\n',
    );
    expect(removals).toEqual([{ kind: 'embed-link', detail: 'https://twitter.com/x/status/1' }]);
  });

  it('recognises every YouTube address form and nothing else', () => {
    const id = 'aB3dE5fG7hJ';
    for (const url of [
      `https://www.youtube.com/watch?v=${id}&t=10`,
      `http://youtube.com/watch?feature=share&v=${id}`,
      `https://m.youtube.com/watch?v=${id}`,
      `https://youtu.be/${id}?si=x`,
      `https://www.youtube.com/embed/${id}?feature=oembed`,
      `https://www.youtube-nocookie.com/embed/${id}`,
      `https://www.youtube.com/shorts/${id}`,
      `//www.youtube.com/embed/${id}`,
    ]) {
      expect(youtubeIdOf(url), url).toBe(id);
    }
    for (const other of [
      'https://vimeo.com/123',
      `https://notyoutube.com/watch?v=${id}`,
      'https://www.youtube.com/watch?v=short',
      'youtube.com/watch',
      '',
    ]) {
      expect(youtubeIdOf(other), other).toBeUndefined();
    }
  });
});

describe('import: WordPress classic content', () => {
  it('expands caption, embed, youtube and code shortcodes and removes plugin shortcodes, reporting them', () => {
    const reports: string[] = [];
    const hooks = { gallery: () => [], report: (code: string, detail: string) => reports.push(`${code} ${detail}`) };
    const html = expandShortcodes(
      '[caption id="attachment_1" width="300"]<img src="a.jpg" alt="" /> Die Halle[/caption]\n[embed]https://vimeo.com/1[/embed]\n[youtube=https://youtu.be/aB3dE5fG7hJ]\n[code lang="js"]a < b && [x][/code]\n[contact-form-7 id="1"]\nWie gesagt [sic] und [1].',
      hooks,
    );
    expect(html).toContain('<figure><img src="a.jpg" alt="" /><figcaption>Die Halle</figcaption></figure>');
    expect(html).toContain('<p><a href="https://vimeo.com/1">https://vimeo.com/1</a></p>');
    expect(html).toContain('<p>https://youtu.be/aB3dE5fG7hJ</p>');
    expect(html).toContain('<pre class="lang-js">a &lt; b &amp;&amp; [x]</pre>');
    expect(html).toContain('Wie gesagt [sic] und [1].');
    expect(html).not.toContain('contact-form-7');
    expect(reports).toEqual(['embed-link https://vimeo.com/1', 'shortcode [contact-form-7 id="1"]']);
    expect(shortcodeAttributes(' id="a" align=center caption=\'Zwei Worte\'')).toEqual({
      id: 'a',
      align: 'center',
      caption: 'Zwei Worte',
    });
  });

  it('adds paragraphs and line breaks like wpautop, leaving blocks and pre alone', () => {
    expect(autop('Eins\nzwei\n\n<h2>Titel</h2>\nDrei\n<pre>a\n\nb</pre>')).toBe(
      '<p>Eins<br>\nzwei</p>\n<h2>Titel</h2>\n<p>Drei</p>\n<pre>a\n\nb</pre>',
    );
  });
});

describe('import: small helpers', () => {
  it('reads WordPress times: the UTC column when set, else Berlin wall-clock time, also across the clock change', () => {
    expect(berlinIso(wordpressInstant('2023-05-14 10:30:00', '2023-05-14 08:30:00')!)).toBe('2023-05-14T10:30:00+02:00');
    expect(berlinIso(wordpressInstant('2023-12-30 18:00:00', '0000-00-00 00:00:00')!)).toBe('2023-12-30T18:00:00+01:00');
    expect(berlinIso(parseBerlinStamp('2024-03-31 03:30:00')!)).toBe('2024-03-31T03:30:00+02:00');
    expect(berlinIso(parseBerlinStamp('2024-10-27 01:59:00')!)).toBe('2024-10-27T01:59:00+02:00');
    expect(wordpressInstant('0000-00-00 00:00:00', '')).toBeUndefined();
  });

  it('cuts teasers at a word and suggests the closest id', () => {
    expect(teaser('Ein kurzer Satz.')).toBe('Ein kurzer Satz.');
    expect(teaser('Wort '.repeat(60)).length).toBeLessThanOrEqual(160);
    expect(teaser('Wort '.repeat(60))).toMatch(/Wort…$/);
    expect(closestId('Südwerk', ['nordwerk', 'suedwerk'], slugify)).toBe('suedwerk');
    expect(closestId('Nordwerk Halle 2', ['nordwerk', 'suedwerk'], slugify)).toBe('nordwerk');
    expect(closestId('Marketing', ['nordwerk', 'suedwerk'], slugify)).toBeUndefined();
  });

  it('finds the line of each element, ignoring CDATA', () => {
    expect(elementLines('<a>\n<item>\n<![CDATA[<item>]]>\n</item>\n<item x="1">', 'item')).toEqual([2, 5]);
  });
});
