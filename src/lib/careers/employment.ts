import { EMPLOYMENT_TYPES, REMOTE_OPTIONS, type EmploymentType } from '../../schemas/jobs.ts';

/** Remote-work option of a job, as in the job schema. */
export type RemoteOption = (typeof REMOTE_OPTIONS)[number];

/** Display order of employment types in filters: the schema's order. */
export const EMPLOYMENT_TYPE_ORDER: readonly EmploymentType[] = EMPLOYMENT_TYPES;

/** Display order of remote options in filters: the schema's order. */
export const REMOTE_ORDER: readonly RemoteOption[] = REMOTE_OPTIONS;

/** German URL segment of each employment type: `/karriere/auswahl/art/vollzeit/`, `?art=vollzeit`. */
export const EMPLOYMENT_TYPE_SLUGS: Readonly<Record<EmploymentType, string>> = {
  'full-time': 'vollzeit',
  'part-time': 'teilzeit',
  apprenticeship: 'ausbildung',
  'working-student': 'werkstudium',
  internship: 'praktikum',
  temporary: 'befristet',
  freelance: 'freie-mitarbeit',
};

/** German URL segment of each remote option: `/karriere/auswahl/remote/hybrid/`. */
export const REMOTE_SLUGS: Readonly<Record<RemoteOption, string>> = {
  none: 'vor-ort',
  hybrid: 'hybrid',
  full: 'komplett-remote',
};

/** A value of schema.org's / Google's `employmentType` list. */
export type SchemaEmploymentType = 'FULL_TIME' | 'PART_TIME' | 'CONTRACTOR' | 'TEMPORARY' | 'INTERN' | 'OTHER';

/**
 * How Einblick's employment types map to Google's `employmentType` values. Google
 * accepts a list, so forms it has no value for are described by two:
 * - `apprenticeship` (Ausbildung): a paid, full-time training contract of two to three and a
 *   half years → `FULL_TIME` (it is full-time work and should show in such searches) plus
 *   `OTHER` (it is neither a regular job nor an internship).
 * - `working-student` (Werkstudium): part-time work beside university, typically up to
 *   20 hours a week → `PART_TIME` plus `INTERN` (it is aimed at students).
 * - `temporary` (befristet) → `TEMPORARY`; `freelance` (freie Mitarbeit) → `CONTRACTOR`.
 */
export const SCHEMA_EMPLOYMENT_TYPES: Readonly<Record<EmploymentType, readonly SchemaEmploymentType[]>> = {
  'full-time': ['FULL_TIME'],
  'part-time': ['PART_TIME'],
  apprenticeship: ['FULL_TIME', 'OTHER'],
  'working-student': ['PART_TIME', 'INTERN'],
  internship: ['INTERN'],
  temporary: ['TEMPORARY'],
  freelance: ['CONTRACTOR'],
};

/** Google's `employmentType` for a job: one value as a string, several as a list. */
export function schemaEmploymentType(type: EmploymentType): SchemaEmploymentType | SchemaEmploymentType[] {
  const values = SCHEMA_EMPLOYMENT_TYPES[type];
  return values.length === 1 ? values[0]! : [...values];
}
