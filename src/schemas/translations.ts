import { z } from 'astro/zod';
import { dateField } from './common.ts';
import { SOCIAL_TEXT_MAX } from './posts.ts';
import { rule } from './common.ts';

/**
 * A translation (`<id>.en.md` beside `<id>.md`) holds only the text a reader of the other
 * language reads: titles, teasers, roles, alternative texts and the body. Shared facts
 * (dates, authors, salary, locations, department, video id, photos, guid …) stay in the
 * original and are never repeated, so they cannot drift apart; the content check names
 * each one written here (src/check/translations.ts).
 */

const text = () => z.string().trim().min(1);
/** The alternative text of the original's picture, in the translation's language. */
const altOnly = () => z.strictObject({ alt: text() }).optional();

/** Fields every translation may have. */
const common = {
  /**
   * The day the translation was last brought in line with the original. When the
   * original's `updated` is later, the check warns that the translation is behind.
   */
  updated: dateField().optional(),
  /** `true` keeps the translation unpublished while it is being written; the original stays. */
  draft: z.boolean().default(false),
};

export const postTranslationSchema = () =>
  z.strictObject({
    title: text(),
    description: text(),
    cover: altOnly(),
    social: text()
      .refine((value) => [...value].length <= SOCIAL_TEXT_MAX, rule('social-too-long', `At most ${SOCIAL_TEXT_MAX} characters`))
      .optional(),
    ...common,
  });

export const personTranslationSchema = () =>
  z.strictObject({ role: text(), pronouns: text().optional(), photo: altOnly(), ...common });

export const teamTranslationSchema = () =>
  z.strictObject({
    name: text(),
    description: text(),
    meets: text().optional(),
    cover: altOnly(),
    ...common,
  });

export const videoTranslationSchema = () => z.strictObject({ title: text(), description: text(), poster: altOnly(), ...common });

export const jobTranslationSchema = () =>
  z.strictObject({
    title: text(),
    description: text(),
    occupation: text().optional(),
    keywords: z.array(text()).optional(),
    ...common,
  });

/** A department's name and description in another language: the `en:` block in departments.yaml. */
export const departmentTranslationSchema = () => z.strictObject({ name: text(), description: text() });

/** The translation schema of each folder's entries. */
export const TRANSLATION_SCHEMAS = {
  posts: postTranslationSchema,
  people: personTranslationSchema,
  teams: teamTranslationSchema,
  videos: videoTranslationSchema,
  jobs: jobTranslationSchema,
} as const;

/** The picture field whose `alt` a translation may give; its `src` is a shared fact. */
export const TRANSLATED_PICTURE: Partial<Record<keyof typeof TRANSLATION_SCHEMAS, string>> = {
  posts: 'cover',
  people: 'photo',
  teams: 'cover',
  videos: 'poster',
};
