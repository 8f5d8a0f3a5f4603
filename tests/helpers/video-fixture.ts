import { appendFileSync, copyFileSync, cpSync } from 'node:fs';
import path from 'node:path';
import { copyFixture, ROOT } from './site.ts';

const EXTRA = path.join(ROOT, 'tests', 'fixtures', 'videos');

/**
 * The basic fixture plus a self-hosted video with captions, a draft video and
 * `<Video id="…" />` tags in a post (tests/fixtures/videos/README.md), in a fresh
 * temporary content folder. The build and browser suites share one build of it
 * (sharedBuild), so its files are fixed, the WebM too.
 */
export function videoFixture(): string {
  const content = copyFixture('basic');
  const videos = path.join(content, 'videos');
  cpSync(path.join(EXTRA, 'videos'), videos, { recursive: true });
  copyFileSync(path.join(videos, 'werksrundgang.png'), path.join(videos, 'rundgang-lokal.png'));
  appendFileSync(
    path.join(content, 'posts', 'erster-beitrag.mdx'),
    '\n\n<Video id="werksrundgang" />\n\nUnd im Lager:\n\n<Video id="rundgang-lokal" />\n\n<Video id="entwurf-video" />\n',
  );
  return content;
}

/** The self-hosted video's file: a real, tiny WebM (8 frames of 64×36 VP8) that Chromium plays. */
export const FIXTURE_WEBM = path.join(EXTRA, 'videos', 'rundgang-lokal.webm');
