import { z } from 'astro/zod';
import { addressField, dateField, idField, urlField, rule } from './common.ts';
import { accessibilitySchema } from './accessibility.ts';

/** The kinds of social channel the site knows an icon and a label for. */
export const CHANNEL_KINDS = [
  'linkedin',
  'xing',
  'youtube',
  'facebook',
  'x',
  'instagram',
  'mastodon',
  'kununu',
  'newsletter',
] as const;

/** The two ways German UI text speaks to a visitor. */
export const ADDRESS_FORMS = ['du', 'Sie'] as const;

/** How the privacy notice names the data protection officer. */
export const OFFICER_GENDERS = ['female', 'male', 'neutral'] as const;

export type AddressForm = (typeof ADDRESS_FORMS)[number];

const hexColour = () => z.string().regex(/^#[0-9a-fA-F]{6}$/, rule('hex-colour', 'Expected a colour like #1f4e79'));

/** The fields of `content/site.yaml`; `siteSchema` adds the rules that span fields. */
const siteFields = () =>
  z.strictObject({
    /** Short company name shown in the header, e.g. `Halberg Rohrtechnik`. */
    name: z.string().min(1),
    /** Full legal name as registered, e.g. `Halberg Rohrtechnik GmbH`. */
    legalName: z.string().min(1),
    /** One sentence about the company, used on the home page and in search results. */
    tagline: z.string().min(1),
    /** The public address of the built site, with https and without a trailing path, e.g. `https://karriere.example.de`. */
    baseUrl: urlField(),
    /**
     * Languages of the site: German first (its pages keep their addresses), then the further
     * languages, whose pages live under `/<language>/`, e.g. `[de, en]` for English pages under
     * `/en/`. Each further language needs its texts under `translations`.
     */
    languages: z
      .tuple([z.literal('de')], z.enum(['en']))
      .refine((list) => new Set(list).size === list.length, rule('duplicate-id', 'Name each language once'))
      .default(['de']),
    /**
     * The site's own texts in the further languages, e.g. `en: { tagline: "…" }`: what the home
     * page of that language shows instead of the German `tagline`.
     */
    translations: z
      .strictObject({
        /** English texts, needed when `languages` lists `en`. */
        en: z
          .strictObject({
            /** The tagline in English, one sentence, shown on the English home page. */
            tagline: z.string().min(1),
          })
          .optional(),
      })
      .default({}),
    /**
     * How the site speaks to its visitors in every button, heading and notice: `du` or `Sie`
     * (default `Sie`). Authors' own texts are theirs; write them in the same form.
     */
    addressForm: z.enum(ADDRESS_FORMS).default('Sie'),
    /** Registered office, printed in the Impressum. */
    address: addressField(),
    /** How to reach the company. */
    contact: z.strictObject({
      /** General e-mail address, e.g. `info@example.de`. */
      email: z.email(),
      /** Phone number in international form, e.g. `+49 521 123456-0`. */
      phone: z.string().min(5),
    }),
    /** Commercial register entry (Handelsregister). */
    register: z.strictObject({
      /** Register court, e.g. `Amtsgericht Bielefeld`. */
      court: z.string().min(1),
      /** Register number, e.g. `HRB 12345`. */
      number: z.string().min(1),
    }),
    /** VAT identification number (USt-IdNr.), e.g. `DE123456789`. */
    vatId: z.string().regex(/^[A-Z]{2}[0-9A-Z]{2,13}$/, rule('vat-id', 'Expected a VAT id like DE123456789')),
    /** Managing directors or other legal representatives, by full name. */
    representatives: z.array(z.string().min(1)).min(1),
    /** The person responsible for editorial content (§ 18 Abs. 2 MStV), with an address. */
    contentResponsible: z.strictObject({
      /** Full name. */
      name: z.string().min(1),
      /** Postal address, usually the company's. */
      address: addressField(),
    }),
    /** Data protection: controller contact, data protection officer, hosting, authority. */
    privacy: z.strictObject({
      /** Data protection officer: name (or firm) and e-mail address. */
      officer: z.strictObject({
        /** Name of the officer or the external firm. */
        name: z.string().min(1),
        /**
         * How the privacy notice names the officer: `female` (die Datenschutzbeauftragte), `male`
         * (der Datenschutzbeauftragte) or `neutral` (for a firm, or when no form fits).
         */
        gender: z.enum(OFFICER_GENDERS),
        /** E-mail address for data protection questions. */
        email: z.email(),
      }),
      /** Who hosts the static site and its server logs. */
      hosting: z.strictObject({
        /** Hosting provider's name. */
        name: z.string().min(1),
        /** Hosting provider's address, one line. */
        address: z.string().min(1),
        /** How many days server logs are kept. */
        logRetentionDays: z.number().int().positive(),
      }),
      /** The competent data protection supervisory authority. */
      authority: z.strictObject({
        /** Its name. */
        name: z.string().min(1),
        /** Its website. */
        url: urlField(),
      }),
      /** Date this privacy notice was last reviewed. */
      updated: dateField(),
    }),
    /** The accessibility statement (/barrierefreiheit/, linked in the footer); without it, no statement page. */
    accessibility: accessibilitySchema().optional(),
    /** The company's social channels, in the order they are shown. */
    channels: z
      .array(
        z.strictObject({
          /** Which network this is; decides the icon. */
          kind: z.enum(CHANNEL_KINDS),
          /** Label shown to visitors, e.g. `LinkedIn`. */
          name: z.string().min(1),
          /** Link to the company's page on that network. */
          url: urlField(),
          /** Handle, e.g. `@halberg`, if the network has one. */
          handle: z.string().min(1).optional(),
          /** What a follower gets there, one or two sentences. */
          description: z.string().min(1),
          /**
           * The site's feed an auto-poster publishes on this channel, if any: `posts`, `videos`
           * or `jobs`. The channels page offers that feed to visitors who do not use the network.
           */
          feed: z.enum(['posts', 'videos', 'jobs']).optional(),
        }),
      )
      .default([]),
    /** Brand colours as `#rrggbb`; the design derives its palette from them. */
    brand: z.strictObject({
      /** Main brand colour, used for links and buttons. */
      primary: hexColour(),
      /** Second colour for highlights. */
      accent: hexColour(),
    }),
    /** Editorial rules for posts. */
    editorial: z
      .strictObject({
        /** When true, a published post needs `review.proofreadBy` and `review.privacyClearedOn`. */
        requireReview: z.boolean().default(true),
        /** Team credited when an author has withdrawn consent; an id from content/teams. */
        fallbackTeam: idField().optional(),
      })
      .default({ requireReview: true }),
    /** How tags are shown, where the id alone is not enough, e.g. `qualitaet: Qualität`. */
    tagLabels: z.record(idField(), z.string().min(1)).default({}),
    /** How many posts a blog list page shows. */
    postsPerPage: z.number().int().min(1).max(100).default(9),
    /** The RSS and JSON feeds. */
    feeds: z
      .strictObject({
        /** How many of the newest entries each feed lists, e.g. `50`. */
        limit: z.number().int().min(1).max(1000).default(50),
      })
      .default({ limit: 50 }),
  });

/** `content/site.yaml`: who publishes the site, its address and legal data, its channels, its languages. */
export const siteSchema = () =>
  siteFields().superRefine((site, ctx) => {
    // A further language without its texts: named as the missing field, like any required one.
    for (const lang of site.languages) {
      if (lang !== 'de' && site.translations[lang] === undefined) {
        ctx.addIssue({ code: 'invalid_type', expected: 'object', path: ['translations', lang], input: undefined });
      }
    }
  });

export type SiteInput = z.input<ReturnType<typeof siteSchema>>;
export type Site = z.output<ReturnType<typeof siteSchema>>;
