import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { closest } from '../../../src/check/schema-issues.ts';
import { entryFiles } from '../../../src/check/source.ts';
import { entryIdFromPath, TRANSLATION_LANGS, type EntryFolder } from '../../../src/lib/paths.ts';
import { TRANSLATED_PICTURE } from '../../../src/schemas/translations.ts';
import type { Planned } from './render.ts';

/**
 * `npm run new -- translation posts/<slug> --lang en`: the translation of an existing
 * entry, written beside it (`<slug>.en.mdx`, `<slug>/index.en.mdx`, `<id>.en.md`). Every
 * text to translate is a `TODO:` placeholder that names the German text, the body is the
 * original's to translate in place, a comment names the original, and the file starts as
 * a draft with today as `updated`, so it passes `npm run check` with warnings only.
 */

/** The folders that have translations, with the words an author may type for them. */
const FOLDER_ALIASES: Record<string, EntryFolder> = {
  posts: 'posts',
  post: 'posts',
  beitrag: 'posts',
  people: 'people',
  person: 'people',
  teams: 'teams',
  team: 'teams',
  videos: 'videos',
  video: 'videos',
  jobs: 'jobs',
  job: 'jobs',
  stelle: 'jobs',
};

/** The text fields a translation of each folder has, in the order written; the first ones are required. */
const TEXT_FIELDS: Record<EntryFolder, { required: string[]; optional: string[] }> = {
  posts: { required: ['title', 'description'], optional: ['social'] },
  people: { required: ['role'], optional: ['pronouns'] },
  teams: { required: ['name', 'description'], optional: ['meets'] },
  videos: { required: ['title', 'description'], optional: [] },
  jobs: { required: ['title', 'description'], optional: ['occupation'] },
};

const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** A YAML double-quoted string. */
const q = (value: string) => JSON.stringify(value);

/** A placeholder that names the German text, shortened to keep the line readable. */
const todo = (german: unknown) => {
  const text = typeof german === 'string' ? german.trim().replace(/\s+/g, ' ') : '';
  const shown = [...text].length > 90 ? `${[...text].slice(0, 89).join('')}…` : text;
  return q(`TODO: übersetzen – ${shown}`);
};

export type TranslationPlan = { planned: Planned; original: string } | { error: string };

/** Plans the translation of `target` (`posts/<slug>`, `people/<id>` …) into `lang`. */
export function planTranslation(contentDir: string, target: string, lang: string, today: string): TranslationPlan {
  if (!(TRANSLATION_LANGS as readonly string[]).includes(lang)) {
    return { error: `Sprache „${lang}“ gibt es nicht; möglich: ${TRANSLATION_LANGS.join(', ')}.` };
  }
  const [given = '', ...rest] = target
    .replace(/^content\//, '')
    .replace(/\/+$/, '')
    .split('/');
  const folder = FOLDER_ALIASES[given.toLowerCase()];
  const id = rest.join('/').replace(/(?:\/index)?\.mdx?$/, '');
  if (!folder || !id) {
    return {
      error: `„${target}“ nennt keinen Eintrag. Ordner und Kennung angeben, z. B. posts/vom-azubi-zum-schichtleiter, people/anna-berger oder jobs/industriemechaniker.`,
    };
  }
  const files = entryFiles(contentDir, folder);
  const relative = files.find((file) => entryIdFromPath(file) === id);
  if (!relative) {
    const near = closest(id, files.map(entryIdFromPath));
    return {
      error: `Einen Eintrag „${folder}/${id}“ gibt es nicht${near ? `; meinten Sie „${folder}/${near}“?` : '.'} Erst das Original anlegen, dann die Übersetzung.`,
    };
  }
  const originalFile = `${folder}/${relative}`;
  const text = readFileSync(path.join(contentDir, originalFile), 'utf8');
  const match = FRONTMATTER.exec(text);
  const parsed: unknown = match ? parse(match[1] ?? '') : undefined;
  if (!match || !parsed || typeof parsed !== 'object') {
    return { error: `${originalFile} hat keinen lesbaren Kopf; erst „npm run check“ ausführen und den Fehler beheben.` };
  }
  const data = parsed as Record<string, unknown>;
  const file = relative.replace(/\.(mdx?)$/, `.${lang}.$1`);
  const { required, optional } = TEXT_FIELDS[folder];
  const picture = TRANSLATED_PICTURE[folder];
  const pictureAlt = picture ? (data[picture] as { alt?: unknown } | undefined)?.alt : undefined;
  const lines = [
    '---',
    `# Englische Fassung von content/${originalFile} (dem Original).`,
    '# Hier stehen nur Texte: Titel, Beschreibung, Alternativtexte und unten der Text selbst.',
    '# Datum, Personen, Abteilung, Orte, Gehalt, Bilder und Video stehen im Original und gelten',
    '# für beide Sprachen; hier nicht wiederholen. Jedes „TODO: übersetzen – …“ durch den',
    '# englischen Text ersetzen, dann „draft: false“ setzen.',
    ...required.map((field) => `${field}: ${todo(data[field])}`),
    ...optional.filter((field) => typeof data[field] === 'string').map((field) => `${field}: ${todo(data[field])}`),
    ...(picture && typeof pictureAlt === 'string' ? [`${picture}: { alt: ${todo(pictureAlt)} }`] : []),
    `updated: ${today} # Stand der Übersetzung; nach jedem Abgleich mit dem Original auf den Tag setzen`,
    'draft: true # auf false setzen, wenn alles übersetzt ist',
    '---',
  ];
  const body = text.slice(match[0].length).replace(/^\s*\n/, '');
  const guide =
    folder === 'posts'
      ? `{/* Den deutschen Text unten Absatz für Absatz ins Englische übersetzen; Bausteine und Kennungen bleiben, wie sie sind. */}\n\n`
      : '';
  return {
    planned: { file: `${folder}/${file}`, text: `${lines.join('\n')}\n${guide}${body}`, copies: [], id: `${id}.${lang}` },
    original: originalFile,
  };
}

/** Whether the translation's file exists already (npm run new never overwrites). */
export const translationExists = (contentDir: string, planned: Planned) => existsSync(path.join(contentDir, planned.file));
