import { z } from 'astro/zod';
import { dateField, messageOf, rule, urlField } from './common.ts';

/** How far the site meets WCAG 2.2 AA: the three levels of the EU model statement. */
export const CONFORMANCE_LEVELS = ['full', 'partial', 'none'] as const;
export type Conformance = (typeof CONFORMANCE_LEVELS)[number];

/**
 * Why the company publishes the statement. `voluntary`: no law requires it (a career site is
 * neither a public body under BITV 2.0 nor a consumer service under the BFSG); `bfsg`: the
 * site offers a service that falls under the Barrierefreiheitsstärkungsgesetz.
 */
export const ACCESSIBILITY_SCOPES = ['voluntary', 'bfsg'] as const;

const body = () =>
  z.strictObject({
    /** Its full name, e.g. `Schlichtungsstelle nach § 16 BGG`. */
    name: z.string().min(1),
    /** Its website. */
    url: urlField(),
  });

/** `accessibility:` in site.yaml: the data of the page „Erklärung zur Barrierefreiheit“ (/barrierefreiheit/). */
export const accessibilitySchema = () =>
  z
    .strictObject({
      /** `voluntary` (no law requires the statement) or `bfsg` (the site falls under the BFSG). */
      scope: z.enum(ACCESSIBILITY_SCOPES),
      /** How far the site meets WCAG 2.2 AA: `full`, `partial` (list the gaps in `limitations`) or `none`. */
      conformance: z.enum(CONFORMANCE_LEVELS),
      /** What is not yet accessible, one entry each, in plain words; with `partial`, at least one. */
      limitations: z
        .array(
          z.strictObject({
            /** What is affected, e.g. `Einige ältere Videos haben noch keine Untertitel.` */
            what: z.string().min(1),
            /** What a visitor can do instead (optional), e.g. `Das Transkript steht unter jedem Video.` */
            instead: z.string().min(1).optional(),
          }),
        )
        .default([]),
      /** The day the statement was written. */
      created: dateField(),
      /** The day the site was last checked against the statement. */
      reviewed: dateField(),
      /** How the site was checked, one or two sentences, e.g. `Selbstbewertung: …`. */
      method: z.string().min(1),
      /** Where visitors report barriers. */
      contact: z.strictObject({
        /** E-mail address for reports, e.g. `barrierefreiheit@example.de`. */
        email: z.email(),
        /** Phone number in international form (optional). */
        phone: z.string().min(5).optional(),
      }),
      /** The market surveillance authority for the BFSG, e.g. the MLBF (required with `scope: bfsg`). */
      marketSurveillance: body().optional(),
      /** The arbitration body consumers may turn to, e.g. `Schlichtungsstelle nach § 16 BGG` (with `scope: bfsg`). */
      arbitration: body().optional(),
    })
    .superRefine((statement, ctx) => {
      if (statement.conformance !== 'full' && statement.limitations.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['conformance'],
          ...messageOf(rule('a11y-limitations', 'A partial or missing conformance needs its limitations listed')),
        });
      }
      if (statement.scope === 'bfsg') {
        for (const key of ['marketSurveillance', 'arbitration'] as const) {
          if (!statement[key])
            ctx.addIssue({
              code: 'custom',
              path: ['scope'],
              ...messageOf(rule(`a11y-${key === 'arbitration' ? 'arbitration' : 'surveillance'}`, `scope bfsg needs ${key}`)),
            });
        }
      }
      if (statement.reviewed.getTime() < statement.created.getTime()) {
        ctx.addIssue({
          code: 'custom',
          path: ['reviewed'],
          ...messageOf(rule('a11y-review-date', 'The review cannot be before the statement')),
        });
      }
    });
