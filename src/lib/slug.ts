const TRANSLITERATION: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'ae', Ö: 'oe', Ü: 'ue', ẞ: 'ss' };

/** A valid id or slug from any text: German umlauts transliterated (ü → ue, ß → ss), accents dropped. */
export function slugify(text: string, fallback = 'eintrag'): string {
  return (
    text
      .replace(/[äöüßÄÖÜẞ]/g, (char) => TRANSLITERATION[char] ?? char)
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || fallback
  );
}
