/**
 * The MDX kit: every component an author may write in a post without an `import` line,
 * with its props: part of the content contract, like the collections' schemas. One
 * table, read by
 * - the post page, which maps each name to `src/components/mdx/<Name>.astro`
 *   (`src/components/mdx/components.ts`);
 * - the content check (src/check/body.ts), which reports an unknown component, an unknown,
 *   missing or wrong prop, and ids that name no person, job or video (or a person without
 *   consent), each with file, line and column;
 * - the authors' guide and the kit page, which show the description and the example.
 *
 * Names and props are German words an author understands at a glance; one name per
 * component. Props are plain strings (`von="anna-berger"`): MDX expressions in braces are
 * not allowed in posts.
 */

/** What a prop holds; the check validates each kind. */
export type KitPropKind =
  /** Free text. */
  | 'text'
  /** `YYYY-MM-DD`. */
  | 'date'
  /** One of `values`. */
  | 'enum'
  /** An `https://` address, or a path on the site starting with `/`. */
  | 'url'
  /** A picture in the post's folder (`./halle.jpg`). */
  | 'image'
  /** The id of a person in content/people, who must have consent. */
  | 'person'
  /** Ids of people, comma-separated (`anna-berger, jonas-keller`), each with consent. */
  | 'people'
  /** The id of a job in content/jobs. */
  | 'job'
  /** The id of a video in content/videos. */
  | 'video';

export interface KitProp {
  kind: KitPropKind;
  required?: true;
  /** The allowed values of an `enum` prop. */
  values?: readonly string[];
  /** What it is for, in German (the kit page and the guide). */
  description: string;
}

export interface KitComponent {
  /** What it is for, in German, one sentence. */
  description: string;
  props: Readonly<Record<string, KitProp>>;
  /** The component it must stand inside (`Frage` inside `Interview`), if any. */
  parent?: string;
  /** Whether it wraps text or other components (`<Zitat>…</Zitat>`), or stands alone (`<Video … />`). */
  children: boolean;
  /** A complete MDX example, as the kit page shows and renders it. */
  example: string;
}

