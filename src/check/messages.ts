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
    de: { problem: 'Pflichtfeld „{field}“ fehlt', fix: 'die Zeile „{field}: {example}“ ergänzen' },
    en: { problem: 'Required field "{field}" is missing', fix: 'add the line "{field}: {example}"' },
  },
  'wrong-type': {
    de: { problem: 'Falscher Typ: {expected} erwartet', fix: '{suggestion}' },
    en: { problem: 'Wrong type: expected {expected}', fix: '{suggestion}' },
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
  'date-offset': {
    de: {
      problem: 'Bei „{value}“ fehlt die Zeitzone',
      fix: 'nur den Tag schreiben ({day}) oder die Uhrzeit mit Zeitzone ({day}T{time}+01:00, im Sommer +02:00)',
    },
    en: {
      problem: 'The time zone is missing in "{value}"',
      fix: 'write only the day ({day}) or the time with its offset ({day}T{time}+01:00, in summer +02:00)',
    },
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
  'a11y-limitations': {
    de: {
      problem: 'Die Website erfüllt die Anforderungen nur teilweise oder nicht, aber „limitations“ nennt keine Barriere',
      fix: 'unter limitations: jede bekannte Barriere als „- what: …“ aufführen, oder „conformance: full“ schreiben',
    },
    en: {
      problem: 'The site meets the requirements only partly or not at all, but "limitations" lists no barrier',
      fix: 'list each known barrier under limitations: as "- what: …", or write "conformance: full"',
    },
  },
  'a11y-surveillance': {
    de: {
      problem: 'Mit „scope: bfsg“ muss die Erklärung die Marktüberwachungsbehörde nennen',
      fix: 'unter accessibility: „marketSurveillance:“ mit „name:“ und „url:“ ergänzen, z. B. die MLBF (https://www.mlbf-barrierefrei.de)',
    },
    en: {
      problem: 'With "scope: bfsg" the statement must name the market surveillance authority',
      fix: 'add "marketSurveillance:" with "name:" and "url:" under accessibility:, e.g. the MLBF (https://www.mlbf-barrierefrei.de)',
    },
  },
  'a11y-arbitration': {
    de: {
      problem: 'Mit „scope: bfsg“ muss die Erklärung die Schlichtungsstelle nennen',
      fix: 'unter accessibility: „arbitration:“ mit „name:“ und „url:“ ergänzen, z. B. die Schlichtungsstelle nach § 16 BGG',
    },
    en: {
      problem: 'With "scope: bfsg" the statement must name the arbitration body',
      fix: 'add "arbitration:" with "name:" and "url:" under accessibility:, e.g. the Schlichtungsstelle nach § 16 BGG',
    },
  },
  'a11y-review-date': {
    de: {
      problem: 'Die letzte Prüfung („reviewed“) liegt vor dem Datum der Erklärung („created“)',
      fix: 'bei reviewed: den Tag der letzten Prüfung eintragen, frühestens den Tag der Erklärung',
    },
    en: {
      problem: 'The last review ("reviewed") is before the date of the statement ("created")',
      fix: 'write the day of the last review under reviewed:, not earlier than the statement',
    },
  },
  guid: {
    de: {
      problem: 'Die Feed-Kennung wurde verändert',
      fix: 'den von „npm run new“ geschriebenen Wert wiederherstellen oder die Zeile löschen',
    },
    en: { problem: 'The feed id was altered', fix: 'restore the value written by "npm run new" or delete the line' },
  },
  'duplicate-guid': {
    de: {
      problem: 'Diese Feed-Kennung (guid) hat schon {other}; der Beitrag ist wohl eine Kopie',
      fix: 'die Zeile „guid:“ löschen (eine neue wird erzeugt) oder neue Beiträge mit „npm run new“ anlegen',
    },
    en: {
      problem: '{other} already has this feed id (guid); this post looks like a copy',
      fix: 'delete the "guid:" line (a new one is made) or create new posts with "npm run new"',
    },
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
  'media-missing': {
    de: { problem: 'Datei „{value}“ nicht gefunden', fix: 'die Datei neben den Eintrag legen oder den Pfad korrigieren' },
    en: { problem: 'File "{value}" not found', fix: 'put the file next to the entry or correct the path' },
  },
  'media-case': {
    de: {
      problem: 'Datei „{value}“ nicht gefunden',
      fix: 'auf der Festplatte heißt sie „{caseTwin}“; Groß- und Kleinschreibung angleichen',
    },
    en: { problem: 'File "{value}" not found', fix: 'on disk it is called "{caseTwin}"; match upper and lower case' },
  },
  'captions-missing': {
    de: {
      problem: 'Das Video hat keine Untertitel',
      fix: 'eine WebVTT-Datei daneben legen und „captions: ./untertitel.vtt“ eintragen – wer nicht hören kann oder ohne Ton schaut, braucht sie',
    },
    en: {
      problem: 'The video has no captions',
      fix: 'put a WebVTT file next to it and add "captions: ./captions.vtt" – people who cannot hear or watch without sound need them',
    },
  },
  'captions-file': {
    de: { problem: 'Untertiteldatei ungültig', fix: 'eine .vtt-Datei neben dem Eintrag, z. B. ./untertitel.vtt' },
    en: { problem: 'Invalid captions file', fix: 'a .vtt file next to the entry, e.g. ./captions.vtt' },
  },
  'social-too-long': {
    de: {
      problem: 'Der Text unter „social“ ist {length} Zeichen lang, erlaubt sind höchstens {max}',
      fix: 'auf einen kurzen Satz mit höchstens {max} Zeichen kürzen; den Link zum Beitrag nicht mitschreiben, er kommt beim Teilen von selbst dazu',
    },
    en: {
      problem: 'The "social" text is {length} characters long; at most {max} are allowed',
      fix: 'shorten it to one short sentence of at most {max} characters; leave out the link to the post, sharing adds it',
    },
  },
  'salary-range': {
    de: { problem: 'Das Gehaltsmaximum liegt unter dem Minimum', fix: 'min und max tauschen' },
    en: { problem: 'The salary maximum is below the minimum', fix: 'swap min and max' },
  },
  'apply-missing': {
    de: {
      problem: 'Es fehlt, wie man sich bewirbt',
      fix: '„url:“ (die Stelle im Bewerbungssystem, mit https://) oder „email:“ angeben',
    },
    en: {
      problem: 'How to apply is missing',
      fix: 'give "url:" (the job in the applicant-tracking system, with https://) or "email:"',
    },
  },
  'apply-url-https': {
    de: {
      problem: '„{value}“ ist keine verschlüsselte Adresse; Bewerbungsdaten dürfen nicht ungeschützt übertragen werden',
      fix: 'die Adresse mit https:// statt http:// schreiben (beim Bewerbungssystem nach der https-Adresse fragen) oder statt „url:“ die Zeile „email: bewerbung@…“ angeben',
    },
    en: {
      problem: '"{value}" is not an encrypted address; application data must not travel unprotected',
      fix: 'write the address with https:// instead of http:// (ask the applicant-tracking system for its https address) or give "email: jobs@…" instead of "url:"',
    },
  },
  'apply-url-dead': {
    de: {
      problem: 'Unter „{value}“ gibt es auf dieser Website ({host}) keine Seite; der Button „Jetzt bewerben“ führte ins Leere',
      fix: 'die Adresse der Stelle im Bewerbungssystem eintragen, z. B. „url: https://firma.jobs.personio.de/job/1234567“, die Adresse einer Seite, die es auf {host} gibt, oder statt „url:“ die Zeile „email: bewerbung@…“',
    },
    en: {
      problem: 'There is no page at "{value}" on this site ({host}); the "Jetzt bewerben" button would lead nowhere',
      fix: 'give the job\'s address in the applicant-tracking system, e.g. "url: https://company.jobs.personio.de/job/1234567", the address of a page that exists on {host}, or "email: jobs@…" instead of "url:"',
    },
  },
  'apply-url-self': {
    de: {
      problem: '„{value}“ ist die Seite dieser Stelle selbst; der Button „Jetzt bewerben“ führte im Kreis',
      fix: 'die Adresse der Stelle im Bewerbungssystem eintragen, z. B. „url: https://firma.jobs.personio.de/job/1234567“, oder statt „url:“ die Zeile „email: bewerbung@…“',
    },
    en: {
      problem: '"{value}" is this job\'s own page; the "Jetzt bewerben" button would lead in a circle',
      fix: 'give the job\'s address in the applicant-tracking system, e.g. "url: https://company.jobs.personio.de/job/1234567", or "email: jobs@…" instead of "url:"',
    },
  },
  phone: {
    de: { problem: '„{value}“ ist keine Telefonnummer', fix: 'mit Ländervorwahl schreiben, z. B. „phone: +49 2371 96480-212“' },
    en: { problem: '"{value}" is not a phone number', fix: 'write it with the country code, e.g. "phone: +49 2371 96480-212"' },
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
  'image-empty': {
    de: {
      problem: 'Die Bilddatei „{value}“ ist leer (0 Byte)',
      fix: 'die Datei noch einmal vom Original kopieren oder neu exportieren und ersetzen',
    },
    en: { problem: 'The image file "{value}" is empty (0 bytes)', fix: 'copy it again from the original, or export it again' },
  },
  'image-heic': {
    de: {
      problem:
        '„{value}“ ist ein {format}-Foto (das Format vieler Handys); die Website kann es weder lesen noch selbst umwandeln',
      fix: 'das Foto als JPEG exportieren (am Handy „Teilen“ → als JPEG sichern, am Mac in „Vorschau“ Ablage → Exportieren → JPEG), als „{jpeg}“ neben den Eintrag legen und den Dateinamen hier ändern',
    },
    en: {
      problem: '"{value}" is a {format} photo (the format of many phones); the site can neither read nor convert it',
      fix: 'export the photo as JPEG (on the phone "Share" → save as JPEG, on a Mac in Preview File → Export → JPEG), put it next to the entry as "{jpeg}" and change the file name here',
    },
  },
  'image-truncated': {
    de: {
      problem:
        '„{value}“ ist unvollständig: die {format}-Datei bricht mitten im Bild ab (beim Kopieren oder Hochladen abgeschnitten)',
      fix: 'die Datei noch einmal vom Original kopieren und ersetzen',
    },
    en: {
      problem:
        '"{value}" is incomplete: the {format} file ends in the middle of the picture (cut off while copying or uploading)',
      fix: 'copy the file again from the original and replace it',
    },
  },
  'image-no-size': {
    de: {
      problem: 'In „{value}“ ({format}) steht keine Bildgröße',
      fix: 'das Bild neu exportieren; ein SVG braucht width und height oder viewBox im <svg>-Element',
    },
    en: {
      problem: '"{value}" ({format}) states no image size',
      fix: 'export the picture again; an SVG needs width and height or viewBox on its <svg> element',
    },
  },
  'image-format': {
    de: {
      problem: '„{value}“ ist im Format {format}, das die Website nicht verarbeiten kann',
      fix: 'als JPEG (Fotos) oder PNG (Grafiken) speichern, die Datei ersetzen und den Dateinamen hier anpassen',
    },
    en: {
      problem: '"{value}" is in {format} format, which the site cannot process',
      fix: 'save it as JPEG (photos) or PNG (graphics), replace the file and adjust the file name here',
    },
  },
  'image-not-image': {
    de: {
      problem: '„{value}“ ist kein Bild, sondern {kind}',
      fix: 'die richtige Bilddatei (JPEG, PNG, WebP oder AVIF) unter diesem Namen ablegen',
    },
    en: {
      problem: '"{value}" is not an image but {kind}',
      fix: 'put the right image file (JPEG, PNG, WebP or AVIF) there under this name',
    },
  },
  'image-extension': {
    de: {
      problem: '„{value}“ ist ein {format}-Bild, aber die Website liest diese Dateiendung nicht als Bild',
      fix: 'die Datei in „{rename}“ umbenennen und den Dateinamen hier ändern',
    },
    en: {
      problem: '"{value}" is a {format} image, but the site does not read this file ending as an image',
      fix: 'rename the file to "{rename}" and change the file name here',
    },
  },
  'image-huge': {
    de: {
      problem: '„{value}“ ist {width} × {height} px groß; die Website zeigt Bilder höchstens {widest} px breit',
      fix: 'auf {widest} px Breite verkleinern (z. B. beim Exportieren); das spart Platz im Repository und Zeit beim Bauen',
    },
    en: {
      problem: '"{value}" is {width} × {height} px; the site shows pictures at most {widest} px wide',
      fix: 'scale it down to {widest} px wide (e.g. when exporting); that saves space in the repository and build time',
    },
  },
  'no-consent': {
    de: { problem: '{value} hat keine Einwilligung (consent) und wird nirgends gezeigt', fix: '{suggestion}' },
    en: { problem: '{value} has no recorded consent and is shown nowhere', fix: '{suggestion}' },
  },
  'consent-future': {
    de: {
      problem: 'Einwilligung gilt erst ab {value}; bis dahin wird die Person nirgends gezeigt',
      fix: 'ist das Datum vertippt, den Tag der Einwilligung eintragen (consent: JJJJ-MM-TT, nicht in der Zukunft)',
    },
    en: {
      problem: 'Consent only applies from {value}; until then the person is shown nowhere',
      fix: 'if the date is a typo, enter the day consent was given (consent: YYYY-MM-DD, not in the future)',
    },
  },
  'review-missing': {
    de: { problem: 'Redaktionelle Freigabe fehlt: {detail}', fix: '{suggestion}' },
    en: { problem: 'Editorial review missing: {detail}', fix: '{suggestion}' },
  },
  'review-pending': {
    de: { problem: 'Entwurf: vor dem Veröffentlichen fehlt noch {missing}', fix: '{suggestion}' },
    en: { problem: 'Draft: before publishing, {missing} is still missing', fix: '{suggestion}' },
  },
  'review-self': {
    de: {
      problem: '„{value}“ hat den Beitrag mitgeschrieben und kann ihn nicht Korrektur lesen',
      fix: '{suggestion}',
    },
    en: { problem: '"{value}" co-wrote the post and cannot proofread it', fix: '{suggestion}' },
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
  'no-consent-mention': {
    de: {
      problem: '{value} hat keine Einwilligung, wird hier aber mit Namen genannt',
      fix: 'den Namen umschreiben (z. B. „eine Kollegin aus der Produktion“) oder die Einwilligung eintragen',
    },
    en: {
      problem: '{value} has no recorded consent but is named here',
      fix: 'rephrase without the name (e.g. "a colleague from production") or record the consent',
    },
  },
  'mdx-syntax': {
    de: { problem: 'MDX lässt sich nicht übersetzen: {detail}', fix: '{suggestion}' },
    en: { problem: 'MDX does not compile: {detail}', fix: '{suggestion}' },
  },
  'mdx-expression': {
    de: {
      problem: '„{{value}}“ steht in geschweiften Klammern und würde als Code ausgeführt',
      fix: 'ist es Text, die Klammer mit \\ schützen: \\{{value}} – ist es ein Platzhalter, den richtigen Text einsetzen',
    },
    en: {
      problem: '"{{value}}" is in curly braces and would run as code',
      fix: 'if it is text, escape the brace: \\{{value}} – if it is a placeholder, put in the real text',
    },
  },
  'mdx-esm': {
    de: {
      problem: 'Beiträge laden keinen Code („{value}“)',
      fix: 'die Zeile löschen; erlaubte Komponenten wie <Video id="…" /> stehen ohne import bereit',
    },
    en: {
      problem: 'Posts do not load code ("{value}")',
      fix: 'delete the line; allowed components such as <Video id="…" /> need no import',
    },
  },
  'video-youtube': {
    de: {
      problem: '<Video id> erwartet die Kennung eines Videos aus content/videos, nicht den YouTube-Link „{value}“',
      fix: '{suggestion}',
    },
    en: {
      problem: '<Video id> expects the id of a video in content/videos, not the YouTube link "{value}"',
      fix: '{suggestion}',
    },
  },
  'mdx-component': {
    de: { problem: 'Die Komponente <{value}> gibt es nicht', fix: '{suggestion}' },
    en: { problem: 'There is no component <{value}>', fix: '{suggestion}' },
  },
  'kit-prop-unknown': {
    de: { problem: '<{component}> kennt die Angabe „{value}“ nicht', fix: '{suggestion}' },
    en: { problem: '<{component}> has no prop "{value}"', fix: '{suggestion}' },
  },
  'kit-prop-missing': {
    de: { problem: '<{component}> braucht die Angabe „{prop}“ ({description})', fix: '{prop}="…" in die Klammer schreiben' },
    en: { problem: '<{component}> needs the prop "{prop}" ({description})', fix: 'write {prop}="…" inside the tag' },
  },
  'kit-prop-value': {
    de: { problem: '„{value}“ ist für {prop} bei <{component}> nicht möglich', fix: '{suggestion}' },
    en: { problem: '"{value}" is not possible for {prop} of <{component}>', fix: '{suggestion}' },
  },
  'kit-url': {
    de: {
      problem: '„{value}“ ist keine Webadresse mit https:// und kein Pfad der Website',
      fix: 'mit https:// beginnen, oder mit / für eine Seite dieser Website',
    },
    en: {
      problem: '"{value}" is neither an https:// address nor a path on the site',
      fix: 'start with https://, or with / for a page of this site',
    },
  },
  'kit-parent': {
    de: {
      problem: '<{component}> steht außerhalb von <{parent}>',
      fix: '<{component}> zwischen <{parent}> und </{parent}> setzen',
    },
    en: { problem: '<{component}> stands outside <{parent}>', fix: 'put <{component}> between <{parent}> and </{parent}>' },
  },
  'kit-job-closed': {
    de: {
      problem: 'Die Stelle „{title}“ ({value}) ist nicht ausgeschrieben und wird im Beitrag nicht gezeigt',
      fix: 'den Baustein entfernen oder eine offene Stelle wählen',
    },
    en: {
      problem: 'The job "{title}" ({value}) is not open and is not shown in the post',
      fix: 'remove it or choose an open job',
    },
  },
  'image-alt': {
    de: {
      problem: 'Das Bild „{value}“ hat keinen Alternativtext',
      fix: 'in die eckigen Klammern schreiben, was das Bild zeigt: ![Anna an der Biegemaschine]({value})',
    },
    en: {
      problem: 'The image "{value}" has no alternative text',
      fix: 'write what the image shows inside the square brackets: ![Anna at the bending machine]({value})',
    },
  },
  'html-embed': {
    de: { problem: '<{element}> lädt Inhalte von {host}, bevor jemand zugestimmt hat', fix: '{suggestion}' },
    en: { problem: '<{element}> loads content from {host} before anyone agreed', fix: '{suggestion}' },
  },
  'html-code': {
    de: {
      problem: '<{element}> führt Code aus oder ändert die Gestaltung der Seite',
      fix: 'entfernen; Aussehen und Funktionen kommen zentral von der Website',
    },
    en: {
      problem: '<{element}> runs code or changes the look of the page',
      fix: 'remove it; the site provides look and behaviour centrally',
    },
  },
  'html-media': {
    de: { problem: '<{element}> umgeht Bildoptimierung und Alternativtext-Prüfung', fix: '{suggestion}' },
    en: { problem: '<{element}> bypasses image optimisation and the alt-text check', fix: '{suggestion}' },
  },
  'html-form': {
    de: {
      problem: '<{element}>: Formulare können Eingaben an fremde Server schicken',
      fix: 'auf das Formular verlinken, z. B. [Jetzt bewerben](https://…)',
    },
    en: {
      problem: '<{element}>: forms can send what visitors type to other servers',
      fix: 'link to the form instead, e.g. [Apply now](https://…)',
    },
  },
  'html-style': {
    de: {
      problem: 'style= an <{element}>: die Gestaltung kommt von der Website',
      fix: 'das Attribut entfernen; zum Betonen **fett** oder eine Zwischenüberschrift (##) verwenden',
    },
    en: {
      problem: 'style= on <{element}>: the site provides the design',
      fix: 'remove the attribute; use **bold** or a subheading (##) for emphasis',
    },
  },
  'html-event': {
    de: { problem: '{attribute}= an <{element}> führt Code aus', fix: 'das Attribut entfernen' },
    en: { problem: '{attribute}= on <{element}> runs code', fix: 'remove the attribute' },
  },
  'unsafe-link': {
    de: {
      problem: '„{value}“: {scheme}:-Adressen führen Code aus oder betten Daten ein',
      fix: 'eine normale Adresse verwenden (https://… oder ./datei.pdf); Bilder als Datei neben den Beitrag legen',
    },
    en: {
      problem: '"{value}": {scheme}: addresses run code or embed data',
      fix: 'use a normal address (https://… or ./file.pdf); put images as files next to the post',
    },
  },
  'remote-resource': {
    de: {
      problem: '<{element} {attribute}=…> lädt von {host}, bevor jemand zugestimmt hat',
      fix: 'die Datei ins Repository legen und relativ angeben (./datei.jpg); Videos mit <Video id="…" /> einbinden',
    },
    en: {
      problem: '<{element} {attribute}=…> loads from {host} before anyone agreed',
      fix: 'put the file in the repository and give a relative path (./file.jpg); embed videos with <Video id="…" />',
    },
  },
  'html-comment': {
    de: {
      problem: 'HTML-Kommentare stehen für alle lesbar im Quelltext der Seite',
      fix: 'löschen, oder Notizen als YAML-Kommentar (# …) in den Kopf der Datei schreiben',
    },
    en: {
      problem: 'HTML comments are readable by anyone in the page source',
      fix: 'delete it, or write notes as a YAML comment (# …) in the frontmatter',
    },
  },
  'heading-h1': {
    de: {
      problem: 'Eine #-Überschrift im Text wäre eine zweite <h1>; der Titel ist schon die Hauptüberschrift',
      fix: 'Zwischenüberschriften mit ## beginnen',
    },
    en: {
      problem: 'A # heading in the text would be a second <h1>; the title already is the main heading',
      fix: 'start subheadings with ##',
    },
  },
  'heading-skip': {
    de: { problem: 'Überschrift der Ebene {depth} überspringt eine Ebene', fix: '{suggestion}' },
    en: { problem: 'Heading of level {depth} skips a level', fix: '{suggestion}' },
  },
  'invisible-character': {
    de: {
      problem: 'Unsichtbares Zeichen {value} ({name}){more}',
      fix: 'npm run check -- --fix entfernt es (zwischen zwei Wörtern wird ein Steuerzeichen zum Leerzeichen)',
    },
    en: {
      problem: 'Invisible character {value} ({name}){more}',
      fix: 'npm run check -- --fix removes it (between two words, a control character becomes a space)',
    },
  },
  'decomposed-text': {
    de: {
      problem: '„{value}“ ist aus Buchstabe und Akzentzeichen zusammengesetzt (aus Word oder PDF kopiert){more}',
      fix: 'npm run check -- --fix setzt die Zeichen zusammen (oder das Wort neu tippen)',
    },
    en: {
      problem: '"{value}" is built from a letter and a combining mark (pasted from Word or PDF){more}',
      fix: 'npm run check -- --fix composes the characters (or retype the word)',
    },
  },
  'not-utf8': {
    de: {
      problem: 'Die Datei ist nicht als UTF-8 gespeichert (zuerst bei „{value}“); Umlaute und Sonderzeichen kämen falsch an',
      fix: 'als UTF-8 speichern (im Editor „Speichern unter“ → Codierung „UTF-8“) oder npm run check -- --fix ausführen',
    },
    en: {
      problem: 'The file is not saved as UTF-8 (first at "{value}"); umlauts and special characters would come out wrong',
      fix: 'save it as UTF-8 (in the editor "Save as" → encoding "UTF-8") or run npm run check -- --fix',
    },
  },
  'file-name': {
    de: { problem: 'Diese Datei wird nicht verwendet, weil Name, Endung oder Ordner nicht passen', fix: '{suggestion}' },
    en: { problem: 'This file is not used because its name, extension or folder does not fit', fix: '{suggestion}' },
  },
  'file-unused': {
    de: {
      problem: 'Diese Datei nennt kein Eintrag; sie wird nicht veröffentlicht',
      fix: 'im Eintrag angeben, wo sie erscheinen soll (z. B. ![Was das Bild zeigt](./bild.jpg)), oder die Datei löschen',
    },
    en: {
      problem: 'No entry names this file; it is not published',
      fix: 'name it in the entry where it should appear (e.g. ![What the image shows](./image.jpg)), or delete the file',
    },
  },
  'file-junk': {
    de: {
      problem: 'Hilfsdatei des Betriebssystems oder eines Office-Programms',
      fix: 'die Datei löschen, sie gehört nicht ins Repository (eine Sperrdatei ~$… verschwindet, wenn das Dokument geschlossen ist)',
    },
    en: {
      problem: 'A helper file of the operating system or an office program',
      fix: 'delete it, it does not belong in the repository (a lock file ~$… goes away once the document is closed)',
    },
  },
  'tag-case': {
    de: {
      problem: 'Schlagwort „{value}“ unterscheidet sich von „{other}“ ({count} Beiträge) nur in der Schreibweise',
      fix: '„{other}“ schreiben',
    },
    en: { problem: 'Tag "{value}" differs from "{other}" ({count} posts) only in case', fix: 'write "{other}"' },
  },
  placeholder: {
    de: {
      problem: 'Platzhalter „{value}“ ist noch nicht ersetzt',
      fix: 'den eigenen Text schreiben; solange ein Platzhalter steht, wird nicht veröffentlicht',
    },
    en: {
      problem: 'Placeholder "{value}" has not been replaced',
      fix: 'write the real text; nothing with a placeholder is published',
    },
  },
  'title-long': {
    de: {
      problem: 'Der Titel hat {length} Zeichen; Karten und Suchergebnisse zeigen etwa {max}',
      fix: 'auf höchstens {max} Zeichen kürzen',
    },
    en: {
      problem: 'The title has {length} characters; cards and search results show about {max}',
      fix: 'shorten it to {max} characters or fewer',
    },
  },
  'description-long': {
    de: {
      problem: 'Die Beschreibung hat {length} Zeichen; Vorschauen in sozialen Netzen zeigen etwa {max}',
      fix: 'auf höchstens {max} Zeichen kürzen, das Wichtigste zuerst',
    },
    en: {
      problem: 'The description has {length} characters; social previews show about {max}',
      fix: 'shorten it to {max} characters or fewer, most important first',
    },
  },
  // Redirects (content/redirects.yaml, written by npm run import:wordpress)
  'redirect-shape': {
    de: {
      problem: 'Jeder Eintrag braucht genau „from:“ und „to:“',
      fix: '„- from: /alter/pfad/“ und darunter „to: /blog/neuer-beitrag/“',
    },
    en: {
      problem: 'Every entry needs exactly "from:" and "to:"',
      fix: '"- from: /old/path/" and below it "to: /blog/new-post/"',
    },
  },
  'redirect-from': {
    de: {
      problem: '„{value}“ ist kein alter Pfad',
      fix: 'mit / beginnen, ohne ?, #, *, : oder Leerzeichen, z. B. /2023/05/mein-beitrag/',
    },
    en: { problem: '"{value}" is not an old path', fix: 'start with /, without ?, #, *, : or spaces, e.g. /2023/05/my-post/' },
  },
  'redirect-to': {
    de: {
      problem: '„{value}“ ist kein Ziel',
      fix: 'eine Adresse dieser Website wie /blog/mein-beitrag/ oder eine https://-Adresse',
    },
    en: { problem: '"{value}" is not a target', fix: 'a path of this site such as /blog/my-post/ or an https:// address' },
  },
  'redirect-duplicate': {
    de: { problem: 'Der alte Pfad „{value}“ steht zweimal in der Liste', fix: 'einen der beiden Einträge löschen' },
    en: { problem: 'The old path "{value}" is listed twice', fix: 'delete one of the entries' },
  },
  'redirect-loop': {
    de: { problem: 'Die Weiterleitung zeigt auf sich selbst', fix: '„from“ oder „to“ korrigieren' },
    en: { problem: 'The redirect points to itself', fix: 'correct "from" or "to"' },
  },
  'redirect-shadow': {
    de: { problem: '„{value}“ ist eine Seite dieser Website und kann nicht weiterleiten', fix: 'den Eintrag löschen' },
    en: { problem: '"{value}" is a page of this site and cannot redirect', fix: 'delete the entry' },
  },
  'redirect-target': {
    de: { problem: 'Ziel {value}: einen Beitrag „{id}“ gibt es nicht', fix: 'das Ziel korrigieren oder den Beitrag anlegen' },
    en: { problem: 'Target {value}: there is no post "{id}"', fix: 'correct the target or create the post' },
  },
  'redirect-draft': {
    de: {
      problem: 'Ziel {value} ist ein Entwurf: die Weiterleitung führt bis zur Veröffentlichung ins Leere',
      fix: 'den Beitrag prüfen und veröffentlichen',
    },
    en: {
      problem: 'Target {value} is a draft: the redirect leads nowhere until it is published',
      fix: 'review and publish the post',
    },
  },
  'link-missing': {
    de: { problem: 'Der Link „{value}“ führt ins Leere: diese Seite gibt es auf der Website nicht', fix: '{suggestion}' },
    en: { problem: 'The link "{value}" leads nowhere: the site has no such page', fix: '{suggestion}' },
  },
  'link-relative': {
    de: {
      problem: 'Der Link „{value}“ ist relativ und führt von dieser Seite aus zu {address}, das es nicht gibt',
      fix: '{suggestion}',
    },
    en: {
      problem: 'The link "{value}" is relative and leads from this page to {address}, which does not exist',
      fix: '{suggestion}',
    },
  },
  'link-anchor': {
    de: { problem: 'Die Sprungmarke „#{anchor}“ gibt es {where} nicht', fix: '{suggestion}' },
    en: { problem: 'The anchor "#{anchor}" does not exist {where}', fix: '{suggestion}' },
  },
  'link-unpublished': {
    de: { problem: 'Der Link „{value}“ führt zu „{title}“, {reason}', fix: 'den Link entfernen, bis die Seite erscheint' },
    en: { problem: 'The link "{value}" leads to "{title}", {reason}', fix: 'remove the link until the page appears' },
  },
  'link-job-closed': {
    de: {
      problem: 'Der Link „{value}“ führt zur Stelle „{title}“, die nicht ausgeschrieben ist: ihre Seite fehlt',
      fix: 'den Link entfernen oder <Stelle id="{id}" /> schreiben: der Baustein verschwindet von selbst, wenn die Stelle abläuft',
    },
    en: {
      problem: 'The link "{value}" leads to the job "{title}", which is not open: its page is missing',
      fix: 'remove the link or write <Stelle id="{id}" />: the component disappears by itself when the job closes',
    },
  },
  'link-redirect': {
    de: { problem: 'Der Link „{value}“ ist eine alte Adresse, die nur weiterleitet', fix: 'direkt auf „{to}“ verlinken' },
    en: { problem: 'The link "{value}" is an old address that only redirects', fix: 'link to "{to}" directly' },
  },
  'link-broken': {
    de: {
      problem: 'Der Link „{value}“ führt im fertigen Build ins Leere: {address} wurde nicht erzeugt',
      fix: 'eine vorhandene Adresse eintragen (die Seite im Browser öffnen und ihre Adresse ab dem ersten / kopieren)',
    },
    en: {
      problem: 'The link "{value}" leads nowhere in the finished build: {address} was not generated',
      fix: 'enter an existing address (open the page in a browser and copy its address from the first /)',
    },
  },
  'link-untranslated': {
    de: {
      problem: 'Der Link „{value}“ führt ins Leere: diese Seite gibt es nur auf Deutsch, unter {german}',
      fix: '{suggestion}',
    },
    en: { problem: 'The link "{value}" leads nowhere: this page exists in German only, at {german}', fix: '{suggestion}' },
  },
  // Translations (`<id>.en.md` beside `<id>.md`, `en:` in departments.yaml)
  'translation-orphan': {
    de: { problem: 'Zu dieser Übersetzung gibt es kein Original „{original}“', fix: '{suggestion}' },
    en: { problem: 'This translation has no original "{original}"', fix: '{suggestion}' },
  },
  'translation-shared': {
    de: {
      problem: '„{key}“ gilt für alle Sprachen und steht schon im Original ({original})',
      fix: 'hier weglassen: die Zeile löschen',
    },
    en: {
      problem: '"{key}" applies to every language and is already in the original ({original})',
      fix: 'leave it out here: delete the line',
    },
  },
  'translation-contradicts': {
    de: {
      problem: '„{key}“ widerspricht dem Original ({original}): dort {stated}, hier „{value}“',
      fix: 'die Zeile hier löschen; Angaben wie Datum, Gehalt oder Standort nur im Original ändern, sie gelten für alle Sprachen',
    },
    en: {
      problem: '"{key}" contradicts the original ({original}): there {stated}, here "{value}"',
      fix: 'delete the line here; change facts like date, salary or location only in the original, they apply to every language',
    },
  },
  'translation-outdated': {
    de: {
      problem: 'Das Original ({original}) wurde am {changed} geändert, {since}',
      fix: 'die Übersetzung mit dem Original abgleichen und dann „updated: {changed}“ eintragen',
    },
    en: {
      problem: 'The original ({original}) was changed on {changed}, {since}',
      fix: 'bring the translation in line with the original, then write "updated: {changed}"',
    },
  },
  invalid: {
    de: { problem: '{detail}', fix: 'siehe README, Abschnitt „Writing content“' },
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
    proofreadDepartment: 'Korrektur lesen könnte jemand aus {department}: {values}',
    proofreadOther: 'in {department} gibt es außer den Autoren niemanden mit Einwilligung; aus anderen Abteilungen: {values}',
    proofreadAny: 'Korrektur lesen könnten: {values} (mit „department:“ auf die Fachabteilung eingrenzen)',
    proofreadThen: 'danach unter review: „proofreadBy: {example}“ eintragen',
    askPrivacy:
      'Freigabe beim Datenschutz einholen ({officer}), danach unter review: „privacyClearedOn: JJJJ-MM-TT“ eintragen (nicht nach dem Veröffentlichungsdatum)',
    pendingPrivacy: 'Freigabe beim Datenschutz ({officer})',
    pendingThen: 'dann „draft: false“ setzen',
    syntaxLessThan: 'ein „<“ im Text als &lt; schreiben („&lt;5 Jahre“) oder in Worten („weniger als 5 Jahre“)',
    syntaxComment: 'Kommentare als {/* … */} schreiben; <!-- … --> gibt es in MDX nicht',
    syntaxAutolink: 'Adressen ohne spitze Klammern schreiben: https://… oder [Linktext](https://…)',
    syntaxVoid: 'leere Elemente selbstschließend schreiben, z. B. <br />',
    syntaxClosing: 'das Element schließen (<Video id="…" />) oder ein „<“ im Text als &lt; schreiben',
    syntaxBrace: 'eine geschweifte Klammer im Text als \\{ schreiben',
    syntaxGeneric: 'die Stelle prüfen: „<“ als &lt; und „{“ als \\{ schreiben',
    componentNear: 'meinten Sie <{value} />?',
    componentAllowed: 'erlaubt sind: {values}',
    embedYoutube:
      'als Video mit Zwei-Klick-Einwilligung einbinden: das Video anlegen (npm run new -- video --youtube {id} …), dann <Video id="kennung" />',
    embedExisting: 'als Video mit Zwei-Klick-Einwilligung einbinden: <Video id="{existing}" />',
    embedLink: 'stattdessen verlinken: [Worum es geht](https://…)',
    mediaImage: 'als Markdown-Bild schreiben: ![Was das Bild zeigt](./bild.jpg), die Datei neben dem Beitrag',
    mediaVideo: 'das Video in content/videos/ anlegen und mit <Video id="…" /> einbinden',
    headingLevel: 'Ebene {expected} verwenden ({hashes})',
    videoExisting: 'dieses Video gibt es schon: <Video id="{existing}" />',
    videoCreate:
      'das Video erst anlegen (npm run new -- video --youtube {youtube} …) und dann dessen Kennung schreiben: <Video id="kennung" />',
    more: ' – und {count} weitere in dieser Zeile',
    renameTo: 'umbenennen in {target}',
    renameTaken: '{target} gibt es schon: den Inhalt dorthin übernehmen und diese Datei löschen',
    imageKindText: 'eine Textdatei',
    imageKindHtml: 'eine gespeicherte Webseite (HTML)',
    imageKindPdf: 'ein PDF-Dokument',
    imageKindUnknown: 'eine Datei unbekannter Art',
    linkExample:
      'eine vorhandene Adresse eintragen, z. B. {example} (die Seite im Browser öffnen und ihre Adresse ab dem ersten / kopieren)',
    linkAbsolute: 'Seiten dieser Website mit / beginnen: „{value}“',
    linkRelative:
      'Seiten dieser Website mit / beginnen, z. B. /blog/beitrag/; Dateien neben dem Beitrag werden nicht veröffentlicht',
    anchorKnown: 'vorhandene Sprungmarken: {values}',
    anchorNone: 'den Teil ab # weglassen',
    anchorHere: 'auf dieser Seite',
    anchorOn: 'auf {page}',
    unpublishedDraft: 'einem Entwurf, der nicht veröffentlicht wird',
    unpublishedScheduled: 'das erst am {date} erscheint',
    unpublishedConsent: 'einer Person ohne Einwilligung, die kein Profil auf der Website hat',
    linkGerman: 'auf die deutsche Seite „{german}“ verlinken',
    linkGermanOrTranslate:
      'auf die deutsche Seite „{german}“ verlinken oder die Übersetzung anlegen: npm run new -- translation {entry}',
    translationRename: 'die Datei wie ihr Original benennen: „{value}“',
    translationCreate:
      'zuerst das Original {original} anlegen, oder die Datei wie ein vorhandenes Original benennen, mit „.{lang}“ vor der Endung',
    translationStated: 'steht „{value}“',
    translationNothing: 'steht nichts',
    translationSince: 'die Übersetzung ist vom {translated}',
    translationUndated: 'die Übersetzung hat kein Datum „updated:“',
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
    proofreadDepartment: 'someone from {department} could proofread: {values}',
    proofreadOther: '{department} has nobody with consent besides the authors; from other departments: {values}',
    proofreadAny: 'people who could proofread: {values} (narrow it to the specialist department with "department:")',
    proofreadThen: 'then add "proofreadBy: {example}" under review:',
    askPrivacy:
      'ask the data-protection officer for clearance ({officer}), then add "privacyClearedOn: YYYY-MM-DD" under review: (not after the publication date)',
    pendingPrivacy: 'clearance by the data-protection officer ({officer})',
    pendingThen: 'then set "draft: false"',
    syntaxLessThan: 'write a "<" in text as &lt; ("&lt;5 years") or in words ("fewer than 5 years")',
    syntaxComment: 'write comments as {/* … */}; MDX has no <!-- … -->',
    syntaxAutolink: 'write addresses without angle brackets: https://… or [link text](https://…)',
    syntaxVoid: 'close empty elements in the tag, e.g. <br />',
    syntaxClosing: 'close the element (<Video id="…" />) or write a "<" in text as &lt;',
    syntaxBrace: 'write a curly brace in text as \\{',
    syntaxGeneric: 'check the spot: write "<" as &lt; and "{" as \\{',
    componentNear: 'did you mean <{value} />?',
    componentAllowed: 'allowed: {values}',
    embedYoutube:
      'embed it as a video with two-click consent: add the video (npm run new -- video --youtube {id} …), then <Video id="id" />',
    embedExisting: 'embed it as a video with two-click consent: <Video id="{existing}" />',
    embedLink: 'link to it instead: [What it is about](https://…)',
    mediaImage: 'write a Markdown image: ![What the image shows](./image.jpg), the file next to the post',
    mediaVideo: 'add the video to content/videos/ and embed it with <Video id="…" />',
    headingLevel: 'use level {expected} ({hashes})',
    videoExisting: 'that video exists already: <Video id="{existing}" />',
    videoCreate: 'add the video first (npm run new -- video --youtube {youtube} …), then write its id: <Video id="id" />',
    more: ' – and {count} more on this line',
    renameTo: 'rename it to {target}',
    renameTaken: '{target} exists already: move the content there and delete this file',
    imageKindText: 'a text file',
    imageKindHtml: 'a saved web page (HTML)',
    imageKindPdf: 'a PDF document',
    imageKindUnknown: 'a file of unknown kind',
    linkExample: 'enter an existing address, e.g. {example} (open the page in a browser and copy its address from the first /)',
    linkAbsolute: 'start pages of this site with /: "{value}"',
    linkRelative: 'start pages of this site with /, e.g. /blog/post/; files next to the post are not published',
    anchorKnown: 'existing anchors: {values}',
    anchorNone: 'leave out the part from #',
    anchorHere: 'on this page',
    anchorOn: 'on {page}',
    unpublishedDraft: 'a draft that is not published',
    unpublishedScheduled: 'which appears only on {date}',
    unpublishedConsent: 'a person without consent, who has no profile on the site',
    linkGerman: 'link to the German page "{german}"',
    linkGermanOrTranslate: 'link to the German page "{german}" or create the translation: npm run new -- translation {entry}',
    translationRename: 'name the file like its original: "{value}"',
    translationCreate:
      'create the original {original} first, or name the file like an existing original, with ".{lang}" before the extension',
    translationStated: 'it says "{value}"',
    translationNothing: 'it says nothing',
    translationSince: 'the translation is from {translated}',
    translationUndated: 'the translation has no "updated:" date',
  },
};

/** Names of invisible characters, for messages. */
export const CHARACTER_NAMES: Record<Lang, Array<[RegExp, string]>> = {
  de: [
    [/^U\+00AD$/, 'weiches Trennzeichen'],
    [/^U\+FEFF$/, 'Byte-Order-Mark'],
    [/^U\+200[B-D]$|^U\+2060$/, 'Zeichen ohne Breite'],
    [/^U\+200[EF]$|^U\+061C$|^U\+202[A-E]$|^U\+206[6-9]$/, 'Schreibrichtungszeichen'],
    [/^U\+202[89]$/, 'Zeilentrenner'],
    [/./, 'Steuerzeichen'],
  ],
  en: [
    [/^U\+00AD$/, 'soft hyphen'],
    [/^U\+FEFF$/, 'byte order mark'],
    [/^U\+200[B-D]$|^U\+2060$/, 'zero-width character'],
    [/^U\+200[EF]$|^U\+061C$|^U\+202[A-E]$|^U\+206[6-9]$/, 'direction mark'],
    [/^U\+202[89]$/, 'line separator'],
    [/./, 'control character'],
  ],
};

/**
 * How each rule is reported, kept by hand: the rules set the severity where they find
 * the problem, so it cannot be read off MESSAGES. `warning` is a Hinweis (the build goes
 * on), `draft` a warning in a draft and an error once the entry is published. The authors'
 * guide prints it; tests/unit/docs.test.ts fails when a rule in MESSAGES is missing here.
 */
export const SEVERITY: Record<string, 'error' | 'warning' | 'draft'> = {
  'yaml-syntax': 'error',
  'frontmatter-missing': 'error',
  'file-missing': 'error',
  'not-a-list': 'error',
  'unknown-key': 'error',
  required: 'error',
  'wrong-type': 'error',
  enum: 'error',
  empty: 'error',
  'empty-list': 'error',
  'out-of-range': 'error',
  format: 'error',
  email: 'error',
  'id-format': 'error',
  'date-format': 'error',
  'date-offset': 'error',
  url: 'error',
  'alt-required': 'error',
  'country-code': 'error',
  'duplicate-id': 'error',
  'hex-colour': 'error',
  'vat-id': 'error',
  'a11y-limitations': 'error',
  'a11y-surveillance': 'error',
  'a11y-arbitration': 'error',
  'a11y-review-date': 'error',
  guid: 'error',
  'duplicate-guid': 'error',
  'youtube-id': 'error',
  'video-file': 'error',
  'video-source': 'error',
  duration: 'error',
  'media-missing': 'error',
  'media-case': 'error',
  'captions-missing': 'warning',
  'captions-file': 'error',
  'social-too-long': 'error',
  'salary-range': 'error',
  'apply-missing': 'error',
  'apply-url-https': 'error',
  'apply-url-dead': 'error',
  'apply-url-self': 'error',
  phone: 'error',
  'valid-through-before-posted': 'error',
  'missing-reference': 'error',
  'duplicate-entry': 'error',
  'image-missing': 'error',
  'image-remote': 'error',
  'image-empty': 'error',
  'image-heic': 'error',
  'image-truncated': 'error',
  'image-no-size': 'error',
  'image-format': 'error',
  'image-not-image': 'error',
  'image-extension': 'error',
  'image-huge': 'warning',
  'no-consent': 'warning',
  'consent-future': 'warning',
  'review-missing': 'error',
  'review-pending': 'warning',
  'review-self': 'error',
  'review-late': 'error',
  'lead-not-member': 'error',
  'no-consent-mention': 'warning',
  'mdx-syntax': 'error',
  'mdx-expression': 'error',
  'mdx-esm': 'error',
  'video-youtube': 'error',
  'mdx-component': 'error',
  'kit-prop-unknown': 'error',
  'kit-prop-missing': 'error',
  'kit-prop-value': 'error',
  'kit-url': 'error',
  'kit-parent': 'error',
  'kit-job-closed': 'warning',
  'image-alt': 'error',
  'html-embed': 'error',
  'html-code': 'error',
  'html-media': 'error',
  'html-form': 'error',
  'html-style': 'error',
  'html-event': 'error',
  'unsafe-link': 'error',
  'remote-resource': 'error',
  'html-comment': 'warning',
  'heading-h1': 'warning',
  'heading-skip': 'warning',
  'invisible-character': 'error',
  'decomposed-text': 'error',
  'not-utf8': 'error',
  'file-name': 'error',
  'file-unused': 'warning',
  'file-junk': 'warning',
  'tag-case': 'error',
  placeholder: 'draft',
  'title-long': 'warning',
  'description-long': 'warning',
  'redirect-shape': 'error',
  'redirect-from': 'error',
  'redirect-to': 'error',
  'redirect-duplicate': 'error',
  'redirect-loop': 'error',
  'redirect-shadow': 'error',
  'redirect-target': 'error',
  'redirect-draft': 'warning',
  'link-missing': 'draft',
  'link-relative': 'draft',
  'link-anchor': 'draft',
  'link-unpublished': 'draft',
  'link-job-closed': 'warning',
  'link-redirect': 'warning',
  'link-broken': 'error',
  'link-untranslated': 'draft',
  'translation-orphan': 'error',
  'translation-shared': 'error',
  'translation-contradicts': 'error',
  'translation-outdated': 'warning',
  invalid: 'error',
};
