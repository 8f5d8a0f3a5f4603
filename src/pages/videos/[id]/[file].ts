import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getModel } from '../../../data/model.ts';
import { keyed } from '../../../data/page-key.ts';
import { videoMediaFiles, type MediaFile } from '../../../lib/video-media.ts';

/**
 * Copies self-hosted video files and their WebVTT captions into the build, next to the
 * watch page (`/videos/<id>/<file>`), so they are served from the site's own host.
 */
export const getStaticPaths = (async () => {
  const model = await getModel();
  return keyed(
    model,
    model.videos.flatMap((video) => {
      const files = videoMediaFiles(video, process.cwd());
      return [files.video, files.captions]
        .filter((file): file is MediaFile => file !== undefined)
        .map((file) => ({ params: { id: video.id, file: file.name }, props: { file } }));
    }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: MediaFile }> = async ({ props }) => {
  const body = await readFile(props.file.source).catch((error: unknown) => {
    throw new Error(`The video file ${props.file.source} cannot be read`, { cause: error });
  });
  return new Response(body, { headers: { 'Content-Type': props.file.type } });
};
