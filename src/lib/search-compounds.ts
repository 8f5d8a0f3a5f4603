/**
 * The last part of German compound words, for the search index. A candidate types
 * "Mechaniker" and means "Industriemechaniker", types "Schweißen" and means the
 * "Orbitalschweißer". Pagefind matches a word by its stem and the last query word also by
 * its beginning, never by its end, so a job title's compounds are split here at build time
 * and their last parts indexed with the title (hidden, see JobFacts.astro).
 *
 * Only the words that name a job or a field of work (lower case, as they end a compound):
 * a general decompounder would split "Bearbeiter" off "Sachbearbeiter" and "Ort" off "Sport".
 */
export const COMPOUND_HEADS = [
  'abrechnung',
  'assistent',
  'berater',
  'elektroniker',
  'entwickler',
  'fachkraft',
  'fertigung',
  'führer',
  'ingenieur',
  'instandhaltung',
  'kauffrau',
  'kaufmann',
  'konstrukteur',
  'leiter',
  'logistik',
  'mechaniker',
  'mechatroniker',
  'monteur',
  'montage',
  'planer',
  'prüfer',
  'prüfung',
  'referent',
  'sachbearbeiter',
  'schweißer',
  'student',
  'techniker',
] as const;

/** A head ends a compound only after a first part of at least this many letters ("Monteur" is no compound). */
const MIN_FIRST_PART = 3;

/** The endings a head may carry in a title or role: feminine and plural forms. */
const ENDINGS = ['', 'in', 'innen', 'en', 'n'];

/**
 * The last parts of the compound words in `text` that end with a known head, as they are
 * written there (case and feminine ending kept, first letter upper case), each once:
 * "Ausbildung Industriemechaniker (m/w/d)" gives ["Mechaniker"], "Werkstoffprüferin" gives
 * ["Prüferin"]. Words that are a head themselves give nothing: they are indexed already.
 */
export function compoundHeads(text: string): string[] {
  const found = new Set<string>();
  for (const word of text.match(/\p{L}+/gu) ?? []) {
    const lower = word.toLocaleLowerCase('de');
    let longest = 0;
    for (const head of COMPOUND_HEADS) {
      for (const ending of ENDINGS) {
        const tail = head + ending;
        if (tail.length > longest && lower.endsWith(tail) && lower.length - tail.length >= MIN_FIRST_PART) longest = tail.length;
      }
    }
    if (longest === 0) continue;
    const part = word.slice(word.length - longest);
    found.add(part.charAt(0).toLocaleUpperCase('de') + part.slice(1));
  }
  return [...found];
}
