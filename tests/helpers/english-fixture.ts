import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { copyFixture, ROOT } from './site.ts';

/**
 * The basic fixture with English pages and the files of tests/fixtures/english/content over
 * it (translations, and entries that replace or add to the basic ones; see its README), in a
 * fresh temporary content folder.
 */
export function englishFixture(): string {
  const content = copyFixture('basic');
  cpSync(path.join(ROOT, 'tests', 'fixtures', 'english', 'content'), content, { recursive: true });
  const site = path.join(content, 'site.yaml');
  const extra = readFileSync(path.join(ROOT, 'tests', 'fixtures', 'english', 'site-extra.yaml'), 'utf8');
  const text = readFileSync(site, 'utf8');
  if (!/^languages: \[de\]$/m.test(text)) throw new Error('tests/fixtures/basic/content/site.yaml has no `languages: [de]` line');
  writeFileSync(site, text.replace(/^languages: \[de\]\n/m, extra));
  return content;
}
