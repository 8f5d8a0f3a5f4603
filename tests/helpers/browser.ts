import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';

/** Debian's Chromium; override with CHROMIUM_PATH. */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Chromium's flags for headless runs with no background traffic of its own (the machine has no internet). */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Headless Chromium with CHROMIUM_ARGS. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
}

export interface RecordedPage {
  page: Page;
  context: BrowserContext;
  /** Every request the page made, in order. */
  requests: Request[];
  /** Requests to any origin other than the site's. */
  foreign: () => string[];
  consoleErrors: string[];
  /**
   * Resolves once no request has been in flight for `quietMs`. Playwright's own
   * `waitForLoadState('networkidle')` is tied to navigations: after a script inserts an
   * iframe it sometimes never fires although nothing is pending, so tests that act on a
   * loaded page wait on the requests themselves.
   */
  settled: (quietMs?: number, timeoutMs?: number) => Promise<void>;
}

/** Opens a new context and page that records requests and console errors. */
export async function openRecordedPage(
  browser: Browser,
  origin: string,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<RecordedPage> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const requests: Request[] = [];
  const consoleErrors: string[] = [];
  const inFlight = new Set<Request>();
  let lastActivity = Date.now();
  page.on('request', (request) => {
    requests.push(request);
    inFlight.add(request);
    lastActivity = Date.now();
  });
  const done = (request: Request) => {
    inFlight.delete(request);
    lastActivity = Date.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  const foreign = () =>
    requests.map((request) => request.url()).filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'));
  const settled = async (quietMs = 500, timeoutMs = 15_000) => {
    const deadline = Date.now() + timeoutMs;
    while (inFlight.size > 0 || Date.now() - lastActivity < quietMs) {
      if (Date.now() > deadline) {
        throw new Error(`network not quiet after ${timeoutMs} ms; in flight: ${[...inFlight].map((r) => r.url()).join(', ')}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  return { page, context, requests, foreign, consoleErrors, settled };
}

/**
 * Runs `task` on every item, at most `limit` at a time, starting them in order. For page
 * visits that mostly wait (a load, then 500 ms of network silence), so that one page's
 * waiting overlaps the next one's work. After a failure no further item starts; the first
 * error is thrown once the running tasks have ended.
 */
export async function eachConcurrently<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const lane = async () => {
    while (!failed && next < items.length) {
      const item = items[next++]!;
      try {
        await task(item);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const lanes = await Promise.allSettled(Array.from({ length: Math.min(limit, items.length) }, lane));
  const rejected = lanes.find((lane): lane is PromiseRejectedResult => lane.status === 'rejected');
  if (rejected) throw rejected.reason;
}
