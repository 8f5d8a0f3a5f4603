import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { BrowserContext, Page, Request } from 'playwright-core';

/** The WCAG 2.2 AA rule tags of axe-core the site must pass. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Records Content-Security-Policy violations from the first moment of every document
 * (an init script runs before the page's own scripts; the browser injects it, so the
 * page's CSP does not apply to it).
 */
export const CSP_RECORDER = `(() => {
  const seen = [];
  Object.defineProperty(window, '__cspViolations', { value: seen });
  document.addEventListener('securitypolicyviolation', (event) => {
    seen.push(event.effectiveDirective + ' blocked ' + (event.blockedURI || 'inline') + ' at ' + (event.sourceFile || 'page') + ':' + event.lineNumber);
  }, true);
})();`;

/** What went wrong on one page; every list empty means the page is clean. */
export interface PageAudit {
  url: string;
  status: number;
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
  cspViolations: string[];
  /** axe-core violations as `rule (impact): target — summary`; empty when axe did not run. */
  axe: string[];
  /** `document.documentElement.scrollWidth` after load. */
  scrollWidth: number;
  /** Font files the page requested, and the fonts its `<link rel="preload">` names (absolute URLs). */
  fonts: string[];
  fontPreloads: string[];
  /** Images below the first screen that are not `loading="lazy"`, except the page's lead image. */
  eagerBelowFold: string[];
  /** The lead image (the first eager image in `<main>`), if it is below the first screen. */
  leadEagerBelowFold: string[];
}

/**
 * Runs axe-core with the WCAG 2.2 AA tags on the current page; the page's CSP does not block
 * it (CDP evaluation). Injects axe-core first unless the page has it already (an auditor's
 * pages get it from an init script).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${violation.id} (${violation.impact ?? '?'}): ${node.target.join(' ')} — ${node.failureSummary?.replace(/\s+/g, ' ') ?? violation.help}`,
      ),
    );
  }, WCAG_TAGS);
}

/**
 * Renders what the page leaves for later (`content-visibility: auto`: sections and cards
 * below the first screen, src/styles/global.css), as a visitor who scrolls through it sees
 * it: axe-core, the sideways-scroll check and full-page screenshots then judge every part
 * of the page, not just the first screen. Through the CSSOM, which the page's CSP allows.
 * Returns how many elements it rendered.
 */
export async function renderAll(page: Page): Promise<number> {
  return page.evaluate(() => {
    let rendered = 0;
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      if (getComputedStyle(element).contentVisibility !== 'auto') continue;
      element.style.contentVisibility = 'visible';
      rendered += 1;
    }
    return rendered;
  });
}

/**
 * One page in a context that visits URL after URL (reusing a tab is much faster than a
 * tab per URL) and reports, per URL, everything the browser saw go wrong. Requests are
 * counted against the URL that was being audited when they started. With `axe`, every
 * audit also runs axe-core; it arrives with each document as an init script, which costs
 * the browser much less than sending its half megabyte into every page afterwards (an
 * audit with its own `{ axe: true }` still works, the slow way).
 */
export async function createAuditor(context: BrowserContext, origin: string, options: { axe?: boolean } = {}) {
  await context.addInitScript({ content: CSP_RECORDER });
  if (options.axe) await context.addInitScript({ content: axeSource });
  const page = await context.newPage();
  let current: PageAudit | undefined;
  const owner = new Map<Request, PageAudit>();
  page.on('console', (message) => {
    if (message.type() === 'error' && current) current.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => current?.consoleErrors.push(error.message));
  page.on('request', (request) => {
    if (!current) return;
    owner.set(request, current);
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) current.foreignRequests.push(url);
    if (request.resourceType() === 'font') current.fonts.push(url);
  });
  page.on('requestfailed', (request) => {
    const audit = owner.get(request);
    const error = request.failure()?.errorText ?? 'failed';
    // Requests cut off because the auditor moved on to the next URL are not the page's fault,
    // nor is an image request the browser replaces by a better srcset candidate (ERR_ABORTED):
    // whether every image really arrived is checked on the images themselves.
    if (error === 'net::ERR_ABORTED' && request.resourceType() === 'image') return;
    if (audit && audit === current) audit.failedRequests.push(`${request.url()} (${error})`);
  });
  page.on('response', (response) => {
    const audit = owner.get(response.request());
    if (audit && response.status() >= 400) audit.failedRequests.push(`${response.url()} (HTTP ${response.status()})`);
  });

  /** Loads a path, lets every image load (lazy ones too), then collects the findings. */
  const audit = async (path: string, auditOptions: { axe?: boolean } = {}): Promise<PageAudit> => {
    const result: PageAudit = {
      url: path,
      status: 0,
      consoleErrors: [],
      failedRequests: [],
      foreignRequests: [],
      cspViolations: [],
      axe: [],
      scrollWidth: 0,
      fonts: [],
      fontPreloads: [],
      eagerBelowFold: [],
      leadEagerBelowFold: [],
    };
    current = result;
    const response = await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    result.status = response?.status() ?? 0;
    await renderAll(page);
    const head = await page.evaluate(() => {
      // A page may load one lead image at once (its largest paint on wide screens): the first eager one in main.
      const lead = [...document.querySelectorAll<HTMLImageElement>('main img')].find((image) => image.loading !== 'lazy');
      const eager = [...document.images].filter(
        (image) => image.loading !== 'lazy' && image.getBoundingClientRect().top >= window.innerHeight,
      );
      const name = (image: HTMLImageElement) => image.currentSrc || image.src;
      return {
        preloads: [...document.querySelectorAll<HTMLLinkElement>('link[rel~="preload"][as="font"]')].map((link) => link.href),
        eager: eager.filter((image) => image !== lead).map(name),
        lead: eager.filter((image) => image === lead).map(name),
      };
    });
    result.fontPreloads = head.preloads;
    result.eagerBelowFold = head.eager;
    result.leadEagerBelowFold = head.lead;
    // Every image must load, also the lazy ones a visitor would only reach by scrolling.
    const broken = await page.evaluate(async () => {
      const images = [...document.images];
      for (const image of images) image.loading = 'eager';
      await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
      return images.filter((image) => !image.complete || image.naturalWidth === 0).map((image) => image.currentSrc || image.src);
    });
    result.failedRequests.push(...broken.map((src) => `${src} (image did not load)`));
    result.scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    result.cspViolations = await page.evaluate(() => [
      ...((window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []),
    ]);
    if (options.axe || auditOptions.axe) result.axe = await axeViolations(page);
    current = undefined;
    return result;
  };
  return { page, audit };
}

/** `url: finding` lines for one kind of finding over many audits, for readable test failures. */
export function findings(audits: PageAudit[], pick: (audit: PageAudit) => string[]): string[] {
  return audits.flatMap((audit) => pick(audit).map((finding) => `${audit.url}: ${finding}`));
}
