import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { copyFixture } from './site.ts';

/** The `social:` text the sharing fixture gives its first post: markup, quotes, & and # to escape and encode. */
export const SOCIAL_TEXT = 'Mit 24 Schichtleiter? Anna erzählt, wie – #Ausbildung & „Mut“ <b>statt</b> Zufall.';

/**
 * The basic fixture with a `social:` text on the post `erster-beitrag`; `dritter-beitrag`
 * has none, the job `industriemechaniker` and the video `werksrundgang` never do.
 */
export function sharingFixture(): string {
  const content = copyFixture('basic');
  const file = path.join(content, 'posts', 'erster-beitrag.mdx');
  const text = readFileSync(file, 'utf8').replace(
    '\nkind: interview\n',
    `\nkind: interview\nsocial: ${JSON.stringify(SOCIAL_TEXT)}\n`,
  );
  writeFileSync(file, text);
  return content;
}