export const KIT = {
  Video: {
    description: 'Ein Video aus content/videos mit dem Zwei-Klick-Player: YouTube lädt erst nach Zustimmung.',
    props: {
      id: { kind: 'video', required: true, description: 'Kennung des Videos (Dateiname in content/videos ohne .md)' },
    },
    children: false,
    example: '<Video id="interview-schichtleiter" />',
  },
  Interview: {
    description:
      'Ein Interview als Wechsel von Fragen und Antworten: Wer antwortet, steht mit Name, Funktion und Foto über der Antwort; Screenreader lesen „Frage“ und „Antwort von …“ vor.',
    props: {},
    children: true,
    example: [
      '<Interview>',
      '<Frage von="lena-hofmann">Wie bist du zur Rohrfertigung gekommen?</Frage>',
      '<Antwort von="deniz-sahin">',
      'Über ein Schulpraktikum. Danach wollte ich nichts anderes mehr machen.',
      '</Antwort>',
      '<Frage>Was gefällt dir an der Schichtarbeit?</Frage>',
      '<Antwort von="deniz-sahin">Die freien Vormittage. Und dass jede Schicht ein eingespieltes Team ist.</Antwort>',
      '</Interview>',
    ].join('\n'),
  },
  Frage: {
    description: 'Eine Frage im Interview; sie ist farbig abgesetzt. Ohne „von“ steht kein Name dabei.',
    props: {
      von: {
        kind: 'person',
        description: 'Kennung der Person, die fragt (Dateiname in content/people ohne .md); ohne Angabe bleibt sie ungenannt',
      },
    },
    parent: 'Interview',
    children: true,
    example:
      '<Interview>\n<Frage>Wie sieht ein typischer Tag bei dir aus?</Frage>\n<Antwort von="deniz-sahin">Um sechs Uhr beginnt die Frühschicht mit der Übergabe.</Antwort>\n</Interview>',
  },
  Antwort: {
    description:
      'Eine Antwort im Interview, mit Name, Funktion und Foto der Person darüber; so lassen sich auch mehrere Interviewte auseinanderhalten.',
    props: {
      von: {
        kind: 'person',
        required: true,
        description: 'Kennung der Person, die antwortet (Dateiname in content/people ohne .md)',
      },
    },
    parent: 'Interview',
    children: true,
    example:
      '<Interview>\n<Frage>Was rätst du neuen Auszubildenden?</Frage>\n<Antwort von="elif-yildiz">Fragen, fragen, fragen. Niemand erwartet, dass man am ersten Tag alles weiß.</Antwort>\n</Interview>',
  },
  Zitat: {
    description:
      'Ein hervorgehobenes Zitat mit Namensnennung: eine Person aus content/people (mit Funktion) oder eine freie Quelle.',
    props: {
      von: { kind: 'person', description: 'Kennung der zitierten Person (Dateiname in content/people ohne .md)' },
      quelle: {
        kind: 'text',
        description: 'Wer oder was zitiert wird, wenn es kein Profil gibt, z. B. „Kundin aus dem Anlagenbau“',
      },
    },
    children: true,
    example: '<Zitat von="birgit-lohmann">Ein gutes Rohr erkennt man daran, dass niemand darüber spricht.</Zitat>',
  },
  Schritte: {
    description:
      'Eine nummerierte Folge von Schritten, etwa „In fünf Schritten zur Bewerbung“; jeder Schritt hat einen Titel und einen kurzen Text.',
    props: {},
    children: true,
    example: [
      '<Schritte>',
      '<Schritt titel="Stelle finden">Unter Karriere nach Bereich und Standort filtern.</Schritt>',
      '<Schritt titel="Bewerbung schicken">Lebenslauf und ein paar Sätze zu Ihnen genügen, ein Anschreiben ist freiwillig.</Schritt>',
      '<Schritt titel="Kennenlernen">Ein Gespräch mit dem Team, auf Wunsch mit Rundgang durch die Halle.</Schritt>',
      '</Schritte>',
    ].join('\n'),
  },
  Schritt: {
    description: 'Ein Schritt in <Schritte>: Die Nummer wird automatisch gezählt, der Titel steht fett über dem Text.',
    props: {
      titel: { kind: 'text', required: true, description: 'Kurzer Titel des Schritts, z. B. „Bewerbung schicken“' },
    },
    parent: 'Schritte',
    children: true,
    example:
      '<Schritte>\n<Schritt titel="Ankommen">In der ersten Woche lernen Sie Halle, Team und Sicherheitsregeln kennen.</Schritt>\n<Schritt titel="Mitmachen">Ab der zweiten Woche arbeiten Sie mit einer Patin an der Anlage.</Schritt>\n</Schritte>',
  },
  Infobox: {
    description: 'Ein Kasten mit den wichtigsten Fakten neben dem Text, z. B. als Markdown-Liste; er hat einen eigenen Titel.',
    props: {
      titel: { kind: 'text', description: 'Titel des Kastens; ohne Angabe „Auf einen Blick“' },
    },
    children: true,
    example: [
      '<Infobox titel="Ausbildung zur Verfahrensmechanikerin">',
      '',
      '- Dauer: 3,5 Jahre',
      '- Beginn: 1. August und 1. September',
      '- Berufsschule: Iserlohn, im Blockunterricht',
      '',
      '</Infobox>',
    ].join('\n'),
  },
  Hinweis: {
    description: 'Ein farbig abgesetzter Hinweis mit Symbol: eine Information, ein Tipp oder etwas Wichtiges.',
    props: {
      art: {
        kind: 'enum',
        values: ['info', 'tipp', 'wichtig'],
        description: 'Art des Hinweises: info (Standard), tipp oder wichtig',
      },
    },
    children: true,
    example: '<Hinweis art="tipp">Bewerbungen ohne Anschreiben sind bei uns ausdrücklich willkommen.</Hinweis>',
  },
  Person: {
    description: 'Eine kleine Karte einer Person mit Foto, Name, Funktion und Bereich, verlinkt auf ihr Profil.',
    props: {
      id: { kind: 'person', required: true, description: 'Kennung der Person (Dateiname in content/people ohne .md)' },
    },
    children: false,
    example: '<Person id="jana-brinkmann" />',
  },
  Stelle: {
    description:
      'Der Hinweis auf eine offene Stelle mit Titel, Standorten und Anstellungsart; ist die Stelle abgelaufen, erscheint nichts.',
    props: {
      id: { kind: 'job', required: true, description: 'Kennung der Stelle (Dateiname in content/jobs ohne .md)' },
    },
    children: false,
    example: '<Stelle id="industriemechaniker-instandhaltung-hemer" />',
  },
  Bild: {
    description:
      'Ein Foto aus dem Ordner des Beitrags, mit Bildunterschrift, Fotonachweis und den abgebildeten Personen; die Website liefert es in passender Größe und modernen Formaten aus.',
    props: {
      src: { kind: 'image', required: true, description: 'Die Bilddatei im Ordner des Beitrags, z. B. ./halle.jpg' },
      alt: {
        kind: 'text',
        required: true,
        description: 'Was auf dem Bild zu sehen ist, für Menschen, die es nicht sehen können',
      },
      unterschrift: { kind: 'text', description: 'Bildunterschrift unter dem Foto' },
      foto: { kind: 'text', description: 'Wer das Foto gemacht hat (erscheint als „Foto: …“)' },
      personen: {
        kind: 'people',
        description: 'Kennungen der abgebildeten Personen, durch Kommas getrennt; jede braucht eine Einwilligung',
      },
    },
    children: false,
    example:
      '<Bild src="./halle.jpg" alt="Deniz Şahin prüft eine Schweißnaht an einem Edelstahlrohr" unterschrift="Sichtprüfung in der Rohrfertigung" foto="Jana Brinkmann" personen="deniz-sahin" />',
  },
  Galerie: {
    description:
      'Mehrere Bilder als Raster aus Vorschaubildern; ein Klick zeigt das Bild groß mit Unterschrift, mit Pfeiltasten geht es zum nächsten.',
    props: {},
    children: true,
    example: [
      '<Galerie>',
      '  <Bild src="./sommerfest-1.jpg" alt="Kolleginnen und Kollegen am Grill vor der Werkshalle" foto="Jana Brinkmann" />',
      '  <Bild src="./sommerfest-2.jpg" alt="Kinder beim Torwandschießen auf dem Parkplatz" unterschrift="Das Torwandschießen" foto="Jana Brinkmann" />',
      '  <Bild src="./sommerfest-3.jpg" alt="Die Band des Werks auf der Bühne" foto="Jana Brinkmann" />',
      '</Galerie>',
    ].join('\n'),
  },
  Veranstaltung: {
    description:
      'Ein Kasten mit Name, Datum (oder Zeitraum), Ort und Link einer Veranstaltung; in einem Beitrag der Art „event“ erfahren auch Suchmaschinen davon.',
    props: {
      name: { kind: 'text', required: true, description: 'Name der Veranstaltung' },
      datum: { kind: 'date', required: true, description: 'Erster (oder einziger) Tag, JJJJ-MM-TT' },
      bis: { kind: 'date', description: 'Letzter Tag, wenn die Veranstaltung mehrere Tage dauert, JJJJ-MM-TT' },
      ort: { kind: 'text', description: 'Ort mit Anschrift, z. B. Werk Iserlohn, Lennestraße 4' },
      link: { kind: 'url', description: 'Adresse mit mehr Informationen oder der Anmeldung' },
    },
    children: false,
    example:
      '<Veranstaltung name="Tag der offenen Tür" datum="2026-05-14" bis="2026-05-15" ort="Werk Iserlohn, Lennestraße 4, 58636 Iserlohn" link="https://www.example.de/tag-der-offenen-tuer" />',
  },
} as const satisfies Record<string, KitComponent>;

export type KitName = keyof typeof KIT;

/** The kit as a plain map (for code that looks names up). */
export const KIT_COMPONENTS: Readonly<Record<string, KitComponent>> = KIT;
