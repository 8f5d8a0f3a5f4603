import { appendFileSync, cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { copyFixture, ROOT } from './site.ts';

const EXTRA = path.join(ROOT, 'tests', 'fixtures', 'careers');

/**
 * The basic fixture plus the career hub's extra jobs, departments and one post (a page a job applies on)
 * (tests/fixtures/careers/README.md lists them), in a fresh temporary content folder.
 */
export function careersFixture(): string {
  const content = copyFixture('basic');
  cpSync(path.join(EXTRA, 'jobs'), path.join(content, 'jobs'), { recursive: true });
  cpSync(path.join(EXTRA, 'posts'), path.join(content, 'posts'), { recursive: true });
  appendFileSync(path.join(content, 'departments.yaml'), `\n${readFileSync(path.join(EXTRA, 'departments-extra.yaml'), 'utf8')}`);
  return content;
}
