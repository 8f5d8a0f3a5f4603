/**
 * Finds the words that show how a German text speaks to its reader: `du` or `Sie`.
 *
 * Precise on purpose, so a finding is a real mix and not a false alarm:
 * - du-forms are unambiguous anywhere: du, dich, dir, dein…, euch, euer…, in any case
 *   (`Du` at a sentence start as well), and a few imperatives the dictionary uses
 *   (kopiere, bewirb, folge …), lower case anywhere or capitalised at a sentence start.
 * - Sie-forms count only where the capital letter is not explained by a sentence start:
 *   `Sie`, `Ihnen`, `Ihr`, `Ihre`… in the middle of a sentence are the polite form, since
 *   „sie“ (she, they) and „ihr“ (her, their, you all) are written small there. At the start
 *   of a sentence, a heading or a quoted title („Sie liegen auf unserem Server“) they are
 *   ambiguous and not counted; the dictionary test covers such strings by comparing forms.
 */
export type AddressForm = 'du' | 'Sie';

export interface AddressHit {
  form: AddressForm;
  word: string;
  /** The hit with some text around it, for the failure message. */
  context: string;
}

const LETTER = String.raw`[\p{L}\p{N}]`;
const word = (pattern: string, flags: string) => new RegExp(String.raw`(?<!${LETTER})(?:${pattern})(?!${LETTER})`, flags);

const DU_PRONOUNS = word('du|dich|dir|dein|deine|deinem|deinen|deiner|deines|euch|euer|eure|eurem|euren|eurer|eures', 'giu');
const DU_IMPERATIVES =
  'abonniere|bewirb|füge|folge|halte|hänge|kopiere|lies|markiere|melde|ruf|rufe|schau|schreib|schreibe|versuch|versuche|wende';
const DU_IMPERATIVE_SMALL = word(DU_IMPERATIVES, 'gu');
const DU_IMPERATIVE_ANY = word(DU_IMPERATIVES, 'giu');
const SIE_WORDS = word('Sie|Ihnen|Ihr|Ihre|Ihrem|Ihren|Ihrer|Ihres', 'gu');

/** True when `index` starts a sentence: text start, or after . ! ? : or an opening quote or bracket. */
function atSentenceStart(text: string, index: number): boolean {
  const before = text.slice(0, index).replace(/\s+$/u, '');
  return before === '' || /[.!?:„“"‚([–—]$/u.test(before);
}

const around = (text: string, index: number, length: number) =>
  text.slice(Math.max(0, index - 30), index + length + 30).replace(/\s+/g, ' ');

/** Every du- and Sie-form in a text, with where it stands. */
export function addressHits(text: string): AddressHit[] {
  const hits: AddressHit[] = [];
  for (const match of text.matchAll(DU_PRONOUNS)) {
    hits.push({ form: 'du', word: match[0], context: around(text, match.index, match[0].length) });
  }
  for (const match of text.matchAll(DU_IMPERATIVE_SMALL)) {
    hits.push({ form: 'du', word: match[0], context: around(text, match.index, match[0].length) });
  }
  for (const match of text.matchAll(DU_IMPERATIVE_ANY)) {
    if (match[0][0] !== match[0][0]!.toLowerCase() && atSentenceStart(text, match.index))
      hits.push({ form: 'du', word: match[0], context: around(text, match.index, match[0].length) });
  }
  for (const match of text.matchAll(SIE_WORDS)) {
    if (!atSentenceStart(text, match.index))
      hits.push({ form: 'Sie', word: match[0], context: around(text, match.index, match[0].length) });
  }
  return hits;
}

/** The hits of the form a text should not use. */
export const otherFormHits = (text: string, form: AddressForm): AddressHit[] =>
  addressHits(text).filter((hit) => hit.form !== form);
