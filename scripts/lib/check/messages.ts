/**
 * What each content rule says, in German and English: the problem, and what to write
 * instead. Placeholders `{name}` are filled from the problem's params.
 */
export type Lang = 'de' | 'en';

interface Text {
  problem: string;
  fix: string;
}

export const MESSAGES: Record<string, Record<Lang, Text>> = {
  'yaml-syntax': {
    de: {
      problem: 'YAML ist nicht lesbar: {detail}',
      fix: 'Einrückung und Doppelpunkte prüfen; Text mit „:“ in Anführungszeichen setzen',
    },
    en: { problem: 'YAML cannot be read: {detail}', fix: 'check indentation and colons; put text containing ":" in quotes' },
  },
  'frontmatter-missing': {
    de: {
      problem: 'Der Kopf mit den Angaben fehlt',
      fix: 'die Datei mit einer Zeile --- beginnen, die Angaben schreiben und mit --- abschließen',
    },
    en: { problem: 'The frontmatter is missing', fix: 'start the file with a line ---, write the fields, and close with ---' },
  },
  'file-missing': {
    de: { problem: 'Die Datei {detail} fehlt', fix: 'die Datei anlegen (Vorlage im README)' },
    en: { problem: 'The file {detail} is missing', fix: 'create it (template in the README)' },
  },
  'not-a-list': {
    de: { problem: 'Erwartet wird eine Liste', fix: 'jeden Eintrag mit „- id: …“ beginnen' },
    en: { problem: 'Expected a list', fix: 'start every entry with "- id: …"' },
  },
  'unknown-key': {
    de: { problem: 'Unbekanntes Feld „{key}“', fix: '{suggestion}' },
    en: { problem: 'Unknown field "{key}"', fix: '{suggestion}' },
  },
  required: {
    de: { problem: 'Pflichtfeld fehlt', fix: '„{field}: …“ ergänzen' },
    en: { problem: 'Required field is missing', fix: 'add "{field}: …"' },
  },
  'wrong-type': {
    de: { problem: 'Falscher Typ: {expected} erwartet', fix: 'als {expected} schreiben' },
    en: { problem: 'Wrong type: expected {expected}', fix: 'write it as {expected}' },
  },
  enum: {
    de: { problem: '„{value}“ ist nicht erlaubt', fix: 'einen dieser Werte: {values}' },
    en: { problem: '"{value}" is not allowed', fix: 'one of: {values}' },
  },
  empty: {
    de: { problem: 'Darf nicht leer sein', fix: 'einen Text eintragen' },
    en: { problem: 'Must not be empty', fix: 'write some text' },
  },
  'empty-list': {
    de: { problem: 'Die Liste braucht mindestens {minimum} Eintrag', fix: 'z. B. [{example}]' },
    en: { problem: 'The list needs at least {minimum} entry', fix: 'e.g. [{example}]' },
  },
  'out-of-range': {
    de: { problem: 'Wert außerhalb des erlaubten Bereichs', fix: '{detail}' },
    en: { problem: 'Value out of range', fix: '{detail}' },
  },
  format: {
    de: { problem: 'Ungültiges Format', fix: 'das Format aus dem README verwenden' },
    en: { problem: 'Invalid format', fix: 'use the format from the README' },
  },
  email: {
    de: { problem: 'Keine gültige E-Mail-Adresse', fix: 'z. B. name@firma.de' },
    en: { problem: 'Not a valid e-mail address', fix: 'e.g. name@company.com' },
  },
  'id-format': {
    de: {
      problem: '„{value}“ ist keine gültige Kennung',
      fix: 'Kleinbuchstaben, Ziffern und Bindestriche, z. B. „{suggestion}“',
    },
    en: { problem: '"{value}" is not a valid id', fix: 'lowercase letters, digits and hyphens, e.g. "{suggestion}"' },
  },
  'date-format': {
    de: { problem: '„{value}“ ist kein gültiges Datum', fix: '{suggestion}' },
    en: { problem: '"{value}" is not a valid date', fix: '{suggestion}' },
  },
  url: {
    de: { problem: '„{value}“ ist keine vollständige Web-Adresse', fix: 'mit https:// beginnen, z. B. https://www.example.de/' },
    en: { problem: '"{value}" is not a complete web address', fix: 'start with https://, e.g. https://www.example.com/' },
  },
  'alt-required': {
    de: { problem: 'Der Alternativtext fehlt', fix: 'in „alt:“ in einem Satz beschreiben, was das Bild zeigt' },
    en: { problem: 'The alternative text is missing', fix: 'describe in "alt:" in one sentence what the image shows' },
  },
  'country-code': {
    de: { problem: 'Ländercode ungültig', fix: 'zwei Großbuchstaben, z. B. DE' },
    en: { problem: 'Invalid country code', fix: 'two capital letters, e.g. DE' },
  },
  'duplicate-id': {
    de: { problem: 'Die Liste nennt eine Kennung doppelt', fix: 'jede Kennung nur einmal aufführen' },
    en: { problem: 'The list names an id twice', fix: 'list each id once' },
  },
  'hex-colour': {
    de: { problem: 'Farbe ungültig', fix: 'als #rrggbb schreiben, z. B. #1f4e79' },
    en: { problem: 'Invalid colour', fix: 'write #rrggbb, e.g. #1f4e79' },
  },
  'vat-id': {
    de: { problem: 'USt-IdNr. ungültig', fix: 'z. B. DE123456789' },
    en: { problem: 'Invalid VAT id', fix: 'e.g. DE123456789' },
  },
  guid: {
    de: {
      problem: 'Die Feed-Kennung wurde verändert',
      fix: 'den von „npm run new“ geschriebenen Wert wiederherstellen oder die Zeile löschen',
    },
    en: { problem: 'The feed id was altered', fix: 'restore the value written by "npm run new" or delete the line' },
  },
  'youtube-id': {
    de: { problem: '„{value}“ ist keine YouTube-Kennung', fix: '{suggestion}' },
    en: { problem: '"{value}" is not a YouTube id', fix: '{suggestion}' },
  },
  'video-file': {
    de: { problem: 'Videodatei ungültig', fix: 'eine .mp4- oder .webm-Datei neben dem Eintrag, z. B. ./video.mp4' },
    en: { problem: 'Invalid video file', fix: 'an .mp4 or .webm file next to the entry, e.g. ./video.mp4' },
  },
  'video-source': {
    de: { problem: 'Ein Video braucht genau eine Quelle', fix: 'entweder „youtube:“ oder „file:“ angeben, nicht beides' },
    en: { problem: 'A video needs exactly one source', fix: 'give either "youtube:" or "file:", not both' },
  },
  duration: {
    de: { problem: 'Dauer „{value}“ ungültig', fix: 'als Minuten:Sekunden, z. B. 4:12, oder 1:02:30' },
    en: { problem: 'Invalid duration "{value}"', fix: 'as minutes:seconds, e.g. 4:12, or 1:02:30' },
  },
  'captions-file': {
    de: { problem: 'Untertiteldatei ungültig', fix: 'eine .vtt-Datei neben dem Eintrag, z. B. ./untertitel.vtt' },
    en: { problem: 'Invalid captions file', fix: 'a .vtt file next to the entry, e.g. ./captions.vtt' },
  },
  'salary-range': {
    de: { problem: 'Das Gehaltsmaximum liegt unter dem Minimum', fix: 'min und max tauschen' },
    en: { problem: 'The salary maximum is below the minimum', fix: 'swap min and max' },
  },
  'apply-missing': {
    de: { problem: 'Es fehlt, wie man sich bewirbt', fix: '„url:“ (Bewerbungsformular) oder „email:“ angeben' },
    en: { problem: 'How to apply is missing', fix: 'give "url:" (application form) or "email:"' },
  },
  'valid-through-before-posted': {
    de: { problem: 'validThrough liegt vor datePosted', fix: 'ein späteres Enddatum eintragen' },
    en: { problem: 'validThrough is before datePosted', fix: 'enter a later end date' },
  },
  'missing-reference': {
    de: { problem: '„{value}“ gibt es nicht in {target}', fix: '{suggestion}' },
    en: { problem: '"{value}" does not exist in {target}', fix: '{suggestion}' },
  },
  'duplicate-entry': {
    de: { problem: 'Die Kennung „{value}“ gibt es mehrfach (auch in {other})', fix: 'einen der Einträge umbenennen' },
    en: { problem: 'The id "{value}" exists more than once (also in {other})', fix: 'rename one of the entries' },
  },
  'image-missing': {
    de: { problem: 'Bild „{value}“ nicht gefunden', fix: '{suggestion}' },
    en: { problem: 'Image "{value}" not found', fix: '{suggestion}' },
  },
  'image-remote': {
    de: {
      problem: 'Bilder aus dem Netz werden nicht geladen',
      fix: 'die Datei ins Repository legen und relativ angeben, z. B. ./bild.jpg',
    },
    en: {
      problem: 'Images from the web are not loaded',
      fix: 'put the file in the repository and give a relative path, e.g. ./image.jpg',
    },
  },
  'no-consent': {
    de: { problem: '{value} hat keine Einwilligung (consent) und wird nirgends gezeigt', fix: '{suggestion}' },
    en: { problem: '{value} has no recorded consent and is shown nowhere', fix: '{suggestion}' },
  },
  'review-missing': {
    de: { problem: 'Redaktionelle Freigabe fehlt: {detail}', fix: '{suggestion}' },
    en: { problem: 'Editorial review missing: {detail}', fix: '{suggestion}' },
  },
  'review-late': {
    de: {
      problem: 'Datenschutzfreigabe ({value}) liegt nach der Veröffentlichung',
      fix: 'Freigabe vor dem Veröffentlichungsdatum einholen oder das Datum verschieben',
    },
    en: {
      problem: 'Privacy clearance ({value}) is after publication',
      fix: 'get clearance before the publication date or move the date',
    },
  },
  'lead-not-member': {
    de: { problem: '„{value}“ leitet das Team, ist aber nicht Mitglied', fix: 'in „members:“ aufnehmen' },
    en: { problem: '"{value}" leads the team but is not a member', fix: 'add to "members:"' },
  },
  invalid: {
    de: { problem: '{detail}', fix: 'siehe README, Abschnitt „Inhalte schreiben“' },
    en: { problem: '{detail}', fix: 'see the README, section "Writing content"' },
  },
};

