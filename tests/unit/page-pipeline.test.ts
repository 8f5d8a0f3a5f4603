import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AstroPrerenderer } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { fontPreloader } from '../../src/integrations/font-preload.ts';
import { wrapRenderer } from '../../src/integrations/page-pipeline.ts';

type RenderOptions = Parameters<AstroPrerenderer['render']>[1];
const options = { routeData: {} } as RenderOptions;
const request = new Request('https://example.invalid/');

/** A stand-in for Astro's renderer that answers each path with the given response. */
function fakeRenderer(respond: (url: string) => Response | Promise<Response>) {
  const calls: string[] = [];
  const base: AstroPrerenderer = {
    name: 'fake',
    setup: async () => {
      calls.push('setup');
    },
    getStaticPaths: async () => [],
    render: async (req) => respond(req.url),
    teardown: async () => {
      calls.push('teardown');
    },
  };
  return { base, calls };
}

describe('page pipeline', () => {
  it('finishes HTML pages and leaves feeds, JSON and PNGs byte for byte alone', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 255]);
    const { base } = fakeRenderer((url) => {
      if (url.endsWith('.xml'))
        return new Response('<rss><title>&lt;b&gt;</title></rss>', { headers: { 'content-type': 'application/rss+xml' } });
      if (url.endsWith('.png')) return new Response(png, { headers: { 'content-type': 'image/png' } });
      return new Response('<html><body>Ł</body></html>', {
        status: 404,
        headers: { 'content-type': 'text/html; charset=utf-8' },
      });
    });
    const seen: string[] = [];
    const wrapped = wrapRenderer(
      base,
      (html) => (seen.push(html), html.replace('<body>', '<body data-done>')),
      () => undefined,
    );

    const page = await wrapped.render(new Request('https://example.invalid/404'), options);
    const pageResponse = page instanceof Response ? page : page.response;
    expect(await pageResponse.text()).toBe('<html><body data-done>Ł</body></html>');
    expect(pageResponse.status).toBe(404);
    expect(pageResponse.headers.get('content-type')).toBe('text/html; charset=utf-8');

    const feed = await wrapped.render(new Request('https://example.invalid/feed.xml'), options);
    expect(await (feed instanceof Response ? feed : feed.response).text()).toBe('<rss><title>&lt;b&gt;</title></rss>');
    const image = await wrapped.render(new Request('https://example.invalid/og/x.png'), options);
    expect(Buffer.from(await (image instanceof Response ? image : image.response).arrayBuffer())).toEqual(png);
    expect(seen).toHaveLength(1);
  });

  it('hands on an unchanged page byte for byte, and a changed one as UTF-8', async () => {
    const page = '<html><body><p>Grüße aus Iserlohn – „Werk 2“ 🚀</p></body></html>';
    const { base } = fakeRenderer(() => new Response(page, { headers: { 'content-type': 'text/html' } }));
    const same = await wrapRenderer(
      base,
      (html) => html,
      () => undefined,
    ).render(request, options);
    const sameBytes = Buffer.from(await (same instanceof Response ? same : same.response).arrayBuffer());
    expect(sameBytes.equals(Buffer.from(page))).toBe(true);
    const changed = await wrapRenderer(
      base,
      (html) => html.replace('Iserlohn', 'Łódź'),
      () => undefined,
    ).render(request, options);
    expect(await (changed instanceof Response ? changed : changed.response).text()).toBe(page.replace('Iserlohn', 'Łódź'));
  });

  it('keeps the incremental-build metadata a renderer reports with its page', async () => {
    const metadata = { marker: 'kept' } as unknown as NonNullable<
      Exclude<Awaited<ReturnType<AstroPrerenderer['render']>>, Response>['metadata']
    >;
    const base: AstroPrerenderer = {
      name: 'fake',
      getStaticPaths: async () => [],
      render: async () => ({ response: new Response('<p>a</p>', { headers: { 'content-type': 'text/html' } }), metadata }),
    };
    const result = await wrapRenderer(
      base,
      (html) => `${html}!`,
      () => undefined,
    ).render(request, options);
    expect(result).not.toBeInstanceOf(Response);
    if (result instanceof Response) return;
    expect(result.metadata).toBe(metadata);
    expect(await result.response.text()).toBe('<p>a</p>!');
  });

  it('reports the last page written after the renderer tears down, and not after a failed page', async () => {
    const ok = fakeRenderer(() => new Response('<p>ok</p>', { headers: { 'content-type': 'text/html' } }));
    let written = 0;
    const wrapped = wrapRenderer(
      ok.base,
      (html) => html,
      () => {
        ok.calls.push('written');
        written += 1;
      },
    );
    await wrapped.setup?.();
    await wrapped.render(request, options);
    await wrapped.teardown?.();
    expect(ok.calls).toEqual(['setup', 'teardown', 'written']);
    expect(written).toBe(1);

    const broken = fakeRenderer(() => {
      throw new Error('a broken page');
    });
    let brokenWritten = 0;
    const failing = wrapRenderer(
      broken.base,
      (html) => html,
      () => {
        brokenWritten += 1;
      },
    );
    await expect(failing.render(request, options)).rejects.toThrow('a broken page');
    await failing.teardown?.();
    expect(broken.calls).toEqual(['teardown']);
    expect(brokenWritten).toBe(0);
  });
});

