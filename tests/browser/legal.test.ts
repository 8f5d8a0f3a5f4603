import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createAuditor, findings, type PageAudit } from '../helpers/audit.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { legalFixture } from '../helpers/legal-fixture.ts';
import { sharedBuild } from '../helpers/build-once.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

/**
 * The legal pages and the accessibility statement of the legal fixture in Chromium, light
 * at desktop width and dark at 320 px: axe-core's WCAG 2.2 AA rules, no request to another
 * host, no console error, no CSP violation, nothing wider than the phone. (The demo's
 * statement is audited with every other sitemap URL by site.test.ts.)
 */
const PAGES = ['/impressum/', '/datenschutz/', '/barrierefreiheit/'];
const PHONE = { width: 320, height: 640 };

let browser: Browser;
let server: StaticServer;
const audits: Array<{ scheme: 'light' | 'dark'; result: PageAudit }> = [];

beforeAll(async () => {
  const result = sharedBuild(legalFixture('du'));
  if (result.status !== 0) throw new Error(`legal fixture build failed:\n${result.stdout}\n${result.stderr}`);
  server = await serveStatic(result.outDir);
  browser = await launchBrowser();
  for (const [scheme, viewport] of [
    ['light', { width: 1280, height: 800 }],
    ['dark', PHONE],
  ] as const) {
    const context = await browser.newContext({ colorScheme: scheme, viewport, reducedMotion: 'reduce' });
    const { audit } = await createAuditor(context, server.origin, { axe: true });
    for (const url of PAGES) audits.push({ scheme, result: await audit(url) });
    await context.close();
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('legal pages in a real browser', () => {
  it('load cleanly: status 200, no console error, no foreign request, no CSP violation', () => {
    const all = audits.map((audit) => audit.result);
    expect(all).toHaveLength(PAGES.length * 2);
    expect(findings(all, (audit) => (audit.status === 200 ? [] : [`HTTP ${audit.status}`]))).toEqual([]);
    expect(findings(all, (audit) => [...audit.consoleErrors, ...audit.failedRequests])).toEqual([]);
    expect(findings(all, (audit) => audit.foreignRequests)).toEqual([]);
    expect(findings(all, (audit) => audit.cspViolations)).toEqual([]);
  });

  it('pass axe-core (WCAG 2.2 AA) in light and dark, and fit a 320 px phone', () => {
    const all = audits.map((audit) => audit.result);
    expect(findings(all, (audit) => audit.axe)).toEqual([]);
    const dark = audits.filter((audit) => audit.scheme === 'dark').map((audit) => audit.result);
    expect(findings(dark, (audit) => (audit.scrollWidth > PHONE.width ? [`scrollWidth ${audit.scrollWidth}`] : []))).toEqual([]);
  });
});
