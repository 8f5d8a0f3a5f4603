import path from 'node:path';
import { paths } from './urls.ts';

/** A file of a self-hosted video (the video itself or its captions) and where the build puts it. */
export interface MediaFile {
  /** Its name on the site, the author's file name, e.g. `rundgang.mp4`. */
  name: string;
  /** Absolute path of the author's file. */
  source: string;
  /** MIME type, for `<source type>` and `<track>`. */
  type: string;
  /** Its URL on the site, e.g. `/videos/rundgang/rundgang.mp4`. */
  url: string;
}

const TYPES: Record<string, string> = { '.mp4': 'video/mp4', '.webm': 'video/webm', '.vtt': 'text/vtt' };

/** What media needs to know about a video entry. */
export interface MediaSource {
  id: string;
  file: string | undefined;
  captions: string | undefined;
  /** The entry, whose Markdown file (absolute or relative to `root`) the paths are relative to. */
  entry: { filePath?: string | undefined };
}

/**
 * The local files of a video, resolved next to its entry. The schema already allows only
 * `./…` paths without `..`; the check here guards the build against anything else.
 */
export function videoMediaFiles(video: MediaSource, root: string): { video?: MediaFile; captions?: MediaFile } {
  if (!video.entry.filePath) throw new Error(`videos/${video.id}: the entry's file is unknown`);
  const folder = path.dirname(path.resolve(root, video.entry.filePath));
  const resolve = (relative: string): MediaFile => {
    const source = path.resolve(folder, relative);
    if (!source.startsWith(`${folder}${path.sep}`)) {
      throw new Error(`videos/${video.id}: "${relative}" lies outside the videos folder`);
    }
    const name = path.basename(source);
    return {
      name,
      source,
      type: TYPES[path.extname(name).toLowerCase()] ?? 'application/octet-stream',
      url: paths.videoFile(video.id, name),
    };
  };
  return {
    ...(video.file ? { video: resolve(video.file) } : {}),
    ...(video.captions ? { captions: resolve(video.captions) } : {}),
  };
}
