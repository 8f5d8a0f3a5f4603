import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditor, type PageAudit } from '../helpers/audit.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { KIT_TEXT_POST, kitTextFixture } from '../helpers/kit-text-fixture.ts';
import { ROOT } from '../helpers/site.ts';
import { sharedBuildOrThrow } from '../helpers/build-once.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

/**
 * The post with every text component of the MDX kit (tests/fixtures/kit-text) in Chromium,
 * light at desktop width and dark at 320 px: axe-core (WCAG 2.2 AA) finds nothing, the
 * page fits a 320 px phone, and it loads nothing foreign and breaks no CSP rule.
 */

const SCREENSHOTS = path.join(ROOT, 'test-results', 'screenshots');
const SCHEMES = [
  ['light', { width: 1280, height: 800 }],
  ['dark', { width: 320, height: 640 }],
] as const;

let browser: Browser;
let server: StaticServer;
const audits = new Map<string, PageAudit>();

beforeAll(async () => {
  const { outDir } = sharedBuildOrThrow(kitTextFixture());
  server = await serveStatic(outDir, { headers: true });
  browser = await launchBrowser();
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const [colorScheme, viewport] of SCHEMES) {
    const context = await browser.newContext({ colorScheme, viewport, reducedMotion: 'reduce' });
    const { page, audit } = await createAuditor(context, server.origin, { axe: true });
    audits.set(colorScheme, await audit(KIT_TEXT_POST));
    await page.screenshot({ path: path.join(SCREENSHOTS, `kit-text-${colorScheme}.png`), fullPage: true });
    await context.close();
  }
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(SCHEMES.map(([scheme, viewport]) => [scheme, viewport.width] as const))(
  'the text components in the %s scheme at %i px',
  (scheme, width) => {
    const result = () => {
      const found = audits.get(scheme);
      if (!found) throw new Error(`no audit for ${scheme}`);
      return found;
    };

    it('pass axe-core (WCAG 2.2 AA) without a violation', () => {
      expect(result().status).toBe(200);
      expect(result().axe).toEqual([]);
    });

    it('fit the width, load nothing foreign and keep to the CSP', () => {
      expect(result().scrollWidth).toBeLessThanOrEqual(width);
      expect(result().foreignRequests).toEqual([]);
      expect(result().cspViolations).toEqual([]);
      expect(result().consoleErrors).toEqual([]);
      expect(result().failedRequests).toEqual([]);
    });
  },
);
