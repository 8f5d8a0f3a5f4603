import { z } from 'astro/zod';
import { dateField, idField, imageWithAlt, type ImageHelper, rule, urlField } from './common.ts';

/** `content/people/<id>.md`: an employee's profile. The body is the bio. */
export const personSchema = <I extends z.ZodType>(image: ImageHelper<I>) =>
  z.strictObject({
    /** Full name as the person wants it published, e.g. `Anna Berger`. */
    name: z.string().trim().min(1),
    /** Job title or role, e.g. `Verfahrensmechanikerin`. */
    role: z.string().trim().min(1),
    /** Department id from content/departments.yaml. */
    department: idField(),
    /** Location id from content/locations.yaml (optional). */
    location: idField().optional(),
    /** Portrait with alternative text; the file lies next to the profile. */
    photo: imageWithAlt(image).optional(),
    /**
     * Date the person agreed in writing to have name and photo published, e.g. `2026-01-15`.
     * Without it the profile, byline and photo appear nowhere. Delete it to withdraw consent.
     */
    consent: dateField().optional(),
    /**
     * Business phone number for applicants' questions, with the country code, e.g. `+49 2371 96480-212`.
     * Shown as a call link on the jobs the person is the contact for (only with `consent`).
     */
    phone: z
      .string()
      .trim()
      .regex(/^\+?\d[\d ()/-]{4,}\d$/, rule('phone', 'Expected a phone number like +49 2371 96480-212'))
      .optional(),
    /** Pronouns, if the person wants them shown, e.g. `sie/ihr`. */
    pronouns: z.string().trim().min(1).optional(),
    /** Year the person joined the company. */
    since: z.number().int().min(1900).max(2100).optional(),
    /** Personal links the person wants shown (LinkedIn, Xing, …). */
    links: z
      .array(
        z.strictObject({
          /** Link text, e.g. `LinkedIn`. */
          label: z.string().min(1),
          /** Absolute https address. */
          url: urlField(),
        }),
      )
      .default([]),
  });

/** `content/teams/<id>.md`: a team such as the social-media task force. The body says how it works. */
export const teamSchema = <I extends z.ZodType>(image: ImageHelper<I>) =>
  z.strictObject({
    /** Team name, e.g. `Social-Media-Taskforce`. */
    name: z.string().trim().min(1),
    /** One or two sentences for lists, the meta description and the social card. */
    description: z.string().trim().min(1),
    /** Member ids from content/people; members without consent are left out of the page. */
    members: z.array(idField()).min(1),
    /** Ids of the members who coordinate the team (also in `members`). */
    leads: z.array(idField()).default([]),
    /** How often the team meets, e.g. `alle sechs Wochen`. */
    meets: z.string().trim().min(1).optional(),
    /** Year the team was founded. */
    founded: z.number().int().min(1900).max(2100).optional(),
    /** A group picture with alternative text. */
    cover: imageWithAlt(image).optional(),
  });
