import { z } from 'astro/zod';
import { dateField, idField, idList, imageWithAlt, type ImageHelper, rule } from './common.ts';

/** The four kinds of post. */
export const POST_KINDS = ['article', 'interview', 'event', 'column'] as const;
export type PostKind = (typeof POST_KINDS)[number];

// Control characters (a stray BEL or ESC pasted from another program) have no meaning in a
// title or teaser and are not allowed in XML feeds or HTML: they are removed, tabs and line
// breaks become spaces. Everything else, `<`, `&`, `]]>` or emoji included, is kept and
// escaped wherever it is written.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const plainText = (text: string) => text.replace(CONTROL, '').replace(/[\t\r\n]+/g, ' ');

/**
 * The longest `social:` text, in characters (code points): X allows 280 per post and counts
 * the link the share adds as 23, plus a space, so 256 always fit with the link.
 */
export const SOCIAL_TEXT_MAX = 256;

/**
 * The fields that do not depend on the entry, built once: Astro calls a schema factory
 * for every entry (its `image()` resolves paths against that entry's file), and building
 * these zod schemas again for each of a thousand posts cost some 0.4 s of a build.
 */
let fieldsBefore: ReturnType<typeof makeFieldsBefore> | undefined;
let fieldsAfter: ReturnType<typeof makeFieldsAfter> | undefined;

const makeFieldsBefore = () => ({
  /** Headline, e.g. `Vom Azubi zum Schichtleiter`. Keep it under about 70 characters. */
  title: z.string().transform(plainText).pipe(z.string().trim().min(1)),
  /** Teaser for lists, search results, feeds and the social card; about 120–160 characters. */
  description: z.string().transform(plainText).pipe(z.string().trim().min(1)),
  /** Publication date, `2026-03-02` or `2026-03-02T09:30:00+01:00`. A future date schedules the post. */
  date: dateField(),
  /** Date of the last substantial change (optional). */
  updated: dateField().optional(),
  /** Author ids from content/people, e.g. `[anna-berger]`. */
  authors: idList().min(1),
  /** `article`, `interview` (questions and answers), `event` (report) or `column`. */
  kind: z.enum(POST_KINDS),
  /** Topic tags in lowercase, e.g. `[ausbildung, produktion]`. Each gets a page under /themen/. */
  tags: idList().default([]),
  /** Department id from content/departments.yaml, if the post belongs to one. */
  department: idField().optional(),
});

const makeFieldsAfter = () => ({
  /** Ids of videos from content/videos shown with the post. */
  videos: idList().default([]),
  /** `true` keeps the post out of the published site (it still shows in `npm run dev`). */
  draft: z.boolean().default(false),
  /** The editorial gate: who proofread the post and when privacy was cleared. */
  review: z
    .strictObject({
      /** Id of the person from the specialist department who proofread the post. */
      proofreadBy: idField().optional(),
      /** Date the data-protection officer cleared the post; not after the publication date. */
      privacyClearedOn: dateField().optional(),
    })
    .optional(),
  /**
   * A ready sentence for LinkedIn or X that colleagues can copy, e.g.
   * `Wie wird man mit 24 Schichtleiter? Anna erzählt es im Interview.` Shown beside the
   * share links and used as their text; at most 256 characters (the link is added).
   */
  social: z
    .string()
    .transform(plainText)
    .pipe(
      z
        .string()
        .trim()
        .min(1)
        .refine((text) => [...text].length <= SOCIAL_TEXT_MAX, rule('social-too-long', `At most ${SOCIAL_TEXT_MAX} characters`)),
    )
    .optional(),
  /** Permanent feed id, written by `npm run new`. Never change it; it keeps feed readers from showing the post twice. */
  guid: z
    .string()
    .regex(/^[0-9a-f-]{8,64}$/, rule('guid', 'Expected the id written by npm run new'))
    .optional(),
});

/** `content/posts/<slug>.mdx` or `content/posts/<slug>/index.mdx`: one blog post. */
export const postSchema = <I extends z.ZodType>(image: ImageHelper<I>) =>
  z.strictObject({
    ...(fieldsBefore ??= makeFieldsBefore()),
    /** Cover picture with alternative text, e.g. `{ src: ./cover.jpg, alt: "…" }`. */
    cover: imageWithAlt(image).optional(),
    ...(fieldsAfter ??= makeFieldsAfter()),
  });
