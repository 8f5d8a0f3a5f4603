import { z } from 'astro/zod';
import { dateField, idField, idList, imageWithAlt, type ImageHelper, messageOf, rule } from './common.ts';

export const VIDEO_KINDS = ['interview', 'montage', 'tutorial', 'event'] as const;
export type VideoKind = (typeof VIDEO_KINDS)[number];

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
/** A local file beside the entry: `./name.ext` or `./folder/name.ext`, never leaving the videos folder. */
const localFile = (extensions: string) => new RegExp(`^(?!.*(?:^|/)\\.\\.(?:/|$))\\./[\\w./-]+\\.(?:${extensions})$`);

/**
 * The id inside a YouTube link (`watch?v=`, `youtu.be/`, `embed/`, `shorts/`, `live/`),
 * so that an author who pasted the whole link is told exactly which part to keep.
 */
export function youtubeIdFromLink(text: string): string | undefined {
  return /(?:[?&]v=|youtu\.be\/|\/embed\/|\/shorts\/|\/live\/)([A-Za-z0-9_-]{11})(?![A-Za-z0-9_-])/.exec(text)?.[1];
}
const DURATION = /^(?:(\d+):)?([0-5]?\d):([0-5]\d)$/;

/** Seconds of a `m:ss` or `h:mm:ss` duration, or undefined if malformed. */
export function parseDuration(text: string): number | undefined {
  const match = DURATION.exec(text.trim());
  if (!match) return undefined;
  return Number(match[1] ?? 0) * 3600 + Number(match[2]) * 60 + Number(match[3]);
}

/** `content/videos/<id>.md`: an interview, Montage, tutorial or event video. The body is the transcript. */
export const videoSchema = <I extends z.ZodType>(image: ImageHelper<I>) =>
  z
    .strictObject({
      /** Title, e.g. `Ein Tag in der Rohrfertigung`. */
      title: z.string().trim().min(1),
      /** One or two sentences for the gallery, the watch page and feeds. */
      description: z.string().trim().min(1),
      /** `interview`, `montage` (assembly), `tutorial` or `event`. */
      kind: z.enum(VIDEO_KINDS),
      /** The 11-character YouTube id, e.g. `dQw4w9WgXcQ` — not the whole link. */
      youtube: z
        .string()
        .trim()
        .superRefine((value, ctx) => {
          if (YOUTUBE_ID.test(value)) return;
          const id = youtubeIdFromLink(value);
          const english = id
            ? `Expected the 11-character YouTube id, not a link: keep only the id, youtube: ${id}`
            : 'Expected the 11-character YouTube id (the 11 characters after v= in the link), e.g. dQw4w9WgXcQ';
          ctx.addIssue({ code: 'custom', ...messageOf(rule('youtube-id', english)) });
        })
        .optional(),
      /** A video file next to this entry instead of YouTube, e.g. `./rundgang.mp4` (MP4 or WebM). */
      file: z
        .string()
        .regex(localFile('mp4|webm'), rule('video-file', 'Expected a local .mp4 or .webm file such as ./video.mp4'))
        .optional(),
      /** Still image shown before playback, stored here (never loaded from YouTube), with alternative text. */
      poster: imageWithAlt(image),
      /** Length as `m:ss` or `h:mm:ss`, e.g. `4:12`. */
      duration: z
        .string()
        .refine((value) => parseDuration(value) !== undefined, rule('duration', 'Expected a length like 4:12 or 1:02:30')),
      /** Publication date. */
      date: dateField(),
      /** Ids of the people who appear in the video. */
      people: idList().default([]),
      /** Department id, if the video belongs to one. */
      department: idField().optional(),
      /** Captions as a WebVTT file next to this entry, e.g. `./untertitel.vtt`. */
      captions: z
        .string()
        .regex(localFile('vtt'), rule('captions-file', 'Expected a local .vtt file such as ./captions.vtt'))
        .optional(),
      /** Ids of related posts. */
      posts: idList().default([]),
      /** `true` keeps the video out of the published site. */
      draft: z.boolean().default(false),
    })
    .superRefine((video, ctx) => {
      if ((video.youtube === undefined) === (video.file === undefined)) {
        ctx.addIssue({
          code: 'custom',
          path: ['youtube'],
          ...messageOf(rule('video-source', 'Give either youtube or file, not both')),
        });
      }
    });
