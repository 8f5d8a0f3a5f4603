import { copyFileSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { copyFixture, ROOT } from './site.ts';
import { addTranslations } from './translations-fixture.ts';

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

/**
 * The English fixture with the translations of tests/helpers/translations-fixture.ts (Anna,
 * the task force, the plant tour and the post "erster-beitrag"; Jonas is not translated),
 * plus a German-only post by Anna and a German-only video, so that the English people, team
 * and video lists show both languages (issue 20), and an English video and job of the
 * untranslated department `personal`. The build and browser suites of the
 * English people pages read one build of it (sharedBuild).
 */
export function englishPeopleFixture(): string {
  const content = englishFixture();
  addTranslations(content);
  writeFileSync(
    path.join(content, 'posts', 'nur-deutsch.mdx'),
    '---\ntitle: Nur auf Deutsch\ndescription: Ein Beitrag ohne Übersetzung.\nkind: article\ndate: 2026-03-01\nauthors: [anna-berger]\nreview: { proofreadBy: jonas-keller, privacyClearedOn: 2026-02-27 }\n---\nText.\n',
  );
  germanVideo(content, 'schulung', {
    title: 'Schulung an der Presse',
    description: 'Wie die neue Presse bedient wird.',
    kind: 'tutorial',
    youtube: 'bcdefghijkl',
    alt: 'Die Presse',
    duration: '2:10',
    date: '2026-03-01',
    text: '**Jonas Keller:** So geht es los.',
  });
  // A translated video and a translated job of the untranslated department `personal`: on
  // their English pages the department's name and links stay German and say so.
  germanVideo(content, 'einarbeitung', {
    title: 'Erster Tag in der Personalabteilung',
    description: 'Wie die Einarbeitung abläuft.',
    kind: 'interview',
    youtube: 'cdefghijklm',
    alt: 'Ein Büro',
    duration: '3:05',
    date: '2026-02-01',
    text: '**Jonas Keller:** Willkommen im Team.',
  });
  writeFileSync(
    path.join(content, 'videos', 'einarbeitung.en.md'),
    '---\ntitle: First day in HR\ndescription: How onboarding works.\nposter: { alt: An office }\n---\n**Jonas Keller:** Welcome to the team.\n',
  );
  writeFileSync(
    path.join(content, 'jobs', 'personalsachbearbeitung.en.md'),
    '---\ntitle: HR administrator (m/f/d) part-time\ndescription: You look after payroll at the northern plant.\noccupation: HR administrator\n---\n## Your tasks\n\n- Payroll\n',
  );
  return content;
}

/** A German video with Jonas Keller in the department `personal`, its poster a copy of the plant tour's. */
function germanVideo(
  content: string,
  id: string,
  video: {
    title: string;
    description: string;
    kind: string;
    youtube: string;
    alt: string;
    duration: string;
    date: string;
    text: string;
  },
): void {
  copyFileSync(path.join(content, 'videos', 'werksrundgang.png'), path.join(content, 'videos', `${id}.png`));
  writeFileSync(
    path.join(content, 'videos', `${id}.md`),
    [
      '---',
      `title: ${video.title}`,
      `description: ${video.description}`,
      `kind: ${video.kind}`,
      `youtube: ${video.youtube}`,
      `poster: { src: ./${id}.png, alt: ${video.alt} }`,
      `duration: "${video.duration}"`,
      `date: ${video.date}`,
      'people: [jonas-keller]',
      'department: personal',
      '---',
      video.text,
      '',
    ].join('\n'),
  );
}
