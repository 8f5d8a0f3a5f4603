import { appendFileSync, copyFileSync, cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { copyFixture, ROOT } from './site.ts';

const EXTRA = path.join(ROOT, 'tests', 'fixtures', 'videos');

/**
 * The basic fixture plus a self-hosted video with captions, a draft video and
 * `<Video id="…" />` tags in a post (tests/fixtures/videos/README.md), in a fresh
 * temporary content folder. `webm` becomes the local video file.
 */
export function videoFixture(webm: Uint8Array): string {
  const content = copyFixture('basic');
  const videos = path.join(content, 'videos');
  cpSync(path.join(EXTRA, 'videos'), videos, { recursive: true });
  copyFileSync(path.join(videos, 'werksrundgang.png'), path.join(videos, 'rundgang-lokal.png'));
  writeFileSync(path.join(videos, 'rundgang-lokal.webm'), webm);
  appendFileSync(
    path.join(content, 'posts', 'erster-beitrag.mdx'),
    '\n\n<Video id="werksrundgang" />\n\nUnd im Lager:\n\n<Video id="rundgang-lokal" />\n\n<Video id="entwurf-video" />\n',
  );
  return content;
}

/** Real WebM bytes are only needed in a browser; the build copies whatever is there. */
export const PLACEHOLDER_WEBM = new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01]);
