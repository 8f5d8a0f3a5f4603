import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { copyFixture } from './site.ts';

/** The slug of the post with rare letters in the fonts fixture. */
export const RARE_POST = 'seltene-namen';

/** The names whose letters no German text needs: Latin Extended (Ş, Ł) and Vietnamese (ễ). */
export const RARE_NAMES = ['Deniz Şahin', 'Łukasz Nowak', 'Thu Trang Nguyễn'];

/**
 * tests/fixtures/basic plus one post that names colleagues with rare letters, in a fresh
 * temporary content folder; every other page of it is German only.
 */
export function fontsFixture(): string {
  const content = copyFixture('basic');
  writeFileSync(
    path.join(content, 'posts', `${RARE_POST}.mdx`),
    `---
title: Drei neue Gesichter im Prüflabor
description: Das Prüflabor wächst – drei Kolleginnen und Kollegen stellen sich vor.
date: 2026-06-10
authors: [jonas-keller]
kind: article
tags: [ausbildung]
department: personal
review: { proofreadBy: anna-berger, privacyClearedOn: 2026-06-08 }
---
Seit Juni verstärken ${RARE_NAMES.join(', ').replace(/, ([^,]+)$/, ' und $1')} das Prüflabor.
`,
  );
  return content;
}