/** Fills `{name}` placeholders. */
export function fill(template: string, params: Record<string, string | number | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** Small words used inside suggestions. */
export const WORDS: Record<Lang, Record<string, string>> = {
  de: {
    didYouMean: 'meinten Sie „{value}“?',
    remove: 'das Feld entfernen oder richtig schreiben (erlaubt: {values})',
    dateFix: 'als JJJJ-MM-TT schreiben, z. B. {example}',
    dateImpossible: 'diesen Tag gibt es nicht; ein echtes Datum eintragen, z. B. {example}',
    youtubeKeep: 'nur die Kennung behalten: youtube: {example}',
    youtubeGeneric: 'die 11 Zeichen nach „v=“ aus dem YouTube-Link, z. B. youtube: dQw4w9WgXcQ',
    chooseOne: 'eine dieser Kennungen: {values}',
    createEntry: 'den Eintrag {path} anlegen',
    imageCase: 'auf der Festplatte heißt die Datei „{value}“; Groß- und Kleinschreibung angleichen',
    imagePut: 'die Datei neben den Eintrag legen oder den Pfad korrigieren',
    consentAuthor:
      'der Beitrag wird dem Team zugeschrieben; Einwilligung eintragen (consent: JJJJ-MM-TT) oder anderen Autor wählen',
    consentOther: 'Einwilligung eintragen (consent: JJJJ-MM-TT) oder die Person hier entfernen',
    proofreaders: 'Korrektur lesen könnten: {values}',
    proofreadField: 'review.proofreadBy',
    privacyField: 'review.privacyClearedOn',
    askPrivacy: 'nach der Freigabe durch den Datenschutz „privacyClearedOn: JJJJ-MM-TT“ eintragen',
  },
  en: {
    didYouMean: 'did you mean "{value}"?',
    remove: 'remove the field or spell it right (allowed: {values})',
    dateFix: 'write YYYY-MM-DD, e.g. {example}',
    dateImpossible: 'that day does not exist; enter a real date, e.g. {example}',
    youtubeKeep: 'keep only the id: youtube: {example}',
    youtubeGeneric: 'the 11 characters after "v=" in the YouTube link, e.g. youtube: dQw4w9WgXcQ',
    chooseOne: 'one of these ids: {values}',
    createEntry: 'create the entry {path}',
    imageCase: 'on disk the file is called "{value}"; match upper and lower case',
    imagePut: 'put the file next to the entry or correct the path',
    consentAuthor: 'the post is credited to the team; record consent (consent: YYYY-MM-DD) or choose another author',
    consentOther: 'record consent (consent: YYYY-MM-DD) or remove the person here',
    proofreaders: 'people who could proofread: {values}',
    proofreadField: 'review.proofreadBy',
    privacyField: 'review.privacyClearedOn',
    askPrivacy: 'after the data-protection officer clears it, add "privacyClearedOn: YYYY-MM-DD"',
  },
};