describe('font preloader', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'einblick-preload-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reads the build's font faces and preloads a rare-letter one only where the text needs it", () => {
    mkdirSync(path.join(dir, '_astro'));
    writeFileSync(
      path.join(dir, '_astro', 'site.css'),
      '@font-face{src:url(/_astro/source-sans-3-latin-ext.AbC1_-.woff2);unicode-range:U+0100-02BA}' +
        '@font-face{src:url(/_astro/source-sans-3-common.XyZ9.woff2);unicode-range:U+0000-00FF}',
    );
    const preloader = fontPreloader(dir);
    const page = (text: string) =>
      `<html><head><link rel="preload" href="/_astro/source-sans-3-common.XyZ9.woff2" as="font"></head><body>${text}</body></html>`;
    expect(preloader.apply(page('Grüße'))).toBe(page('Grüße'));
    expect(preloader.apply(page('Deniz Şahin'))).toContain(
      '<link rel="preload" href="/_astro/source-sans-3-common.XyZ9.woff2" as="font"><link rel="preload" href="/_astro/source-sans-3-latin-ext.AbC1_-.woff2"',
    );
    expect(preloader.count).toBe(1);
  });

  it('reads the font faces from the page itself when the build inlines its stylesheet', () => {
    const inlined = mkdtempSync(path.join(dir, 'inlined-'));
    const faces =
      '@font-face{src:url(/_astro/source-sans-3-vietnamese.Q1.woff2);unicode-range:U+1EA0-1EF9}' +
      '@font-face{src:url(/_astro/source-sans-3-common.XyZ9.woff2);unicode-range:U+0000-00FF}';
    const page = (text: string) =>
      `<html><head><link rel="preload" href="/_astro/source-sans-3-common.XyZ9.woff2" as="font"><style>${faces}</style></head><body>${text}</body></html>`;
    const preloader = fontPreloader(inlined);
    expect(preloader.apply(page('Grüße'))).toBe(page('Grüße'));
    expect(preloader.apply(page('Thu Trang Nguyễn'))).toContain(
      '<link rel="preload" href="/_astro/source-sans-3-vietnamese.Q1.woff2" as="font" type="font/woff2" crossorigin>',
    );
    // A face named only in the body (an author's text about fonts) is not the site's.
    const stray = fontPreloader(mkdtempSync(path.join(dir, 'stray-')));
    expect(stray.apply(`<html><head></head><body><style>${faces}</style>Nguyễn</body></html>`)).not.toContain('rel="preload"');
    expect(preloader.count).toBe(1);
  });

  it('leaves pages alone when the build has no such fonts', () => {
    const empty = mkdtempSync(path.join(dir, 'empty-'));
    const preloader = fontPreloader(empty);
    expect(preloader.apply('<p>Łukasz</p>')).toBe('<p>Łukasz</p>');
    expect(preloader.count).toBe(0);
  });
});
