/**
 * The MDX kit: every component an author may write in a post without an `import` line,
 * with its props. One table, read by
 * - the post page, which maps each name to `src/components/mdx/<Name>.astro`
 *   (`components.ts`);
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
    example: '<Video id="werksrundgang" />',
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
      '<Bild src="./halle.jpg" alt="Anna Berger prüft ein Edelstahlrohr an der Schweißanlage" unterschrift="Qualitätskontrolle in Halle 3" foto="Jonas Keller" personen="anna-berger" />',
  },
  Galerie: {
    description:
      'Mehrere Bilder als Raster aus Vorschaubildern; ein Klick zeigt das Bild groß mit Unterschrift, mit Pfeiltasten geht es zum nächsten.',
    props: {},
    children: true,
    example: [
      '<Galerie>',
      '  <Bild src="./sommerfest-1.jpg" alt="Kolleginnen und Kollegen am Grill vor der Werkshalle" foto="Jonas Keller" />',
      '  <Bild src="./sommerfest-2.jpg" alt="Kinder beim Torwandschießen auf dem Parkplatz" unterschrift="Das Torwandschießen" foto="Jonas Keller" />',
      '  <Bild src="./sommerfest-3.jpg" alt="Die Band des Werks auf der Bühne" foto="Jonas Keller" />',
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
