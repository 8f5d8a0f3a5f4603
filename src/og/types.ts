/**
 * What a social card needs, as plain data: the site's card list (src/data/cards.ts) makes
 * these from the view models, the renderer turns them into PNGs in worker threads. Everything
 * in here is serialisable (it crosses a thread boundary and is hashed for the cache), and
 * every text is final: dates formatted, labels translated.
 */

/** An image on disk, embedded into the card (never a URL: cards are rendered offline). */
export interface CardImage {
  /** Absolute file path of the original (JPEG, PNG, WebP, AVIF or SVG). */
  file: string;
}

/** Brand data every template uses. */
export interface CardBrand {
  siteName: string;
  /** Host name shown in the footer, e.g. `karriere.auental.example`. */
  host: string;
  primary: string;
  accent: string;
}

export interface PostCardData {
  title: string;
  /** Translated kind, e.g. `Interview`. */
  kind: string;
  department: string | undefined;
  /** Names as shown in the byline (consented authors, then the credited team). */
  authors: string[];
  /** Photo of the first author with one. */
  photo: CardImage | undefined;
  cover: CardImage | undefined;
  /** Formatted date, e.g. `2. März 2026`. */
  date: string;
}

export interface JobCardData {
  title: string;
  department: string;
  /** Location names, e.g. `Iserlohn, Hemer`. */
  locations: string;
  /** Translated employment type, e.g. `Vollzeit`. */
  employmentType: string;
  /** Translated remote note, e.g. `hybrid`, or undefined for on-site jobs. */
  remote: string | undefined;
  /** Call to action, e.g. `Jetzt bewerben`. */
  cta: string;
}

export interface PersonCardData {
  name: string;
  role: string;
  department: string | undefined;
  photo: CardImage | undefined;
}

export interface VideoCardData {
  title: string;
  kind: string;
  /** As written, e.g. `4:12`. */
  duration: string;
  poster: CardImage;
}

export interface TeamCardData {
  /** Small label above the name, e.g. `Team`. */
  label: string;
  name: string;
  description: string;
  /** e.g. `16 Mitglieder`. */
  members: string;
  photos: CardImage[];
}

/** Department, tag, home and plain pages: a label, a heading, a text and an optional note. */
export interface TextCardData {
  /** Small label above the heading, e.g. `Thema` or `Bereich`. */
  label: string;
  heading: string;
  text: string;
  /** e.g. `12 Beiträge · 3 offene Stellen`. */
  note: string | undefined;
}

export type CardData =
  | { template: 'post'; post: PostCardData }
  | { template: 'job'; job: JobCardData }
  | { template: 'person'; person: PersonCardData }
  | { template: 'video'; video: VideoCardData }
  | { template: 'team'; team: TeamCardData }
  | { template: 'text'; text: TextCardData };

/** One card to render. */
export type CardSpec = CardData & {
  /** The page the card belongs to, e.g. `/blog/erster-beitrag/`. */
  page: string;
  /** URL path of the PNG, e.g. `/og/blog/erster-beitrag.png`. */
  url: string;
  /** Alternative text for `og:image:alt` and `twitter:image:alt`. */
  alt: string;
  width: number;
  height: number;
  brand: CardBrand;
};
