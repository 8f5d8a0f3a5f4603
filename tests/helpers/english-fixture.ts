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

/**
 * The English fixture with translations to feed (tests/fixtures/english/feeds/README.md):
 * its files copied into the content folder, and an English text for the department `produktion`
 * unless it has one.
 */
export function englishFeedsFixture(): string {
  const content = englishFixture();
  cpSync(path.join(ROOT, 'tests', 'fixtures', 'english', 'feeds'), content, {
    recursive: true,
    filter: (source) => path.basename(source) !== 'README.md',
  });
  const departments = path.join(content, 'departments.yaml');
  const text = readFileSync(departments, 'utf8');
  const german = '  description: Hier entstehen die Rohre.\n';
  if (!text.includes(german)) throw new Error('tests/fixtures/basic/content/departments.yaml changed: no Produktion description');
  // The English fixture may already translate it (tests/fixtures/english/content/departments.yaml).
  if (!text.includes(`${german}  en:`)) {
    writeFileSync(
      departments,
      text.replace(german, `${german}  en: { name: Production, description: This is where the pipes are made. }\n`),
    );
  }
  return content;
}
