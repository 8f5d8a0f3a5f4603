import { slugify } from '../../../src/lib/slug.ts';
import { parseDuration } from '../../../src/schemas/videos.ts';
import { youtubeIdOf } from '../../../src/check/elements.ts';
import type { EntryKind, Question } from './questions.ts';
import {
  consenting,
  date,
  departmentOf,
  EMPLOYMENT,
  firstListed,
  image,
  money,
  POST_KINDS,
  SALARY_UNITS,
  text,
  VIDEO_KINDS,
} from './validators.ts';

/**
 * What `npm run new` asks for each kind of entry, in order. Each question is also a flag
 * (`--title`, `--author`, …).
 */

const title: Question = { key: 'title', flag: 'title', ask: 'Titel', required: true, check: text('Der Titel') };
const description: Question = {
  key: 'description',
  flag: 'description',
  ask: 'Kurzbeschreibung: ein bis zwei Sätze für Vorschau, Feeds und Social Cards (leer lassen, um sie später zu schreiben)',
  required: false,
};

/** The questions per kind, in the order they are asked. */
export const QUESTIONS: Record<EntryKind, Question[]> = {
  post: [
    title,
    {
      key: 'authors',
      flag: 'author',
      ask: 'Wer schreibt? Nummer oder Kennung, mehrere mit Komma (nur Personen mit Einwilligung)',
      required: true,
      list: true,
      strict: true,
      choices: consenting,
    },
    {
      key: 'kind',
      flag: 'kind',
      ask: 'Art des Beitrags',
      required: true,
      strict: true,
      choices: () => POST_KINDS,
      fallback: () => 'article',
    },
    {
      key: 'tags',
      flag: 'tags',
      ask: 'Schlagworte: Nummern aus der Liste oder neue Wörter, mit Komma getrennt',
      required: false,
      list: true,
      choices: (context) => context.tags.slice(0, 12).map((tag) => ({ id: tag, label: tag })),
      check: (value) => slugify(value, ''),
    },
    {
      key: 'department',
      flag: 'department',
      ask: 'Abteilung (ihre Leute lesen Korrektur)',
      required: false,
      strict: true,
      choices: (context) => context.departments,
      fallback: (context, answers) => departmentOf(context, firstListed(answers['authors'])),
    },
    description,
    {
      key: 'folder',
      flag: 'folder',
      ask: 'Bekommt der Beitrag eigene Bilder (dann als Ordner mit index.mdx)?',
      required: false,
      yesNo: true,
      fallback: () => 'false',
    },
  ],
  video: [
    title,
    {
      key: 'kind',
      flag: 'kind',
      ask: 'Art des Videos',
      required: true,
      strict: true,
      choices: () => VIDEO_KINDS,
      fallback: () => 'interview',
    },
    {
      key: 'youtube',
      flag: 'youtube',
      ask: 'YouTube-Link oder -Kennung',
      required: true,
      check: (value) => {
        const id = /^[A-Za-z0-9_-]{11}$/.test(value.trim()) ? value.trim() : youtubeIdOf(value);
        return id ?? { error: 'Das ist kein YouTube-Link; die Kennung hat 11 Zeichen, z. B. dQw4w9WgXcQ.' };
      },
    },
    { key: 'poster', flag: 'poster', ask: 'Standbild: Pfad zu einer JPG- oder PNG-Datei', required: true, check: image },
    {
      key: 'posterAlt',
      flag: 'poster-alt',
      ask: 'Was zeigt das Standbild? (Alternativtext)',
      required: true,
      check: text('Der Alternativtext'),
    },
    {
      key: 'duration',
      flag: 'duration',
      ask: 'Länge als Minuten:Sekunden, z. B. 4:12',
      required: true,
      check: (value) => (parseDuration(value) === undefined ? { error: 'Bitte als m:ss schreiben, z. B. 4:12.' } : value.trim()),
    },
    {
      key: 'people',
      flag: 'people',
      ask: 'Wer ist zu sehen? Nummer oder Kennung, mehrere mit Komma',
      required: false,
      list: true,
      strict: true,
      choices: consenting,
    },
    {
      key: 'department',
      flag: 'department',
      ask: 'Abteilung',
      required: false,
      strict: true,
      choices: (context) => context.departments,
      fallback: (context, answers) => departmentOf(context, firstListed(answers['people'])),
    },
    description,
  ],
  person: [
    { key: 'title', flag: 'name', ask: 'Vor- und Nachname', required: true, check: text('Der Name') },
    {
      key: 'role',
      flag: 'role',
      ask: 'Aufgabe oder Berufsbezeichnung, z. B. Verfahrensmechanikerin',
      required: true,
      check: text('Die Aufgabe'),
    },
    {
      key: 'department',
      flag: 'department',
      ask: 'Abteilung',
      required: true,
      strict: true,
      choices: (context) => context.departments,
    },
    {
      key: 'location',
      flag: 'location',
      ask: 'Standort',
      required: false,
      strict: true,
      choices: (context) => context.locations,
    },
    {
      key: 'consent',
      flag: 'consent',
      ask: 'Tag der schriftlichen Einwilligung (JJJJ-MM-TT; leer lassen, solange sie fehlt)',
      required: false,
      check: (value, context) => {
        const checked = date(value);
        if (typeof checked !== 'string') return checked;
        return checked > context.today ? { error: 'Die Einwilligung kann nicht in der Zukunft liegen.' } : checked;
      },
    },
    {
      key: 'photo',
      flag: 'photo',
      ask: 'Porträtfoto: Pfad zu einer JPG- oder PNG-Datei (leer lassen für keins)',
      required: false,
      check: image,
    },
    {
      key: 'photoAlt',
      flag: 'photo-alt',
      ask: 'Was zeigt das Foto? (Alternativtext)',
      required: true,
      check: text('Der Alternativtext'),
      when: (answers) => answers['photo'] !== undefined,
    },
  ],
  job: [
    { ...title, ask: 'Stellentitel mit (m/w/d), z. B. Industriemechaniker (m/w/d)' },
    {
      key: 'department',
      flag: 'department',
      ask: 'Abteilung',
      required: true,
      strict: true,
      choices: (context) => context.departments,
    },
    {
      key: 'locations',
      flag: 'locations',
      ask: 'Standorte, mehrere mit Komma',
      required: true,
      list: true,
      strict: true,
      choices: (context) => context.locations,
    },
    {
      key: 'employmentType',
      flag: 'employment-type',
      ask: 'Art der Anstellung',
      required: true,
      strict: true,
      choices: () => EMPLOYMENT,
      fallback: () => 'full-time',
    },
    { key: 'salaryMin', flag: 'salary-min', ask: 'Gehalt von (Euro)', required: true, check: money },
    {
      key: 'salaryMax',
      flag: 'salary-max',
      ask: 'Gehalt bis (Euro)',
      required: true,
      check: (value, _context, answers) => {
        const checked = money(value);
        if (typeof checked !== 'string') return checked;
        return Number(checked) < Number(answers['salaryMin'] ?? 0) ? { error: 'Das Maximum liegt unter dem Minimum.' } : checked;
      },
    },
    {
      key: 'salaryUnit',
      flag: 'salary-unit',
      ask: 'Gehalt gilt',
      required: true,
      strict: true,
      choices: () => SALARY_UNITS,
      fallback: (_context, answers) =>
        ['apprenticeship', 'internship', 'working-student'].includes(answers['employmentType'] ?? '') ? 'month' : 'year',
    },
    {
      key: 'apply',
      flag: 'apply',
      ask: 'Bewerbung: Link zur Stelle im Bewerbungssystem (https://…) oder E-Mail-Adresse',
      required: true,
      check: (value) =>
        /^https:\/\/\S+$/.test(value.trim()) || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim())
          ? value.trim()
          : { error: 'Bitte einen https://-Link oder eine E-Mail-Adresse.' },
    },
    { key: 'contact', flag: 'contact', ask: 'Ansprechperson', required: true, strict: true, choices: consenting },
    {
      key: 'validThrough',
      flag: 'valid-through',
      ask: 'Ausgeschrieben bis (JJJJ-MM-TT)',
      required: true,
      check: (value, context) => {
        const checked = date(value);
        if (typeof checked !== 'string') return checked;
        return checked < context.today ? { error: 'Das Datum liegt in der Vergangenheit.' } : checked;
      },
      fallback: (context) => {
        const day = new Date(`${context.today}T12:00:00Z`);
        day.setUTCDate(day.getUTCDate() + 56);
        return day.toISOString().slice(0, 10);
      },
    },
    description,
  ],
};
