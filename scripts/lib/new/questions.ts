import { slugify } from '../../../src/lib/slug.ts';
import type { Choice, ScaffoldContext } from './context.ts';

/**
 * What `npm run new` asks for each kind of entry. Each question is also a flag
 * (`--title`, `--author`, …), so the same definitions drive the interactive and the
 * flag-only mode, and the list of missing flags in the error message.
 */

export const ENTRY_KINDS = ['post', 'video', 'person', 'job'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** German names authors may type instead of the English kind. */
export const KIND_ALIASES: Record<string, EntryKind> = {
  beitrag: 'post',
  artikel: 'post',
  person: 'person',
  profil: 'person',
  stelle: 'job',
  stellenanzeige: 'job',
};

export const KIND_LABELS: Record<EntryKind, string> = {
  post: 'Beitrag (Artikel, Interview, Veranstaltungsbericht, Kolumne)',
  video: 'Video',
  person: 'Person (Profil)',
  job: 'Stellenanzeige',
};

export type Answers = Record<string, string | undefined>;

export interface Question {
  /** Key in the answers. */
  key: string;
  /** Flag name without dashes, e.g. `author` for `--author`. */
  flag: string;
  /** The German question. */
  ask: string;
  required: boolean;
  /** Several values, comma-separated. */
  list?: boolean;
  /** A yes/no question; answers are `true` or `false`. */
  yesNo?: boolean;
  /** Numbered choices; with `strict`, only these ids are accepted. */
  choices?: (context: ScaffoldContext, answers: Answers) => Choice[];
  strict?: boolean;
  /** Default when the question is skipped (Enter, or a missing flag). */
  fallback?: (context: ScaffoldContext, answers: Answers) => string | undefined;
  /** Normalises one value, or returns `{ error }` with a German message. */
  check?: (value: string, context: ScaffoldContext, answers: Answers) => string | { error: string };
  /** Only asked when this holds. */
  when?: (answers: Answers) => boolean;
}
/** Resolves a choice typed as a number or an id; `undefined` if it is neither. */
export function resolveChoice(value: string, choices: Choice[]): string | undefined {
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return choices[Number(trimmed) - 1]?.id;
  return choices.find((choice) => choice.id === trimmed || choice.id === slugify(trimmed, ''))?.id;
}

/**
 * Validates and normalises an answer (a flag value or a typed line). Lists are
 * returned comma-joined without spaces. Returns `{ error }` with a German message.
 */
export function acceptAnswer(
  question: Question,
  raw: string,
  context: ScaffoldContext,
  answers: Answers,
): string | { error: string } {
  if (question.yesNo) {
    if (/^(j|ja|y|yes|true|1)$/i.test(raw.trim())) return 'true';
    if (/^(n|nein|no|false|0|)$/i.test(raw.trim())) return 'false';
    return { error: 'Bitte j oder n.' };
  }
  const parts = question.list
    ? raw
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean)
    : [raw];
  const out: string[] = [];
  for (const part of parts) {
    let value = part;
    if (question.choices && !question.strict && /^\d+$/.test(part.trim())) {
      value = resolveChoice(part, question.choices(context, answers)) ?? part;
    }
    if (question.choices && question.strict) {
      const choices = question.choices(context, answers);
      const id = resolveChoice(part, choices);
      if (!id) {
        const known = context.people.find((person) => person.id === part.trim() && !person.consent);
        if (known)
          return { error: `${known.label} (${known.id}) hat keine Einwilligung (consent) und kann hier nicht genannt werden.` };
        return {
          error: `„${part.trim()}“ steht nicht in der Liste; bitte eine Nummer oder Kennung: ${choices.map((choice) => choice.id).join(', ') || '—'}`,
        };
      }
      value = id;
    }
    if (question.check) {
      const checked = question.check(value, context, answers);
      if (typeof checked !== 'string') return checked;
      value = checked;
    }
    if (value && !out.includes(value)) out.push(value);
  }
  if (question.required && out.length === 0) return { error: 'Diese Angabe wird gebraucht.' };
  return out.join(',');
}
