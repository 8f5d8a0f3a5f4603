import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { englishFixture } from './english-fixture.ts';

/**
 * The English fixture (tests/helpers/english-fixture.ts) with English versions of three of
 * its posts, a German-only post that is the newest, a draft translation of that one, and
 * an English version of the author Anna Berger (tests/fixtures/english/README.md). Jonas
 * Keller, the job and the video stay German.
 */
export const ENGLISH_POSTS: Record<string, string> = {
  'posts/erster-beitrag.en.mdx': `---
title: From apprentice to shift supervisor
description: Anna tells how an apprenticeship turned into a leadership role.
social: How do you become a shift supervisor at 24? Anna knows.
---
## The beginning

<Interview>
  <Frage>How did it all start?</Frage>
  <Antwort von="anna-berger">With an internship in tube production.</Antwort>
</Interview>

<Hinweis art="tipp">Ask about an internship before you apply.</Hinweis>

<Stelle id="industriemechaniker" />
`,
  'posts/dritter-beitrag.en.mdx': `---
title: Three questions about training
description: A short column on what makes good training, with a model in three steps.
---
## The model

1. Arriving
2. Joining in
3. Taking responsibility
`,
  'posts/mit-bild/index.en.mdx': `---
title: Open day
description: A report from the open day with many guests.
cover: { alt: Visitors in the workshop hall }
---
## What happened?

Many guests came to the plant.
`,
  'people/anna-berger.en.md': `---
role: Process mechanic
---
Anna has worked in tube production since 2019.
`,
  'posts/nur-deutsch.mdx': `---
title: Nur auf Deutsch
description: Dieser Beitrag hat keine veröffentlichte englische Fassung.
date: 2026-07-01
authors: [jonas-keller]
kind: article
tags: [ausbildung]
review: { proofreadBy: anna-berger, privacyClearedOn: 2026-06-28 }
---
Ein Text, den es nur auf Deutsch gibt.
`,
  'posts/nur-deutsch.en.mdx': `---
title: Only in German so far
description: This translation is a draft and is not published.
draft: true
---
A draft translation.
`,
};

/**
 * A fresh copy of the English fixture with ENGLISH_POSTS; returns its content folder. The
 * English fixture's translated job is German here again, so the posts show how a job
 * without English version is marked (the careers tests cover the translated one).
 */
export function englishPostsFixture(): string {
  const content = englishFixture();
  rmSync(path.join(content, 'jobs', 'industriemechaniker.en.md'));
  for (const [file, text] of Object.entries(ENGLISH_POSTS)) {
    mkdirSync(path.dirname(path.join(content, file)), { recursive: true });
    writeFileSync(path.join(content, file), text);
  }
  return content;
}
