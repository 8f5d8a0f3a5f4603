import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { copyFixture } from './site.ts';

/**
 * The basic fixture with English translations beside some originals (issue 20): a post, a
 * post folder's post, a job, a person, a team, a video and the department `produktion`.
 * Every English text carries the marker `EN-ONLY`, which no German page, feed, sitemap or
 * search index may contain while English pages are not built.
 */
export const MARKER = 'EN-ONLY';

export const TRANSLATIONS: Record<string, string> = {
  'posts/erster-beitrag.en.mdx': `---
title: From apprentice to shift supervisor ${MARKER}
description: Anna tells how an apprenticeship turned into a leadership role.
social: How do you become a shift supervisor at 24? ${MARKER}
---
## The beginning

It started with an internship in tube production. ${MARKER} ${'word '.repeat(400)}
`,
  'posts/mit-bild/index.en.mdx': `---
title: Open day ${MARKER}
description: A report from the open day with many guests.
cover: { alt: Visitors in the workshop ${MARKER} }
draft: true
---
Many guests came to the plant. ${MARKER}
`,
  'jobs/industriemechaniker.en.md': `---
title: Industrial mechanic (m/f/d) ${MARKER}
description: You keep our plants running.
occupation: Industrial mechanic
---
## Your tasks ${MARKER}

- Maintain the plants
`,
  'people/anna-berger.en.md': `---
role: Process mechanic ${MARKER}
photo: { alt: Portrait of Anna Berger in front of a machine }
---
Anna has worked in tube production since 2019. ${MARKER}
`,
  'teams/taskforce.en.md': `---
name: Social media task force ${MARKER}
description: Colleagues from every area tell stories from the plant.
meets: every six weeks
---
We meet regularly and write together. ${MARKER}
`,
  'videos/werksrundgang.en.md': `---
title: Plant tour ${MARKER}
description: A walk through production.
poster: { alt: View into the workshop }
---
**Anna Berger:** Welcome to the hall. ${MARKER}
`,
};

/** A copy of the basic fixture with TRANSLATIONS and an `en:` block for `produktion`; returns its content folder. */
export function translationsFixture(): string {
  const content = copyFixture('basic');
  addTranslations(content);
  return content;
}

/** Writes TRANSLATIONS and the `en:` block for `produktion` into a copy of the basic fixture's content folder. */
export function addTranslations(content: string): void {
  for (const [file, text] of Object.entries(TRANSLATIONS)) {
    mkdirSync(path.dirname(path.join(content, file)), { recursive: true });
    writeFileSync(path.join(content, file), text);
  }
  const departments = path.join(content, 'departments.yaml');
  const english = `  en: { name: Production ${MARKER}, description: This is where the tubes are made. }\n`;
  // The English fixture (tests/fixtures/english) already has an `en:` block: this one replaces it.
  const existing = /^ {2}en:\n {4}name: Production\n {4}description: This is where the tubes are made\.\n/m;
  const text = readFileSync(departments, 'utf8');
  writeFileSync(
    departments,
    existing.test(text)
      ? text.replace(existing, english)
      : text.replace('  description: Hier entstehen die Rohre.\n', `  description: Hier entstehen die Rohre.\n${english}`),
  );
}
