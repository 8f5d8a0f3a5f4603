import { z } from 'astro/zod';
import { addressField, idField } from './common.ts';
import { departmentTranslationSchema } from './translations.ts';

/** One entry of `content/departments.yaml`. */
export const departmentSchema = () =>
  z.strictObject({
    /** Stable id used in URLs and references, e.g. `produktion`. */
    id: idField(),
    /** Name shown to visitors, e.g. `Produktion`. */
    name: z.string().min(1),
    /** One or two sentences on what the department does. */
    description: z.string().min(1),
    /** The English name and description, e.g. `en: { name: Production, description: … }` (optional). */
    en: departmentTranslationSchema().optional(),
  });

/** One entry of `content/locations.yaml`. */
export const locationSchema = () =>
  z.strictObject({
    /** Stable id used in URLs and references, e.g. `bielefeld`. */
    id: idField(),
    /** Name shown to visitors, e.g. `Bielefeld (Hauptsitz)`. */
    name: z.string().min(1),
    /** Postal address of the site. */
    address: addressField(),
  });
