import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseContentDate } from '../../../src/schemas/common.ts';
import type { Choice, ScaffoldContext } from './context.ts';

/** Choice lists and answer checks shared by the questions of `npm run new`. German messages. */

export const POST_KINDS: Choice[] = [
  { id: 'article', label: 'Artikel' },
  { id: 'interview', label: 'Interview' },
  { id: 'event', label: 'Veranstaltungsbericht' },
  { id: 'column', label: 'Kolumne' },
];
export const VIDEO_KINDS: Choice[] = [
  { id: 'interview', label: 'Interview' },
  { id: 'montage', label: 'Montage' },
  { id: 'tutorial', label: 'Anleitung' },
  { id: 'event', label: 'Veranstaltung' },
];
export const EMPLOYMENT: Choice[] = [
  { id: 'full-time', label: 'Vollzeit' },
  { id: 'part-time', label: 'Teilzeit' },
  { id: 'apprenticeship', label: 'Ausbildung' },
  { id: 'working-student', label: 'Werkstudium' },
  { id: 'internship', label: 'Praktikum' },
  { id: 'temporary', label: 'Befristet' },
  { id: 'freelance', label: 'Freie Mitarbeit' },
];
export const SALARY_UNITS: Choice[] = [
  { id: 'year', label: 'pro Jahr' },
  { id: 'month', label: 'pro Monat' },
  { id: 'hour', label: 'pro Stunde' },
];

export const consenting = (context: ScaffoldContext) => context.people.filter((person) => person.consent);
export const firstListed = (value: string | undefined) => value?.split(',')[0];
export const departmentOf = (context: ScaffoldContext, id: string | undefined) =>
  context.people.find((person) => person.id === id)?.department;

export const text =
  (what: string) =>
  (value: string): string | { error: string } =>
    value.trim() ? value.trim() : { error: `${what} darf nicht leer sein.` };

export const date = (value: string) =>
  parseContentDate(value.trim()) ? value.trim() : { error: 'Bitte als JJJJ-MM-TT schreiben, z. B. 2026-03-02.' };

export const image = (value: string) => {
  const file = path.resolve(value.trim());
  if (!existsSync(file) || !statSync(file).isFile()) return { error: `Die Datei ${value.trim()} gibt es nicht.` };
  if (!/\.(jpe?g|png|webp|avif)$/i.test(file)) return { error: 'Bitte ein Bild als JPG, PNG, WebP oder AVIF.' };
  return file;
};

export const money = (value: string) => {
  const amount = Number(value.trim().replace(/\./g, '').replace(',', '.'));
  return Number.isFinite(amount) && amount > 0 ? String(amount) : { error: 'Bitte einen Betrag in Euro, z. B. 42000.' };
};
