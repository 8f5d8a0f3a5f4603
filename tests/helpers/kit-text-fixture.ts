import { cpSync } from 'node:fs';
import path from 'node:path';
import { copyFixture, ROOT } from './site.ts';

const EXTRA = path.join(ROOT, 'tests', 'fixtures', 'kit-text');

/** The URL of the fixture's post that uses every text component of the MDX kit. */
export const KIT_TEXT_POST = '/blog/baukasten/';

/**
 * The basic fixture plus a second interviewee and a post with every text component of the
 * MDX kit (tests/fixtures/kit-text/README.md), in a fresh temporary content folder.
 */
export function kitTextFixture(): string {
  const content = copyFixture('basic');
  for (const folder of ['people', 'posts']) {
    cpSync(path.join(EXTRA, folder), path.join(content, folder), { recursive: true });
  }
  return content;
}
