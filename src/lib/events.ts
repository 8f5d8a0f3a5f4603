/**
 * The props of `<Veranstaltung … />` as written in a post (plain strings), read into an
 * event: used by the component and by the Event JSON-LD (src/lib/structured-data/event.ts).
 */
export interface EventData {
  name: string;
  /** The first day, as a date-only value (UTC midnight, like content dates). */
  start: Date;
  /** The last day, when the event spans several. */
  end: Date | undefined;
  place: string | undefined;
  link: string | undefined;
}

/** `2026-05-14` as a date-only value; anything else is undefined. */
export function parseDay(text: string | undefined): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text?.trim() ?? '');
  if (!match) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCDate() === Number(match[3]) ? date : undefined;
}

/** The event, or undefined when `name` or a valid `datum` is missing (the check reports those). */
export function readEvent(props: object): EventData | undefined {
  const values = props as Readonly<Record<string, unknown>>;
  const text = (key: string) => {
    const value = values[key];
    return typeof value === 'string' && value.trim() ? value.trim() : undefined;
  };
  const name = text('name');
  const start = parseDay(text('datum'));
  if (!name || !start) return undefined;
  const end = parseDay(text('bis'));
  return { name, start, end: end && end > start ? end : undefined, place: text('ort'), link: text('link') };
}
